package org.ecrural.kb;

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

/** The rules of 六 on project acceptance (acceptance.drl). */
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

    /** A project paid from local funds only. */
    static ProjectItem localOnly() {
        return with(project("0"), p -> p.setLocalFunds(new BigDecimal("500000.00")));
    }

    /** A project paid from social funds only: no fiscal subsidy. */
    static ProjectItem socialOnly() {
        return with(project("0"), p -> p.setSocialFunds(new BigDecimal("800000.00")));
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
        assertThat(f.message().zh()).contains("P-001").contains("项目P-001");
        assertThat(f.message().en()).contains("P-001 (项目P-001)");
        assertThat(f.remedy()).isNotNull();
        assertThat(f.evidence()).isNotEmpty().allSatisfy(e -> assertThat(e.id()).isEqualTo("P-001"));
    }

    @Test
    void aCompliantProjectHasNoFindingAndIsAcceptable() {
        Report r = evaluate(compliant());
        assertThat(r.findings()).isEmpty();
        assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        assertThat(Plans.ENGINE.evaluate(planWith(compliant())).findings()).noneMatch(f -> f.ruleId().startsWith("ACPT-"));
    }

    @Nested
    class Ledgers {
        @Test
        void aProjectWithoutLedgerEntryIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setLedger(null))), "ACPT-LEDGER");
            assertFinding(f, Severity.MANDATORY, "missing ledger", "ledger entry with responsible person and deadline");
            assertThat(f.clause()).isEqualTo("6.2");
            assertThat(f.message().en()).contains("is not in the demo area's project ledger");
            assertThat(f.message().zh()).contains("未列入项目台账");
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly("ledger missing");
        }

        @Test
        void everyMissingPartIsListed() {
            Ledger l = new Ledger();
            l.setResponsible("  ");
            Finding f = only(evaluate(with(compliant(), p -> p.setLedger(l))), "ACPT-LEDGER");
            assertFinding(f, Severity.MANDATORY, "missing ledger.responsible, ledger.deadline",
                    "ledger entry with responsible person and deadline");
            assertThat(f.message().en()).contains("(ledger.responsible blank, ledger.deadline missing)");
            assertThat(f.message().zh()).contains("责任人（为空）").contains("进展时限（缺失）");
        }

        @Test
        void aMissingResponsibleAloneIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.getLedger().setResponsible(null))), "ACPT-LEDGER");
            assertThat(f.measured()).isEqualTo("missing ledger.responsible");
        }

        @Test
        void aCompleteLedgerIsSilentWhateverTheFunds() {
            assertThat(evaluate(compliant(), with(socialOnly(), p -> p.setId("P-002"))).findings("ACPT-LEDGER")).isEmpty();
        }

        @Test
        void aProjectWithSocialFundsOnlyStillNeedsALedgerEntry() {
            assertThat(evaluate(with(socialOnly(), p -> p.setLedger(null))).findings("ACPT-LEDGER")).hasSize(1);
        }
    }

    @Nested
    class Signage {
        @Test
        void aCentralFundedProjectWithoutSignageIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setSignage(false))), "ACPT-SIGNAGE");
            String words = Plans.ENGINE.edition().getSignageText();
            assertThat(words).isEqualTo("电子商务进农村综合示范项目");
            assertFinding(f, Severity.MANDATORY, "no signage", "shows “" + words + "”");
            assertThat(f.clause()).isEqualTo("6.3");
            assertThat(f.message().zh()).contains("“" + words + "”").contains("3000000.00");
            assertThat(f.message().en()).contains(words).doesNotContain("not evidenced");
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly("signage false");
        }

        @Test
        void absentSignageIsNotEvidenced() {
            Finding f = only(evaluate(with(compliant(), p -> p.setSignage(null))), "ACPT-SIGNAGE");
            assertFinding(f, Severity.MANDATORY, "signage not evidenced", "shows “电子商务进农村综合示范项目”");
            assertThat(f.message().en()).contains("not evidenced");
            assertThat(f.message().zh()).contains("未提供");
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly("signage not evidenced");
        }

        @Test
        void aProjectWithoutCentralFundsNeedsNoSignage() {
            Report r = evaluate(with(localOnly(), p -> p.setSignage(false)));
            assertThat(r.findings("ACPT-SIGNAGE")).isEmpty();
            assertThat(evaluate(with(socialOnly(), p -> p.setSignage(null))).findings()).isEmpty();
        }

        @Test
        void zeroCentralFundsNeedNoSignage() {
            assertThat(evaluate(with(project("0.00"), p -> p.setSignage(false))).findings()).isEmpty();
            assertThat(evaluate(with(project("0.01"), p -> p.setSignage(false))).findings("ACPT-SIGNAGE")).hasSize(1);
        }
    }

    @Nested
    class ServiceRecords {
        @Test
        void aMissingPoorHouseholdRecordIsNamed() {
            Finding f = only(evaluate(with(compliant(), p -> p.setPoorHouseholdRecords(null))), "ACPT-SERVICE-RECORDS");
            assertFinding(f, Severity.MANDATORY, "poorHouseholdRecords not evidenced",
                    "poorHouseholdRecords and onlineSalesRecords kept");
            assertThat(f.message().en()).contains("(poorHouseholdRecords not evidenced)").doesNotContain("onlineSalesRecords");
            assertThat(f.message().zh()).contains("服务建档立卡贫困户记录（未提供证明）");
        }

        @Test
        void bothMissingRecordsAreNamed() {
            Finding f = only(evaluate(with(compliant(), p -> {
                p.setPoorHouseholdRecords(false);
                p.setOnlineSalesRecords(null);
            })), "ACPT-SERVICE-RECORDS");
            assertThat(f.measured()).isEqualTo("poorHouseholdRecords false, onlineSalesRecords not evidenced");
            assertThat(f.evidence()).extracting(Evidence::detail)
                    .containsExactly("onlineSalesRecords not evidenced", "poorHouseholdRecords false");
        }

        @Test
        void onlyOnlineSalesMissing() {
            Finding f = only(evaluate(with(compliant(), p -> p.setOnlineSalesRecords(false))), "ACPT-SERVICE-RECORDS");
            assertThat(f.measured()).isEqualTo("onlineSalesRecords false");
        }

        @Test
        void aProjectWithoutCentralFundsIsSilent() {
            Report r = evaluate(with(localOnly(), p -> {
                p.setPoorHouseholdRecords(null);
                p.setOnlineSalesRecords(false);
            }));
            assertThat(r.findings("ACPT-SERVICE-RECORDS")).isEmpty();
        }
    }

    @Nested
    class CompleteInformation {
        @Test
        void aCentralFundedProjectWithoutTransactionInfoIsReported() {
            Finding f = only(evaluate(with(compliant(), p -> p.setTransactionInfo(false))), "ACPT-COMPLETE-INFORMATION");
            assertFinding(f, Severity.MANDATORY, "transactionInfo false", "transactionInfo and activityInfo provided");
            assertThat(f.clause()).isEqualTo("6.4");
            assertThat(f.message().zh()).contains("交易信息（否）").contains("不得验收");
        }

        @Test
        void absentActivityInfoIsNotEvidenced() {
            Finding f = only(evaluate(with(compliant(), p -> p.setActivityInfo(null))), "ACPT-COMPLETE-INFORMATION");
            assertThat(f.measured()).isEqualTo("activityInfo not evidenced");
            assertThat(f.message().en()).contains("(activityInfo not evidenced)");
        }

        @Test
        void bothAreListed() {
            Finding f = only(evaluate(with(compliant(), p -> {
                p.setTransactionInfo(null);
                p.setActivityInfo(false);
            })), "ACPT-COMPLETE-INFORMATION");
            assertThat(f.measured()).isEqualTo("transactionInfo not evidenced, activityInfo false");
        }

        @Test
        void localFundsAloneAreAFiscalSubsidyButNeedNoSignage() {
            Report r = evaluate(with(localOnly(), p -> {
                p.setTransactionInfo(false);
                p.setSignage(false);
            }));
            Finding f = only(r, "ACPT-COMPLETE-INFORMATION");
            assertThat(f.measured()).isEqualTo("transactionInfo false");
            assertThat(f.message().en()).contains("local 500000.00 yuan");
            assertThat(r.findings("ACPT-SIGNAGE")).isEmpty();
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.NOT_ACCEPTABLE);
        }

        @Test
        void aProjectWithSocialFundsOnlyIsSilent() {
            Report r = evaluate(with(socialOnly(), p -> {
                p.setTransactionInfo(null);
                p.setActivityInfo(false);
            }));
            assertThat(r.findings()).isEmpty();
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }

        @Test
        void absentFundsAreNoSubsidy() {
            Report r = evaluate(with(project("0"), p -> {
                p.setCentralFunds(null);
                p.setLocalFunds(null);
                p.setTransactionInfo(false);
            }));
            assertThat(r.findings()).isEmpty();
        }
    }

    @Nested
    class Advisories {
        @Test
        void anUnassessedContractorIsAdvisory() {
            Report r = evaluate(with(compliant(), p -> p.setContractorAssessed(false)));
            Finding f = only(r, "ACPT-CONTRACTOR-ASSESSED");
            assertFinding(f, Severity.ADVISORY, "contractorAssessed false", "contractor's capacity assessed");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }

        @Test
        void anAbsentContractorAssessmentIsNotEvidenced() {
            Finding f = only(evaluate(with(compliant(), p -> p.setContractorAssessed(null))), "ACPT-CONTRACTOR-ASSESSED");
            assertThat(f.measured()).isEqualTo("contractorAssessed not evidenced");
            assertThat(f.message().en()).contains("not evidenced");
        }

        @Test
        void aMissingOperationPlanIsAdvisory() {
            Report r = evaluate(with(compliant(), p -> p.setOperationPlan(null)));
            Finding f = only(r, "ACPT-OPERATION-PLAN");
            assertFinding(f, Severity.ADVISORY, "operationPlan not evidenced", "post-construction operation arranged");
            assertThat(f.message().en()).contains("not evidenced");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }

        @Test
        void operationPlanFalse() {
            Finding f = only(evaluate(with(compliant(), p -> p.setOperationPlan(false))), "ACPT-OPERATION-PLAN");
            assertThat(f.measured()).isEqualTo("operationPlan false");
        }

        @Test
        void withoutCentralFundsNeitherAdvisoryApplies() {
            Report r = evaluate(with(localOnly(), p -> {
                p.setContractorAssessed(false);
                p.setOperationPlan(null);
            }));
            assertThat(r.findings()).isEmpty();
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
        void aDeadlineOnTheEvaluationDateIsNotOverdue() {
            assertThat(evaluate(due(EVALUATED, ProjectStatus.IN_PROGRESS)).findings()).isEmpty();
        }

        @Test
        void aDeadlineOneDayBeforeIsOverdue() {
            Report r = evaluate(due(EVALUATED.minusDays(1), ProjectStatus.IN_PROGRESS));
            Finding f = only(r, "ACPT-OVERDUE");
            assertFinding(f, Severity.ADVISORY, "1 day overdue", "deadline 2018-10-30 not passed on 2018-10-31");
            assertThat(f.message().en()).contains("IN_PROGRESS").contains("2018-10-30");
            assertThat(r.verdict(SubjectType.PROJECT, "P-001")).contains(Outcome.ACCEPTABLE);
        }

        @Test
        void aPlannedProjectCountsTheDays() {
            Finding f = only(evaluate(due(LocalDate.of(2018, 9, 30), ProjectStatus.PLANNED)), "ACPT-OVERDUE");
            assertThat(f.measured()).isEqualTo("31 days overdue");
        }

        @Test
        void completedAndAcceptedProjectsAreNeverOverdue() {
            assertThat(evaluate(due(LocalDate.of(2018, 1, 1), ProjectStatus.COMPLETED)).findings()).isEmpty();
            assertThat(evaluate(due(LocalDate.of(2018, 1, 1), ProjectStatus.ACCEPTED)).findings()).isEmpty();
        }

        @Test
        void withoutADeadlineOnlyTheLedgerRuleSpeaks() {
            Report r = evaluate(due(null, ProjectStatus.IN_PROGRESS));
            assertThat(r.findings("ACPT-OVERDUE")).isEmpty();
            assertThat(only(r, "ACPT-LEDGER").measured()).isEqualTo("missing ledger.deadline");
            assertThat(evaluate(with(compliant(), p -> p.setLedger(null))).findings("ACPT-OVERDUE")).isEmpty();
        }

        @Test
        void aProjectWithoutStatusIsNotOverdue() {
            assertThat(evaluate(due(LocalDate.of(2018, 1, 1), null)).findings()).isEmpty();
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
