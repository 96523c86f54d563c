package org.ecrural.kb.render;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders a report as one self-contained HTML page that works offline: inline CSS and JavaScript
 * only, no external script, font, style or image (a Content-Security-Policy forbids loading any).
 *
 * <p>The page has a summary on top (findings per severity and per section of the notice,
 * verdicts, central funds at stake), filters by severity, section, blocking and text, a table per
 * subject type with verdict colours in which each finding opens to its clause text (the sentences
 * it enforces marked), measured value and limit, remedy, justification and evidence; and the
 * notice itself, annotated: each clause with the rules that enforce it and this plan's findings
 * against it. Labels are in the given language; the notice's text is Chinese.
 *
 * <p>Everything that comes from the plan (names, ids, messages, evidence, justification text) is
 * escaped. The page's script writes what it rendered, counted from the page itself, into
 * {@code <pre id="render-check">} as JSON ({@code ok}, {@code errors}, {@code findings},
 * {@code bySeverity}, {@code verdicts}, {@code pairs}, {@code summaryMatches}), so a headless
 * browser can check the page against the JSON report.
 */
public final class HtmlReport {
    /** The page's style sheet and script, kept as resources beside the other report files, not in Java strings. */
    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private static String resource(String name) {
        try (java.io.InputStream in = HtmlReport.class.getResourceAsStream("/org/ecrural/kb/report/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/ecrural/kb/report/" + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private HtmlReport() {
    }

    /** @return the report as a self-contained HTML page in the given language */
    public static String render(Report report, Language lang) {
        return new Page(report, lang).render();
    }

    /**
     * @return the text escaped for HTML text and attribute values: {@code & < > " '} as entities,
     *         control and bidi characters written visibly ({@code \u202E})
     */
    public static String escape(String text) {
        return esc(text);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    if (TextReport.hidden(c)) {
                        b.append(String.format("\\u%04X", (int) c)); // shown, never acting on the text around it
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /**
     * @return the text escaped, with every occurrence of each quote wrapped in {@code <mark>}
     *         (overlapping quotes merged into one mark)
     */
    static String marked(String text, List<String> quotes) {
        boolean[] in = new boolean[text.length()];
        for (String q : quotes) {
            if (q == null || q.isEmpty()) {
                continue;
            }
            for (int at = text.indexOf(q); at >= 0; at = text.indexOf(q, at + 1)) {
                for (int i = at; i < at + q.length(); i++) {
                    in[i] = true;
                }
            }
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int j = i;
            while (j < text.length() && in[j] == in[i]) {
                j++;
            }
            String part = esc(text.substring(i, j));
            b.append(in[i] ? "<mark>" + part + "</mark>" : part);
            i = j;
        }
        return b.toString();
    }

    private static final class Page {
        private final Report report;
        private final boolean zh;
        private final StringBuilder out = new StringBuilder(64 * 1024);
        private final Map<Finding, String> anchors = new LinkedHashMap<>();
        private final Map<Subject, Outcome> verdicts = new TreeMap<>();
        private final Map<Subject, List<Finding>> bySubject = new TreeMap<>();

        Page(Report report, Language lang) {
            this.report = report;
            this.zh = lang == Language.ZH;
            int n = 0;
            for (Finding f : report.findings()) {
                anchors.put(f, "f-" + (++n));
                bySubject.computeIfAbsent(f.subject(), s -> new ArrayList<>()).add(f);
            }
            report.verdicts().forEach(v -> verdicts.put(v.subject(), v.outcome()));
        }

        private String t(String zhText, String enText) {
            return zh ? zhText : enText;
        }

        private Page a(String s) {
            out.append(s);
            return this;
        }

        private Page e(String s) {
            out.append(esc(s));
            return this;
        }

        String render() {
            String title = t("电子商务进农村综合示范（" + report.edition() + "年通知）评估报告",
                    "E-commerce into Rural Areas Comprehensive Demonstration (" + report.edition() + " notice): evaluation report");
            a("<!DOCTYPE html>\n<html lang=\"").a(zh ? "zh-CN" : "en").a("\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .a("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
                            + "script-src 'unsafe-inline'; img-src data:\">\n")
                    .a("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .a("<title>").e(title).a("</title>\n<style>\n").a(CSS).a("</style>\n</head>\n<body>\n");
            a("<header>\n<h1>").e(title).a("</h1>\n<p class=\"meta\">")
                    .e(t("评估日期 ", "Evaluated on ")).e(String.valueOf(report.evaluationDate()))
                    .e(t("；报告格式 v" + report.format() + "；本页可离线查看，不加载任何外部资源。",
                            "; report format v" + report.format() + "; this page works offline and loads nothing from elsewhere."))
                    .a("</p>\n<nav><a href=\"#summary\">").e(t("摘要", "Summary")).a("</a> · <a href=\"#subjects\">")
                    .e(t("逐项结论与发现", "Verdicts and findings")).a("</a> · <a href=\"#notice\">")
                    .e(t("通知原文（附注）", "The notice, annotated")).a("</a></nav>\n</header>\n<main>\n");
            summary();
            filters();
            subjects();
            notice();
            a("</main>\n<pre id=\"js-errors\" hidden></pre>\n<pre id=\"render-check\" hidden></pre>\n");
            a("<script>\n").a(JS).a("</script>\n</body>\n</html>\n");
            return out.toString();
        }

        private void summary() {
            Report.Summary s = report.summary();
            long negative = report.verdicts().stream().filter(v -> !v.outcome().isPositive()).count();
            a("<section id=\"summary\">\n<p id=\"overall\" class=\"overall ").a(s.blocking() > 0 ? "bad" : "good")
                    .a("\" data-blocking=\"").a(String.valueOf(s.blocking() > 0)).a("\">")
                    .e(s.blocking() > 0
                            ? t("总体结论：✗ 不通过——" + s.blocking() + " 项阻断性发现，" + negative + " 个对象结论为否定",
                                "Overall: ✗ BLOCKED — " + s.blocking() + " blocking finding(s), " + negative + " subject(s) judged negative")
                            : t("总体结论：✓ 无阻断性发现", "Overall: ✓ nothing blocks"))
                    .a("</p>\n<h2>").e(t("摘要", "Summary")).a("</h2>\n<div class=\"cards\">\n");
            card(s.blocking() > 0 ? "bad" : "good", String.valueOf(s.findings()), t("项发现", "findings"), "findings");
            card(s.blocking() > 0 ? "bad" : "good", String.valueOf(s.blocking()), t("项阻断", "blocking"), "blocking");
            card("neutral", String.valueOf(s.justified()), t("项已说明理由", "justified deviations"), "justified");
            card(s.nonCompliantAreas() > 0 ? "bad" : "good", TextReport.money(s.nonCompliantAreaFunds()),
                    t("元：" + s.nonCompliantAreas() + " 个不合规示范地区已安排的中央财政资金",
                            "yuan of central funds allocated to " + s.nonCompliantAreas() + " non-compliant area(s)"),
                    "area-funds");
            card(s.notAcceptableProjects() > 0 ? "bad" : "good", TextReport.money(s.notAcceptableProjectFunds()),
                    t("元：" + s.notAcceptableProjects() + " 个不得验收项目的中央财政资金",
                            "yuan of central funds in " + s.notAcceptableProjects() + " project(s) that cannot be accepted"),
                    "project-funds");
            a("</div>\n<div class=\"tables\">\n");
            // per severity
            a("<table id=\"severity-counts\" class=\"counts\">\n<caption>").e(t("按严重程度", "By severity"))
                    .a("</caption>\n<thead><tr><th>").e(t("严重程度", "Severity")).a("</th><th>").e(t("发现", "Findings"))
                    .a("</th><th>").e(t("含义", "Meaning")).a("</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<Severity, Integer> en : s.bySeverity().entrySet()) {
                Severity sev = en.getKey();
                a("<tr><td><span class=\"sev sev-").a(sev.name()).a("\">").e(severityName(sev)).a("</span></td><td class=\"num\" data-severity-count=\"")
                        .a(sev.name()).a("\">").a(String.valueOf(en.getValue())).a("</td><td>").e(severityMeaning(sev)).a("</td></tr>\n");
            }
            a("</tbody>\n</table>\n");
            // per section
            a("<table id=\"section-counts\" class=\"counts\">\n<caption>").e(t("按通知章节", "By section of the notice"))
                    .a("</caption>\n<thead><tr><th>").e(t("章节", "Section")).a("</th>");
            for (Severity sev : Severity.values()) {
                a("<th>").e(severityName(sev)).a("</th>");
            }
            a("<th>").e(t("合计", "Total")).a("</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<Check, Map<Severity, Integer>> en : s.bySection().entrySet()) {
                int total = en.getValue().values().stream().mapToInt(Integer::intValue).sum();
                a("<tr data-section=\"").a(en.getKey().name()).a("\"><td>").e(zh ? en.getKey().title().zh() : en.getKey().title().en())
                        .a("</td>");
                for (Map.Entry<Severity, Integer> c : en.getValue().entrySet()) {
                    a("<td class=\"num").a(c.getValue() > 0 ? " nz" : "").a("\">").a(String.valueOf(c.getValue())).a("</td>");
                }
                a("<td class=\"num\" data-section-count=\"").a(en.getKey().name()).a("\">").a(String.valueOf(total)).a("</td></tr>\n");
            }
            a("</tbody>\n</table>\n");
            // verdicts
            a("<table id=\"verdict-counts\" class=\"counts\">\n<caption>").e(t("结论", "Verdicts"))
                    .a("</caption>\n<thead><tr><th>").e(t("结论", "Outcome")).a("</th><th>").e(t("对象", "Subjects"))
                    .a("</th></tr></thead>\n<tbody>\n");
            for (Map.Entry<Outcome, Integer> en : s.verdicts().entrySet()) {
                a("<tr><td><span class=\"verdict ").a(en.getKey().isPositive() ? "good" : "bad").a("\">").e(outcomeLabel(en.getKey()))
                        .a("</span></td><td class=\"num\" data-verdict-count=\"").a(en.getKey().name()).a("\">")
                        .a(String.valueOf(en.getValue())).a("</td></tr>\n");
            }
            if (s.verdicts().isEmpty()) {
                a("<tr><td colspan=\"2\">").e(t("无", "none")).a("</td></tr>\n");
            }
            a("</tbody>\n</table>\n</div>\n</section>\n");
        }

        private void card(String kind, String number, String label, String key) {
            a("<div class=\"card ").a(kind).a("\" data-card=\"").a(key).a("\"><div class=\"big\">").e(number)
                    .a("</div><div>").e(label).a("</div></div>\n");
        }

        private void filters() {
            a("<section id=\"filters\" aria-label=\"").e(t("筛选", "Filters")).a("\">\n<strong>").e(t("筛选：", "Filter:")).a("</strong>\n");
            for (Severity sev : Severity.values()) {
                a("<label><input type=\"checkbox\" class=\"f-sev\" value=\"").a(sev.name()).a("\" checked> <span class=\"sev sev-")
                        .a(sev.name()).a("\">").e(severityName(sev)).a("</span></label>\n");
            }
            a("<label>").e(t("章节 ", "Section ")).a("<select id=\"f-section\"><option value=\"\">").e(t("全部", "all")).a("</option>");
            for (Check c : Check.values()) {
                a("<option value=\"").a(c.name()).a("\">").e(zh ? c.title().zh() : c.title().en()).a("</option>");
            }
            a("</select></label>\n<label><input type=\"checkbox\" id=\"f-blocking\"> ").e(t("只看阻断", "blocking only"))
                    .a("</label>\n<label><input type=\"checkbox\" id=\"f-clean\"> ").e(t("隐藏无发现的对象", "hide subjects without findings"))
                    .a("</label>\n<label>").e(t("查找 ", "Search ")).a("<input type=\"search\" id=\"f-text\" placeholder=\"")
                    .e(t("规则、编号、名称……", "rule, id, name…")).a("\"></label>\n<button type=\"button\" id=\"open-all\">")
                    .e(t("全部展开", "open all")).a("</button> <button type=\"button\" id=\"close-all\">").e(t("全部收起", "close all"))
                    .a("</button>\n<span id=\"filter-status\" data-zh=\"").a(zh ? "1" : "0").a("\"></span>\n</section>\n");
        }

        private void subjects() {
            Set<Subject> all = new TreeSet<>(verdicts.keySet());
            all.addAll(bySubject.keySet());
            Map<SubjectType, List<Subject>> byType = new TreeMap<>();
            for (Subject s : all) {
                byType.computeIfAbsent(s.type(), k -> new ArrayList<>()).add(s);
            }
            a("<section id=\"subjects\">\n<h2>").e(t("逐项结论与发现", "Verdicts and findings")).a("</h2>\n");
            if (byType.isEmpty()) {
                a("<p>").e(t("本方案没有可评估的对象。", "The plan has nothing to judge.")).a("</p>\n");
            }
            for (Map.Entry<SubjectType, List<Subject>> en : byType.entrySet()) {
                SubjectType type = en.getKey();
                a("<div class=\"type-block\" data-type=\"").a(type.name()).a("\">\n<h3 id=\"type-").a(type.name()).a("\">")
                        .e(TextReport.subjectName(type, true)).a(" <small>").a(type.name()).a("</small> <span class=\"n\">")
                        .a(String.valueOf(en.getValue().size())).a("</span></h3>\n");
                a("<table class=\"subjects\">\n<thead><tr><th>").e(t("编号", "Id")).a("</th><th>").e(t("名称", "Name"))
                        .a("</th><th>").e(t("结论", "Verdict")).a("</th><th>").e(t("发现", "Findings")).a("</th></tr></thead>\n<tbody>\n");
                for (Subject s : en.getValue()) {
                    row(s);
                }
                a("</tbody>\n</table>\n</div>\n");
            }
            a("</section>\n");
        }

        private void row(Subject s) {
            Outcome o = verdicts.get(s);
            List<Finding> fs = bySubject.getOrDefault(s, List.of());
            String cls = o == null ? (fs.stream().anyMatch(Finding::blocking) ? "bad" : "none") : o.isPositive() ? "good" : "bad";
            a("<tr class=\"subject v-").a(cls).a("\" data-type=\"").a(s.type().name()).a("\" data-id=\"").e(s.id())
                    .a("\" data-outcome=\"").a(o == null ? "" : o.name()).a("\">\n<td class=\"id\">").e(s.id()).a("</td><td>")
                    .e(report.name(s).orElse("")).a("</td><td>");
            if (o != null) {
                a("<span class=\"verdict ").a(o.isPositive() ? "good" : "bad").a("\">").a(o.isPositive() ? "✓ " : "✗ ").e(outcomeLabel(o))
                        .a("</span>");
            } else {
                a("<span class=\"verdict none\" title=\"").e(t("此类对象不单独给出结论，计入其示范地区的结论",
                                "no verdict of its own: it counts on its area's verdict"))
                        .a("\">—</span>");
            }
            a("</td><td>");
            if (fs.isEmpty()) {
                a("<span class=\"clean\">").e(t("无发现", "no findings")).a("</span>");
            }
            for (Finding f : fs) {
                finding(f);
            }
            a("</td>\n</tr>\n");
        }

        private void finding(Finding f) {
            String section;
            try {
                section = f.rule().check().name();
            } catch (IllegalArgumentException ex) {
                section = "";
            }
            a("<details class=\"finding sev-").a(f.severity().name()).a(f.blocking() ? " blocking" : "").a(f.justified() ? " justified" : "")
                    .a("\" id=\"").a(anchors.get(f)).a("\" data-rule=\"").e(f.ruleId()).a("\" data-severity=\"").a(f.severity().name())
                    .a("\" data-section=\"").a(section).a("\" data-subject-type=\"").a(f.subject().type().name())
                    .a("\" data-subject-id=\"").e(f.subject().id()).a("\" data-blocking=\"").a(String.valueOf(f.blocking()))
                    .a("\" data-justified=\"").a(String.valueOf(f.justified())).a("\">\n<summary><span class=\"mark\">")
                    .a(f.blocking() ? "✗" : f.justified() ? "≈" : "•").a("</span> <span class=\"sev sev-").a(f.severity().name()).a("\">")
                    .e(severityName(f.severity())).a("</span> <code class=\"rule\">").e(f.ruleId()).a("</code> <span class=\"clause\" ")
                    .a("title=\"").e(f.clause()).a("\">").e(Catalogue.clauseLabels(f.clause(), zh ? Language.ZH : Language.EN)).a("</span>");
            if (f.justified()) {
                a(" <span class=\"tag\">").e(t("已说明理由，不阻断", "justified, not blocking")).a("</span>");
            }
            a("<br><span class=\"msg\">").e(f.message().in(zh ? Language.ZH : Language.EN)).a("</span></summary>\n<dl>\n");
            a("<dt>").e(t("通知原文", "The notice says")).a("</dt><dd>");
            List<Clause> clauses = ClauseTexts.texts(f.clause(), report.localClauses());
            List<String> quotes = ClauseTexts.quotesFor(f, report.localClauses());
            for (Clause c : clauses) {
                a("<blockquote class=\"clause-text\" lang=\"zh-CN\" data-key=\"").e(c.key()).a("\"><a class=\"key\" href=\"#clause-")
                        .e(c.key()).a("\">").e(Catalogue.clauseLabel(c.key()).in(zh ? Language.ZH : Language.EN)).a(" ").e(c.title()).a("</a>").a(marked(c.text(), quotes)).a("</blockquote>");
            }
            if (clauses.isEmpty()) {
                a("<span class=\"clean\">").e(t(Catalogue.clauseLabels(f.clause(), Language.ZH) + "（无原文）", Catalogue.clauseLabels(f.clause(), Language.EN) + " (no text)")).a("</span>");
            }
            a("</dd>\n");
            java.util.Optional.ofNullable(f.rule().basis()).ifPresent(b -> a("<dt>").e(t("依据说明", "Basis")).a("</dt><dd class=\"basis\">")
                    .e(b.in(zh ? Language.ZH : Language.EN)).a("</dd>\n"));
            if (f.measured() != null || f.limit() != null) {
                Language lang = zh ? Language.ZH : Language.EN;
                a("<dt>").e(t("实测 / 限值", "Measured / limit")).a("</dt><dd><span class=\"measured\">").e(f.measured() == null ? "-" : f.measured(lang))
                        .a("</span> <span class=\"vs\">").e(t("对比", "vs")).a("</span> <span class=\"limit\">")
                        .e(f.limit() == null ? "-" : f.limit(lang)).a("</span></dd>\n");
            }
            if (f.remedy() != null) {
                a("<dt>").e(t("整改", "Remedy")).a("</dt><dd class=\"remedy\">").e(f.remedy().in(zh ? Language.ZH : Language.EN)).a("</dd>\n");
            }
            if (f.justified()) {
                report.justification(f).ifPresent(j -> a("<dt>").e(t("书面理由", "Justification")).a("</dt><dd class=\"justification\">")
                        .e(j).a("</dd>\n"));
            }
            if (!f.evidence().isEmpty()) {
                a("<dt>").e(t("依据（方案中的事实）", "Evidence (facts of the plan)")).a("</dt><dd><table class=\"evidence\"><tbody>");
                for (Evidence ev : f.evidence()) {
                    if (ev.text() != null) {
                        a("<tr><td colspan=\"3\">").e(ev.line(zh ? Language.ZH : Language.EN)).a("</td></tr>");
                    } else {
                        a("<tr><td>").e(ev.kind()).a("</td><td class=\"id\">").e(ev.id()).a("</td><td>").e(ev.detail()).a("</td></tr>");
                    }
                }
                a("</tbody></table></dd>\n");
            }
            a("<dt>").e(t("规则", "Rule")).a("</dt><dd><a href=\"#rule-").e(f.ruleId()).a("\">").e(f.ruleId()).a("</a> — ")
                    .e(severityMeaning(f.severity())).a("</dd>\n</dl>\n</details>\n");
        }

        private void notice() {
            // the rules of each clause: the built-in rules, then any other rule that has findings
            Language lang = zh ? Language.ZH : Language.EN;
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
            a("<section id=\"notice\">\n<h2>").e(t("通知原文，附本方案的发现", "The notice, annotated with this plan's findings"))
                    .a("</h2>\n<p class=\"meta\">").e(t("每一条款下列出执行它的规则，以及本方案违反它的发现；标记部分为规则所依据的原句。",
                            "Each clause lists the rules that enforce it and this plan's findings against it; the sentences the rules "
                                    + "enforce are marked. The notice's text is Chinese."))
                    .a("</p>\n");
            for (Clause c : ClauseTexts.all()) {
                List<RuleLine> list = byClause.getOrDefault(c.key(), List.of());
                List<String> quotes = new ArrayList<>();
                int count = 0;
                for (RuleLine r : list) {
                    quotes.addAll(r.quotes());
                    count += byRule.getOrDefault(r.id(), List.of()).size();
                }
                a("<article class=\"clause\" id=\"clause-").e(c.key()).a("\" data-key=\"").e(c.key()).a("\">\n<h3><span class=\"key\">")
                        .e(Catalogue.clauseLabel(c.key()).in(zh ? Language.ZH : Language.EN)).a("</span> ").e(c.title());
                if (count > 0) {
                    a(" <span class=\"badge\">").e(t(count + " 项发现", count + " finding(s)")).a("</span>");
                }
                a("</h3>\n<p class=\"clause-text\" lang=\"zh-CN\">").a(marked(c.text(), quotes)).a("</p>\n");
                if (list.isEmpty()) {
                    a("<p class=\"unchecked\">").e(t("本条款没有可由方案数据检查的规则。", "No rule checks this clause: it is not checkable by plan data."))
                            .a("</p>\n");
                } else {
                    a("<ul class=\"rules\">\n");
                    for (RuleLine r : list) {
                        a("<li").a(anchored.add(r.id()) ? " id=\"rule-" + esc(r.id()) + "\"" : "").a("><span class=\"sev sev-")
                                .a(r.severity().name()).a("\">").e(severityName(r.severity())).a("</span> <code>").e(r.id())
                                .a("</code> ").e(r.statement());
                        List<Finding> fs = byRule.getOrDefault(r.id(), List.of());
                        a("<div class=\"against\">").e(t("本方案：", "This plan: "));
                        if (fs.isEmpty()) {
                            a("<span class=\"clean\">").e(t("无发现", "no findings")).a("</span>");
                        }
                        for (Finding f : fs) {
                            a(" <a class=\"").a(f.blocking() ? "bad" : "soft").a("\" href=\"#").a(anchors.get(f)).a("\">")
                                    .e(TextReport.subjectName(f.subject().type(), zh)).a(" ").e(f.subject().id());
                            report.name(f.subject()).ifPresent(n -> e(" " + n));
                            a("</a>");
                        }
                        a("</div></li>\n");
                    }
                    a("</ul>\n");
                }
                a("</article>\n");
            }
            a("</section>\n");
        }

        private String severityName(Severity s) {
            return zh ? s.zh() : s.name();
        }

        private String severityMeaning(Severity s) {
            return s.meaning(zh ? Language.ZH : Language.EN);
        }

        private String outcomeLabel(Outcome o) {
            return TextReport.outcomeName(o, zh);
        }
    }

    private record RuleLine(String id, String clause, Severity severity, String statement, List<String> quotes) {
    }


}
