package org.ecrural.kb.report;

import java.util.List;
import java.util.Objects;

/**
 * One violation, deviation, recommendation or missed target: which rule, which clause of the
 * notice, about what subject, what was measured against what limit, and what would fix it.
 */
public final class Finding implements Comparable<Finding> {
    private final RuleInfo rule;
    private final Subject subject;
    private final boolean justified;
    private final String measured;
    private final String limit;
    private final Text message;
    private final Text remedy;
    private final List<Evidence> evidence;
    private final Text measuredText;
    private final Text limitText;

    /** Internal: rules record findings through the rule base; public only because it lives in another package. */
    public Finding(RuleInfo rule, Subject subject, boolean justified, String measured, String limit,
            Text message, Text remedy, List<Evidence> evidence) {
        this(rule, subject, justified, measured, limit, message, remedy, evidence, null, null);
    }

    /** Internal, as {@link #Finding(RuleInfo, Subject, boolean, String, String, Text, Text, List)}. */
    public Finding(RuleInfo rule, Subject subject, boolean justified, String measured, String limit,
            Text message, Text remedy, List<Evidence> evidence, Text measuredText, Text limitText) {
        this.measuredText = measuredText;
        this.limitText = limitText;
        this.rule = Objects.requireNonNull(rule);
        this.subject = Objects.requireNonNull(subject);
        this.justified = justified;
        this.measured = measured;
        this.limit = limit;
        this.message = Objects.requireNonNull(message);
        this.remedy = remedy;
        this.evidence = List.copyOf(evidence);
    }

    /** @return the rule id, as clauses.md and {@code ecrural rules} list it */
    public String ruleId() {
        return rule.id();
    }

    /** @return the rule as declared in the rule base */
    public RuleInfo rule() {
        return rule;
    }

    /** @return the clause key of the notice, e.g. "4.1" */
    public String clause() {
        return rule.clause();
    }

    public Severity severity() {
        return rule.severity();
    }

    public Subject subject() {
        return subject;
    }

    /** @return whether a PRINCIPLE deviation is justified in writing by the plan */
    public boolean justified() {
        return justified;
    }

    /**
     * @return whether the finding blocks approval of its subject: MANDATORY findings always,
     *         PRINCIPLE findings unless justified, ADVISORY and TARGET findings never
     */
    public boolean blocking() {
        return switch (rule.severity()) {
            case MANDATORY -> true;
            case PRINCIPLE -> !justified;
            case ADVISORY, TARGET -> false;
        };
    }

    /** @return what was measured, e.g. "42.00%", or null */
    public String measured() {
        return measured;
    }

    /** @return the limit it was measured against, e.g. "&gt;= 50.00%", or null */
    public String limit() {
        return limit;
    }

    /**
     * @return what was measured in Chinese and English ({@code measured()} is its English), or
     *         null where the rule states nothing measured or is still written the old way
     */
    public Text measuredText() {
        return measuredText;
    }

    /** @return the limit in Chinese and English ({@code limit()} is its English), or null as for {@link #measuredText()} */
    public Text limitText() {
        return limitText;
    }

    /** @return what was measured, in the language where the rule's words give it, else {@link #measured()} */
    public String measured(Language language) {
        return measuredText != null ? measuredText.in(language) : measured;
    }

    /** @return the limit, in the language where the rule's words give it, else {@link #limit()} */
    public String limit(Language language) {
        return limitText != null ? limitText.in(language) : limit;
    }

    public Text message() {
        return message;
    }

    /** @return the smallest change that would comply, or null where the rule states none */
    public Text remedy() {
        return remedy;
    }

    /** @return the facts of the plan behind the finding */
    public List<Evidence> evidence() {
        return evidence;
    }

    /** Internal: the engine marks a finding justified by the plan. @return this finding, justified or not */
    public Finding withJustified(boolean j) {
        return new Finding(rule, subject, j, measured, limit, message, remedy, evidence, measuredText, limitText);
    }

    @Override
    public int compareTo(Finding o) {
        int c = subject.compareTo(o.subject);
        if (c == 0) {
            c = rule.id().compareTo(o.rule.id());
        }
        if (c == 0) {
            c = message.en().compareTo(o.message.en());
        }
        return c;
    }

    @Override
    public String toString() {
        return rule.id() + " on " + subject + (blocking() ? " (blocking)" : "") + ": " + message.en();
    }
}
