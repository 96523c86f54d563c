package org.ecrural.kb;

import org.ecrural.kb.folder.ParameterReads;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.RuleProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every parameter has a type and is readable by name with it; problems name the parameter at file:line. */
class TypedParametersTest {
    private static final EditionParameters E = EditionParameters.builtIn();
    private static final String BUILT_IN = RuleFolder.builtIn().editionText();

    @Test
    void everyBuiltInParameterHasAType() {
        assertThat(E.parameters()).hasSize(16).allSatisfy(p -> assertThat(EditionParameters.TYPES).as(p.name()).contains(p.type()));
        assertThat(E.typeOf("addressedProvinces")).isEqualTo("table");
        assertThat(E.typeOf("upwardMinShare")).isEqualTo("share");
        assertThat(E.typeOf("nothing")).isNull();
    }

    @Test
    void genericAccessorsReadEachParameterByNameWithItsType() {
        assertThat(E.share("upwardMinShare")).isEqualByComparingTo("0.50").isEqualTo(E.getUpwardMinShare());
        assertThat(E.share("serviceCentreMaxShare")).isEqualByComparingTo("0.15");
        assertThat(E.count("oldAreaQuotaPerProvince")).isEqualTo(5);
        assertThat(E.date("filingDeadline")).isEqualTo(LocalDate.of(2018, 5, 31));
        assertThat(E.date("finalDeadline")).isEqualTo(LocalDate.of(2018, 6, 15));
        assertThat(E.codes("prohibitedExpenseTypes")).containsExactly("ONLINE_TRADING_PLATFORM", "BUILDING",
                "WORKING_EXPENSE", "TRAFFIC_PURCHASE");
        assertThat(E.codes("workPlanManagementItems")).hasSize(5).contains("THIRD_PARTY_MANAGEMENT");
        assertThat(E.text("signageText")).isEqualTo("电子商务进农村综合示范项目");
    }

