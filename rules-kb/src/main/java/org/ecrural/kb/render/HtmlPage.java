package org.ecrural.kb.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;

/**
 * What the HTML page shows of a report, as the values its templates ({@code page.html},
 * {@code finding.html}) insert: the markup is in the templates, the values here are plain text
 * (the templates escape them), except the CSS, the script and the clause texts with their quotes
 * marked, which {@link HtmlReport#marked} has escaped.
 */
final class HtmlPage {
    private static final String CSS = HtmlTemplate.resource("report.css");
    private static final String JS = HtmlTemplate.resource("report.js");

    private final Report report;
    private final Language lang;
    private final boolean zh;
    private final Map<Finding, String> anchors = new LinkedHashMap<>();
    private final Map<Subject, Outcome> verdicts = new TreeMap<>();
    private final Map<Subject, List<Finding>> bySubject = new TreeMap<>();

    private HtmlPage(Report report, Language lang) {
        this.report = report;
        this.lang = lang;
        this.zh = lang == Language.ZH;
        int n = 0;
        for (Finding f : report.findings()) {
            anchors.put(f, "f-" + (++n));
            bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
        }
        report.verdicts().forEach(v -> verdicts.put(v.subject(), v.outcome()));
    }

    static String render(Report report, Language lang) {
        return HtmlTemplate.of("page").render(new HtmlPage(report, lang).model());
    }

