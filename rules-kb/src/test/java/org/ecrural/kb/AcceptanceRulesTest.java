package org.ecrural.kb;

import org.ecrural.kb.report.Verdict;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.ecrural.model.County;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.Ledger;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of 六 on project acceptance (acceptance.drl). Which findings fire on which projects, blocking,
 * measured and verdicts is in acceptance.scenarios.json; here the findings' words, remedies and evidence,
 * the order of a report's findings, one finding per rule and project, and what the acceptance check runs.
 */
class AcceptanceRulesTest {
    private static final String AREA = "621121";
    private static final LocalDate EVALUATED = LocalDate.of(2018, 10, 31);
    private static final Set<Check> ACCEPTANCE = Set.of(Check.ACCEPTANCE);

    /** A plan of one listed, compliant demo county holding the given projects; evaluated on 2018-10-31. */
    static PlanDocument planWith(ProjectItem... projects) {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(EVALUATED);
        p.getCounties().add(Plans.povertyCounty(AREA, "621100"));
        p.getAreas().add(Plans.area(AREA));
        p.getFundAllocations().add(Plans.allocation(AREA, AREA, "20000000.00"));
        p.getProjects().addAll(List.of(projects));
        return p;
    }

    static ProjectItem project(String central) {
        return Plans.project("P-001", AREA, Direction.UPWARD, ExpenseType.GRADING_PACKAGING, central);
    }

    static ProjectItem compliant() {
        return project("3000000.00");
    }

    static Report evaluate(ProjectItem... projects) {
        return Plans.ENGINE.evaluate(planWith(projects), ACCEPTANCE);
    }

    static Finding only(Report r, String rule) {
        List<Finding> fs = r.findings(rule);
        assertThat(fs).as("findings of " + rule + " in " + r.findings()).hasSize(1);
        return fs.get(0);
    }

