package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecrural.model.County;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlanItem;
import org.junit.jupiter.api.Test;

/**
 * The findings of the sections written with words read in one language each: Chinese without
 * English words or identifiers (rule ids and codes aside), English without Chinese (names of the
 * plan's things aside).
 */
class WordedFindingsLanguageTest {
    /** Codes and ids: PRIOR_RESULTS, P-S1, 620000. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]*(-[A-Z0-9]+)*\\b|\\d+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，。：；、（）「」“”]");

    static List<Finding> wordedFindings() {
        List<PlanDocument> plans = new ArrayList<>(List.of(ServiceSystemRulesTest.station(), WorkPlanRulesTest.planWithout(WorkPlanItem.values()),
                WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS, WorkPlanItem.DEMO_AREA_LIST)));
        plans.addAll(fundsPlans());
        plans.addAll(targetsPlans());
        List<Finding> out = new ArrayList<>();
        for (PlanDocument p : plans) {
            for (Finding f : Plans.ENGINE.evaluate(p).findings()) {
                if (f.rule().titleText() != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    /** Plans on which every rule of funds.drl fires, and FUND-UPWARD-MIN-SHARE's NO_FUNDS case, and every idle-fund failure. */
    static List<PlanDocument> fundsPlans() {
        PlanDocument shares = FundsRulesTest.plan("4200000.00");
        FundsRulesTest.projectById(shares, "P-C1").setCentralFunds(new BigDecimal("2000000.00"));
        shares.getProjects().add(Plans.project("P-B1", FundsRulesTest.AREA, Direction.OTHER, ExpenseType.BUILDING, "200000.00"));
        shares.getProjects().add(Plans.project("P-W1", FundsRulesTest.AREA, Direction.UPWARD, ExpenseType.WORKING_EXPENSE, "3000000.00"));
        shares.getProjects().forEach(x -> x.setSupportMethod(SupportMethod.DIRECT_SUBSIDY));
        PlanDocument zero = FundsRulesTest.plan("0");
        zero.getProjects().removeIf(x -> !x.getId().equals("P-U1"));
        zero.getFundAllocations().get(0).setCentralFunds(new BigDecimal("0.00"));
        PlanDocument idle = FundsRulesTest.IdleReward.plan(FundsRulesTest.IdleReward.reallocation("621124", null));
        idle.getIdleFundReallocations().get(0).setFromArea(null);
        idle.getCounties().add(Plans.povertyCounty("621124", "621100"));
        PlanDocument otherProvince = FundsRulesTest.IdleReward.plan(FundsRulesTest.IdleReward.reallocation("621199", false));
        otherProvince.getIdleFundReallocations().get(0).setFromArea("610822");
        otherProvince.getCounties().add(Plans.povertyCounty("610822", "610800"));
        PlanDocument unknown = FundsRulesTest.IdleReward.plan(FundsRulesTest.IdleReward.reallocation("610822", true));
        unknown.setProvince(null);
        unknown.getIdleFundReallocations().get(0).setFromArea("6");
        PlanDocument unlisted = FundsRulesTest.IdleReward.plan(FundsRulesTest.IdleReward.reallocation(FundsRulesTest.IdleReward.TO, true));
        unlisted.getIdleFundReallocations().get(0).setFromArea("621198");
        return List.of(shares, zero, idle, otherProvince, unknown, unlisted);
    }

    /** Plans on which both rules of targets.drl fire, with every case of a coverage half. */
    static List<PlanDocument> targetsPlans() {
        PlanDocument both = TargetsRulesTest.plan(TargetsRulesTest.villages(10, 100, 20, 200), "0.10", "-0.05");
        Villages v = TargetsRulesTest.villages(0, 0, 10, 100);
        v.setRegisteredPoor(null);
        return List.of(both, TargetsRulesTest.coverage(TargetsRulesTest.villages(0, 0, 99, 200)), TargetsRulesTest.coverage(v));
    }

    static List<Text> texts(Finding f) {
        List<Text> texts = new ArrayList<>(List.of(f.message(), f.rule().titleText()));
        if (f.measuredText() != null) {
            texts.add(f.measuredText());
        }
        if (f.limitText() != null) {
            texts.add(f.limitText());
        }
        if (f.remedy() != null) {
            texts.add(f.remedy());
        }
        f.evidence().forEach(e -> texts.add(e.text()));
        return texts;
    }