    /** A map that keeps null values (a template tells a missing part from an unknown name). */
    private static Map<String, Object> values(Object... keysAndValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    private String t(String zhText, String enText) {
        return zh ? zhText : enText;
    }

    private Map<String, Object> model() {
        Map<String, Object> m = values("zh", zh, "lang", zh ? "zh-CN" : "en", "css", CSS, "js", JS,
                "title", t("电子商务进农村综合示范（" + report.edition() + "年通知）评估报告",
                        "E-commerce into Rural Areas Comprehensive Demonstration (" + report.edition() + " notice): evaluation report"),
                "date", String.valueOf(report.evaluationDate()), "format", report.format());
        summary(m);
        List<Map<String, Object>> severities = new ArrayList<>();
        for (Severity sev : Severity.values()) {
            severities.add(values("severity", sev.name(), "severityName", severityName(sev)));
        }
        m.put("severities", severities);
        List<Map<String, Object>> checks = new ArrayList<>();
        for (Check c : Check.values()) {
            checks.add(values("check", c.name(), "title", c.title().in(lang)));
        }
        m.put("checks", checks);
        m.put("types", types());
        m.put("clauses", notice());
        return m;
    }

    private void summary(Map<String, Object> m) {
        Report.Summary s = report.summary();
        long negative = report.verdicts().stream().filter(v -> !v.outcome().isPositive()).count();
        m.put("overallClass", s.blocking() > 0 ? "bad" : "good");
        m.put("blocked", s.blocking() > 0);
        m.put("overall", s.blocking() > 0
                ? t("总体结论：✗ 不通过——" + s.blocking() + " 项阻断性发现，" + negative + " 个对象结论为否定",
                    "Overall: ✗ BLOCKED — " + s.blocking() + " blocking finding(s), " + negative + " subject(s) judged negative")
                : t("总体结论：✓ 无阻断性发现", "Overall: ✓ nothing blocks"));
        m.put("cards", List.of(
                card(s.blocking() > 0 ? "bad" : "good", String.valueOf(s.findings()), t("项发现", "findings"), "findings"),
                card(s.blocking() > 0 ? "bad" : "good", String.valueOf(s.blocking()), t("项阻断", "blocking"), "blocking"),
                card("neutral", String.valueOf(s.justified()), t("项已说明理由", "justified deviations"), "justified"),
                card(s.nonCompliantAreas() > 0 ? "bad" : "good", TextReport.money(s.nonCompliantAreaFunds()),
                        t("元：" + s.nonCompliantAreas() + " 个不合规示范地区已安排的中央财政资金",
                                "yuan of central funds allocated to " + s.nonCompliantAreas() + " non-compliant area(s)"),
                        "area-funds"),
                card(s.notAcceptableProjects() > 0 ? "bad" : "good", TextReport.money(s.notAcceptableProjectFunds()),
                        t("元：" + s.notAcceptableProjects() + " 个不得验收项目的中央财政资金",
                                "yuan of central funds in " + s.notAcceptableProjects() + " project(s) that cannot be accepted"),
                        "project-funds")));
        List<Map<String, Object>> bySeverity = new ArrayList<>();
        for (Map.Entry<Severity, Integer> en : s.bySeverity().entrySet()) {
            bySeverity.add(values("severity", en.getKey().name(), "severityName", severityName(en.getKey()),
                    "count", en.getValue(), "meaning", en.getKey().meaning(lang)));
        }
        m.put("bySeverity", bySeverity);
        List<Map<String, Object>> bySection = new ArrayList<>();
        for (Map.Entry<Check, Map<Severity, Integer>> en : s.bySection().entrySet()) {
            List<Map<String, Object>> counts = new ArrayList<>();
            en.getValue().values().forEach(c -> counts.add(values("count", c, "nonZero", c > 0)));
            bySection.add(values("section", en.getKey().name(), "title", en.getKey().title().in(lang), "counts", counts,
                    "total", en.getValue().values().stream().mapToInt(Integer::intValue).sum()));
        }
        m.put("bySection", bySection);
        List<Map<String, Object>> verdictCounts = new ArrayList<>();
        for (Map.Entry<Outcome, Integer> en : s.verdicts().entrySet()) {
            verdictCounts.add(values("kind", en.getKey().isPositive() ? "good" : "bad", "label", outcomeLabel(en.getKey()),
                    "outcome", en.getKey().name(), "count", en.getValue()));
        }
        m.put("verdictCounts", verdictCounts);
    }

    private static Map<String, Object> card(String kind, String number, String label, String key) {
        return values("kind", kind, "number", number, "label", label, "key", key);
    }

    private List<Map<String, Object>> types() {
        Set<Subject> all = new TreeSet<>(verdicts.keySet());
        all.addAll(bySubject.keySet());
        Map<SubjectType, List<Subject>> byType = new TreeMap<>();
        for (Subject s : all) {
            byType.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
        }
        List<Map<String, Object>> types = new ArrayList<>();
        for (Map.Entry<SubjectType, List<Subject>> en : byType.entrySet()) {
            List<Map<String, Object>> subjects = new ArrayList<>();
            en.getValue().forEach(s -> subjects.add(subject(s)));
            types.add(values("type", en.getKey().name(), "typeName", TextReport.subjectName(en.getKey(), true),
                    "size", en.getValue().size(), "subjects", subjects));
        }
        return types;
    }

    private Map<String, Object> subject(Subject s) {
        Outcome o = verdicts.get(s);
        List<Finding> fs = bySubject.getOrDefault(s, List.of());
        String kind = o == null ? (fs.stream().anyMatch(Finding::blocking) ? "bad" : "none") : o.isPositive() ? "good" : "bad";
        List<Map<String, Object>> findings = new ArrayList<>();
        fs.forEach(f -> findings.add(finding(f)));
        return values("kind", kind, "type", s.type().name(), "id", s.id(), "outcome", o == null ? "" : o.name(),
                "name", report.name(s).orElse(""),
                "verdict", o == null ? null : values("kind", o.isPositive() ? "good" : "bad", "mark", o.isPositive() ? "✓" : "✗",
                        "label", outcomeLabel(o)),
                "findings", findings);
    }

    private Map<String, Object> finding(Finding f) {
        String section;
        try {
            section = f.rule().check().name();
        } catch (IllegalArgumentException ex) {
            section = "";
        }
        List<String> quotes = ClauseTexts.quotesFor(f, report.localClauses());
        List<Map<String, Object>> clauseTexts = new ArrayList<>();
        for (Clause c : ClauseTexts.texts(f.clause(), report.localClauses())) {
            clauseTexts.add(values("key", c.key(), "label", Catalogue.clauseLabel(c.key()).in(lang), "title", c.title(),
                    "markedText", HtmlReport.marked(c.text(), quotes)));
        }
        List<Map<String, Object>> evidence = new ArrayList<>();
        for (Evidence ev : f.evidence()) {
            evidence.add(values("line", ev.text() != null ? ev.line(lang) : null, "kind", ev.kind(), "id", ev.id(),
                    "detail", ev.detail()));
        }
        return values("severity", f.severity().name(), "blocking", f.blocking(), "justified", f.justified(),
                "anchor", anchors.get(f), "rule", f.ruleId(), "section", section,
                "subjectType", f.subject().type().name(), "subjectId", f.subject().id(),
                "mark", f.blocking() ? "✗" : f.justified() ? "≈" : "•", "severityName", severityName(f.severity()),
                "clause", f.clause(), "clauseLabels", Catalogue.clauseLabels(f.clause(), lang),
                "message", f.message().in(lang), "clauseTexts", clauseTexts,
                "basis", f.rule().basis() == null ? null : f.rule().basis().in(lang),
                "measuredOrLimit", f.measured() != null || f.limit() != null,
                "measured", f.measured() == null ? "-" : f.measured(lang), "limit", f.limit() == null ? "-" : f.limit(lang),
                "remedy", f.remedy() == null ? null : f.remedy().in(lang),
                "justification", f.justified() ? report.justification(f).orElse(null) : null,
                "hasEvidence", !evidence.isEmpty(), "evidence", evidence,
                "severityMeaning", f.severity().meaning(lang));
    }

    private List<Map<String, Object>> notice() {
        // the rules of each clause: the built-in rules, then any other rule that has findings
        Map<String, RuleLine> rules = new LinkedHashMap<>();
        for (RuleInfo r : Catalogue.rules()) {
            rules.put(r.id(), new RuleLine(r.id(), r.clause(), r.severity(), r.title(lang), r.quotes()));
        }
        for (Finding f : report.findings()) {
            rules.putIfAbsent(f.ruleId(), new RuleLine(f.ruleId(), f.clause(), f.severity(), f.rule().title(lang),
                    f.rule().quotes()));
        }
        Map<String, List<RuleLine>> byClause = new LinkedHashMap<>();
        for (RuleLine r : rules.values()) {
            for (String key : ClauseTexts.keys(r.clause())) {
                byClause.computeIfAbsent(key, k -> new ArrayList<>()).add(r);
            }
        }
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        report.findings().forEach(f -> byRule.computeIfAbsent(f.ruleId(), k -> new ArrayList<>()).add(f));
        Set<String> anchored = new LinkedHashSet<>();
        List<Map<String, Object>> clauses = new ArrayList<>();
        for (Clause c : ClauseTexts.all()) {
            List<RuleLine> list = byClause.getOrDefault(c.key(), List.of());
            List<String> quotes = new ArrayList<>();
            int count = 0;
            for (RuleLine r : list) {
                quotes.addAll(r.quotes());
                count += byRule.getOrDefault(r.id(), List.of()).size();
            }
            List<Map<String, Object>> lines = new ArrayList<>();
            for (RuleLine r : list) {
                List<Map<String, Object>> against = new ArrayList<>();
                for (Finding f : byRule.getOrDefault(r.id(), List.of())) {
                    against.add(values("kind", f.blocking() ? "bad" : "soft", "href", anchors.get(f),
                            "subjectName", TextReport.subjectName(f.subject().type(), zh), "subjectId", f.subject().id(),
                            "name", report.name(f.subject()).orElse(null)));
                }
                lines.add(values("anchor", anchored.add(r.id()) ? r.id() : null, "severity", r.severity().name(),
                        "severityName", severityName(r.severity()), "id", r.id(), "statement", r.statement(),
                        "against", against));
            }
            clauses.add(values("key", c.key(), "label", Catalogue.clauseLabel(c.key()).in(lang), "title", c.title(),
                    "badge", count > 0 ? t(count + " 项发现", count + " finding(s)") : null,
                    "markedText", HtmlReport.marked(c.text(), quotes), "rules", lines, "hasRules", !lines.isEmpty()));
        }
        return clauses;
    }

    private String severityName(Severity s) {
        return zh ? s.zh() : s.name();
    }

    private String outcomeLabel(Outcome o) {
        return TextReport.outcomeName(o, zh);
    }

    private record RuleLine(String id, String clause, Severity severity, String statement, List<String> quotes) {
    }
}
