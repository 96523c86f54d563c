package org.ecrural.kb.report;

/**
 * Verdict outcomes of plan-format.md 1.1: PROVINCE COMPLIANT, NON_COMPLIANT or DEEMED_WITHDRAWN;
 * NOMINATION ELIGIBLE, INELIGIBLE or WITHDRAWN; PREFECTURE and AREA COMPLIANT or NON_COMPLIANT;
 * PROJECT ACCEPTABLE or NOT_ACCEPTABLE; REALLOCATION PERMITTED or NOT_PERMITTED.
 */
public enum Outcome {
    ELIGIBLE(true), INELIGIBLE(false), WITHDRAWN(false),
    COMPLIANT(true), NON_COMPLIANT(false),
    ACCEPTABLE(true), NOT_ACCEPTABLE(false),
    PERMITTED(true), NOT_PERMITTED(false),
    DEEMED_WITHDRAWN(false);

    private final boolean positive;

    Outcome(boolean positive) {
        this.positive = positive;
    }

    /** @return whether the outcome is the favourable one */
    public boolean isPositive() {
        return positive;
    }
}
