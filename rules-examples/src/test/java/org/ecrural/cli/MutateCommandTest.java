package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecrural test --mutate}: on a folder with one boundary scenario removed, it names the rule and the unpinned condition. */
class MutateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String RULE = "ELIG-NOT-SUPPORTED-BEFORE";

    @TempDir
    Path tmp;

    @Test
    void aRemovedBoundaryScenarioShowsAsTheConditionNoScenarioPins() throws Exception {
        Path rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
        Path file = rules.resolve("eligibility.scenarios.json");
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(file));
        ArrayNode list = (ArrayNode) root.get("scenarios");
        int before = list.size();
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).path("name").asText().equals("a county recorded as supported in 2018 itself was not supported in an earlier round")) {
                list.remove(i);
            }
        }
        assertThat(list.size()).isEqualTo(before - 1);
        Files.writeString(file, JSON.writeValueAsString(root), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("test", "--mutate", "--rules", rules.toString(), "--trust-rules", "--rule", RULE, "--threads", "2");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).containsPattern(RULE + " \\(eligibility\\): \\d+ mutants, \\d+ killed, [1-9]\\d* survived")
                .containsPattern("survived: +eligibility\\.drl:\\d+  supportedInYear < \\$year  ->  supportedInYear <= \\$year")
                .containsPattern("\\d+ mutants of 1 rules: ");

        CliRun json = CliRun.of("test", "--mutate", "--rules", rules.toString(), "--trust-rules", "--rule", RULE, "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode report = JSON.readTree(json.out());
        assertThat(report.path("passed").asBoolean()).isFalse();
        JsonNode survived = null;
        for (JsonNode m : report.path("rules").get(0).path("mutants")) {
            if (m.path("status").asText().equals("SURVIVED") && m.path("kind").asText().equals("COMPARISON")
                    && m.path("before").asText().equals("supportedInYear < $year")) {
                survived = m;
            }
        }
        assertThat(survived).isNotNull();
        assertThat(survived.path("before").asText()).isEqualTo("supportedInYear < $year");
        assertThat(survived.path("after").asText()).isEqualTo("supportedInYear <= $year");
        assertThat(survived.path("key").asText()).isEqualTo(RULE + " | COMPARISON | supportedInYear < $year -> supportedInYear <= $year | #0");
    }

    @Test
    void anUnknownRuleIsBadUsage() {
        CliRun run = CliRun.of("test", "--mutate", "--rule", "ELIG-NOT-SUPORTED-BEFORE");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--rule ELIG-NOT-SUPORTED-BEFORE: the rule base has no such rule; did you mean " + RULE + "?");
        assertThat(CliRun.of("test", "--rule", RULE).exitCode()).isEqualTo(2);
    }
}
