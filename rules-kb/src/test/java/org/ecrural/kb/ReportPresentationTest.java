package org.ecrural.kb;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.render.HtmlReport;
import org.ecrural.kb.render.TextReport;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.junit.jupiter.api.Test;

/** The summary, the text and HTML renderings and the JSON additions, on a small plan with hostile text in it. */
class ReportPresentationTest {
    static final String HOSTILE_COUNTY = "<script>alert(1)</script>";
    static final String HOSTILE_PROJECT = "\"><img src=x onerror=alert(2)>";
    static final String HOSTILE_JUSTIFICATION = "<b>理由</b> & \"quoted\" 'single'";

    /**
     * Area 621121: 1,000,000.00 allocated, 30% upward (a blocking PRINCIPLE finding: NON_COMPLIANT),
     * and a project paying a building from central funds (NOT_ACCEPTABLE, 100,000.00). Area
     * 621122: a service-centre share above 15%, justified in writing (COMPLIANT).
     */
    static PlanDocument plan() {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(LocalDate.of(2018, 10, 31));
        County c1 = Plans.povertyCounty("621121", "621100");
        c1.setName(HOSTILE_COUNTY);
        County c2 = Plans.povertyCounty("621122", "621100");
        c2.setName("陇西县");
        p.getCounties().addAll(List.of(c1, c2));
        DemoArea a2 = Plans.area("621122");
        a2.getJustifications().add(Plans.justification("FUND-SERVICE-CENTRE-MAX-SHARE", HOSTILE_JUSTIFICATION));
        p.getAreas().addAll(List.of(Plans.area("621121"), a2));
        p.getFundAllocations().add(Plans.allocation("621121", "621121", "1000000.00"));
        p.getFundAllocations().add(Plans.allocation("621122", "621122", "1000000.00"));
        p.getProjects().add(Plans.project("P-1", "621121", Direction.UPWARD, ExpenseType.SUPPLY_CHAIN, "300000.00"));
        ProjectItem building = Plans.project("P-2", "621121", Direction.OTHER, ExpenseType.BUILDING, "100000.00");
        building.setName(HOSTILE_PROJECT);
        p.getProjects().add(building);
        p.getProjects().add(Plans.project("P-3", "621122", Direction.UPWARD, ExpenseType.SUPPLY_CHAIN, "600000.00"));
        p.getProjects().add(Plans.project("P-4", "621122", Direction.SERVICE_CENTRE, ExpenseType.CENTRE_CONSTRUCTION, "300000.00"));
        return p;
    }

    private static final Report REPORT = Plans.evaluate(plan());

