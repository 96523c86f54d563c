package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.finalSubmission;
import static org.ecrural.kb.Plans.nominate;
import static org.ecrural.kb.Plans.oldAreaCounty;
import static org.ecrural.kb.Plans.povertyCounty;
import static org.ecrural.kb.Plans.promotion;

import java.time.LocalDate;
import java.util.List;
import org.ecrural.model.FilingContent;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 五、工作程序: procedure.drl. */
class ProcedureRulesTest {

    /** Gansu files one poverty and one old-area county, ranked 1 each. */
    private static PlanDocument filed() {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(povertyCounty("621121", "621100"));
        p.getCounties().add(oldAreaCounty("621021", "621000"));
        p.getNominations().add(nominate("621121", Track.POVERTY, 1));
        p.getNominations().add(nominate("621021", Track.OLD_AREA, 1));
        return p;
    }

    private static Finding only(Report r, String rule, SubjectType type, String id) {
        return r.finding(rule, type, id).orElseThrow(() -> new AssertionError(rule + " on " + id + " not in " + r.findings()));
    }

    @Nested
    class FilingDeadline {
        @Test
        void filingOnTheDeadlineDayIsOnTime() {
            PlanDocument p = filed();
            p.getFiling().setReceivedOn(LocalDate.of(2018, 5, 31));
            Report r = evaluate(p);
            assertThat(r.findings()).isEmpty();
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.COMPLIANT);
        }

