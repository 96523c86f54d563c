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

/**
 * The policy analyst's path, with no Java (issue 11): from {@code init-rules}, add a rule that
 * reads a new edition parameter, with its words in both languages and two scenarios; validate
 * passes; evaluate shows its finding in Chinese and in English; take a scenario away and validate
 * fails on the coverage gap.
 */
class AnalystPathTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RULE = """

            // A provincial supplement: no single project takes more central funds than the province's cap.
            rule "FUND-PROJECT-CAP"
            when
                EditionParameters($cap : money("maxProjectCentralFunds"))
                $p : ProjectItem(centralFunds != null, centralFunds > $cap)
            then
                findings.about($p).money("cap", $cap).evidence("project", $p).emit();
            end
            """;

    private static final String WORDS = """

              FUND-PROJECT-CAP:
                clause: "4"
                severity: ADVISORY
                subject: PROJECT
                title:
                  zh: 单个项目的中央财政资金不超过省定上限
                  en: A single project's central funds stay within the province's cap
                basis:
                  zh: 省级补充规定：单个项目的中央财政资金不超过省定上限。
                  en: "A provincial supplement: a single project's central funds stay within the province's cap."
                message:
                  zh: "项目 {subject} 使用中央财政资金 {project.centralFunds}，超过省定的单个项目上限 {cap}。"
                  en: "Project {subject} takes {project.centralFunds} of central funds, more than the province's cap of {cap} per project."
                measured:
                  zh: "{project.centralFunds}"
                  en: "{project.centralFunds}"
                limit:
                  zh: "不超过 {cap}"
                  en: "at most {cap}"
                remedy:
                  zh: 将该项目拆分或减少其中央财政资金。
                  en: Split the project or reduce its central funds.
                evidence:
                  project:
                    zh: "项目 {item}，中央财政资金 {item.centralFunds}"
                    en: "project {item}, {item.centralFunds} of central funds"
            """;

    @TempDir
    Path dir;

    private static String plan(String centralFunds) {
        return """
                { "format": 1, "edition": "2018", "evaluationDate": "2018-10-31",
                  "counties": [ { "code": "621121", "name": "通渭县", "prefectureCode": "621100", "prefecture": "定西市",
                                  "divisionType": "COUNTY", "nationalKeyCounty": true } ],
                  "fundAllocations": [ { "area": "621121", "recipient": "621121", "centralFunds": "20000000.00" } ],
                  "projects": [ { "id": "P-1", "area": "621121", "name": "马铃薯分级包装线", "direction": "UPWARD",
                                  "expenseType": "GRADING_PACKAGING", "centralFunds": "%s",
                                  "supportMethod": "AWARD_IN_LIEU_OF_SUBSIDY" } ] }
                """.formatted(centralFunds);
    }

    @Test
    void anAnalystAddsARuleWithANewParameterWordsAndScenariosWithoutJava() throws Exception {
        Path rules = dir.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();

        // a new parameter in the edition, typed
        ObjectNode edition = (ObjectNode) JSON.readTree(Files.readString(rules.resolve("edition.json")));
        ObjectNode cap = ((ObjectNode) edition.get("parameters")).putObject("maxProjectCentralFunds");
        cap.put("type", "money").put("clause", "4").put("note", "省级补充规定：单个项目中央财政资金上限").put("value", "10000000.00");
        Files.writeString(rules.resolve("edition.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(edition));
        // the rule and its words
        Files.writeString(rules.resolve("funds.drl"), RULE, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(rules.resolve("funds.words.yaml"), WORDS, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        // two scenarios: one fen above the cap fires, exactly the cap stays silent
        ObjectNode scenarios = (ObjectNode) JSON.readTree(Files.readString(rules.resolve("funds.scenarios.json")));
        ArrayNode list = (ArrayNode) scenarios.get("scenarios");
        list.add(JSON.readTree("""
                { "name": "a project one fen above the province's cap is flagged",
                  "plan": %s,
                  "expect": [ { "rule": "FUND-PROJECT-CAP", "subject": { "type": "PROJECT", "id": "P-1" }, "blocking": false } ] }
                """.formatted(plan("10000000.01").replace("\"format\": 1, \"edition\": \"2018\", ", ""))));
        list.add(JSON.readTree("""
                { "name": "a project at exactly the province's cap is not",
                  "plan": %s,
                  "expectAbsent": [ { "rule": "FUND-PROJECT-CAP" } ] }
                """.formatted(plan("10000000.00").replace("\"format\": 1, \"edition\": \"2018\", ", ""))));
        Files.writeString(rules.resolve("funds.scenarios.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenarios));

        CliRun validate = CliRun.of("validate", rules.toString());
        assertThat(validate.exitCode()).as(validate.out() + validate.err()).isZero();
        assertThat(validate.out()).contains("47 rules");

        Path plan = dir.resolve("plan.json");
        Files.writeString(plan, plan("12000000.00"), StandardCharsets.UTF_8);
        CliRun zh = CliRun.of("evaluate", plan.toString(), "--rules", rules.toString());
        assertThat(zh.err()).isEmpty();
        assertThat(zh.out()).contains("FUND-PROJECT-CAP")
                .contains("项目 马铃薯分级包装线（P-1） 使用中央财政资金 12,000,000.00 元，超过省定的单个项目上限 10,000,000.00 元。");
        CliRun en = CliRun.of("evaluate", plan.toString(), "--rules", rules.toString(), "--lang", "en");
        assertThat(en.out()).contains("takes 12,000,000.00 yuan of central funds, more than the province's cap of 10,000,000.00 yuan per project.");
        JsonNode report = JSON.readTree(CliRun.of("evaluate", plan.toString(), "--rules", rules.toString(), "--format", "json").out());
        assertThat(report.get("findings").findValuesAsText("rule")).contains("FUND-PROJECT-CAP");

        // take the silent scenario away: the rule is no longer pinned on both sides, and validate says so
        list.remove(list.size() - 1);
        Files.writeString(rules.resolve("funds.scenarios.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(scenarios));
        CliRun gap = CliRun.of("validate", rules.toString());
        assertThat(gap.exitCode()).isEqualTo(1);
        assertThat(gap.out() + gap.err()).contains("FUND-PROJECT-CAP");
    }
}