    @Test
    void anUnknownNameOrAnotherTypeIsRefusedAtRunTime() {
        assertThatThrownBy(() -> E.share("upwardMinShar")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("edition 2018 has no parameter named upwardMinShar");
        assertThatThrownBy(() -> E.count("upwardMinShare")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("parameter upwardMinShare is a share, not a count");
        assertThatThrownBy(() -> E.money("addressedProvinces")).hasMessage("parameter addressedProvinces is a table, not a money");
    }

    @Test
    void aNewParameterOfEachTypeIsReadable() throws Exception {
        EditionParameters e = read(BUILT_IN.replace("\"parameters\": {", """
                "parameters": {
                    "reviewBudget": {"type": "money", "clause": "4", "note": "n", "value": "1200000.50"},
                    "reviewOpens": {"type": "date", "clause": "5.1", "note": "n", "value": "2018-07-01"},
                    "reviewers": {"type": "count", "clause": "5.1", "note": "n", "value": 3},
                    "reviewRegions": {"type": "codes", "clause": "3", "note": "n", "value": ["620000", "640000"]},
                    "reviewTitle": {"type": "text", "clause": "5.1", "note": "n", "value": "复核"},
                    "reviewShare": {"type": "share", "clause": "4.1", "note": "n", "value": "0.3333"},
                """), "edition.json");
        assertThat(e.money("reviewBudget")).isEqualByComparingTo("1200000.50");
        assertThat(e.date("reviewOpens")).isEqualTo(LocalDate.of(2018, 7, 1));
        assertThat(e.count("reviewers")).isEqualTo(3);
        assertThat(e.codes("reviewRegions")).containsExactly("620000", "640000");
        assertThat(e.text("reviewTitle")).isEqualTo("复核");
        assertThat(e.share("reviewShare")).isEqualByComparingTo("0.3333");
    }

    @Test
    void aMissingTypeAnUnknownTypeAndValuesThatDoNotFitAreReportedAtTheParametersLine() {
        String text = BUILT_IN.replace("\"type\": \"share\",\n      \"clause\": \"4.1\"", "\"clause\": \"4.1\"")
                .replace("\"parameters\": {", """
                "parameters": {
                    "reviewBudget": {"type": "money", "clause": "4", "note": "n", "value": "-5"},
                    "reviewOpens": {"type": "date", "clause": "5.1", "note": "n", "value": "2018-13-01"},
                    "reviewers": {"type": "count", "clause": "5.1", "note": "n", "value": 2.5},
                    "reviewRegions": {"type": "codes", "clause": "3", "note": "n", "value": "620000"},
                    "reviewShare": {"type": "share", "clause": "4.1", "note": "n", "value": "0.33333"},
                    "reviewMood": {"type": "feeling", "clause": "4.1", "note": "n", "value": "good"},
                """);
        assertThat(text).doesNotContain("\"type\": \"share\",\n      \"clause\": \"4.1\"");
        EditionParameters.InvalidParametersException e = catchThrowableOfType(() -> read(text, "edition.json"),
                EditionParameters.InvalidParametersException.class);
        assertThat(e.located()).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "edition.json:" + lineOf(text, "reviewBudget") + ": parameter reviewBudget must be money: a non-negative decimal"
                        + " in yuan with at most 4 decimals, such as \"1000000.00\"; found \"-5\"",
                "edition.json:" + lineOf(text, "reviewOpens") + ": parameter reviewOpens must be a date YYYY-MM-DD; found \"2018-13-01\"",
                "edition.json:" + lineOf(text, "reviewers") + ": parameter reviewers must be a count: a whole number from 0 to 1000000; found 2.5",
                "edition.json:" + lineOf(text, "reviewRegions") + ": parameter reviewRegions must be a list of codes; found \"620000\"",
                "edition.json:" + lineOf(text, "reviewShare") + ": parameter reviewShare must be a share written as a decimal between"
                        + " 0 and 1 with at most 4 decimals, such as \"0.50\"; found \"0.33333\"",
                "edition.json:" + lineOf(text, "reviewMood") + ": parameter reviewMood has an unknown type \"feeling\"; one of codes,"
                        + " count, date, money, share, table, text",
                "edition.json:" + lineOf(text, "upwardMinShare") + ": parameter upwardMinShare has no type; give \"type\": one of codes,"
                        + " count, date, money, share, table, text (it is a share)");
    }

    @Test
    void aParameterTheRulesReadByItsGetterMustKeepItsType() {
        String text = BUILT_IN.replace("\"type\": \"count\"", "\"type\": \"money\"");
        EditionParameters.InvalidParametersException e = catchThrowableOfType(() -> read(text, "edition.json"),
                EditionParameters.InvalidParametersException.class);
        assertThat(e.located()).extracting(RuleProblem::toString).containsExactly("edition.json:"
                + lineOf(text, "oldAreaQuotaPerProvince") + ": parameter oldAreaQuotaPerProvince is read by the rules as a count,"
                + " not a money; give \"type\": \"count\"");
    }

    @Test
    void drlReadingAnUnknownParameterOrWithTheWrongTypeIsReportedAtItsLine() {
        String drl = """
                package rules
                import org.ecrural.kb.edition.EditionParameters
                // share("commentedOut") is not code
                rule "A"
                when
                    EditionParameters($min : share("upwardMinShar"), $n : count( "oldAreaQuotaPerProvince" ))
                    EditionParameters($q : count("upwardMinShare"), $t : codes("addressedProvinces"))
                then
                    findings.area("1").share("share", $min, $min, $min).emit();
                end
                """;
        List<RuleProblem> problems = ParameterReads.check(Map.of("x.drl", drl), E);
        assertThat(problems).extracting(RuleProblem::toString).containsExactly(
                "x.drl:6:30: share(\"upwardMinShar\") reads a parameter that edition 2018 does not have (did you mean upwardMinShare?)",
                "x.drl:7:28: count(\"upwardMinShare\") reads parameter upwardMinShare as a count, but it is a share;"
                        + " read it with share(\"upwardMinShare\")",
                "x.drl:7:58: codes(\"addressedProvinces\") reads parameter addressedProvinces as a codes, but it is a table");
    }

    @Test
    void aRuleFolderWithAMisspeltParameterIsRefusedBeforeItCompiles() {
        RuleFolder folder = RuleFolder.builtIn();
        String funds = folder.drlFiles().get("funds.drl");
        assertThat(funds).contains("EditionParameters($min : upwardMinShare)");
        java.util.Map<String, String> drl = new java.util.LinkedHashMap<>(folder.drlFiles());
        drl.put("funds.drl", funds.replace("EditionParameters($min : upwardMinShare)", "EditionParameters($min : share(\"upwardMinShar\"))"));
        List<RuleProblem> problems = new ArrayList<>(ParameterReads.check(drl, E));
        assertThat(problems).hasSize(1);
        assertThat(problems.get(0).file()).isEqualTo("funds.drl");
        assertThat(problems.get(0).line()).isEqualTo(lineOf(drl.get("funds.drl"), "share(\"upwardMinShar\")"));
        assertThat(problems.get(0).message()).endsWith("(did you mean upwardMinShare?)");
        assertThat(ParameterReads.check(folder.drlFiles(), E)).isEmpty();
    }

    static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertThat(at).as(needle).isNotNegative();
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    static EditionParameters read(String text, String source) throws java.io.IOException {
        return EditionParameters.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), source);
    }
}
