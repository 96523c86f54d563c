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

    /** The sections whose every scenario plan the test reads, beside the plans built here. */
    static final List<String> SCENARIO_SECTIONS = List.of("training", "acceptance");

    static List<PlanDocument> plans() throws Exception {
        List<PlanDocument> plans = new ArrayList<>(List.of(ServiceSystemRulesTest.station(),
                WorkPlanRulesTest.planWithout(WorkPlanItem.values()),
                WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS, WorkPlanItem.DEMO_AREA_LIST)));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        for (String file : SCENARIO_SECTIONS) {
            try (java.io.InputStream in = WordedFindingsLanguageTest.class.getResourceAsStream(
                    "/org/ecrural/rules/" + file + ".scenarios.json")) {
                for (com.fasterxml.jackson.databind.JsonNode sc : json.readTree(in).path("scenarios")) {
                    com.fasterxml.jackson.databind.node.ObjectNode plan =
                            ((com.fasterxml.jackson.databind.node.ObjectNode) sc.get("plan")).deepCopy();
                    plan.put("format", 1);
                    plan.put("edition", "2018");
                    plans.add(org.ecrural.model.json.PlanReader.read(json.writeValueAsString(plan)));
                }
            }
        }
        return plans;
    }

    static List<Finding> wordedFindings(List<PlanDocument> plans) {
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

    /** The names of the plans' things (province, counties, prefectures, projects, responsible persons), longest first. */
    static List<String> names(List<PlanDocument> plans) {
        java.util.Set<String> names = new java.util.TreeSet<>(java.util.Comparator.comparing(String::length).reversed()
                .thenComparing(java.util.Comparator.naturalOrder()));
        names.add("甘肃省");
        for (PlanDocument p : plans) {
            if (p.getProvince() != null && p.getProvince().getName() != null) {
                names.add(p.getProvince().getName());
            }
            for (org.ecrural.model.County c : p.getCounties()) {
                java.util.stream.Stream.of(c.getName(), c.getPrefecture()).filter(n -> n != null && !n.isBlank()).forEach(names::add);
            }
            p.getProjects().stream().map(ProjectItem::getName).filter(n -> n != null).forEach(names::add);
            p.getProjects().stream().filter(x -> x.getLedger() != null).map(x -> x.getLedger().getResponsible())
                    .filter(n -> n != null && !n.isBlank()).forEach(names::add);
        }
        return new ArrayList<>(names);
    }

    /** Chinese quoted in English text: words of the notice in 「」 or in parentheses. */
    private static final Pattern QUOTED = Pattern.compile("「[^」]*」|\\([^)]*\\)");

    @Test
    void chineseHasNoEnglishAndEnglishNoChineseButNames() throws Exception {
        List<PlanDocument> plans = plans();
        List<Finding> findings = wordedFindings(plans);
        assertThat(findings).extracting(Finding::ruleId)
                .contains("SERV-STATION-FUNCTIONS", "PLAN-PRIOR-SUMMARY", "PLAN-2018-CONTENT", "PLAN-MANAGEMENT-MEASURES",
                        "TRAIN-RECORD-COMPLETE", "TRAIN-TARGET-GROUP", "TRAIN-POOR-HOUSEHOLD-FOCUS", "TRAIN-PRACTICAL-SKILLS",
                        "TRAIN-POST-SERVICE", "ACPT-LEDGER", "ACPT-SIGNAGE", "ACPT-SERVICE-RECORDS", "ACPT-COMPLETE-INFORMATION",
                        "ACPT-CONTRACTOR-ASSESSED", "ACPT-OPERATION-PLAN", "ACPT-OVERDUE");
        List<String> names = names(plans);
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
                // quotes of the notice in 「」 or in parentheses aside (titles, the signage words)
                assertThat(QUOTED.matcher(en).replaceAll("")).as(f.ruleId() + ": " + t.en()).doesNotContainPattern(HAN);
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
