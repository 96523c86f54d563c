package org.ecrural.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrural.examples.PlanGenerator;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.Test;

/** The benchmark's plain-Java yardstick finds exactly what the engine finds for its four rules. */
class PlainJavaChecksTest {
    private static final Set<String> RULES = Set.of("FUND-UPWARD-MIN-SHARE", "FUND-PROHIBITED-USE",
            "TRAIN-RECORD-COMPLETE", "ACPT-SIGNAGE");
    private static final PolicyEngine ENGINE = PolicyEngine.builtIn();

    private static List<String> engine(PlanDocument plan) {
        Report r = ENGINE.evaluate(plan, EngineVsPlainJavaBenchmark.THREE_CHECKS);
        return r.findings().stream().filter(f -> RULES.contains(f.ruleId()))
                .map(f -> f.ruleId() + " " + f.subject().type() + " " + f.subject().id()).toList();
    }

    private static List<String> plain(PlanDocument plan) {
        return PlainJavaChecks.evaluate(plan, ENGINE.edition()).stream()
                .map(h -> h.rule() + " " + h.type() + " " + h.id()).toList();
    }

    @Test
    void theSameRuleAndSubjectPairsAsTheEngineOnGeneratedPlans() throws Exception {
        PlanGenerator gen = new PlanGenerator(new PlanGenerator.Options(22, 5, 12, 80, BenchData.SEED));
        Map<String, Integer> perRule = new HashMap<>();
        for (int i = 0; i < 22; i++) {
            PlanDocument plan = PlanReader.read(gen.json(i));
            List<String> expected = engine(plan);
            assertThat(plain(plan)).as("plan %d", i).containsExactlyElementsOf(expected);
            expected.forEach(k -> perRule.merge(k.substring(0, k.indexOf(' ')), 1, Integer::sum));
        }
        assertThat(perRule.keySet()).as("each of the four rules is found somewhere").isEqualTo(RULES);
    }

    @Test
    void theSameOnTheBenchmarkPlans() {
        for (PlanDocument plan : List.of(BenchData.area(), BenchData.province())) {
            assertThat(plain(plan)).containsExactlyElementsOf(engine(plan));
        }
        assertThat(plain(BenchData.province())).isNotEmpty();
    }

    @Test
    void edgeCasesAgree() throws Exception {
        // a zero allocation, an area without allocation, absent central funds, absent and false signage, blank fields
        String json = """
                {"format": 1, "edition": "2018", "evaluationDate": "2018-10-31",
                 "areas": [{"code": "621102"}, {"code": "621121"}],
                 "fundAllocations": [{"area": "621102", "recipient": "621102", "centralFunds": "0"},
                                     {"area": "621123", "recipient": "621123", "centralFunds": "100.00"}],
                 "projects": [
                   {"id": "P-1", "area": "621121", "direction": "UPWARD", "expenseType": "BUILDING", "centralFunds": "5"},
                   {"id": "P-2", "area": "621123", "direction": "UPWARD", "expenseType": "SUPPLY_CHAIN", "centralFunds": "49.99", "signage": false},
                   {"id": "P-3", "area": "621123", "direction": "OTHER", "expenseType": "WORKING_EXPENSE", "localFunds": "9", "signage": true},
                   {"id": "P-4", "area": "621123", "direction": "OTHER", "expenseType": "TRAFFIC_PURCHASE", "centralFunds": "0.01", "signage": true}],
                 "trainingRecords": [
                   {"id": "T-1", "area": "621121", "trainee": " ", "hours": "0", "topics": []},
                   {"id": "T-2", "area": "621121", "date": "2018-08-02", "trainee": "x", "group": "OTHER", "topics": ["OTHER"], "hours": "1", "organiser": "y"}]}
                """;
        PlanDocument plan = PlanReader.read(json);
        List<String> expected = engine(plan);
        assertThat(expected).contains("FUND-UPWARD-MIN-SHARE AREA 621123", "FUND-PROHIBITED-USE PROJECT P-4",
                "ACPT-SIGNAGE PROJECT P-1", "ACPT-SIGNAGE PROJECT P-2", "TRAIN-RECORD-COMPLETE TRAINING_RECORD T-1");
        assertThat(plain(plan)).containsExactlyElementsOf(expected);
    }
}
