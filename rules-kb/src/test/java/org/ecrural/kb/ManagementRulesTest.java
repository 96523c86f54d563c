package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.with;

import java.util.List;
import java.util.Set;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The rules of 六（三）（四） on information system, disclosure and reporting (management.drl). */
class ManagementRulesTest {
    private static final String AREA = "621121";
    private static final Set<Check> MANAGEMENT = Set.of(Check.MANAGEMENT);

    /** The Gansu plan with one listed, compliant demo county, 通渭县, and one project of it. */
    static PlanDocument plan() {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(with(Plans.povertyCounty(AREA, "621100"), c -> c.setName("通渭县")));
        p.getAreas().add(Plans.area(AREA));
        p.getProjects().add(Plans.project("P-001", AREA, Direction.UPWARD, ExpenseType.GRADING_PACKAGING, "1000000.00"));
        return p;
    }

    static DemoArea area(PlanDocument p) {
        return p.getAreas().get(0);
    }

    static Report evaluate(PlanDocument p) {
        return Plans.ENGINE.evaluate(p, MANAGEMENT);
    }

    static Finding only(Report r, String rule) {
        List<Finding> fs = r.findings(rule);
        assertThat(fs).as("findings of " + rule + " in " + r.findings()).hasSize(1);
        return fs.get(0);
    }

    static void assertMandatory(Finding f, SubjectType type, String id, String clause) {
        assertThat(f.subject()).isEqualTo(new Subject(type, id));
        assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
        assertThat(f.blocking()).isTrue();
        assertThat(f.clause()).isEqualTo(clause);
        assertThat(f.remedy()).isNotNull();
        assertThat(f.evidence()).isNotEmpty();
    }

    @Test
    void aCompliantPlanHasNoManagementFinding() {
        Report r = evaluate(plan());
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
    }