    @Test
    void theSummaryCountsFindingsAndSumsTheCentralFundsAtStake() {
        assertThat(REPORT.verdict(SubjectType.AREA, "621121")).contains(Outcome.NON_COMPLIANT);
        assertThat(REPORT.verdict(SubjectType.AREA, "621122")).contains(Outcome.COMPLIANT);
        assertThat(REPORT.verdict(SubjectType.PROJECT, "P-2")).contains(Outcome.NOT_ACCEPTABLE);
        Report.Summary s = REPORT.summary();
        assertThat(s.findings()).isEqualTo(REPORT.findings().size());
        assertThat(s.bySeverity().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(s.findings());
        assertThat(s.bySection().get(Check.FUNDS)).containsEntry(Severity.MANDATORY, 1).containsEntry(Severity.PRINCIPLE, 2);
        assertThat(s.justified()).isEqualTo(1);
        assertThat(s.nonCompliantAreas()).isEqualTo(1);
        assertThat(s.nonCompliantAreaFunds()).isEqualByComparingTo("1000000.00");
        assertThat(s.notAcceptableProjects()).isEqualTo(1);
        assertThat(s.notAcceptableProjectFunds()).isEqualByComparingTo("100000.00");
        assertThat(s.verdicts()).containsEntry(Outcome.NON_COMPLIANT, 1).containsEntry(Outcome.COMPLIANT, 1)
                .containsEntry(Outcome.NOT_ACCEPTABLE, 1).containsEntry(Outcome.ACCEPTABLE, 3);
        assertThat(REPORT.areaCentralFunds()).containsEntry("621121", new BigDecimal("1000000.00"));
        assertThat(REPORT.projectCentralFunds()).containsEntry("P-4", new BigDecimal("300000.00"));
        assertThat(REPORT.name(new Subject(SubjectType.AREA, "621122"))).contains("陇西县");
        assertThat(REPORT.name(new Subject(SubjectType.PROJECT, "P-1"))).contains("项目P-1");
    }

    @Test
    void theTextReportSummarisesSectionsAndFundsAndShowsClauseSentencesEvidenceAndJustification() {
        String en = TextReport.render(REPORT, Language.EN);
        assertThat(en)
                .contains("Central funds at stake: 1 non-compliant area(s) with 1,000,000.00 yuan allocated; "
                        + "1 project(s) that cannot be accepted, with 100,000.00 yuan of central funds")
                .contains("By section of the notice:\n  Central funds (section 4): 3 (MANDATORY 1, PRINCIPLE 2)")
                .contains("Verdicts: compliant 1, non-compliant 1, acceptable 3, not acceptable 1")
                .contains("demo area 621121  ✗ non-compliant — " + HOSTILE_COUNTY)
                .contains("The notice, section 4(1): 「中央财政资金支持农村产品上行的比例原则上不低于50%。」")
                .contains("evidence: 1,000,000.00 yuan allocated to " + HOSTILE_COUNTY + " (621121) in 1 allocation(s)")
                .contains("justification: " + HOSTILE_JUSTIFICATION);
        String zh = TextReport.render(REPORT, Language.ZH);
        assertThat(zh)
                .contains("涉及中央财政资金：不合规示范地区 1 个，已安排 1,000,000.00 元；不得验收项目 1 个，100,000.00 元")
                .contains("按通知章节：\n  四、中央财政资金：3（强制 1，原则性 2）")
                .contains("通知原文（四（财建〔2015〕256号禁止性规定））：「中央财政资金不得用于网络交易平台、楼堂馆所建设、工作经费及购买流量等支出。」")
                .contains("依据：").doesNotContain("依据：PROJECT")
                .contains("书面理由：" + HOSTILE_JUSTIFICATION);
    }

    @Test
    void theJsonReportAddsClauseTextQuotesJustificationAndSummary() throws IOException {
        JsonNode r = new ObjectMapper().readTree(ReportJson.write(REPORT));
        assertThat(r.get("format").asInt()).isEqualTo(1);
        for (JsonNode f : r.get("findings")) {
            assertThat(f.get("clauseText").asText()).isNotBlank();
            assertThat(f.get("clauseQuotes").size()).isPositive();
        }
        JsonNode justified = r.get("findings").findParents("justified").stream()
                .filter(f -> f.get("justified").asBoolean()).findFirst().orElseThrow();
        assertThat(justified.get("justification").asText()).isEqualTo(HOSTILE_JUSTIFICATION);
        JsonNode s = r.get("summary");
        assertThat(s.get("findings").asInt()).isEqualTo(r.get("findings").size());
        assertThat(s.get("bySection").get("FUNDS").get("PRINCIPLE").asInt()).isEqualTo(2);
        assertThat(s.get("fundsAtStake").get("nonCompliantAreas").get("centralFunds").asText()).isEqualTo("1000000.00");
        assertThat(s.get("fundsAtStake").get("notAcceptableProjects").get("count").asInt()).isEqualTo(1);
        assertThat(s.get("fundsAtStake").get("notAcceptableProjects").get("centralFunds").asText()).isEqualTo("100000.00");
        assertThat(ReportJson.write(REPORT)).isEqualTo(ReportJson.write(Plans.evaluate(plan())));
    }

    @Test
    void aBatchLineIsThePlansNameAndThenTheReportsFieldsCompactOnOneLine() throws IOException {
        for (long seed = 1; seed <= 20; seed++) {
            Report report = Plans.evaluate(RandomPlans.plan(seed));
            String line = ReportJson.writeLine("plans/\"见\"\n.json", report);
            assertThat(line).endsWith("}\n").doesNotContain("\n ").startsWith("{\"plan\":\"plans/\\\"见\\\"\\n.json\",\"format\":1,");
            assertThat(line.indexOf('\n')).isEqualTo(line.length() - 1);
            ObjectMapper json = new ObjectMapper();
            com.fasterxml.jackson.databind.node.ObjectNode fields = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(line);
            assertThat(fields.remove("plan").asText()).isEqualTo("plans/\"见\"\n.json");
            assertThat(fields).isEqualTo(json.readTree(ReportJson.write(report)));
            assertThat(json.writeValueAsString(fields)).as("same fields in the same order").isEqualTo(
                    json.writeValueAsString(json.readTree(ReportJson.write(report))));
        }
    }

    @Test
    void aBatchLineWrittenToAWriterIsTheSameLineAndLeavesTheWriterOpen() throws IOException {
        StringBuilder closed = new StringBuilder();
        java.io.StringWriter out = new java.io.StringWriter() {
            @Override
            public void close() {
                closed.append("closed");
            }
        };
        StringBuilder expected = new StringBuilder();
        for (long seed = 1; seed <= 5; seed++) {
            Report report = Plans.evaluate(RandomPlans.plan(seed));
            ReportJson.writeLine("plan-" + seed + ".json", report, out);
            expected.append(ReportJson.writeLine("plan-" + seed + ".json", report));
        }
        assertThat(out.toString()).isEqualTo(expected.toString());
        assertThat(out.toString().split("\n", -1)).hasSize(6);
        assertThat(closed).isEmpty();
    }

    @Test
    void theHtmlReportEscapesEveryPlanText() {
        for (Language lang : Language.values()) {
            String html = HtmlReport.render(REPORT, lang);
            assertThat(html).doesNotContain(HOSTILE_COUNTY).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
            assertThat(html).doesNotContain("<img").contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;");
            assertThat(html).doesNotContain("<b>理由").contains("&lt;b&gt;理由&lt;/b&gt; &amp; &quot;quoted&quot; &#39;single&#39;");
            assertThat(html.split("<script", -1)).as("one inline script only").hasSize(2);
        }
    }

    @Test
    void theHtmlReportIsSelfContainedWithSummaryTablesFiltersAndTheAnnotatedNotice() {
        String html = HtmlReport.render(REPORT, Language.EN);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">")
                .contains("Content-Security-Policy").contains("default-src 'none'")
                .doesNotContain("<link").doesNotContain(" src=\"").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("@import").doesNotContain("url(");
        assertThat(html).contains("id=\"summary\"").contains("data-severity-count=\"PRINCIPLE\">2<")
                .contains("1,000,000.00").contains("100,000.00")
                .contains("class=\"f-sev\" value=\"MANDATORY\"").contains("<select id=\"f-section\">")
                .contains("<tr class=\"subject v-bad\" data-type=\"AREA\" data-id=\"621121\" data-outcome=\"NON_COMPLIANT\">")
                .contains("<tr class=\"subject v-good\" data-type=\"AREA\" data-id=\"621122\" data-outcome=\"COMPLIANT\">");
        for (Clause c : ClauseTexts.all()) {
            assertThat(html).contains("<article class=\"clause\" id=\"clause-" + c.key() + "\"");
        }
        for (RuleInfo e : Catalogue.rules()) {
            assertThat(html).contains("<code>" + e.id() + "</code>");
        }
        assertThat(html).contains("<mark>中央财政资金支持农村产品上行的比例原则上不低于50%。</mark>");
        assertThat(html).contains("Justification</dt><dd class=\"justification\">");
        assertThat(html).contains("No rule checks this clause");
        assertThat(HtmlReport.render(REPORT, Language.ZH)).contains("<html lang=\"zh-CN\">").contains("通知原文")
                .contains("本条款没有可由方案数据检查的规则");
    }
}
