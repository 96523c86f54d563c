package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's exit code is 1 exactly when the report says {@code "blocking": true} (else 0),
 * on every scenario plan of the built-in rule base (which between them fire every rule and keep
 * each silent) and on the bundled sample.
 */
class ExitCodeFollowsBlockingTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void exitCodeOneExactlyWhenTheReportBlocks() throws Exception {
        int plans = 0;
        int blocking = 0;
        for (String file : List.of("eligibility", "procedure", "funds", "service-system", "training", "acceptance",
                "management", "work-plan", "targets")) {
            try (InputStream in = getClass().getResourceAsStream("/org/ecrural/rules/" + file + ".scenarios.json")) {
                assertThat(in).as(file).isNotNull();
                for (JsonNode s : JSON.readTree(in).path("scenarios")) {
                    ObjectNode plan = ((ObjectNode) s.get("plan")).deepCopy();
                    plan.put("format", 1);
                    plan.put("edition", "2018");
                    Path path = dir.resolve("plan-" + (plans++) + ".json");
                    Files.writeString(path, JSON.writeValueAsString(plan), StandardCharsets.UTF_8);
                    blocking += check(path.toString());
                }
            }
        }
        blocking += check(null);
        assertThat(plans).isGreaterThan(200);
        // both sides of the equivalence are exercised
        assertThat(blocking).isPositive().isLessThan(plans);
    }

    /** @return 1 when the plan's report blocks */
    private static int check(String plan) throws Exception {
        CliRun run = plan == null ? CliRun.of("evaluate", "--format", "json") : CliRun.of("evaluate", plan, "--format", "json");
        assertThat(run.err()).as(plan).isEmpty();
        boolean blocks = JSON.readTree(run.out()).get("blocking").asBoolean();
        assertThat(run.exitCode()).as(plan).isEqualTo(blocks ? Ecrural.BLOCKING : 0);
        return blocks ? 1 : 0;
    }
}
