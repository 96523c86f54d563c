package org.ecrural.kb.rulesupport;

import java.util.ArrayList;
import java.util.List;
import org.ecrural.kb.Evidence;
import org.ecrural.kb.RuleInfo;
import org.ecrural.kb.Subject;
import org.ecrural.kb.SubjectType;
import org.ecrural.kb.Text;

/**
 * The DRL global {@code findings}: rule consequences describe what they found through it. One
 * collector serves one evaluation; the engine tells it which rule is firing, so a consequence
 * never repeats its rule's id, clause or severity: those come from the rule's metadata.
 *
 * <p>For DRL consequences only; hosts read findings from the report.
 */
public final class FindingCollector {
    private final List<Draft> drafts = new ArrayList<>();
    private RuleInfo firing;

    /**
     * A finding as a rule consequence described it, before the engine applies justifications.
     */
    public record Draft(RuleInfo rule, Subject subject, String measured, String limit, Text message,
                        Text remedy, List<Evidence> evidence) {
    }

    /** Called by the engine before each rule consequence. */
    public void firing(RuleInfo rule) {
        this.firing = rule;
    }

    /** @return every draft so far, in firing order */
    public List<Draft> drafts() {
        return List.copyOf(drafts);
    }

    public Builder about(SubjectType type, String id) {
        if (firing == null) {
            throw new IllegalStateException("a finding was described outside a rule consequence");
        }
        return new Builder(firing, new Subject(type, id));
    }

    public Builder province(String code) {
        return about(SubjectType.PROVINCE, code);
    }

    public Builder nomination(String countyCode) {
        return about(SubjectType.NOMINATION, countyCode);
    }

    public Builder prefecture(String code) {
        return about(SubjectType.PREFECTURE, code);
    }

    public Builder area(String code) {
        return about(SubjectType.AREA, code);
    }

    public Builder project(String id) {
        return about(SubjectType.PROJECT, id);
    }

    public Builder trainingRecord(String id) {
        return about(SubjectType.TRAINING_RECORD, id);
    }

    public Builder reallocation(String id) {
        return about(SubjectType.REALLOCATION, id);
    }

    /** Describes one finding; {@link #emit()} records it. */
    public final class Builder {
        private final RuleInfo rule;
        private final Subject subject;
        private String measured;
        private String limit;
        private Text message;
        private Text remedy;
        private final List<Evidence> evidence = new ArrayList<>();

        private Builder(RuleInfo rule, Subject subject) {
            this.rule = rule;
            this.subject = subject;
        }

        /** What was measured, e.g. "42.00%". */
        public Builder measured(Object measured) {
            this.measured = measured == null ? null : measured.toString();
            return this;
        }

        /** The limit it was measured against, e.g. "&gt;= 50.00%". */
        public Builder limit(Object limit) {
            this.limit = limit == null ? null : limit.toString();
            return this;
        }

        /** What is wrong, naming the county, project or province, in Chinese and English. */
        public Builder says(String zh, String en) {
            this.message = new Text(zh, en);
            return this;
        }

        /** The smallest change that would comply, in Chinese and English. */
        public Builder remedy(String zh, String en) {
            this.remedy = new Text(zh, en);
            return this;
        }

        /** A fact of the plan behind the finding. */
        public Builder evidence(String kind, String id, Object detail) {
            evidence.add(new Evidence(kind == null ? "" : kind, id == null ? "" : id, detail == null ? "" : detail.toString()));
            return this;
        }

        /** Records the finding. */
        public void emit() {
            if (message == null) {
                throw new IllegalStateException("rule " + rule.id() + " emitted a finding without a message");
            }
            List<Evidence> sorted = new ArrayList<>(evidence);
            sorted.sort(null);
            drafts.add(new Draft(rule, subject, measured, limit, message, remedy, sorted));
        }
    }
}