    static List<String> names(PlanDocument... plans) {
        List<String> names = new ArrayList<>(List.of("甘肃省"));
        for (PlanDocument p : plans) {
            p.getProjects().stream().map(ProjectItem::getName).filter(n -> n != null).forEach(names::add);
            p.getCounties().stream().map(County::getName).filter(n -> n != null).forEach(names::add);
        }
        return names;
    }

    @Test
    void chineseHasNoEnglishAndEnglishNoChineseButNames() {
        List<Finding> findings = wordedFindings();
        assertThat(findings).extracting(Finding::ruleId)
                .contains("SERV-STATION-FUNCTIONS", "PLAN-PRIOR-SUMMARY", "PLAN-2018-CONTENT", "PLAN-MANAGEMENT-MEASURES",
                        "FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE", "FUND-PROHIBITED-USE", "FUND-WITHIN-ALLOCATION",
                        "FUND-PREFERRED-METHODS", "FUND-IDLE-REWARD", "GOAL-VILLAGE-COVERAGE", "GOAL-RETAIL-GROWTH");
        assertThat(findings).filteredOn(f -> f.ruleId().equals("FUND-IDLE-REWARD")).extracting(Finding::measured)
                .containsExactlyInAnyOrder("RATING_NOT_EVIDENCED, RECIPIENT_NOT_DEMO_COUNTY, SOURCE_NOT_GIVEN",
                        "NOT_RATED_OUTSTANDING, RECIPIENT_NOT_LISTED, SOURCE_OTHER_PROVINCE", "PROVINCE_UNKNOWN",
                        "SOURCE_NOT_LISTED");
        List<PlanDocument> all = new ArrayList<>(List.of(ServiceSystemRulesTest.station()));
        all.addAll(fundsPlans());
        all.addAll(targetsPlans());
        List<String> names = names(all.toArray(new PlanDocument[0]));
        for (Finding f : findings) {
            for (Text t : texts(f)) {
                assertThat(t).as(f.ruleId()).isNotNull();
                String zh = t.zh();
                for (String n : names) {
                    zh = zh.replace(n, "");
                }
                assertThat(CODE.matcher(zh).replaceAll("")).as(f.ruleId() + ": " + t.zh()).doesNotContainPattern(LATIN);
                String en = t.en();
                for (String n : names) {
                    en = en.replace(n, "");
                }
                // quotes of the notice's headings in English titles aside: the section title is not in a finding
                assertThat(en).as(f.ruleId() + ": " + t.en()).doesNotContainPattern(HAN);
            }
        }
    }

    @Test
    void theRulesMetadataComesFromTheWordsFiles() {
        RuleInfo r = Plans.ENGINE.rules().stream().filter(i -> i.id().equals("PLAN-PRIOR-SUMMARY")).findFirst().orElseThrow();
        assertThat(r.check()).isEqualTo(Check.WORK_PLAN);
        assertThat(r.subjectType()).isEqualTo(SubjectType.PROVINCE);
        assertThat(r.clause()).isEqualTo("annex.1");
        assertThat(r.file()).isEqualTo("work-plan.drl");
        assertThat(r.titleText().zh()).startsWith("工作方案总结前期综合示范工作");
        assertThat(r.effects()).isEmpty();
        RuleInfo old = Plans.ENGINE.rules().stream().filter(i -> i.id().equals("PROC-FILING-DEADLINE")).findFirst().orElseThrow();
        assertThat(old.titleText()).isNull();
        assertThat(old.check()).isEqualTo(Check.PROCEDURE);
    }

    @Test
    void theJsonReportCarriesMeasuredLimitAndEvidenceInBothLanguages() {
        String json = Plans.ENGINE.evaluate(WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS), java.util.Set.of(Check.WORK_PLAN)).toJson();
        assertThat(json).contains("\"measured\": \"missing 1 of 5: PRIOR_RESULTS\"",
                "\"measuredText\": {\n        \"zh\": \"缺少 1 项（共 5 项）：取得的成效\",\n        \"en\": \"missing 1 of 5: PRIOR_RESULTS\"",
                "\"detail\": \"not stated in the work plan: results achieved\",\n          \"text\": {\n            \"zh\": \"工作方案未列明：取得的成效\"");
        assertThat(json).contains("\"limitText\": {");
    }

    @Test
    void theChineseTextReportShowsMeasuredLimitAndEvidenceInChinese() {
        Report r = Plans.ENGINE.evaluate(WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS), java.util.Set.of(Check.WORK_PLAN));
        String zh = TextReport.render(r, Language.ZH);
        assertThat(zh).contains("实测：缺少 1 项（共 5 项）：取得的成效；限值：全部 5 项：", "依据：工作方案未列明：取得的成效");
    }
}
