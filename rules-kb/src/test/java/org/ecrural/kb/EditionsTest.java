package org.ecrural.kb;

import org.ecrural.kb.edition.Editions;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.InputError;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editions as data: a provincial overlay "2018-甘肃" (test data only) raising the upward minimum to
 * 60%, and one leaving out a rule, held beside 2018 by one engine compiled once from a rule folder
 * (untrusted: executable model and bytecode check, its DRL reading the minimum with
 * {@code share("upwardMinShare")}), evaluated side by side.
 */
class EditionsTest {
    static final String GANSU = """
            {"edition": "2018-甘肃", "extends": "2018",
             "parameters": {
               "upwardMinShare": {"value": "0.60", "note": "（虚构的省级补充规定）中央财政资金支持农村产品上行的比例不低于60%"}
             }}
            """;
    static final String WITHOUT_UPWARD = """
            {"extends": "2018-甘肃",
             "excludeRules": ["FUND-UPWARD-MIN-SHARE"]}
            """;

    @TempDir
    static Path dir;
    static PolicyEngine engine;

    @BeforeAll
    static void oneEngineForThreeEditions() throws Exception {
        RuleFolder.builtIn().writeTo(dir);
        Path funds = dir.resolve("funds.drl");
        String drl = Files.readString(funds, StandardCharsets.UTF_8);
        assertThat(drl).contains("EditionParameters($min : upwardMinShare)");
        Files.writeString(funds, drl.replace("EditionParameters($min : upwardMinShare)",
                "EditionParameters($min : share(\"upwardMinShare\"))"), StandardCharsets.UTF_8);
        Files.createDirectories(dir.resolve("editions"));
        Files.writeString(dir.resolve("editions/2018-甘肃.json"), GANSU, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("editions/2018-test-no-upward.json"), WITHOUT_UPWARD, StandardCharsets.UTF_8);
        engine = PolicyEngine.fromFolder(dir);
    }

    static PlanDocument plan(String edition, String upward) throws PlanInputException {
        return PlanReader.read("""
                {"format": 1, "edition": "%s", "evaluationDate": "2018-10-31",
                 "fundAllocations": [ { "area": "621121", "recipient": "621121", "centralFunds": "10000000.00" } ],
                 "projects": [ { "id": "P-1", "area": "621121", "direction": "UPWARD", "expenseType": "SUPPLY_CHAIN",
                                 "centralFunds": "%s" } ] }
                """.formatted(edition, upward));
    }

    static List<Finding> upward(Report r) {
        return r.findings().stream().filter(f -> f.ruleId().equals("FUND-UPWARD-MIN-SHARE")).toList();
    }

    @Test
    void theEngineHoldsTheBaseEditionAndItsOverlays() {
        assertThat(engine.editions()).containsExactly("2018", "2018-test-no-upward", "2018-甘肃");
        assertThat(engine.edition().getEdition()).isEqualTo("2018");
        EditionParameters gansu = engine.edition("2018-甘肃").orElseThrow();
        assertThat(gansu.share("upwardMinShare")).isEqualByComparingTo("0.60");
        assertThat(gansu.parent()).isEqualTo("2018");
        assertThat(gansu.source()).isEqualTo("editions/2018-甘肃.json");
        assertThat(gansu.share("serviceCentreMaxShare")).isEqualByComparingTo("0.15"); // inherited
        assertThat(gansu.parameters()).hasSize(16);
        assertThat(engine.edition("2018-test-no-upward").orElseThrow().excludedRules()).containsExactly("FUND-UPWARD-MIN-SHARE");
        assertThat(engine.edition("2019")).isEmpty();
    }

