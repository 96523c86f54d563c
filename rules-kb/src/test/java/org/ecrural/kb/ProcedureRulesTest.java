package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Effect;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.finalSubmission;
import static org.ecrural.kb.Plans.nominate;
import static org.ecrural.kb.Plans.oldAreaCounty;
import static org.ecrural.kb.Plans.povertyCounty;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.ecrural.model.FilingContent;
import org.ecrural.model.Nomination;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 五、工作程序: procedure.drl. Which findings fire on which plans is in procedure.scenarios.json; these
 * tests pin what the findings say in both languages, and what no scenario checks.
 */
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
    class Filing {
        @Test
        void aLateFilingSaysWhenItArrivedAndThatTheProvinceWithdrew() {
            PlanDocument p = filed();
            p.getFiling().setReceivedOn(LocalDate.of(2018, 6, 1));
            Report r = evaluate(p);
            Finding f = only(r, "PROC-FILING-DEADLINE", SubjectType.PROVINCE, "620000");
            assertThat(f.message()).isEqualTo(new Text(
                    "甘肃省（620000）的备案材料于2018年6月1日送达，晚于2018年5月31日的备案期限，视为自动放弃，其 2 个申报全部无效。",
                    "The filing of 甘肃省 (620000) arrived on 1 June 2018, after the deadline of 31 May 2018; the province is deemed"
                            + " to have withdrawn and its 2 nomination(s) are void."));
            assertThat(f.measuredText()).isEqualTo(new Text("2018年6月1日送达", "received 1 June 2018"));
            assertThat(f.limitText()).isEqualTo(new Text("不晚于2018年5月31日", "on or before 31 May 2018"));
            assertThat(f.limit()).isEqualTo("on or before 31 May 2018");
            assertThat(f.remedy().en()).isEqualTo("The filing must reach the three ministries on or before 31 May 2018; a late filing cannot be cured.");
            assertThat(f.evidence()).containsExactly(new Evidence("RECEIVED", "2018-06-01", "filing received on 1 June 2018",
                    new Text("备案材料送达日期：2018年6月1日", "filing received on 1 June 2018")));
            // the withdrawal is the rule's effect in its words, not a list of rule ids in the engine
            assertThat(f.rule().effects()).containsExactly(Effect.DEEMED_WITHDRAWN);
        }

        @Test
        void anIncompleteFilingNamesWhatItLacksByTheirLabels() {
            PlanDocument p = filed();
            p.getFiling().setContents(List.of(FilingContent.POVERTY_RANKED_LIST, FilingContent.ELIGIBILITY_CONDITIONS));
            Finding f = only(evaluate(p), "PROC-FILING-CONTENTS", SubjectType.PROVINCE, "620000");
            assertThat(f.message()).isEqualTo(new Text("甘肃省（620000）的备案材料不完整，缺少革命老区县排序名单、省级工作方案，未按规定报备，视为自动放弃。",
                    "The filing of 甘肃省 (620000) is incomplete, lacking: ranked list of old-area counties, provincial work plan;"
                            + " an incomplete filing is deemed a withdrawal."));
            assertThat(f.measuredText()).isEqualTo(new Text("缺少革命老区县排序名单、省级工作方案", "missing OLD_AREA_RANKED_LIST, WORK_PLAN"));
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("FILING_CONTENT", "OLD_AREA_RANKED_LIST", "missing from the filing: ranked list of old-area counties"),
                    org.assertj.core.groups.Tuple.tuple("FILING_CONTENT", "WORK_PLAN", "missing from the filing: provincial work plan"));
            assertThat(f.rule().effects()).containsExactly(Effect.DEEMED_WITHDRAWN);
        }
    }

    @Nested
    class RankedLists {
        /** Poverty: two counties ranked 1 (a tie, no rank 2); old area: one unranked, one ranked 2 (no rank 1, 2 beyond 1). */
        private PlanDocument wrongOnBothTracks() {
            PlanDocument p = Plans.gansu();
            p.setFiling(null);
            for (String c : List.of("621121", "621122")) {
                p.getCounties().add(povertyCounty(c, "621100"));
                p.getNominations().add(nominate(c, Track.POVERTY, 1));
            }
            p.getCounties().add(oldAreaCounty("621021", "621000"));
            p.getCounties().add(oldAreaCounty("621022", "621000"));
            p.getNominations().add(nominate("621021", Track.OLD_AREA, null));
            p.getNominations().add(nominate("621022", Track.OLD_AREA, 2));
            return p;
        }

        @Test
        void eachProblemIsStatedTrackByTrackInEachLanguage() {
            Finding f = only(evaluate(wrongOnBothTracks()), "PROC-RANKED-LISTS", SubjectType.PROVINCE, "620000");
            assertThat(f.measuredText()).isEqualTo(new Text(
                    "贫困县名单第 1 名并列 2 个县、贫困县名单缺少第 2 名、革命老区县名单有 1 个县未排序、革命老区县名单缺少第 1 名、"
                            + "革命老区县名单的第 2 名超出已排序的 1 个县",
                    "poverty county list: rank 1 given 2 times, poverty county list: no rank 2, old-area county list: 1 unranked,"
                            + " old-area county list: no rank 1, old-area county list: rank 2 beyond 1 ranked"));
            assertThat(f.message().zh()).startsWith("甘肃省（620000）的排序名单有误：贫困县名单第 1 名并列 2 个县、")
                    .endsWith("。贫困县和革命老区县名单应分别从 1 开始连续排序、不得并列。");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621021", "621022", "621121", "621122");
            assertThat(f.evidence().get(0).text()).isEqualTo(new Text("推荐县621021：革命老区县名单，名次 未填写",
                    "nomination 621021: old-area county list, rank not stated"));
        }

        @Test
        void theOrderOfTheNominationsInThePlanDoesNotChangeTheReport() {
            PlanDocument p = wrongOnBothTracks();
            String json = ReportJson.write(evaluate(p));
            List<Nomination> reversed = new ArrayList<>(p.getNominations());
            Collections.reverse(reversed);
            p.setNominations(reversed);
            assertThat(ReportJson.write(evaluate(p))).isEqualTo(json);
        }
    }

    @Nested
    class FinalSubmission {
        @Test
        void aLateFinalListSaysWhenItWasSent() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 16), "621121"));
            Finding f = only(evaluate(p), "PROC-FINAL-DEADLINE", SubjectType.PROVINCE, "620000");
            assertThat(f.message()).isEqualTo(new Text("甘肃省（620000）的最终名单于2018年6月16日报送，晚于2018年6月15日的期限。",
                    "甘肃省 (620000) sent its final list on 16 June 2018, after the deadline of 15 June 2018."));
            assertThat(f.limitText()).isEqualTo(new Text("不晚于2018年6月15日", "on or before 15 June 2018"));
        }

        @Test
        void aFinalSubmissionInAnotherFormSaysWhichAndOneWithoutAFormSaysSo() {
            PlanDocument p = filed();
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121"));
            p.getFinalSubmission().setForm(SubmissionForm.OTHER);
            Finding other = only(evaluate(p), "PROC-FINAL-FORM", SubjectType.PROVINCE, "620000");
            assertThat(other.message()).isEqualTo(new Text("甘肃省（620000）的最终名单以其他形式报送，不是以省级人民政府文件形式报送的。",
                    "The final submission of 甘肃省 (620000) is in another form, not a letter of the provincial people's government."));
            assertThat(other.limit()).isEqualTo("PROVINCIAL_GOVERNMENT_LETTER");
            p.getFinalSubmission().setForm(null);
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluate(p))
                    .isInstanceOf(org.ecrural.model.json.PlanInputException.class).hasMessageContaining("/finalSubmission/form");
            Finding none = only(Plans.evaluateAsGiven(p), "PROC-FINAL-FORM", SubjectType.PROVINCE, "620000");
            assertThat(none.blocking()).isTrue();
            assertThat(none.message()).isEqualTo(new Text("甘肃省（620000）的最终名单未注明报送形式，不是以省级人民政府文件形式报送的。",
                    "The final submission of 甘肃省 (620000) states no form; it is not a letter of the provincial people's government."));
            assertThat(none.measuredText()).isEqualTo(new Text("未注明报送形式", "no form stated"));
            assertThat(none.evidence()).containsExactly(new Evidence("FORM", "", "form of the final submission: not stated",
                    new Text("最终名单报送形式：未填写", "form of the final submission: not stated")));
        }

        @Test
        void aListOverTheQuotaSaysHowManyToRemove() {
            PlanDocument p = filed();
            p.setQuota(1);
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621021"));
            Finding f = only(evaluate(p), "PROC-FINAL-QUOTA", SubjectType.PROVINCE, "620000");
            assertThat(f.message()).isEqualTo(new Text("甘肃省（620000）的最终名单有 2 个示范县，超过三部门确定的 1 个。",
                    "The final list of 甘肃省 (620000) has 2 demo counties, more than the 1 the three ministries set."));
            assertThat(f.limitText()).isEqualTo(new Text("不超过 1 个", "<= 1"));
            assertThat(f.remedy()).isEqualTo(new Text("从最终名单中减少 1 个县。", "Remove 1 county(ies) from the final list."));
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621021", "621121");
        }

        @Test
        void aCountyNotFiledIsDeemedWithdrawnOnItsNominationNamedAsThePlanNamesIt() {
            PlanDocument p = filed();
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121", "621122", "621199"));
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluate(p))
                    .isInstanceOf(org.ecrural.model.json.PlanInputException.class).hasMessageContaining("/finalSubmission/counties/2");
            Report r = Plans.evaluateAsGiven(p); // the rules still name a county the plan does not list by its code
            Finding f = only(r, "PROC-FINAL-FROM-FILING", SubjectType.NOMINATION, "621122");
            assertThat(f.message()).isEqualTo(new Text("最终名单中的县621122（621122）未在备案中申报，也未同意整体推进，视为自动放弃。",
                    "县621122 (621122) is on the final list but was neither nominated in the filing nor agreed to a whole-prefecture"
                            + " promotion; it is deemed withdrawn."));
            // a county the plan does not list is named by its code
            assertThat(only(r, "PROC-FINAL-FROM-FILING", SubjectType.NOMINATION, "621199").message().en()).startsWith("621199 is on the final list");
            assertThat(r.findings("PROC-FINAL-FROM-FILING")).hasSize(2);
        }
    }

    /** Plans on which every rule of the section fires, each of its variants included (ReportLanguageTest). */
    static List<PlanDocument> everyFinding() {
        PlanDocument p = filed();
        p.getFiling().setReceivedOn(LocalDate.of(2018, 6, 1));
        p.getFiling().setContents(List.of(FilingContent.POVERTY_RANKED_LIST));
        p.getCounties().add(povertyCounty("621122", "621100"));
        p.getNominations().add(nominate("621122", Track.POVERTY, 1));
        p.getNominations().add(nominate("621022", Track.OLD_AREA, null));
        p.getNominations().add(nominate("621023", Track.OLD_AREA, 5));
        p.setQuota(1);
        p.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 16), "621121", "621021", "621199"));
        p.getFinalSubmission().setForm(SubmissionForm.OTHER);
        PlanDocument noForm = filed();
        noForm.setFinalSubmission(finalSubmission(LocalDate.of(2018, 6, 14), "621121"));
        noForm.getFinalSubmission().setForm(null);
        return List.of(p, noForm);
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
