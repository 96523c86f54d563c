package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static String sampleText() throws IOException {
        try (InputStream in = EvaluateCommandTest.class.getResourceAsStream(EvaluateCommand.SAMPLE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void theSamplePlanHasBlockingFindingsThatNameTheirRulesAndClauses() {
        CliRun run = CliRun.of("evaluate", "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("ELIG-OLD-AREA-NOT-DISTRICT (section 3)")
                .contains("PROC-FINAL-FROM-FILING (section 5(1), section 5(2))")
                .contains("nomination 621002  ✗ ineligible")
                .contains("province 620000  ✗ non-compliant")
                .doesNotContain("FILING_VALID");
    }

    @Test
    void theSamplePlanNominatesACountyOfAnotherProvinceAndTheReportSaysSoFirst() {
        CliRun en = CliRun.of("evaluate", "--lang", "en");
        assertThat(en.out()).contains("ELIG-OWN-PROVINCE (section 5(1))").contains("nomination 610826  ✗ ineligible");
        // the plan's overall outcome comes first, before the summary
        assertThat(en.out().lines().skip(1).findFirst().orElseThrow()).startsWith("Overall: ✗ BLOCKED");
        CliRun zh = CliRun.of("evaluate");
        assertThat(zh.out()).contains("绥德县（610826）位于陕西省（610000），不在甘肃省（620000）范围内");
        assertThat(zh.out().lines().skip(1).findFirst().orElseThrow()).startsWith("总体结论：✗ 不通过");
    }

    @Test
    void theChineseTextReportIsTheDefault() {
        CliRun run = CliRun.of("evaluate");
        assertThat(run.out()).contains("评估报告").contains("西峰区").contains("视为自动放弃").contains("（三）");
    }

    @Test
    void jsonOutputHasTheShapeOfFormatV1() throws IOException {
        CliRun run = CliRun.of("evaluate", "--format", "json");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("format").asInt()).isEqualTo(1);
        assertThat(report.get("edition").asText()).isEqualTo("2018");
        assertThat(report.get("evaluationDate").asText()).isEqualTo("2018-10-31");
        assertThat(report.get("findings").size()).isPositive();
        Set<String> severities = Set.of("MANDATORY", "PRINCIPLE", "ADVISORY", "TARGET");
        Set<String> types = Set.of("PROVINCE", "NOMINATION", "PREFECTURE", "AREA", "PROJECT", "TRAINING_RECORD", "REALLOCATION");
        for (JsonNode f : report.get("findings")) {
            assertThat(f.get("rule").asText()).matches("[A-Z]+(-[A-Z0-9]+)+");
            assertThat(f.get("clause").asText()).isNotBlank();
            assertThat(severities).contains(f.get("severity").asText());
            assertThat(types).contains(f.get("subject").get("type").asText());
            assertThat(f.get("subject").get("id").asText()).isNotBlank();
            assertThat(f.get("justified").isBoolean()).isTrue();
            assertThat(f.get("blocking").isBoolean()).isTrue();
            assertThat(f.get("message").get("zh").asText()).isNotBlank();
            assertThat(f.get("message").get("en").asText()).isNotBlank();
        }
        assertThat(report.get("blocking").asBoolean()).isTrue();
        Set<String> outcomes = Set.of("ELIGIBLE", "INELIGIBLE", "WITHDRAWN", "COMPLIANT", "NON_COMPLIANT", "ACCEPTABLE",
                "NOT_ACCEPTABLE", "PERMITTED", "NOT_PERMITTED", "DEEMED_WITHDRAWN");
        for (JsonNode v : report.get("verdicts")) {
            assertThat(types).contains(v.get("subject").get("type").asText());
            assertThat(outcomes).contains(v.get("outcome").asText());
        }
    }

    @Test
    void theSamplePlanShowsFindingsFromEverySectionEachWithRemedyAndEvidence() throws IOException {
        JsonNode findings = JSON.readTree(CliRun.of("evaluate", "--format", "json").out()).get("findings");
        Set<String> sections = new HashSet<>();
        for (JsonNode f : findings) {
            sections.add(f.get("rule").asText().split("-")[0]);
            assertThat(f.get("remedy").get("zh").asText()).as(f.get("rule").asText()).isNotBlank();
            assertThat(f.get("remedy").get("en").asText()).as(f.get("rule").asText()).isNotBlank();
            assertThat(f.get("evidence").size()).as(f.get("rule").asText()).isPositive();
        }
        assertThat(sections).containsExactlyInAnyOrder("ELIG", "PROC", "FUND", "SERV", "TRAIN", "ACPT", "MGMT", "PLAN", "GOAL");
    }

    @Test
    void findingsAreSortedBySubjectTypeSubjectIdAndRule() throws IOException {
        JsonNode findings = JSON.readTree(CliRun.of("evaluate", "--format", "json").out()).get("findings");
        List<String> keys = new ArrayList<>();
        List<String> order = List.of("PROVINCE", "NOMINATION", "PREFECTURE", "AREA", "PROJECT", "TRAINING_RECORD", "REALLOCATION");
        for (JsonNode f : findings) {
            keys.add(String.format("%d|%s|%s", order.indexOf(f.get("subject").get("type").asText()),
                    f.get("subject").get("id").asText(), f.get("rule").asText()));
        }
        List<String> sorted = new ArrayList<>(keys);
        Collections.sort(sorted);
        assertThat(keys).isEqualTo(sorted);
    }

    @Test
    void theSameReportByteForByteWhenEveryArrayOfThePlanIsShuffled() throws IOException {
        Path original = write("plan.json", sampleText());
        String expected = CliRun.of("evaluate", original.toString(), "--format", "json").out();
        String expectedText = CliRun.of("evaluate", original.toString()).out();
        String expectedHtml = CliRun.of("evaluate", original.toString(), "--format", "html").out();
        for (long seed = 1; seed <= 5; seed++) {
            JsonNode plan = JSON.readTree(sampleText());
            shuffleArrays(plan, new Random(seed));
            Path shuffled = write("shuffled-" + seed + ".json", JSON.writerWithDefaultPrettyPrinter().writeValueAsString(plan));
            assertThat(Files.readString(shuffled)).isNotEqualTo(Files.readString(original));
            assertThat(CliRun.of("evaluate", shuffled.toString(), "--format", "json").out()).isEqualTo(expected);
            assertThat(CliRun.of("evaluate", shuffled.toString()).out()).isEqualTo(expectedText);
            assertThat(CliRun.of("evaluate", shuffled.toString(), "--format", "html").out()).isEqualTo(expectedHtml);
        }
    }

    private static void shuffleArrays(JsonNode node, Random random) {
        if (node.isArray()) {
            ArrayNode array = (ArrayNode) node;
            List<JsonNode> items = new ArrayList<>();
            array.forEach(items::add);
            Collections.shuffle(items, random);
            array.removeAll();
            items.forEach(array::add);
        }
        for (JsonNode child : node) {
            shuffleArrays(child, random);
        }
    }

    @Test
    void aCompliantPlanExitsZero() throws IOException {
        String plan = """
                {"format": 1, "edition": "2018", "evaluationDate": "2018-10-31",
                 "areas": [{"code": "621102", "postTrainingService": true, "infoSystemConnected": true, "disclosureColumn": true}],
                 "fundAllocations": [{"area": "621102", "recipient": "621102", "centralFunds": "1000000.00"}],
                 "projects": [{"id": "P-1", "area": "621102", "name": "供应链", "direction": "UPWARD", "expenseType": "SUPPLY_CHAIN",
                   "centralFunds": "500000.00", "localFunds": "0", "socialFunds": "0", "supportMethod": "AWARD_IN_LIEU_OF_SUBSIDY",
                   "ledger": {"responsible": "李某", "deadline": "2018-12-31"}, "status": "IN_PROGRESS",
                   "signage": true, "transactionInfo": true, "activityInfo": true, "poorHouseholdRecords": true,
                   "onlineSalesRecords": true, "contractorAssessed": true, "operationPlan": true}]}
                """;
        CliRun run = CliRun.of("evaluate", write("ok.json", plan).toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(Ecrural.OK);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("verdicts").toString()).contains("\"COMPLIANT\"").contains("\"ACCEPTABLE\"");
    }

    @Test
    void everyInputErrorIsReportedWithItsPathAndExitTwo() throws IOException {
        JsonNode plan = JSON.readTree(sampleText());
        ObjectNode p3 = (ObjectNode) plan.get("projects").get(3);
        p3.remove("centralFunds");
        p3.put("centralFund", "100");                                           // unknown field (misspelt)
        ((ObjectNode) plan.get("projects").get(0)).put("centralFunds", "-5");     // negative money
        ((ObjectNode) plan.get("projects").get(1)).put("localFunds", "abc");      // non-numeric money
        ((ObjectNode) plan.get("projects").get(2)).put("direction", "UPWARDS");   // unknown enum
        ((ObjectNode) plan.get("trainingRecords").get(0)).put("date", "2018-02-30"); // impossible date
        ((ObjectNode) plan.get("counties").get(0)).put("code", "62112");          // malformed county code
        ((ObjectNode) plan.get("projects").get(5)).put("id", "P-TW-01");          // duplicate id
        ((ObjectNode) plan.get("nominations").get(0)).put("rank", "first");       // wrong type
        CliRun run = CliRun.of("evaluate", write("bad.json", JSON.writeValueAsString(plan)).toString());
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .contains("/projects/3/centralFund")
                .contains("/projects/0/centralFunds")
                .contains("/projects/1/localFunds")
                .contains("/projects/2/direction")
                .contains("/trainingRecords/0/date")
                .contains("/counties/0/code")
                .contains("/projects/5/id")
                .contains("/nominations/0/rank")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void malformedJsonExitsTwoWithoutAStackTrace() throws IOException {
        CliRun run = CliRun.of("evaluate", write("cut.json", sampleText().substring(0, 500)).toString());
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.err()).contains("cut.json").doesNotContain("\tat ");
    }

    @Test
    void aMissingFileAFolderAndAnUnwritableOutputEachGiveOneLine() throws IOException {
        CliRun missing = CliRun.of("evaluate", dir.resolve("nope.json").toString());
        assertThat(missing.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(missing.err().strip()).startsWith("ecrural: no such file:").doesNotContain("\n");

        CliRun folder = CliRun.of("evaluate", dir.toString());
        assertThat(folder.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(folder.err().strip()).contains("is a folder").doesNotContain("\n");

        CliRun unwritable = CliRun.of("evaluate", "-o", dir.resolve("no/such/dir/report.txt").toString());
        assertThat(unwritable.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(unwritable.err().strip()).startsWith("ecrural: cannot write").doesNotContain("\n");
    }

    @Test
    void planSizeNestingAndArrayLimitsAreConfigurableAndRefusedClearly() throws IOException {
        Path plan = write("plan.json", sampleText());
        CliRun tooBig = CliRun.of("evaluate", plan.toString(), "--max-plan-bytes", "1000");
        assertThat(tooBig.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(tooBig.err()).contains("plan.json: /: ").contains("1000").doesNotContain("\tat ");
        CliRun tooDeep = CliRun.of("evaluate", plan.toString(), "--max-depth", "3");
        assertThat(tooDeep.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(tooDeep.err()).contains("plan.json: /").contains("3");
        CliRun tooLong = CliRun.of("evaluate", plan.toString(), "--max-array", "10");
        assertThat(tooLong.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(tooLong.err()).contains("plan.json: /workPlan/items: the array has more than 10 elements, the limit is 10");
        CliRun within = CliRun.of("evaluate", plan.toString(), "--max-plan-bytes", "100000", "--max-depth", "6", "--max-array", "20");
        assertThat(within.exitCode()).isEqualTo(Ecrural.BLOCKING);
        CliRun nonsense = CliRun.of("evaluate", plan.toString(), "--max-depth", "0");
        assertThat(nonsense.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(nonsense.err().strip()).startsWith("ecrural: bad limits:").doesNotContain("\n");
    }

    @Test
    void reportGoesToTheOutputFile() throws IOException {
        Path out = dir.resolve("report.json");
        CliRun run = CliRun.of("evaluate", "--format", "json", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        assertThat(run.out()).isEmpty();
        assertThat(JSON.readTree(out.toFile()).get("findings").size()).isPositive();
    }

    @Test
    void checksSelectSectionsOfTheNotice() throws IOException {
        JsonNode report = JSON.readTree(CliRun.of("evaluate", "--format", "json", "--checks", "ACCEPTANCE").out());
        assertThat(report.get("findings").size()).isPositive();
        for (JsonNode f : report.get("findings")) {
            assertThat(f.get("rule").asText()).startsWith("ACPT-");
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("evaluate", "--format", "xml");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.err()).contains("xml");
    }
}
