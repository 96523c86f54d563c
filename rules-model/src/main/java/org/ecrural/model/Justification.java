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
     * @param rule the rule id it justifies, e.g. FUND-UPWARD-MIN-SHARE
     * @param text the justification
     */
    public Justification(String rule, String text) {
        setRule(rule);
        setText(text);
    }

    /** @return the rule id it justifies, e.g. FUND-UPWARD-MIN-SHARE */
    public String getRule() {
        return rule;
    }

    /** Sets the rule id it justifies, e.g. FUND-UPWARD-MIN-SHARE. */
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
