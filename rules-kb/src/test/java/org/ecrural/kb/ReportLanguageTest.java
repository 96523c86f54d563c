package org.ecrural.kb;

import org.ecrural.kb.render.TextReport;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Effect;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.render.ReportJson;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.WorkPlanItem;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.Test;

/**
 * Reports read in one language each (catalogue 1.1, *Messages*): on every scenario plan of every
 * section of the built-in rule base (and the sample plans), the whole Chinese text report, headers
 * included, holds no English word or identifier (rule ids and codes aside), and the English one
 * no Chinese but the plan's names and quoted words of the notice; so does every text of every
 * finding (message, title, measured, limit, remedy, evidence), and none says "null".
 */
class ReportLanguageTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Codes and ids: PRIOR_RESULTS, P-S1, 620000, also right after a Chinese character (培训记录T-0009). */
    private static final Pattern CODE = Pattern.compile("(?<![A-Za-z0-9_])[A-Z][A-Z0-9_]*(-[A-Z0-9]+)*(?![A-Za-z0-9_])|\\d+");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern HAN = Pattern.compile("[\\p{IsHan}，。：；、（）「」“”]");
    /** Quoted words of the notice in English text: 「…」, “…”, or in parentheses, e.g. "a municipal district (市辖区)". */
    private static final String QUOTED = "\\([^()]*\\p{IsHan}[^()]*\\)|「[^」]*」|“[^”]*”";
    /** Every section of the built-in rule base, by its file name. */
    static final List<String> SECTIONS = List.of("eligibility", "procedure", "funds", "service-system", "training",
            "acceptance", "management", "work-plan", "targets");

    /** The plans of the scenarios of the given sections (eligibility → eligibility.scenarios.json). */
    static List<PlanDocument> scenarioPlans(String... sections) throws Exception {
        List<PlanDocument> plans = new ArrayList<>();
        for (String file : sections) {
            try (InputStream in = ReportLanguageTest.class.getResourceAsStream("/org/ecrural/rules/" + file + ".scenarios.json")) {
                assertThat(in).as(file + ".scenarios.json").isNotNull();
                for (JsonNode s : JSON.readTree(in).path("scenarios")) {
                    ObjectNode plan = ((ObjectNode) s.get("plan")).deepCopy();
                    plan.put("format", 1);
                    plan.put("edition", "2018");
                    plans.add(PlanReader.read(JSON.writeValueAsString(plan)));
                }
            }
        }
        return plans;
    }

    /** Every scenario plan of every section, the test plans that reach each variant, and the sample plans. */
    static List<PlanDocument> plans() throws Exception {
        List<PlanDocument> plans = new ArrayList<>(scenarioPlans(SECTIONS.toArray(String[]::new)));
        plans.addAll(List.of(ServiceSystemRulesTest.station(), WorkPlanRulesTest.planWithout(WorkPlanItem.values()),
                WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS, WorkPlanItem.DEMO_AREA_LIST)));
        plans.addAll(ProcedureRulesTest.everyFinding());
        plans.addAll(ManagementRulesTest.everyFinding());
        plans.add(Plans.gansu());
        // the bundled sample plan of the command line, beside this module in the repository
        java.nio.file.Path sample = java.nio.file.Path.of("../rules-examples/src/main/resources/samples/gansu-2018.json");
        assertThat(sample).exists();
        plans.add(PlanReader.read(sample));
        return plans;
    }

    static List<Finding> wordedFindings() throws Exception {
        List<Finding> out = new ArrayList<>();
        for (PlanDocument p : plans()) {
            out.addAll(Plans.evaluateAsGiven(p).findings());
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

    /** The plan's own words, longest first: names of projects, counties, prefectures, contiguous areas, provinces, organisers; justifications. */
    static List<String> names(List<PlanDocument> plans) {
        Set<String> names = new TreeSet<>(List.of("甘肃省"));
        for (PlanDocument p : plans) {
            p.getProjects().stream().map(ProjectItem::getName).filter(n -> n != null && !n.isBlank()).forEach(names::add);
            for (org.ecrural.model.County c : p.getCounties()) {
                java.util.stream.Stream.of(c.getName(), c.getPrefecture(), c.getContiguousArea()).filter(n -> n != null && !n.isBlank())
                        .forEach(names::add);
            }
            if (p.getProvince() != null && p.getProvince().getName() != null) {
                names.add(p.getProvince().getName());
            }
            p.getProjects().stream().filter(x -> x.getLedger() != null).map(x -> x.getLedger().getResponsible())
                    .filter(n -> n != null && !n.isBlank()).forEach(names::add);
            p.getTrainingRecords().stream().map(t -> t.getOrganiser()).filter(n -> n != null && !n.isBlank()).forEach(names::add);
            // the plan's own words: the justifications it writes
            p.getAreas().stream().filter(a -> a.getJustifications() != null).flatMap(a -> a.getJustifications().stream())
                    .map(j -> j.getText()).filter(t -> t != null && !t.isBlank()).forEach(names::add);
        }
        return names.stream().sorted((a, b) -> b.length() - a.length()).toList();
    }

    /** @return the Latin left in a Chinese text once the plan's names, ids and codes are taken out */
    static String englishIn(String zh, List<String> names) {
        for (String n : names) {
            zh = zh.replace(n, "");
        }
        return LATIN.matcher(CODE.matcher(zh).replaceAll("")).find() ? CODE.matcher(zh).replaceAll("") : null;
    }

    /** @return the Chinese left in an English text once the plan's names and the notice's quoted words are taken out */
    static String chineseIn(String en, List<String> names) {
        for (String n : names) {
            en = en.replace(n, "");
        }
        en = en.replaceAll(QUOTED, "");
        return HAN.matcher(en).find() ? en : null;
    }

    @Test
    void theWholeTextReportOfEveryScenarioPlanIsInItsLanguage() throws Exception {
        List<PlanDocument> plans = plans();
        List<String> names = names(plans);
        Set<String> problems = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        int lines = 0;
        for (PlanDocument plan : plans) {
            Report report = Plans.evaluateAsGiven(plan);
            report.findings().forEach(f -> rules.add(f.ruleId()));
            for (String line : TextReport.render(report, Language.ZH).split("\n")) {
                lines++;
                if (englishIn(line, names) != null) {
                    problems.add("zh: " + line);
                }
            }
            for (String line : TextReport.render(report, Language.EN).split("\n")) {
                lines++;
                if (chineseIn(line, names) != null) {
                    problems.add("en: " + line);
                }
            }
        }
        // the plans reach every rule, so every template and label of the rule base is read
        assertThat(rules).containsExactlyInAnyOrderElementsOf(Catalogue.rules().stream().map(RuleInfo::id).collect(Collectors.toList()));
        assertThat(lines).isGreaterThan(1000);
        assertThat(problems).isEmpty();
    }

    @Test
    void theCheckCatchesEnglishInChineseAndChineseInEnglish() {
        List<String> names = List.of("榆中县");
        assertThat(englishIn("  ✗ [强制性] FUND-PROHIBITED-USE（四）项目 P-1 用于 ONLINE_TRADING_PLATFORM，620000", names)).isNull();
        assertThat(englishIn("示范地区 620102  ✗ 不合规 — 榆中县", names)).isNull();
        assertThat(englishIn("条款 annex.3", names)).isNotNull();
        assertThat(englishIn("仍处于 PLANNED 状态 2 poverty county(ies)", names)).isNotNull();
        assertThat(chineseIn("The notice, section 4(1): 「中央财政资金支持农村产品上行」 榆中县 (市辖区)", names)).isNull();
        assertThat(chineseIn("Eligibility and scope (三, 五（一）): 示范地区", names)).isNotNull();
    }

    @Test
    void everyTextOfEveryFindingIsInItsLanguage() throws Exception {
        List<Finding> findings = wordedFindings();
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
                assertThat(englishIn(t.zh(), names)).as(f.ruleId() + ": " + t.zh()).isNull();
                assertThat(chineseIn(t.en(), names)).as(f.ruleId() + ": " + t.en()).isNull();
                assertThat(t.zh() + t.en()).as(f.ruleId()).doesNotContain("null");
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
    }

    @Test
    void theJsonReportCarriesMeasuredLimitAndEvidenceInBothLanguages() {
        String json = ReportJson.write(Plans.ENGINE.evaluate(WorkPlanRulesTest.planWithout(WorkPlanItem.PRIOR_RESULTS), java.util.Set.of(Check.WORK_PLAN)));
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
