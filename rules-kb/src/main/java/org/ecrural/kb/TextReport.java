package org.ecrural.kb;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Renders a report for a terminal, in Chinese or English: a summary first, then each subject
 * with findings, verdict first, each finding with its rule, clause, measured value, limit and
 * remedy; subjects without findings are counted, not listed.
 */
public final class TextReport {
    private TextReport() {
    }

    /** @return the report as text in the given language */
    public static String render(Report report, Language lang) {
        boolean zh = lang == Language.ZH;
        StringBuilder out = new StringBuilder();
        out.append(zh ? "电子商务进农村综合示范（" + report.edition() + "年通知）评估报告，评估日期 "
                      : "E-commerce into Rural Areas Comprehensive Demonstration (" + report.edition()
                        + " notice): evaluated on ")
           .append(report.evaluationDate()).append('\n');
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
            out.append('\n');
            for (Finding f : e.getValue()) {
                finding(f, lang, out);
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
    }

    private static void finding(Finding f, Language lang, StringBuilder out) {
        boolean zh = lang == Language.ZH;
        String mark = f.blocking() ? "✗" : (f.justified() ? "≈" : "•");
        out.append("  ").append(mark).append(" [").append(zh ? f.severity().zh() : f.severity().name()).append("] ")
           .append(f.ruleId()).append(zh ? "（条款 " : " (clause ").append(f.clause()).append(zh ? "）" : ")");
        if (f.justified()) {
            out.append(zh ? " 已说明理由，不阻断" : " justified, not blocking");
        }
        out.append('\n');
        out.append("      ").append(f.message().in(lang)).append('\n');
        if (f.measured() != null || f.limit() != null) {
            out.append("      ").append(zh ? "实测：" : "measured: ").append(f.measured() == null ? "-" : f.measured())
               .append(zh ? "；限值：" : "; limit: ").append(f.limit() == null ? "-" : f.limit()).append('\n');
        }
        if (f.remedy() != null) {
            out.append("      ").append(zh ? "整改：" : "remedy: ").append(f.remedy().in(lang)).append('\n');
        }
    }

    static String subjectName(SubjectType t, boolean zh) {
        if (!zh) {
            return t.name();
        }
        return switch (t) {
            case PROVINCE -> "省份";
            case NOMINATION -> "申报县";
            case PREFECTURE -> "地级市";
            case AREA -> "示范地区";
            case PROJECT -> "项目";
            case TRAINING_RECORD -> "培训记录";
            case REALLOCATION -> "闲置资金统筹";
        };
    }

    static String outcomeName(Outcome o, boolean zh) {
        if (!zh) {
            return o.name();
        }
        return switch (o) {
            case ELIGIBLE -> "符合申报条件";
            case INELIGIBLE -> "不符合申报条件";
            case COMPLIANT -> "合规";
            case NON_COMPLIANT -> "不合规";
            case ACCEPTABLE -> "可验收";
            case NOT_ACCEPTABLE -> "不得验收";
            case FILING_VALID -> "备案有效";
            case DEEMED_WITHDRAWN -> "视为自动放弃";
        };
    }
}