    static void assertFinding(Finding f, Severity severity, String measured, String limit) {
        assertThat(f.subject()).isEqualTo(new Subject(SubjectType.PROJECT, "P-001"));
        assertThat(f.severity()).isEqualTo(severity);
        assertThat(f.blocking()).isEqualTo(severity == Severity.MANDATORY);
        assertThat(f.measured()).isEqualTo(measured);
        assertThat(f.limit()).isEqualTo(limit);
        assertThat(f.message().zh()).contains("项目P-001（P-001）");
        assertThat(f.message().en()).contains("项目P-001 (P-001)");
        assertThat(f.remedy()).isNotNull();
        assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.id()).isEqualTo("P-001"));
    }

    @Nested
    class Ledgers {
        @Test
        void aProjectWithoutLedgerEntryIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setLedger(null))), "ACPT-LEDGER");
            assertFinding(f, Severity.MANDATORY, "missing ledger entry", "ledger entry with responsible person and deadline");
            assertThat(f.clause()).isEqualTo("6.2");
            assertThat(f.message()).isEqualTo(new Text("项目项目P-001（P-001）未列入项目台账；示范地区应建立项目台账制度，明确责任人和进展时限。",
                    "Project 项目P-001 (P-001) is not in the demo area's project ledger; the ledger must name a responsible person"
                            + " and a progress deadline for it."));
            assertThat(f.measuredText().zh()).isEqualTo("缺少台账记录");
            Text line = new Text("项目项目P-001（P-001）未列入项目台账", "project 项目P-001 (P-001): not in the project ledger");
            assertThat(f.evidence()).containsExactly(new Evidence("PROJECT", "P-001", line.en(), line));
        }

        @Test
        void everyMissingPartIsListed() {
            Ledger l = new Ledger();
            l.setResponsible("  ");
            Finding f = only(evaluate(with(compliant(), p -> p.setLedger(l))), "ACPT-LEDGER");
            assertFinding(f, Severity.MANDATORY, "missing responsible person, progress deadline",
                    "ledger entry with responsible person and deadline");
            assertThat(f.message().en()).isEqualTo("Project 项目P-001 (P-001) has an incomplete ledger entry, lacking its responsible"
                    + " person, progress deadline; the ledger must name a responsible person and a progress deadline for it.");
            assertThat(f.message().zh()).startsWith("项目项目P-001（P-001）的项目台账不完整，缺少责任人、进展时限；");
            // a blank responsible person shows as written, an absent deadline as not stated
            assertThat(f.evidence()).extracting(e -> e.text().zh()).containsExactly("项目项目P-001（P-001）的台账：责任人   ，进展时限 未填写");
        }
    }

    @Nested
    class Signage {
        @Test
        void aCentralFundedProjectWithoutSignageIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setSignage(false))), "ACPT-SIGNAGE");
            String words = Plans.ENGINE.edition().getSignageText();
            assertThat(words).isEqualTo("电子商务进农村综合示范项目");
            assertFinding(f, Severity.MANDATORY, "no signage", "shows 「" + words + "」");
            assertThat(f.clause()).isEqualTo("6.3");
            assertThat(f.message()).isEqualTo(new Text("项目项目P-001（P-001）使用中央财政资金 3,000,000.00 元，但未在显著位置标识“" + words + "”字样。",
                    "Project 项目P-001 (P-001) has 3,000,000.00 yuan of central funds but does not show the required words 「"
                            + words + "」 in a prominent place."));
            assertThat(f.evidence()).extracting(Evidence::detail)
                    .containsExactly("project 项目P-001 (P-001), central funds 3,000,000.00 yuan, signage in a prominent place: no");
        }

        @Test
        void absentSignageIsNotEvidenced() {
            Finding f = only(evaluate(with(compliant(), p -> p.setSignage(null))), "ACPT-SIGNAGE");
            assertFinding(f, Severity.MANDATORY, "signage not evidenced", "shows 「电子商务进农村综合示范项目」");
            assertThat(f.message().en()).endsWith("but the signage 「电子商务进农村综合示范项目」 in a prominent place is not evidenced.");
            assertThat(f.message().zh()).endsWith("但未提供在显著位置标识“电子商务进农村综合示范项目”字样的证明。");
            assertThat(f.evidence()).extracting(Evidence::detail)
                    .containsExactly("project 项目P-001 (P-001), central funds 3,000,000.00 yuan, signage in a prominent place: not evidenced");
        }
    }

    @Nested
    class ServiceRecords {
        @Test
        void aMissingPoorHouseholdRecordIsNamed() {
            Finding f = only(evaluate(with(compliant(), p -> p.setPoorHouseholdRecords(null))), "ACPT-SERVICE-RECORDS");
            assertFinding(f, Severity.MANDATORY, "records of registered poor households served (not evidenced)",
                    "records of registered poor households served and of products sold online kept");
            assertThat(f.message().en()).contains("incomplete: records of registered poor households served (not evidenced);")
                    .doesNotContain("sold online (");
            assertThat(f.message().zh()).isEqualTo("使用中央财政资金的项目项目P-001（P-001）缺少服务建档立卡贫困户记录（未提供证明）；"
                    + "应如实做好服务建档立卡贫困户、网上销售产品等的记录。");
        }

        @Test
        void bothMissingRecordsAreNamed() {
            Finding f = only(evaluate(with(compliant(), p -> {
                p.setPoorHouseholdRecords(false);
                p.setOnlineSalesRecords(null);
            })), "ACPT-SERVICE-RECORDS");
            assertThat(f.measuredText()).isEqualTo(new Text("服务建档立卡贫困户记录（否）、网上销售产品记录（未提供证明）",
                    "records of registered poor households served (no), records of products sold online (not evidenced)"));
            assertThat(f.remedy().zh()).isEqualTo("如实建立并提供服务建档立卡贫困户记录（否）、网上销售产品记录（未提供证明）。");
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly("project 项目P-001 (P-001), records of registered"
                    + " poor households served: no, records of products sold online: not evidenced");
        }
    }

    @Nested
    class CompleteInformation {
        @Test
        void aCentralFundedProjectWithoutTransactionInfoIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setTransactionInfo(false))), "ACPT-COMPLETE-INFORMATION");
            assertFinding(f, Severity.MANDATORY, "transaction information (no)", "transaction and activity information provided");
            assertThat(f.clause()).isEqualTo("6.4");
            assertThat(f.message().zh()).isEqualTo("项目项目P-001（P-001）接受财政补贴（中央 3,000,000.00 元，地方 0.00 元），"
                    + "但缺少交易信息（否）；未提供完整信息的项目不得验收。");
        }
    }

    @Nested
    class Advisories {
        @Test
        void anUnassessedContractorIsAdvisory() {
            Report r = evaluate(with(compliant(), p -> p.setContractorAssessed(false)));
            Finding f = only(r, "ACPT-CONTRACTOR-ASSESSED");
            assertFinding(f, Severity.ADVISORY, "contractor not assessed", "contractor's capacity assessed");
            assertThat(f.message().en()).endsWith("the assessment of its contractor's capacity to perform is not done.");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }

        @Test
        void anAbsentContractorAssessmentIsNotEvidenced() {
            Finding f = only(evaluate(with(compliant(), p -> p.setContractorAssessed(null))), "ACPT-CONTRACTOR-ASSESSED");
            assertThat(f.measured()).isEqualTo("contractor assessment not evidenced");
            assertThat(f.message().zh()).isEqualTo("使用中央财政资金的项目项目P-001（P-001）对承办企业履约能力的考核未提供证明。");
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly(
                    "project 项目P-001 (P-001), central funds 3,000,000.00 yuan, contractor's capacity assessed: not evidenced");
        }

        @Test
        void aMissingOperationPlanIsAdvisory() {
            Report r = evaluate(with(compliant(), p -> p.setOperationPlan(null)));
            Finding f = only(r, "ACPT-OPERATION-PLAN");
            assertFinding(f, Severity.ADVISORY, "operation plan not evidenced", "post-construction operation arranged");
            assertThat(f.message().en()).contains("arrangements for operation after construction are not evidenced;");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }
    }

    @Nested
    class Overdue {
        ProjectItem due(LocalDate deadline, ProjectStatus status) {
            return with(compliant(), p -> {
                p.getLedger().setDeadline(deadline);
                p.setStatus(status);
            });
        }

        @Test
        void aDeadlineOneDayBeforeIsOverdue() {
            Report r = evaluate(due(EVALUATED.minusDays(1), ProjectStatus.IN_PROGRESS));
            Finding f = only(r, "ACPT-OVERDUE");
            assertFinding(f, Severity.ADVISORY, "1 day overdue", "deadline 30 October 2018 not passed on 31 October 2018");
            assertThat(f.message()).isEqualTo(new Text("项目项目P-001（P-001）台账进展时限为2018年10月30日，截至2018年10月31日已逾期 1 天，仍处于实施中状态。",
                    "Project 项目P-001 (P-001) had a ledger deadline of 30 October 2018 and is still in progress on 31 October 2018,"
                            + " 1 day overdue."));
            assertThat(f.limitText().zh()).isEqualTo("截至2018年10月31日未超过进展时限2018年10月30日");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }
    }

    @Nested
    class Verdicts {
        @Test
        void aMandatoryFindingMakesTheProjectNotAcceptable() {
            ProjectItem bad = with(compliant(), p -> p.setSignage(false));
            ProjectItem advised = with(project("1000000.00"), p -> {
                p.setId("P-002");
                p.setOperationPlan(false);
                p.setContractorAssessed(null);
                p.getLedger().setDeadline(LocalDate.of(2018, 10, 1));
            });
            Report r = evaluate(bad, advised);
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.NOT_ACCEPTABLE);
            assertThat(r.verdict(SubjectType.PROJECT, "P-002")).contains(Outcome.ACCEPTABLE);
            assertThat(Plans.ruleIds(r)).containsExactly("ACPT-SIGNAGE@P-001", "ACPT-CONTRACTOR-ASSESSED@P-002",
                    "ACPT-OPERATION-PLAN@P-002", "ACPT-OVERDUE@P-002");
        }

        @Test
        void oneFindingPerRuleAndProject() {
            Report r = evaluate(with(compliant(), p -> {
                p.setLedger(null);
                p.setSignage(null);
                p.setPoorHouseholdRecords(false);
                p.setOnlineSalesRecords(false);
                p.setTransactionInfo(false);
                p.setActivityInfo(false);
                p.setContractorAssessed(false);
                p.setOperationPlan(false);
            }));
            assertThat(Plans.ruleIds(r)).containsExactlyInAnyOrder("ACPT-LEDGER@P-001", "ACPT-SIGNAGE@P-001",
                    "ACPT-SERVICE-RECORDS@P-001", "ACPT-COMPLETE-INFORMATION@P-001", "ACPT-CONTRACTOR-ASSESSED@P-001",
                    "ACPT-OPERATION-PLAN@P-001");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.NOT_ACCEPTABLE);
        }
    }

    @Test
    void checkingAcceptanceRunsNoOtherSectionsRules() {
        PlanDocument plan = Plans.gansu();
        plan.getProvince().setDisclosureColumn(null);
        plan.getProvince().setReportingChannel(false);
        plan.setWorkPlan(new WorkPlan());
        County c = Plans.povertyCounty(AREA, "621100");
        Villages v = new Villages();
        v.setRegisteredPoor(100);
        v.setRegisteredPoorServed(10);
        v.setAdministrative(100);
        v.setAdministrativeServed(10);
        c.setVillages(v);
        plan.getCounties().add(c);
        plan.getAreas().add(with(Plans.area(AREA), a -> a.setInfoSystemConnected(false)));
        plan.getProjects().add(with(compliant(), p -> p.setSignage(false)));
        NationalRuralAverage avg = new NationalRuralAverage();
        avg.setOnlineRetailGrowth(new BigDecimal("0.30"));
        avg.setAgriOnlineRetailGrowth(new BigDecimal("0.33"));
        plan.setNationalRuralAverage(avg);
        c.setOnlineRetailGrowth(new BigDecimal("0.10"));
        c.setAgriOnlineRetailGrowth(new BigDecimal("0.10"));

        Report all = Plans.ENGINE.evaluate(plan);
        assertThat(all.findings()).extracting(Finding::ruleId)
                .anyMatch(id -> id.startsWith("MGMT-")).anyMatch(id -> id.startsWith("PLAN-"))
                .anyMatch(id -> id.startsWith("GOAL-")).contains("ACPT-SIGNAGE");

        Report only = Plans.ENGINE.evaluate(plan, ACCEPTANCE);
        assertThat(only.findings()).extracting(Finding::ruleId).containsExactly("ACPT-SIGNAGE");
        assertThat(only.verdicts()).extracting(Verdict::subject)
                .containsExactly(new Subject(SubjectType.PROJECT, "P-001"));
    }
}
