package org.ecrural.kb.render;

import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Subject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changes between two reports on the same plan (a what-if under two parameter sets): the
 * findings that appear, disappear or change (blocking, justified, measured, limit), and the
 * verdicts that change.
 */
public final class ReportDiff {
    /** A finding present under both, with what differs. */
    public record Changed(Finding before, Finding after) {
    }

    /** A verdict that differs; an outcome is null where the subject had no verdict. */
    public record VerdictChange(Subject subject, Outcome before, Outcome after) {
    }

    private final List<Finding> appeared = new ArrayList<>();
    private final List<Finding> disappeared = new ArrayList<>();
    private final List<Changed> changed = new ArrayList<>();
    private final List<VerdictChange> verdicts = new ArrayList<>();

    private ReportDiff() {
    }

    /** @return the difference from report a to report b */
    public static ReportDiff between(Report a, Report b) {
        ReportDiff d = new ReportDiff();
        Map<String, Finding> before = index(a);
        Map<String, Finding> after = index(b);
        before.forEach((k, f) -> {
            Finding g = after.get(k);
            if (g == null) {
                d.disappeared.add(f);
            } else if (f.blocking() != g.blocking() || f.justified() != g.justified()
                    || !Objects.equals(f.measured(), g.measured()) || !Objects.equals(f.limit(), g.limit())) {
                d.changed.add(new Changed(f, g));
            }
        });
        after.forEach((k, g) -> {
            if (!before.containsKey(k)) {
                d.appeared.add(g);
            }
        });
        Map<Subject, Outcome> va = new LinkedHashMap<>();
        a.verdicts().forEach(v -> va.put(v.subject(), v.outcome()));
        Map<Subject, Outcome> vb = new LinkedHashMap<>();
        b.verdicts().forEach(v -> vb.put(v.subject(), v.outcome()));
        java.util.Set<Subject> subjects = new java.util.TreeSet<>(va.keySet());
        subjects.addAll(vb.keySet());
        for (Subject s : subjects) {
            if (va.get(s) != vb.get(s)) {
                d.verdicts.add(new VerdictChange(s, va.get(s), vb.get(s)));
            }
        }
        return d;
    }

    private static Map<String, Finding> index(Report r) {
        Map<String, Finding> map = new LinkedHashMap<>();
        r.findings().forEach(f -> map.put(f.subject() + " " + f.ruleId(), f));
        return map;
    }

    public List<Finding> appeared() {
        return List.copyOf(appeared);
    }

    public List<Finding> disappeared() {
        return List.copyOf(disappeared);
    }

    public List<Changed> changed() {
        return List.copyOf(changed);
    }

    public List<VerdictChange> verdictChanges() {
        return List.copyOf(verdicts);
    }

    /** @return whether the two reports have the same findings and verdicts */
    public boolean isEmpty() {
        return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && verdicts.isEmpty();
    }

    /** @return the difference as text, naming the two sides */
    public String render(String nameA, String nameB, Language lang) {
        StringBuilder out = new StringBuilder();
        out.append("A = ").append(nameA).append("\nB = ").append(nameB).append('\n');
        if (isEmpty()) {
            return out.append("No difference: the same findings and verdicts under both.\n").toString();
        }
        section(out, "Findings that appear under B", appeared, lang);
        section(out, "Findings that disappear under B", disappeared, lang);
        if (!changed.isEmpty()) {
            out.append("\nFindings that change:\n");
            for (Changed c : changed) {
                out.append("  ~ ").append(c.before().ruleId()).append(" on ").append(c.before().subject())
                   .append(": measured ").append(c.before().measured()).append(" -> ").append(c.after().measured())
                   .append(", limit ").append(c.before().limit()).append(" -> ").append(c.after().limit())
                   .append(", blocking ").append(c.before().blocking()).append(" -> ").append(c.after().blocking())
                   .append('\n');
            }
        }
        if (!verdicts.isEmpty()) {
            out.append("\nVerdicts that change:\n");
            for (VerdictChange v : verdicts) {
                out.append("  ").append(v.subject()).append(": ").append(v.before()).append(" -> ").append(v.after()).append('\n');
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, List<Finding> list, Language lang) {
        if (list.isEmpty()) {
            return;
        }
        out.append('\n').append(title).append(":\n");
        for (Finding f : list) {
            out.append("  ").append(f.blocking() ? "✗ " : "• ").append(f.ruleId()).append(" on ").append(f.subject())
               .append(f.measured() == null ? "" : " (" + f.measured() + " vs " + f.limit() + ")").append('\n')
               .append("      ").append(f.message().in(lang)).append('\n');
        }
    }
}