    @Test
    void aShareOf55PercentPasses2018AndFailsTheGansuOverlaySideBySide() throws Exception {
        PlanDocument in2018 = plan("2018", "5500000.00");
        PlanDocument inGansu = plan("2018-甘肃", "5500000.00");
        String expected2018 = ReportJson.write(engine.evaluate(in2018));
        String expectedGansu = ReportJson.write(engine.evaluate(inGansu));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                PlanDocument p = i % 2 == 0 ? in2018 : inGansu;
                runs.add(pool.submit(() -> ReportJson.write(engine.evaluate(p))));
            }
            for (int i = 0; i < runs.size(); i++) {
                assertThat(runs.get(i).get()).isEqualTo(i % 2 == 0 ? expected2018 : expectedGansu);
            }
        } finally {
            pool.shutdownNow();
        }
        Report r2018 = engine.evaluate(in2018);
        Report rGansu = engine.evaluate(inGansu);
        assertThat(r2018.edition()).isEqualTo("2018");
        assertThat(rGansu.edition()).isEqualTo("2018-甘肃");
        assertThat(upward(r2018)).isEmpty();
        assertThat(upward(rGansu)).singleElement().satisfies(f -> {
            assertThat(f.subject().id()).isEqualTo("621121");
            assertThat(f.limit()).contains("60.00%");
            assertThat(f.measured()).contains("55.00%");
            assertThat(f.blocking()).isTrue();
        });
        assertThat(expectedGansu).contains("\"edition\": \"2018-甘肃\"");
    }

    @Test
    void anEditionLeavesOutTheRulesItExcludes() throws Exception {
        assertThat(upward(engine.evaluate(plan("2018", "4000000.00")))).hasSize(1);
        assertThat(upward(engine.evaluate(plan("2018-test-no-upward", "4000000.00")))).isEmpty();
    }

    @Test
    void anEditionTheRuleBaseDoesNotHoldIsAnInputErrorAtEdition() throws Exception {
        PlanDocument p = plan("2019", "5500000.00");
        PlanInputException e = catchThrowableOfType(() -> engine.requireEdition(p), PlanInputException.class);
        assertThat(e.errors()).containsExactly(new InputError("/edition",
                "edition \"2019\" is not one this rule base holds; it holds \"2018\", \"2018-test-no-upward\", \"2018-甘肃\""));
        assertThatThrownBy(() -> engine.evaluate(p)).isInstanceOf(PlanInputException.class)
                .hasMessageContaining("/edition");
        assertThatThrownBy(() -> PolicyEngine.builtIn().requireEdition(plan("2018-甘肃", "1.00")))
                .isInstanceOf(PlanInputException.class).hasMessageContaining("it holds \"2018\"");
    }

    @Test
    void theFolderWritesItsEditionsBack(@TempDir Path copy) throws Exception {
        RuleFolder folder = RuleFolder.read(dir);
        assertThat(folder.editionFiles()).containsOnlyKeys("2018-test-no-upward", "2018-甘肃");
        folder.writeTo(copy);
        assertThat(Files.readString(copy.resolve("editions/2018-甘肃.json"), StandardCharsets.UTF_8)).isEqualTo(GANSU);
        assertThat(RuleFolder.read(copy).editionFiles()).isEqualTo(folder.editionFiles());
    }

    private static List<String> overlayProblems(Map<String, String> overlays) {
        List<RuleProblem> problems = new ArrayList<>();
        Editions read = Editions.read(RuleFolder.builtIn().editionText(), "edition.json", overlays, problems);
        assertThat(read.names()).containsExactly("2018");
        return problems.stream().map(RuleProblem::toString).toList();
    }

    @Test
    void brokenOverlaysAreReportedAtTheirFileAndLine() {
        Map<String, String> overlays = new LinkedHashMap<>();
        overlays.put("a", """
                {"extends": "2018",
                 "parameters": {
                   "upwardMinShar": {"value": "0.60"},
                   "serviceCentreMaxShare": {"value": "0.45"}
                 }}""");
        overlays.put("b", "{\"extends\": \"2017\"}");
        overlays.put("c", "{\"extends\": \"d\"}");
        overlays.put("d", "{\"extends\": \"c\"}");
        overlays.put("e", "{\"extends\": \"2018\", \"parameters\": {\"oldAreaQuotaPerProvince\": {\"value\": \"five\"}}}");
        overlays.put("f", "{\"extends\": \"2018\", \"edition\": \"g\", \"colour\": 1}");
        assertThat(overlayProblems(overlays)).containsExactly(
                "editions/a.json:3: parameter upwardMinShar is not a parameter of edition 2018 (did you mean upwardMinShare?);"
                        + " an overlay changes parameters, it adds none",
                "editions/b.json: extends edition 2017, which this rule base does not hold (did you mean 2018?); it holds 2018, a, b, c, d, e, f",
                "editions/c.json: extends itself through c → d → c",
                "editions/d.json: extends edition c, which cannot be used",
                "editions/c.json: extends edition d, which cannot be used",
                "editions/e.json:1: parameter oldAreaQuotaPerProvince must be a whole number of at most 1000000, found \"five\"",
                "editions/f.json: unknown field \"colour\"; an overlay has edition, excludeRules, extends, notice, parameters, year",
                "editions/f.json: names edition \"g\", but its file name says f");
        assertThat(overlayProblems(Map.of("x", "{\"extends\": \"2018\", \"parameters\": {\"serviceCentreMaxShare\": {\"value\": \"0.55\"}}}")))
                .containsExactly("editions/x.json: upwardMinShare + serviceCentreMaxShare is 1.05, more than 100% of an area's central funds");
    }

    @Test
    void aFolderWhoseDrlMisspellsAParameterOrWhoseEditionExcludesAnUnknownRuleIsRefused(@TempDir Path bad) throws Exception {
        RuleFolder.builtIn().writeTo(bad);
        Path funds = bad.resolve("funds.drl");
        String drl = Files.readString(funds, StandardCharsets.UTF_8).replace("EditionParameters($min : upwardMinShare)",
                "EditionParameters($min : share(\"upwardMinShar\"))");
        Files.writeString(funds, drl, StandardCharsets.UTF_8);
        RuleBaseException e = catchThrowableOfType(() -> PolicyEngine.fromFolder(bad), RuleBaseException.class);
        assertThat(e.problems()).extracting(RuleProblem::toString).singleElement().asString()
                .startsWith("funds.drl:" + TypedParametersTest.lineOf(drl, "share(\"upwardMinShar\")") + ":")
                .endsWith("(did you mean upwardMinShare?)");
        EditionParameters excluding = TypedParametersTest.read(RuleFolder.builtIn().editionText()
                .replace("\"parameters\": {", "\"excludeRules\": [\"FUND-UPWARD-MIN-SHAR\"], \"parameters\": {"), "edition.json");
        RuleBaseException unknown = catchThrowableOfType(() -> RuleBase.builtIn().withEdition(excluding, RuleFolder.builtIn()),
                RuleBaseException.class);
        assertThat(unknown.problems()).extracting(RuleProblem::toString).containsExactly("edition.json: excludeRules names rule"
                + " FUND-UPWARD-MIN-SHAR, which this rule base does not have (did you mean FUND-UPWARD-MIN-SHARE?)");
    }
}
