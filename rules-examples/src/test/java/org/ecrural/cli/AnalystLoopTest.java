package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyst's loop closes: validate fails on a coverage gap and on a changed parameter no scenario exercises. */
class AnalystLoopTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void initRules() {
        rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
    }

    private void setUpwardMinimum(String value) throws IOException {
        Path edition = rules.resolve("edition.json");
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"" + value + "\"");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(edition, changed, StandardCharsets.UTF_8);
    }

    /** Adds a scenario to funds.scenarios.json: an area at 55% upward, with the upward minimum pinned or not. */
    private void addUpwardScenario(boolean pinned, boolean expectFinding) throws IOException {
        Path file = rules.resolve("funds.scenarios.json");
        ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        ObjectNode s = ((ArrayNode) root.get("scenarios")).addObject();
        s.put("name", "55% upward");
        if (pinned) {
            s.putObject("parameters").put("upwardMinShare", "0.50");
        }
        ObjectNode plan = s.putObject("plan");
        plan.put("evaluationDate", "2018-10-31");
        plan.putArray("fundAllocations").addObject().put("area", "621121").put("recipient", "621121")
                .put("centralFunds", "10000000.00");
        plan.putArray("projects").addObject().put("id", "P-1").put("area", "621121").put("direction", "UPWARD")
                .put("expenseType", "SUPPLY_CHAIN").put("centralFunds", "5500000.00");
        ObjectNode expectation = JSON.createObjectNode().put("rule", "FUND-UPWARD-MIN-SHARE");
        expectation.putObject("subject").put("type", "AREA").put("id", "621121");
        s.putArray(expectFinding ? "expect" : "expectAbsent").add(expectation);
        Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
    }

    @Test
    void theFolderAsWrittenValidates() {
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void validateFailsOnACoverageGapAndNamesIt() throws IOException {
        Files.delete(rules.resolve("service-system.scenarios.json"));
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("scenarios all pass");
        assertThat(run.err())
                .contains("coverage gap: rule SERV-STATION-FUNCTIONS has no passing scenario in which it fires")
                .contains("coverage gap: rule SERV-STATION-FUNCTIONS has no passing scenario in which it stays silent")
                .containsPattern("coverage gap: clause 4\\.2 is cited by a rule that is not covered")
                .contains("coverage gap(s)")
                .doesNotContain("\tat ");
        assertThat(CliRun.of("test", "--rules", rules.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void aChangedParameterThatOnlyPinnedScenariosReachIsFlagged() throws IOException {
        setUpwardMinimum("0.60");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("edition.json: parameter upwardMinShare changed from 0.50 to 0.60; "
                + "no scenario exercises it at 0.60 (rules reading it: FUND-UPWARD-MIN-SHARE");

        CliRun allowed = CliRun.of("validate", rules.toString(), "--allow-unexercised");
        assertThat(allowed.exitCode()).isZero();
        assertThat(allowed.err()).contains("warning: parameter upwardMinShare changed from 0.50 to 0.60");

        CliRun test = CliRun.of("test", "--rules", rules.toString());
        assertThat(test.exitCode()).isZero();
        assertThat(test.out()).contains("warning: parameter upwardMinShare changed from 0.50 to 0.60");
    }

    @Test
    void aPinnedScenarioDoesNotExerciseTheNewValueButAnUnpinnedOneDoes() throws IOException {
        setUpwardMinimum("0.60");
        addUpwardScenario(true, false);
        assertThat(CliRun.of("validate", rules.toString()).err()).contains("no scenario exercises it at 0.60");

        addUpwardScenario(false, true); // 55% is below the new 60%: the unpinned scenario runs at the folder's value
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(CliRun.of("test", "--rules", rules.toString()).out()).doesNotContain("warning:");
    }
}
