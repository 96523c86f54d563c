package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.report.Verdict;
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

/**
 * The rules of 六（三）（四） on information system, disclosure and reporting (management.drl). Which
 * findings fire on which plans is in management.scenarios.json; these tests pin what they say.
 */
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

    /** Plans on which every rule of the section fires, each of its variants included (ReportLanguageTest). */
    static List<PlanDocument> everyFinding() {
        PlanDocument no = plan();
        area(no).setInfoSystemConnected(false);
        area(no).setDisclosureColumn(false);
        no.getProvince().setDisclosureColumn(false);
        no.getProvince().setReportingChannel(false);
        PlanDocument absent = plan();
        area(absent).setInfoSystemConnected(null);
        area(absent).setDisclosureColumn(null);
        absent.getProvince().setDisclosureColumn(null);
        absent.getProvince().setReportingChannel(null);
        return List.of(no, absent);
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
            assertThat(f.measuredText()).isEqualTo(new Text("与商务部农村电子商务信息系统对接：否", "connected to the MOFCOM information system: no"));
            assertThat(f.limit()).isEqualTo("connected to the MOFCOM rural e-commerce information system");
            assertThat(f.message()).isEqualTo(new Text("示范地区通渭县（621121）未与商务部农村电子商务信息系统对接；示范地区和承办单位应与该系统对接，"
                    + "按时填报项目进展、资金拨付以及项目绩效自评结果等材料。", "Demo area 通渭县 (621121) is not connected to the MOFCOM rural"
                    + " e-commerce information system; the area and its contractors must report progress, disbursement and performance"
                    + " self-evaluation there."));
            assertThat(f.evidence()).containsExactly(new Evidence("AREA", AREA, "demo area 621121, connected to the MOFCOM information system: no",
                    new Text("示范地区621121，与商务部农村电子商务信息系统对接：否", "demo area 621121, connected to the MOFCOM information system: no")));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void anAbsentConnectionIsNotEvidenced() {
            PlanDocument p = plan();
            area(p).setInfoSystemConnected(null);
            Finding f = only(evaluate(p), "MGMT-INFO-SYSTEM");
            assertThat(f.measuredText()).isEqualTo(new Text("与商务部农村电子商务信息系统对接：未提供证明",
                    "connected to the MOFCOM information system: not evidenced"));
            assertThat(f.message().en()).startsWith("Demo area 通渭县 (621121): the connection to the MOFCOM rural e-commerce information system is not evidenced;");
            assertThat(f.message().zh()).startsWith("示范地区通渭县（621121）未提供已与商务部农村电子商务信息系统对接的证明；");
        }

        /** Verdicts under the management check alone: across the whole rule base 621122, known only by its allocation, fails FUND-UPWARD-MIN-SHARE. */
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
            assertThat(f.limit()).isEqualTo("a dedicated disclosure column");
            assertThat(f.message().zh()).startsWith("通渭县（621121）：示范地区的人民政府门户网站未设置综合示范专栏；");
            assertThat(f.message().en()).startsWith("通渭县 (621121): the area's government portal has no dedicated demonstration column;");
            assertThat(f.remedy()).isEqualTo(new Text("在示范地区的人民政府门户网站设置综合示范专栏，集中公开相关信息。",
                    "Set up a dedicated demonstration column on the area's government portal and publish the information there in one place."));
            assertThat(f.evidence()).containsExactly(new Evidence("AREA", AREA, "the area's government portal, dedicated demonstration column: no",
                    new Text("示范地区的人民政府门户网站，综合示范专栏：否", "the area's government portal, dedicated demonstration column: no")));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void aProvinceWithoutColumnIsReportedOnTheProvince() {
            PlanDocument p = plan();
            p.getProvince().setDisclosureColumn(null);
            Finding f = only(evaluate(p), "MGMT-DISCLOSURE-COLUMN");
            assertMandatory(f, SubjectType.PROVINCE, "620000", "6.4");
            assertThat(f.measuredText()).isEqualTo(new Text("综合示范专栏：未提供证明", "dedicated disclosure column: not evidenced"));
            assertThat(f.message().zh()).startsWith("甘肃省（620000）：未提供省级主管部门的部门政府网站设置综合示范专栏的证明；");
            assertThat(f.message().en()).startsWith("甘肃省 (620000): a dedicated demonstration column on the provincial department's website is not evidenced;");
            assertThat(f.evidence()).containsExactly(new Evidence("PROVINCE", "620000",
                    "the provincial department's website, dedicated demonstration column: not evidenced",
                    new Text("省级主管部门的部门政府网站，综合示范专栏：未提供证明",
                            "the provincial department's website, dedicated demonstration column: not evidenced")));
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
            assertThat(f.limit()).isEqualTo("a channel for public reports and supervision");
            assertThat(f.message()).isEqualTo(new Text("甘肃省（620000）：省级主管部门未提供举报监督渠道；应提供举报监督渠道，主动接受社会监督。",
                    "甘肃省 (620000): the provincial department offers no channel for public reports and supervision; it must offer one"
                    + " and accept public supervision."));
        }

        @Test
        void anAbsentChannelIsNotEvidenced() {
            PlanDocument p = plan();
            p.getProvince().setReportingChannel(null);
            Finding f = only(evaluate(p), "MGMT-REPORTING-CHANNEL");
            assertThat(f.message().en()).startsWith("甘肃省 (620000): a channel of the provincial department for public reports and"
                    + " supervision is not evidenced;");
            assertThat(f.message().zh()).startsWith("甘肃省（620000）：未提供省级主管部门举报监督渠道的证明；");
            assertThat(f.evidence()).containsExactly(new Evidence("PROVINCE", "620000",
                    "甘肃省 (620000), channel for public reports and supervision: not evidenced",
                    new Text("甘肃省（620000），举报监督渠道：未提供证明", "甘肃省 (620000), channel for public reports and supervision: not evidenced")));
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