    @Nested
    class InfoSystem {
        @Test
        void anUnconnectedAreaIsReported() {
            PlanDocument p = plan();
            area(p).setInfoSystemConnected(false);
            Report r = evaluate(p);
            Finding f = only(r, "MGMT-INFO-SYSTEM");
            assertMandatory(f, SubjectType.AREA, AREA, "6.4");
            assertThat(f.measured()).isEqualTo("infoSystemConnected false");
            assertThat(f.limit()).isEqualTo("connected to the MOFCOM rural e-commerce information system");
            assertThat(f.message().zh()).contains("通渭县 (621121)").contains("未与商务部农村电子商务信息系统对接");
            assertThat(f.message().en()).contains("通渭县 (621121)").contains("is not connected");
            assertThat(f.evidence()).containsExactly(new Evidence("AREA", AREA, "infoSystemConnected false"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void anAbsentConnectionIsNotEvidenced() {
            PlanDocument p = plan();
            area(p).setInfoSystemConnected(null);
            Finding f = only(evaluate(p), "MGMT-INFO-SYSTEM");
            assertThat(f.measured()).isEqualTo("infoSystemConnected not evidenced");
            assertThat(f.message().en()).contains("not evidenced");
            assertThat(f.message().zh()).contains("未提供");
        }

        @Test
        void anAreaNotListedInAreasIsSilent() {
            PlanDocument p = plan();
            p.getAreas().clear();
            p.getFundAllocations().add(Plans.allocation("621122", "621122", "1000000.00"));
            Report r = evaluate(p);
            assertThat(r.findings()).isEmpty();
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
            assertThat(r.verdict(SubjectType.AREA, "621122")).contains(Outcome.COMPLIANT);
        }

        @Test
        void anAreaWithoutCountyEntryIsNamedByItsCode() {
            PlanDocument p = plan();
            p.getAreas().add(with(Plans.area("621100"), a -> a.setInfoSystemConnected(false)));
            Finding f = only(evaluate(p), "MGMT-INFO-SYSTEM");
            assertThat(f.subject().id()).isEqualTo("621100");
            assertThat(f.message().en()).startsWith("Demo area 621100 is not connected");
        }
    }

    @Nested
    class DisclosureColumn {
        @Test
        void anAreaWithoutColumnIsReportedOnTheArea() {
            PlanDocument p = plan();
            area(p).setDisclosureColumn(false);
            Report r = evaluate(p);
            Finding f = only(r, "MGMT-DISCLOSURE-COLUMN");
            assertMandatory(f, SubjectType.AREA, AREA, "6.4");
            assertThat(f.measured()).isEqualTo("disclosureColumn false");
            assertThat(f.limit()).isEqualTo("a dedicated disclosure column");
            assertThat(f.message().zh()).contains("示范地区 通渭县 (621121)").contains("人民政府门户网站未设置综合示范专栏");
            assertThat(f.message().en()).contains("the area's government portal has no dedicated demonstration column");
            assertThat(f.evidence()).containsExactly(new Evidence("AREA", AREA, "disclosureColumn false"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void aProvinceWithoutColumnIsReportedOnTheProvince() {
            PlanDocument p = plan();
            p.getProvince().setDisclosureColumn(null);
            Finding f = only(evaluate(p), "MGMT-DISCLOSURE-COLUMN");
            assertMandatory(f, SubjectType.PROVINCE, "620000", "6.4");
            assertThat(f.measured()).isEqualTo("disclosureColumn not evidenced");
            assertThat(f.message().zh()).startsWith("甘肃省：未提供省级主管部门的部门政府网站设置综合示范专栏的证明");
            assertThat(f.message().en()).contains("not evidenced").contains("the provincial department's website");
            assertThat(f.evidence()).containsExactly(new Evidence("PROVINCE", "620000", "disclosureColumn not evidenced"));
        }

        @Test
        void bothSubjectsAreReportedByTheOneRule() {
            PlanDocument p = plan();
            p.getProvince().setDisclosureColumn(false);
            area(p).setDisclosureColumn(null);
            p.getAreas().add(Plans.area("621122"));
            Report r = evaluate(p);
            assertThat(Plans.ruleIds(r)).containsExactly("MGMT-DISCLOSURE-COLUMN@620000", "MGMT-DISCLOSURE-COLUMN@621121");
            assertThat(r.finding("MGMT-DISCLOSURE-COLUMN", SubjectType.AREA, AREA).orElseThrow().measured())
                    .isEqualTo("disclosureColumn not evidenced");
            assertThat(r.finding("MGMT-DISCLOSURE-COLUMN", SubjectType.PROVINCE, "620000").orElseThrow().measured())
                    .isEqualTo("disclosureColumn false");
            assertThat(r.verdict(SubjectType.AREA, "621122")).contains(Outcome.COMPLIANT);
        }

        @Test
        void aPlanWithoutProvinceHasNoProvinceFinding() {
            PlanDocument p = plan();
            p.setProvince(null);
            p.setFiling(null);
            area(p).setDisclosureColumn(false);
            Report r = evaluate(p);
            assertThat(Plans.ruleIds(r)).containsExactly("MGMT-DISCLOSURE-COLUMN@621121");
        }

        @Test
        void anUnlistedAreaIsSilent() {
            PlanDocument p = plan();
            p.getAreas().clear();
            assertThat(evaluate(p).findings()).isEmpty();
        }
    }

    @Nested
    class ReportingChannel {
        @Test
        void aProvinceWithoutChannelIsReported() {
            PlanDocument p = plan();
            p.getProvince().setReportingChannel(false);
            Finding f = only(evaluate(p), "MGMT-REPORTING-CHANNEL");
            assertMandatory(f, SubjectType.PROVINCE, "620000", "6.3");
            assertThat(f.measured()).isEqualTo("reportingChannel false");
            assertThat(f.limit()).isEqualTo("a channel for public reports and supervision");
            assertThat(f.message().zh()).startsWith("甘肃省：省级主管部门未提供举报监督渠道");
            assertThat(f.message().en()).startsWith("甘肃省: the provincial department offers no channel");
        }

        @Test
        void anAbsentChannelIsNotEvidenced() {
            PlanDocument p = plan();
            p.getProvince().setReportingChannel(null);
            Finding f = only(evaluate(p), "MGMT-REPORTING-CHANNEL");
            assertThat(f.measured()).isEqualTo("reportingChannel not evidenced");
            assertThat(f.message().en()).contains("not evidenced");
            assertThat(f.evidence()).containsExactly(new Evidence("PROVINCE", "620000", "reportingChannel not evidenced"));
        }

        @Test
        void aPlanWithoutProvinceIsSilent() {
            PlanDocument p = plan();
            p.setProvince(null);
            p.setFiling(null);
            assertThat(evaluate(p).findings()).isEmpty();
        }
    }

    @Test
    void checkingManagementRunsNoOtherSectionsRules() {
        PlanDocument p = plan();
        area(p).setInfoSystemConnected(false);
        p.getProvince().setReportingChannel(false);
        p.getProjects().get(0).setSignage(false);
        p.setWorkPlan(new org.ecrural.model.WorkPlan());
        assertThat(Plans.ENGINE.evaluate(p).findings()).extracting(Finding::ruleId)
                .contains("ACPT-SIGNAGE", "PLAN-PRIOR-SUMMARY", "MGMT-INFO-SYSTEM");
        Report r = evaluate(p);
        assertThat(Plans.ruleIds(r)).containsExactly("MGMT-REPORTING-CHANNEL@620000", "MGMT-INFO-SYSTEM@621121");
        assertThat(r.verdicts()).extracting(Verdict::subject)
                .containsExactly(new Subject(SubjectType.PROVINCE, "620000"), new Subject(SubjectType.AREA, AREA));
    }
}
