package org.ecrural.kb;

/** Verdict outcomes of plan-format.md. */
public enum Outcome {
    ELIGIBLE(true), INELIGIBLE(false),
    COMPLIANT(true), NON_COMPLIANT(false),
    ACCEPTABLE(true), NOT_ACCEPTABLE(false),
    FILING_VALID(true), DEEMED_WITHDRAWN(false);

    private final boolean positive;

    Outcome(boolean positive) {
        this.positive = positive;
    }

    /** @return whether the outcome is the favourable one */
    public boolean isPositive() {
        return positive;
    }
}