        @Test
        void filingTheDayAfterIsLateAndTheProvinceIsDeemedWithdrawn() {
            PlanDocument p = filed();
            p.getFiling().setReceivedOn(LocalDate.of(2018, 6, 1));
            Report r = evaluate(p);
            Finding f = only(r, "PROC-FILING-DEADLINE", SubjectType.PROVINCE, "620000");
            assertThat(f.measured()).isEqualTo("received 2018-06-01");
            assertThat(f.limit()).isEqualTo("on or before 2018-05-31");
            assertThat(f.message().en()).contains("deemed to have withdrawn").contains("2 nomination(s) are void");
            assertThat(f.message().zh()).contains("视为自动放弃");
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.DEEMED_WITHDRAWN);
            // a void filing voids every nomination of it (1.1); the withdrawal's finding is stated once, on the province
            assertThat(r.verdict(SubjectType.NOMINATION, "621121")).contains(Outcome.WITHDRAWN);
        }

        @Test
        void noFilingNoProcedureFinding() {
            PlanDocument p = filed();
            p.setFiling(null);
            Report r = evaluate(p);
            assertThat(r.findings()).noneMatch(f -> f.ruleId().startsWith("PROC-"));
        }
    }

    @Nested
    class FilingContents {
        @Test
        void missingWorkPlanAndOldAreaListIsAWithdrawal() {
            PlanDocument p = filed();
            p.getFiling().setContents(List.of(FilingContent.ELIGIBILITY_CONDITIONS, FilingContent.POVERTY_RANKED_LIST));
            Report r = evaluate(p);
            Finding f = only(r, "PROC-FILING-CONTENTS", SubjectType.PROVINCE, "620000");
            assertThat(f.measured()).isEqualTo("missing OLD_AREA_RANKED_LIST, WORK_PLAN");
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.DEEMED_WITHDRAWN);
        }

        @Test
        void noOldAreaListNeededWithoutOldAreaNominations() {
            PlanDocument p = filed();
            p.getNominations().remove(1);
            p.getFiling().setContents(List.of(FilingContent.ELIGIBILITY_CONDITIONS, FilingContent.POVERTY_RANKED_LIST,
                    FilingContent.WORK_PLAN));
            assertThat(evaluate(p).findings("PROC-FILING-CONTENTS")).isEmpty();
        }
    }

    @Nested
    class RankedLists {
        @Test
        void aGapFires() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.getNominations().add(nominate("621122", Track.POVERTY, 3));
            Finding f = only(evaluate(p), "PROC-RANKED-LISTS", SubjectType.PROVINCE, "620000");
            assertThat(f.measured()).contains("poverty list: no rank 2").contains("poverty list: rank 3 beyond 2 ranked");
        }

        @Test
        void aTieFires() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.getNominations().add(nominate("621122", Track.POVERTY, 1));
            assertThat(only(evaluate(p), "PROC-RANKED-LISTS", SubjectType.PROVINCE, "620000").measured())
                    .contains("poverty list: rank 1 given 2 times");
        }

        @Test
        void anUnrankedNominationFires() {
            PlanDocument p = filed();
            p.getNominations().get(1).setRank(null);
            assertThat(only(evaluate(p), "PROC-RANKED-LISTS", SubjectType.PROVINCE, "620000").measured())
                    .isEqualTo("old area list: 1 unranked");
        }

        @Test
        void eachTrackRanksFromOne() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.getNominations().add(nominate("621122", Track.POVERTY, 2));
            assertThat(evaluate(p).findings("PROC-RANKED-LISTS")).isEmpty();
        }
    }

    @Nested
    class FinalSubmission {
        @Test
        void sentOnTheFinalDeadlineIsOnTime() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 15), "621121"));
            assertThat(evaluate(p).findings()).isEmpty();
        }

        @Test
        void sentTheDayAfterIsLate() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 16), "621121"));
            Report r = evaluate(p);
            assertThat(only(r, "PROC-FINAL-DEADLINE", SubjectType.PROVINCE, "620000").measured()).isEqualTo("sent 2018-06-16");
            // a late final list is a finding, not a withdrawal; the province carries a blocking finding
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void aFormOtherThanAGovernmentLetterFires() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121"));
            p.getFinalSubmission().setForm(SubmissionForm.OTHER);
            assertThat(only(evaluate(p), "PROC-FINAL-FORM", SubjectType.PROVINCE, "620000").blocking()).isTrue();
        }

        @Test
        void theListMayFillButNotExceedTheQuota() {
            PlanDocument p = filed();
            p.setQuota(2);
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621021"));
            assertThat(evaluate(p).findings("PROC-FINAL-QUOTA")).isEmpty();
            p.setQuota(1);
            Finding f = only(evaluate(p), "PROC-FINAL-QUOTA", SubjectType.PROVINCE, "620000");
            assertThat(f.measured()).isEqualTo("2 demo counties");
            assertThat(f.limit()).isEqualTo("<= 1");
        }

        @Test
        void noQuotaNoQuotaFinding() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621021"));
            assertThat(evaluate(p).findings("PROC-FINAL-QUOTA")).isEmpty();
        }

        @Test
        void aCountyNotFiledIsDeemedWithdrawnOnItsNomination() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621122"));
            Report r = evaluate(p);
            Finding f = only(r, "PROC-FINAL-FROM-FILING", SubjectType.NOMINATION, "621122");
            assertThat(f.message().en()).contains("县621122 (621122)");
            assertThat(r.verdict(SubjectType.NOMINATION, "621122")).contains(Outcome.INELIGIBLE);
            assertThat(r.findings("PROC-FINAL-FROM-FILING")).hasSize(1);
        }

        @Test
        void aCountyThatAgreedToAPromotionOrThePromotedPrefectureMayBeListed() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621222", "621200"));
            p.getPrefecturePromotions().add(promotion("621200", "621222"));
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621222", "621200"));
            assertThat(evaluate(p).findings("PROC-FINAL-FROM-FILING")).isEmpty();
        }
    }

    @Test
    void checkSelectionRunsOnlyTheChosenSections() {
        PlanDocument p = filed();
        p.getFiling().setReceivedOn(LocalDate.of(2018, 6, 1));
        p.getNominations().add(nominate("621121", Track.OLD_AREA, 2));
        Report eligibilityOnly = Plans.ENGINE.evaluate(p, java.util.Set.of(Check.ELIGIBILITY));
        assertThat(eligibilityOnly.findings()).isNotEmpty().allMatch(f -> f.ruleId().startsWith("ELIG-"));
        // the province is judged on the checks that ran: eligibility alone does not see the late filing
        assertThat(eligibilityOnly.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.COMPLIANT);
        Report procedureOnly = Plans.ENGINE.evaluate(p, java.util.Set.of(Check.PROCEDURE));
        assertThat(procedureOnly.findings()).isNotEmpty().allMatch(f -> f.ruleId().startsWith("PROC-"));
        assertThat(procedureOnly.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.DEEMED_WITHDRAWN);
    }
}
