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

/** The analysts' loop: init-rules, edit, validate, evaluate --rules, compare. */
class RuleFolderCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void initRules() {
        rules = tmp.resolve("rules");
        CliRun init = CliRun.of("init-rules", rules.toString());
        assertThat(init.exitCode()).isZero();
        assertThat(rules.resolve("funds.drl")).exists();
        assertThat(rules.resolve("edition.json")).exists();
        assertThat(rules.resolve("service-system.scenarios.json")).exists();
    }

    private void edit(String file, String from, String to) throws IOException {
        Path p = rules.resolve(file);
        String text = Files.readString(p, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(p, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)),
                StandardCharsets.UTF_8);
    }

    private static List<String> upwardFindings(String reportJson) throws IOException {
        List<String> areas = new ArrayList<>();
        for (JsonNode f : JSON.readTree(reportJson).get("findings")) {
            if (f.get("rule").asText().equals("FUND-UPWARD-MIN-SHARE")) {
                areas.add(f.get("subject").get("id").asText() + " " + f.get("measured").asText() + " " + f.get("limit").asText());
            }
        }
        return areas;
    }

    private void setUpwardMinimum(String value) throws IOException {
        Path edition = rules.resolve("edition.json");
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"" + value + "\"");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(edition, changed, StandardCharsets.UTF_8);
    }

    @Test
    void raisingTheUpwardMinimumTo60PercentValidatesAndShowsTheNewFinding() throws IOException {
        setUpwardMinimum("0.60");
        CliRun validate = CliRun.of("validate", rules.toString(), "--allow-unexercised"); // no scenario runs at 60%: AnalystLoopTest
        assertThat(validate.err()).doesNotContain("problem");
        assertThat(validate.exitCode()).isZero();
        assertThat(validate.out()).contains("46 rules compiled; scenarios all pass");

        List<String> before = upwardFindings(CliRun.of("evaluate", "--format", "json").out());
        List<String> after = upwardFindings(CliRun.of("evaluate", "--rules", rules.toString(), "--format", "json").out());
        assertThat(before).containsExactly("621121 42.00% >= 50.00%");
        assertThat(after).containsExactly("621102 53.33% >= 60.00%", "621121 42.00% >= 60.00%", "621123 56.66% >= 60.00%");
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLineAndExitOne() throws IOException {
        edit("funds.drl", "then", "then this is not java ;");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("funds\\.drl:\\d+(:\\d+)?: ").doesNotContain("\tat ");
    }

    @Test
    void anUnknownFactFieldIsReportedWithFileAndLineAndExitOne() throws IOException {
        edit("service-system.drl", "direction == Direction.SERVICE_STATION", "direktion == Direction.SERVICE_STATION");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("service-system\\.drl:\\d+").contains("direktion");
    }

    @Test
    void aMissingClauseIsReportedWithFileAndLineAndExitOne() throws IOException {
        edit("service-system.words.yaml", "    clause: \"4.2\"\n", "");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("service-system\\.words\\.yaml:\\d+: rule SERV-STATION-FUNCTIONS: clause is missing");
    }

    @Test
    void anUnknownClauseAndABadSeverityAreReported() throws IOException {
        edit("service-system.words.yaml", "clause: \"4.2\"", "clause: \"4.9\"");
        edit("service-system.words.yaml", "severity: ADVISORY", "severity: SOMETIMES");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("service-system\\.words\\.yaml:\\d+: rule SERV-STATION-FUNCTIONS cites clause \"4\\.9\"")
                .contains("severity \"SOMETIMES\" is not one of MANDATORY, PRINCIPLE, ADVISORY, TARGET");
    }

    @Test
    void parametersThatBreakAnInvariantAreReported() throws IOException {
        setUpwardMinimum("0.90");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("edition.json: upwardMinShare + serviceCentreMaxShare is 1.05");
    }

    @Test
    void drlThatCallsSystemExitRuntimeExecOrOpensAFileIsRefusedWithFileAndLine() throws IOException {
        edit("service-system.drl", "then", "then System.exit(3); Runtime.getRuntime().exec(\"rm -rf /\"); java.nio.file.Files.readString(java.nio.file.Path.of(\"/etc/passwd\"));");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .containsPattern("service-system\\.drl:\\d+:\\d+: calls java\\.lang\\.System\\.exit")
                .containsPattern("service-system\\.drl:\\d+:\\d+: calls java\\.lang\\.Runtime\\.getRuntime")
                .containsPattern("service-system\\.drl:\\d+:\\d+: calls java\\.nio\\.file\\.Files\\.readString");
        CliRun evaluate = CliRun.of("evaluate", "--rules", rules.toString());
        assertThat(evaluate.exitCode()).isEqualTo(2);
        assertThat(evaluate.out()).isEmpty();
    }

    @Test
    void aClassOutsideTheAllowListIsRefusedUnlessTrusted() throws IOException {
        edit("service-system.drl", "import org.ecrural.model.Direction", "import org.ecrural.model.Direction\nimport java.io.PrintStream");
        edit("service-system.drl", "then", "then String printStream = PrintStream.class.getName();");
        assertThat(CliRun.of("validate", rules.toString()).err()).contains("names the class java.io.PrintStream");
        CliRun trusted = CliRun.of("validate", rules.toString(), "--trust-rules");
        assertThat(trusted.exitCode()).isZero();
    }

    @Test
    void theBuiltInRuleBaseIsFullyCoveredByItsScenarios() {
        CliRun run = CliRun.of("test");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Covered: 46 of 46 rules").contains("0 failed").doesNotContain("GAP");
    }

    @Test
    void aRuleWithoutAFiringScenarioIsACoverageGapAndExitOne() throws IOException {
        Path scenarios = rules.resolve("service-system.scenarios.json");
        Files.delete(scenarios);
        CliRun run = CliRun.of("test", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).containsPattern("GAP\\s+SERV-STATION-FUNCTIONS").contains("Covered: 45 of 46 rules");
    }

    @Test
    void testPrintsRuleAndClauseCoverage() {
        CliRun run = CliRun.of("test", "--rules", rules.toString());
        assertThat(run.out()).contains("Rule coverage").contains("SERV-STATION-FUNCTIONS").contains("Clause coverage");
    }

    @Test
    void compareListsTheFindingsAndVerdictsThatChange() throws IOException {
        Path a = tmp.resolve("a.json");
        Files.copy(rules.resolve("edition.json"), a);
        setUpwardMinimum("0.60");
        Path sample = tmp.resolve("sample.json");
        Files.writeString(sample, EvaluateCommandTest.sampleText(), StandardCharsets.UTF_8);
        CliRun run = CliRun.of("compare", "--params", a.toString(), "--params", rules.resolve("edition.json").toString(),
                sample.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Findings that appear under B")
                .contains("FUND-UPWARD-MIN-SHARE on AREA 621102 (53.33% vs >= 60.00%)")
                .contains("FUND-UPWARD-MIN-SHARE on AREA 621123")
                .contains("Findings that change")
                .contains("AREA 621102: COMPLIANT -> NON_COMPLIANT");
    }

    @Test
    void explainShowsTheFoldersParametersAndSource() throws IOException {
        setUpwardMinimum("0.60");
        edit("funds.words.yaml", "en: Central funds for rural products going upward", "en: EDITED Central funds for rural products going upward");
        CliRun run = CliRun.of("explain", "FUND-UPWARD-MIN-SHARE", "--rules", rules.toString(), "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("0.60").contains("EDITED Central funds");
    }

    @Test
    void initRulesRefusesToOverwriteWithoutForce() {
        CliRun again = CliRun.of("init-rules", rules.toString());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("--force");
        assertThat(CliRun.of("init-rules", rules.toString(), "--force").exitCode()).isZero();
    }
}
