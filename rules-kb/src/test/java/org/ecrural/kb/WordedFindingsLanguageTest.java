package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.WorkPlanItem;
import org.junit.jupiter.api.Test;

/**
 * The findings of the sections written with words read in one language each: Chinese without
 * English words or identifiers (rule ids and codes aside), English without Chinese (names of the
 * plan's things aside).
 */
class WordedFindingsLanguageTest {
    /** Codes and ids: PRIOR_RESULTS, P-S1, 620000, also right after a Chinese character (培训记录T-0009). */
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*(-[A-Z0-9]+)*(?![A-Za-z0-9_])|\\d+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，。：；、（）「」“”]");

    /** The sections written with words whose scenario plans the test reads. */
    static final List<String> SECTIONS = List.of("eligibility", "training", "acceptance", "funds", "targets");

    static List<PlanDocument> plans() throws Exception {
        List<PlanDocument> plans = new ArrayList<>(List.of(ServiceSystemRulesTest.station(), WorkPlanRulesTest.planWithout(WorkPlanItem.values()),
                WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS, WorkPlanItem.DEMO_AREA_LIST)));
        plans.addAll(ProcedureRulesTest.everyFinding());
        plans.addAll(ManagementRulesTest.everyFinding());
        for (String section : SECTIONS) {
            plans.addAll(MessageLanguageTest.scenarioPlans(section));
        }
        return plans;
    }

    static List<Finding> wordedFindings() throws Exception {
        List<PlanDocument> plans = plans();
        List<Finding> out = new ArrayList<>();
        for (PlanDocument p : plans) {
            for (Finding f : Plans.evaluateAsGiven(p).findings()) { // some plans lie outside the format on purpose
                if (f.rule().titleText() != null) {
                    out.add(f);
                }
            }
        }
        return out;
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

    /** The names of the plans' things, longest first: projects, counties, prefectures, contiguous areas, provinces. */
    static List<String> names(List<PlanDocument> plans) {
        java.util.Set<String> names = new java.util.TreeSet<>(List.of("甘肃省"));
        for (PlanDocument p : plans) {
            p.getProjects().stream().map(ProjectItem::getName).filter(n -> n != null).forEach(names::add);
            for (org.ecrural.model.County c : p.getCounties()) {
                java.util.stream.Stream.of(c.getName(), c.getPrefecture(), c.getContiguousArea()).filter(n -> n != null && !n.isBlank())
                        .forEach(names::add);
            }
            if (p.getProvince() != null && p.getProvince().getName() != null) {
                names.add(p.getProvince().getName());
            }
            p.getProjects().stream().filter(x -> x.getLedger() != null).map(x -> x.getLedger().getResponsible())
                    .filter(n -> n != null && !n.isBlank()).forEach(names::add);
        }
        return names.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    @Test
    void chineseHasNoEnglishAndEnglishNoChineseButNames() throws Exception {
        List<Finding> findings = wordedFindings();
        assertThat(findings).extracting(Finding::ruleId)
                .contains("SERV-STATION-FUNCTIONS", "PLAN-PRIOR-SUMMARY", "PLAN-2018-CONTENT", "PLAN-MANAGEMENT-MEASURES",
                        "PROC-FILING-DEADLINE", "PROC-FILING-CONTENTS", "PROC-RANKED-LISTS", "PROC-FINAL-DEADLINE", "PROC-FINAL-FORM",
                        "PROC-FINAL-QUOTA", "PROC-FINAL-FROM-FILING", "MGMT-INFO-SYSTEM", "MGMT-DISCLOSURE-COLUMN",
                        "MGMT-REPORTING-CHANNEL")
                .contains("ELIG-PROVINCE-ADDRESSED", "ELIG-OWN-PROVINCE", "ELIG-POVERTY-TRACK", "ELIG-OLD-AREA-TRACK",
                        "ELIG-OLD-AREA-NOT-DISTRICT", "ELIG-NOT-SUPPORTED-BEFORE", "ELIG-ONE-NOMINATION", "ELIG-OLD-AREA-QUOTA",
                        "ELIG-POVERTY-FIRST", "ELIG-WHOLE-PREFECTURE-COVERAGE", "ELIG-WHOLE-PREFECTURE-FUNDS",
                        "ELIG-CONTIGUOUS-PREFECTURE")
                .contains("TRAIN-RECORD-COMPLETE", "TRAIN-TARGET-GROUP", "TRAIN-POOR-HOUSEHOLD-FOCUS", "TRAIN-PRACTICAL-SKILLS",
                        "TRAIN-POST-SERVICE", "ACPT-LEDGER", "ACPT-SIGNAGE", "ACPT-SERVICE-RECORDS", "ACPT-COMPLETE-INFORMATION",
                        "ACPT-CONTRACTOR-ASSESSED", "ACPT-OPERATION-PLAN", "ACPT-OVERDUE")
                .contains("FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE", "FUND-PROHIBITED-USE", "FUND-WITHIN-ALLOCATION",
                        "FUND-PREFERRED-METHODS", "FUND-IDLE-REWARD", "GOAL-VILLAGE-COVERAGE", "GOAL-RETAIL-GROWTH");
        // every variant of the two sections is among them: the not-evidenced and the no-form cases
        assertThat(findings).extracting(f -> f.message().en())
                .anyMatch(m -> m.contains("states no form"))
                .anyMatch(m -> m.contains("on the provincial department's website is not evidenced"))
                .anyMatch(m -> m.contains("the area's government portal has no dedicated demonstration column"))
                .anyMatch(m -> m.contains("connection to the MOFCOM rural e-commerce information system is not evidenced"))
                .anyMatch(m -> m.contains("for public reports and supervision is not evidenced"));
        List<String> names = names(plans());
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
                // quotes of the notice's words in parentheses aside, e.g. "a municipal district (市辖区)"
                en = en.replaceAll("\\([^()]*\\p{IsHan}[^()]*\\)|「[^」]*」|“[^”]*”", "");
                assertThat(en).as(f.ruleId() + ": " + t.en()).doesNotContainPattern(HAN);
                assertThat(zh + en).as(f.ruleId()).doesNotContain("null");
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
        RuleInfo withdrawal = Plans.ENGINE.rules().stream().filter(i -> i.id().equals("PROC-FILING-DEADLINE")).findFirst().orElseThrow();
        assertThat(withdrawal.effects()).containsExactly(Effect.DEEMED_WITHDRAWN);
        assertThat(withdrawal.file()).isEqualTo("procedure.drl");
        // one obligation over two kinds of subject: the first listed is the rule's subject type
        RuleInfo column = Plans.ENGINE.rules().stream().filter(i -> i.id().equals("MGMT-DISCLOSURE-COLUMN")).findFirst().orElseThrow();
        assertThat(column.subjectType()).isEqualTo(SubjectType.AREA);
        // a rule still written the old way keeps its annotations' metadata and has no Chinese title
        Plans.ENGINE.rules().stream().filter(i -> i.titleText() == null).findFirst()
                .ifPresent(old -> assertThat(old.check()).isEqualTo(Check.ofRule(old.id())));
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
