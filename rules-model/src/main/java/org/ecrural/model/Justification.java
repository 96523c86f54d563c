package org.ecrural.model;
/** A written justification for a PRINCIPLE deviation (原则上) on one demo area. */
public class Justification {
    private String rule;
    private String text;

    public Justification() {
    }

    /**
     * A Justification with every field given (null for an absent optional field; a null list is empty).
     *
     * @param rule the id of the rule whose deviation it justifies
     * @param text the justification
     */
    public Justification(String rule, String text) {
        setRule(rule);
        setText(text);
    }

    /** @return the id of the rule whose deviation it justifies (a rule id of clauses.md) */
    public String getRule() {
        return rule;
    }

    /** Sets the id of the rule whose deviation it justifies. */
    public void setRule(String rule) {
        this.rule = rule;
    }

    /** @return the justification */
    public String getText() {
        return text;
    }

    /** Sets the justification. */
    public void setText(String text) {
        this.text = text;
    }

    @Override
    public String toString() {
        return "Justification{" + "rule=" + rule + ", " + "text=" + text + "}";
    }
}
