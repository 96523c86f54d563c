package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editions through the command line: a folder's overlay chosen by plan.edition, rules --rules, compare of two folders. */
class EditionCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final String GANSU = """
            {"edition": "2018-甘肃", "extends": "2018",
             "parameters": {"upwardMinShare": {"value": "0.60", "note": "（虚构）上行比例不低于60%"}}}
            """;

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void folderWithAGansuOverlay() throws IOException {
        rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
        Files.createDirectories(rules.resolve("editions"));
        Files.writeString(rules.resolve("editions/2018-甘肃.json"), GANSU, StandardCharsets.UTF_8);
    }

    private Path sample(String edition) throws IOException {
        String text = EvaluateCommandTest.sampleText();
        assertThat(text).contains("\"edition\": \"2018\"");
        Path p = tmp.resolve("plan-" + edition + ".json");
        Files.writeString(p, text.replace("\"edition\": \"2018\"", "\"edition\": \"" + edition + "\""), StandardCharsets.UTF_8);
        return p;
    }

    private static List<String> upward(String reportJson) throws IOException {
        List<String> found = new ArrayList<>();
        for (JsonNode f : JSON.readTree(reportJson).get("findings")) {
            if (f.get("rule").asText().equals("FUND-UPWARD-MIN-SHARE")) {
                found.add(f.get("subject").get("id").asText() + " " + f.get("measured").asText() + " " + f.get("limit").asText());
            }
        }
        return found;
    }

    @Test
    void thePlansEditionChoosesTheOverlayOfTheFolder() throws IOException {
        CliRun gansu = CliRun.of("evaluate", sample("2018-甘肃").toString(), "--rules", rules.toString(), "--format", "json");
        assertThat(gansu.err()).isEmpty();
        assertThat(JSON.readTree(gansu.out()).get("edition").asText()).isEqualTo("2018-甘肃");
        assertThat(upward(gansu.out())).containsExactly("621102 53.33% >= 60.00%", "621121 42.00% >= 60.00%",
                "621123 56.66% >= 60.00%");
        CliRun base = CliRun.of("evaluate", sample("2018").toString(), "--rules", rules.toString(), "--trust-rules",
                "--format", "json");
        assertThat(JSON.readTree(base.out()).get("edition").asText()).isEqualTo("2018");
        assertThat(upward(base.out())).containsExactly("621121 42.00% >= 50.00%");
    }

    @Test
    void anEditionTheRuleBaseDoesNotHoldIsBadInputAtEdition() throws IOException {
        Path plan = sample("2018-四川");
        CliRun run = CliRun.of("evaluate", plan.toString(), "--rules", rules.toString(), "--trust-rules");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(plan + ": /edition: edition \"2018-四川\" is not one this rule base holds;"
                + " it holds \"2018\", \"2018-甘肃\"" + System.lineSeparator());
        CliRun builtIn = CliRun.of("evaluate", sample("2018-甘肃").toString());
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).contains(": /edition: edition \"2018-甘肃\" is not one this rule base holds; it holds \"2018\"")
                .doesNotContain("\tat ");
        CliRun batch = CliRun.of("evaluate", plan.toString(), sample("2018").toString(), "--format", "json");
        assertThat(batch.exitCode()).isEqualTo(2);
        assertThat(batch.err()).contains(plan + ": /edition: edition \"2018-四川\"");
        assertThat(batch.out().lines().count()).isEqualTo(1);
    }

    @Test
    void validateReportsABrokenOverlayAndAMisspeltParameterReadAtTheirLines() throws IOException {
        Files.writeString(rules.resolve("editions/2018-甘肃.json"), GANSU.replace("\"upwardMinShare\"", "\"upwardMinShar\""),
                StandardCharsets.UTF_8);
        Path funds = rules.resolve("funds.drl");
        String drl = Files.readString(funds, StandardCharsets.UTF_8);
        Files.writeString(funds, drl.replace("EditionParameters($max : serviceCentreMaxShare)",
                "EditionParameters($max : share(\"serviceCentreMaxShar\"))"), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("editions/2018-甘肃.json:2: parameter upwardMinShar is not a parameter of edition 2018"
                        + " (did you mean upwardMinShare?)")
                .containsPattern("funds\\.drl:\\d+:\\d+: share\\(\"serviceCentreMaxShar\"\\) reads a parameter that edition 2018"
                        + " does not have \\(did you mean serviceCentreMaxShare\\?\\)")
                .doesNotContain("\tat ");
    }

    @Test
    void rulesListsAFoldersRulesEditionsAndParameters() {
        CliRun run = CliRun.of("rules", "--rules", rules.toString(), "--trust-rules", "--edition", "2018-甘肃");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("46 rules").contains("editions: 2018 (base), 2018-甘肃 (extends 2018)")
                .contains("parameters of edition 2018-甘肃:")
                .containsPattern("upwardMinShare\\s+share\\s+4\\.1\\s+\"0\\.60\"")
                .containsPattern("oldAreaQuotaPerProvince\\s+count\\s+5\\.1\\s+5");
        CliRun base = CliRun.of("rules");
        assertThat(base.out()).contains("editions: 2018 (base)").contains("parameters of edition 2018:")
                .containsPattern("upwardMinShare\\s+share\\s+4\\.1\\s+\"0\\.50\"");
        CliRun builtIn = CliRun.of("rules", "--edition", "2018-甘肃");
        assertThat(builtIn.exitCode()).isEqualTo(2);
        assertThat(builtIn.err()).isEqualTo("ecrural: --edition 2018-甘肃: not an edition of this rule base; it holds 2018"
                + System.lineSeparator());
    }

    @Test
    void compareTakesTwoRuleFolders() throws IOException {
        Path raised = tmp.resolve("raised");
        assertThat(CliRun.of("init-rules", raised.toString()).exitCode()).isZero();
        Path edition = raised.resolve("edition.json");
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"0.60\"");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(edition, changed, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("compare", "--rules-a", rules.toString(), "--rules-b", raised.toString(), "--trust-rules",
                sample("2018").toString(), "--lang", "en");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Findings that appear under B")
                .contains("FUND-UPWARD-MIN-SHARE on AREA 621102 (53.33% vs >= 60.00%)")
                .contains("AREA 621102: COMPLIANT -> NON_COMPLIANT");
        CliRun mixed = CliRun.of("compare", "--rules-a", rules.toString(), sample("2018").toString());
        assertThat(mixed.exitCode()).isEqualTo(2);
        assertThat(mixed.err()).startsWith("ecrural: compare takes either --rules-a DIR and --rules-b DIR");
    }
}
