package org.ecrural.kb;

import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Verdict;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecrural.kb.Plans.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ecrural.model.County;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.Villages;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The targets of 二（二） (targets.drl). What a scenario can say is in targets.scenarios.json; here the
 * findings' full words, remedies and evidence, the whole report of a plan missing both targets, and
 * what the targets check runs.
 */
class TargetsRulesTest {
    private static final String AREA = "621121";
    private static final Set<Check> TARGETS = Set.of(Check.TARGETS);

    static Villages villages(int poorServed, int poor, int allServed, int all) {
        Villages v = new Villages();
        v.setRegisteredPoorServed(poorServed);
        v.setRegisteredPoor(poor);
        v.setAdministrativeServed(allServed);
        v.setAdministrative(all);
        return v;
    }

    static NationalRuralAverage average(String online, String agri) {
        NationalRuralAverage a = new NationalRuralAverage();
        a.setOnlineRetailGrowth(online == null ? null : new BigDecimal(online));
        a.setAgriOnlineRetailGrowth(agri == null ? null : new BigDecimal(agri));
        return a;
    }

    /** 通渭县, a listed demo county, with the given figures; the plan gives national averages 30% and 33%. */
    static PlanDocument plan(Villages v, String online, String agri) {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(java.time.LocalDate.of(2018, 10, 31));
        County c = with(Plans.povertyCounty(AREA, "621100"), x -> x.setName("通渭县"));
        c.setVillages(v);
        c.setOnlineRetailGrowth(online == null ? null : new BigDecimal(online));
        c.setAgriOnlineRetailGrowth(agri == null ? null : new BigDecimal(agri));
        p.getCounties().add(c);
        p.getAreas().add(Plans.area(AREA));
        p.setNationalRuralAverage(average("0.30", "0.33"));
        return p;
    }

    static PlanDocument coverage(Villages v) {
        return plan(v, null, null);
    }

    static PlanDocument growth(String online, String agri) {
        return plan(null, online, agri);
    }

    static Report evaluate(PlanDocument p) {
        return Plans.ENGINE.evaluate(p, TARGETS);
    }

    static Finding only(Report r, String rule) {
        List<Finding> fs = r.findings(rule);
        assertThat(fs).as("findings of " + rule + " in " + r.findings()).hasSize(1);
        return fs.get(0);
    }

    static void assertTarget(Finding f) {
        assertThat(f.subject()).isEqualTo(new Subject(SubjectType.AREA, AREA));
        assertThat(f.severity()).isEqualTo(Severity.TARGET);
        assertThat(f.blocking()).isFalse();
        assertThat(f.clause()).isEqualTo("2.2");
        assertThat(f.message().zh()).contains("示范县通渭县（621121）的");
        assertThat(f.message().en()).contains("Demo county 通渭县 (621121)");
        assertThat(f.remedy()).isNotNull();
        assertThat(f.evidence()).isNotEmpty();
    }

    @Nested
    class VillageCoverage {
        @Test
        void oneVillageLessOfThePoorMissesIt() {
            Report r = evaluate(coverage(villages(75, 152, 166, 332)));
            Finding f = only(r, "GOAL-VILLAGE-COVERAGE");
            assertTarget(f);
            assertThat(f.measured()).isEqualTo("poor villages 49.34% (75 of 152), all villages 50.00% (166 of 332)");
            assertThat(f.limit()).isEqualTo("about 50.00% of poor villages and of all villages");
            assertThat(f.remedy().en()).isEqualTo("Extend e-commerce service to 1 more registered poor village(s) and 0 more administrative village(s) to meet the target.");
            assertThat(f.message().zh()).isEqualTo("示范县通渭县（621121）的电商服务覆盖率未达到约 50.00% 的发展目标：建档立卡贫困村 49.34%（152 个中的 75 个），整体行政村 50.00%（332 个中的 166 个）。");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).containsExactly(tuple("COUNTY", AREA,
                    "通渭县 (621121): 75 of 152 registered poor villages served, 166 of 332 administrative villages served"));
        }

        @Test
        void oneVillageLessOfAllMissesIt() {
            Finding f = only(evaluate(coverage(villages(76, 152, 165, 332))), "GOAL-VILLAGE-COVERAGE");
            assertThat(f.measured()).isEqualTo("poor villages 50.00% (76 of 152), all villages 49.69% (165 of 332)");
            assertThat(f.remedy().zh()).isEqualTo("电商服务再覆盖建档立卡贫困村 0 个、行政村 1 个即可达到目标。");
        }

        @Test
        void bothHalvesMissedAreReported() {
            Finding f = only(evaluate(coverage(villages(10, 100, 20, 200))), "GOAL-VILLAGE-COVERAGE");
            assertThat(f.measured()).isEqualTo("poor villages 10.00% (10 of 100), all villages 10.00% (20 of 200)");
            assertThat(f.remedy().en()).contains("40 more registered poor village(s) and 80 more administrative village(s)");
            assertThat(f.message().en()).contains("50.00%");
        }
    }

    @Nested
    class RetailGrowth {
        @Test
        void growthEqualToTheAverageMissesIt() {
            Finding f = only(evaluate(growth("0.30", "0.41")), "GOAL-RETAIL-GROWTH");
            assertTarget(f);
            assertThat(f.measured()).isEqualTo("online retail 30.00% (0.00 pp), agricultural online retail 41.00% (+8.00 pp)");
            assertThat(f.limit()).isEqualTo("> 30.00% and > 33.00% (national rural averages)");
            assertThat(f.message().en()).contains("rural online retail growth does not exceed");
            assertThat(f.message().zh()).contains("的农村网络零售额增速未高于全国农村平均水平");
            assertThat(f.message().zh()).isEqualTo("示范县通渭县（621121）的农村网络零售额增速未高于全国农村平均水平：农村网络零售额增速 30.00%"
                    + "（全国农村 30.00%，0.00 个百分点），农产品网络零售额增速 41.00%（全国农村 33.00%，+8.00 个百分点）。");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).containsExactly(tuple("COUNTY", AREA, "通渭县 (621121): online retail growth 30.00%, "
                    + "agricultural online retail growth 41.00%; national rural averages 30.00% and 33.00%"));
        }
    }

    @Test
    void targetsNeverBlock() {
        PlanDocument p = plan(villages(0, 10, 0, 10), "0.01", "0.01");
        Report r = Plans.ENGINE.evaluate(p);
        assertThat(Plans.ruleIds(r)).containsExactly("GOAL-RETAIL-GROWTH@621121", "GOAL-VILLAGE-COVERAGE@621121");
        assertThat(r.hasBlocking()).isFalse();
        assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
    }

    @Test
    void checkingTargetsRunsNoOtherSectionsRules() {
        PlanDocument p = plan(villages(0, 10, 0, 10), "0.01", "0.01");
        p.getAreas().get(0).setInfoSystemConnected(false);
        p.getProjects().add(with(Plans.project("P-1", AREA, Direction.UPWARD, ExpenseType.GRADING_PACKAGING, "1.00"),
                x -> x.setSignage(false)));
        assertThat(Plans.ENGINE.evaluate(p).findings()).extracting(Finding::ruleId)
                .contains("MGMT-INFO-SYSTEM", "ACPT-SIGNAGE");
        Report r = evaluate(p);
        assertThat(r.findings()).extracting(Finding::ruleId).containsExactly("GOAL-RETAIL-GROWTH", "GOAL-VILLAGE-COVERAGE");
        // targets never block: the area they name is judged, and stays compliant
        assertThat(r.verdicts()).extracting(Verdict::outcome).containsExactly(Outcome.COMPLIANT);
    }
}
