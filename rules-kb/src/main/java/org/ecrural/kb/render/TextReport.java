package org.ecrural.kb.render;

import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.Verdict;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a report for a terminal, in Chinese or English: a summary first (findings per severity
 * and per section of the notice, verdicts, and the central funds at stake in non-compliant areas
 * and in projects that cannot be accepted), then each subject with findings, verdict first, each
 * finding with its rule, clause, message, the sentence(s) of the notice it enforces, measured
 * value, limit, remedy and the plan's facts behind it; subjects without findings are counted, not
 * listed.
 */
public final class TextReport {
    private TextReport() {
    }

    /** @return the report as text in the given language; control and bidi characters shown visibly (see {@link #visible}) */
    public static String render(Report report, Language lang) {
        return visible(renderRaw(report, lang));
    }

    /**
     * @return the text with every character that would act on a terminal or reorder the text
     *         instead of being shown — C0 controls but line feed and tab, DEL, C1 controls (ESC
     *         sequences, CSI), bidirectional embeddings, overrides, isolates and marks (U+202E …),
     *         line and paragraph separators — written visibly as {@code \u202E}
     */
    public static String visible(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (hidden(c)) {
                if (b == null) {
                    b = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                b.append(String.format("\\u%04X", (int) c));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? text : b.toString();
    }

    static boolean hidden(char c) {
        return (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C || c == 0x2028 || c == 0x2029;
    }

    private static String renderRaw(Report report, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder out = new StringBuilder();
        out.append(zh ? "电子商务进农村综合示范（" + report.edition() + "年通知）评估报告，评估日期 "
                      : "E-commerce into Rural Areas Comprehensive Demonstration (" + report.edition()
                        + " notice): evaluated on ")
           .append(report.evaluationDate() == null ? "-" : org.ecrural.kb.words.Wording.date(report.evaluationDate(), lang))
           .append('\n');
        outcome(report, zh, out);
        summary(report, zh, out);

        Map<Subject, Outcome> verdicts = new LinkedHashMap<>();
        report.verdicts().forEach(v -> verdicts.put(v.subject(), v.outcome()));
        Map<Subject, List<Finding>> bySubject = new TreeMap<>();
        for (Finding f : report.findings()) {
            bySubject.computeIfAbsent(f.subject(), s -> new java.util.ArrayList<>()).add(f);
        }
        for (Map.Entry<Subject, List<Finding>> e : bySubject.entrySet()) {
            Subject s = e.getKey();
            Outcome o = verdicts.get(s);
            out.append('\n').append(subjectName(s.type(), zh)).append(' ').append(s.id());
            if (o != null) {
                out.append("  ").append(o.isPositive() ? "✓ " : "✗ ").append(outcomeName(o, zh));
            }
            report.name(s).ifPresent(n -> out.append(" — ").append(oneLine(n)));
            out.append('\n');
            for (Finding f : e.getValue()) {
                finding(report, f, lang, out);
            }
        }
        Map<Outcome, Integer> clean = new TreeMap<>();
        for (Verdict v : report.verdicts()) {
            if (!bySubject.containsKey(v.subject())) {
                clean.merge(v.outcome(), 1, Integer::sum);
            }
        }
        if (!clean.isEmpty()) {
            out.append('\n').append(zh ? "无任何发现的对象：" : "Subjects without findings: ");
            StringBuilder parts = new StringBuilder();
            clean.forEach((o, n) -> parts.append(parts.length() == 0 ? "" : ", ").append(outcomeName(o, zh)).append(' ').append(n));
            out.append(parts).append('\n');
        }
        return out.toString();
    }

    /** The plan's overall outcome, first: whether anything blocks, and how many subjects are judged negative. */
    private static void outcome(Report report, boolean zh, StringBuilder out) {
        long blocking = report.findings().stream().filter(Finding::blocking).count();
        long negative = report.verdicts().stream().filter(v -> !v.outcome().isPositive()).count();
        if (blocking > 0) {
            out.append(zh ? "总体结论：✗ 不通过——" + blocking + " 项阻断性发现，" + negative + " 个对象结论为否定"
                          : "Overall: ✗ BLOCKED — " + blocking + " blocking finding(s), " + negative + " subject(s) judged negative");
        } else {
            out.append(zh ? "总体结论：✓ 无阻断性发现" : "Overall: ✓ nothing blocks");
        }
        out.append('\n');
    }

    private static void summary(Report report, boolean zh, StringBuilder out) {
        Map<Severity, int[]> counts = new EnumMap<>(Severity.class);
        int blocking = 0;
        for (Finding f : report.findings()) {
            int[] c = counts.computeIfAbsent(f.severity(), k -> new int[2]);
            c[0]++;
            if (f.justified()) {
                c[1]++;
            }
            if (f.blocking()) {
                blocking++;
            }
        }
        out.append(zh ? "共 " + report.findings().size() + " 项发现，其中 " + blocking + " 项阻断"
                      : report.findings().size() + " finding(s), " + blocking + " blocking");
        for (Severity s : Severity.values()) {
            int[] c = counts.get(s);
            if (c != null) {
                out.append(zh ? "；" : "; ").append(zh ? s.zh() : s.name()).append(' ').append(c[0]);
                if (c[1] > 0) {
                    out.append(zh ? "（已说明理由 " + c[1] + "）" : " (" + c[1] + " justified)");
                }
            }
        }
        out.append('\n');
        Report.Summary sum = report.summary();
        if (!sum.verdicts().isEmpty()) {
            out.append(zh ? "结论：" : "Verdicts: ");
            StringBuilder parts = new StringBuilder();
            sum.verdicts().forEach((o, n) -> parts.append(parts.length() == 0 ? "" : zh ? "，" : ", ")
                    .append(outcomeName(o, zh)).append(' ').append(n));
            out.append(parts).append('\n');
        }
        out.append(zh ? "涉及中央财政资金：不合规示范地区 " + sum.nonCompliantAreas() + " 个，已安排 "
                        + money(sum.nonCompliantAreaFunds()) + " 元；不得验收项目 " + sum.notAcceptableProjects()
                        + " 个，" + money(sum.notAcceptableProjectFunds()) + " 元"
                      : "Central funds at stake: " + sum.nonCompliantAreas() + " non-compliant area(s) with "
                        + money(sum.nonCompliantAreaFunds()) + " yuan allocated; " + sum.notAcceptableProjects()
                        + " project(s) that cannot be accepted, with " + money(sum.notAcceptableProjectFunds())
                        + " yuan of central funds")
           .append('\n');
        sections(sum, zh, out);
    }

    private static void sections(Report.Summary sum, boolean zh, StringBuilder out) {
        if (sum.findings() == 0) {
            return;
        }
        out.append(zh ? "按通知章节：" : "By section of the notice:").append('\n');
        for (Map.Entry<Check, Map<Severity, Integer>> e : sum.bySection().entrySet()) {
            int total = e.getValue().values().stream().mapToInt(Integer::intValue).sum();
            if (total == 0) {
                continue;
            }
            out.append("  ").append(zh ? e.getKey().title().zh() : e.getKey().title().en()).append(zh ? "：" : ": ")
               .append(total);
            StringBuilder parts = new StringBuilder();
            e.getValue().forEach((sev, n) -> {
                if (n > 0) {
                    parts.append(parts.length() == 0 ? "" : zh ? "，" : ", ")
                         .append(zh ? sev.zh() : sev.name()).append(' ').append(n);
                }
            });
            out.append(zh ? "（" : " (").append(parts).append(zh ? "）" : ")").append('\n');
        }
    }

    /** @return an amount of yuan as findings write it: thousands separators, at least two decimals, e.g. 20,000,000.00 */
    static String money(java.math.BigDecimal amount) {
        return org.ecrural.kb.words.Wording.money(amount == null ? java.math.BigDecimal.ZERO : amount);
    }

    /** @return plan text on one line: control characters (line breaks included) become spaces */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\p{Cntrl}", " ");
    }

    private static void finding(Report report, Finding f, Language lang, StringBuilder out) {
        boolean zh = lang == Language.ZH;
        String mark = f.blocking() ? "✗" : (f.justified() ? "≈" : "•");
        out.append("  ").append(mark).append(" [").append(zh ? f.severity().zh() : f.severity().name()).append("] ")
           .append(f.ruleId()).append(zh ? "（" : " (").append(Catalogue.clauseLabels(f.clause(), lang)).append(zh ? "）" : ")");
        if (f.justified()) {
            out.append(zh ? " 已说明理由，不阻断" : " justified, not blocking");
        }
        out.append('\n');
        out.append("      ").append(oneLine(f.message().in(lang))).append('\n');
        java.util.List<String> quotes = ClauseTexts.quotesFor(f, report.localClauses());
        if (!quotes.isEmpty()) {
            String clauses = Catalogue.clauseLabels(f.clause(), lang);
            // a rule citing a provincial document of its folder (clauses.yaml) quotes more than the notice
            boolean noticeOnly = ClauseTexts.keys(f.clause()).stream().allMatch(k -> ClauseTexts.clause(k) != null);
            out.append("      ").append(zh ? (noticeOnly ? "通知原文（" : "原文（") + clauses + "）：「"
                    : (noticeOnly ? "The notice, " : "The texts cited, ") + clauses + ": 「")
               .append(String.join("……", quotes)).append("」\n");
        }
        java.util.Optional.ofNullable(f.rule().basis()).ifPresent(b -> out.append("      ").append(zh ? "依据说明：" : "basis: ")
                .append(b.in(lang)).append('\n'));
        if (f.measured() != null || f.limit() != null) {
            out.append("      ").append(zh ? "实测：" : "measured: ").append(f.measured() == null ? "-" : f.measured(lang))
               .append(zh ? "；限值：" : "; limit: ").append(f.limit() == null ? "-" : f.limit(lang)).append('\n');
        }
        if (f.remedy() != null) {
            out.append("      ").append(zh ? "整改：" : "remedy: ").append(oneLine(f.remedy().in(lang))).append('\n');
        }
        if (f.justified()) {
            report.justification(f).ifPresent(j -> out.append("      ").append(zh ? "书面理由：" : "justification: ")
                    .append(oneLine(j)).append('\n'));
        }
        for (Evidence e : f.evidence()) {
            if (e.text() != null) {
                out.append("      ").append(zh ? "依据：" : "evidence: ").append(oneLine(e.text().in(lang))).append('\n');
                continue;
            }
            out.append("      ").append(zh ? "依据：" : "evidence: ").append(e.kind()).append(' ').append(oneLine(e.id()));
            if (e.detail() != null && !e.detail().isEmpty()) {
                out.append(" — ").append(oneLine(e.detail()));
            }
            out.append('\n');
        }
    }

    /** @return a subject type by its label: 示范地区 / demo area */
    static String subjectName(SubjectType t, boolean zh) {
        return Catalogue.label(t, zh ? Language.ZH : Language.EN);
    }

    /** @return an outcome by its label: 不合规 / non-compliant */
    static String outcomeName(Outcome o, boolean zh) {
        return Catalogue.label(o, zh ? Language.ZH : Language.EN);
    }
}
