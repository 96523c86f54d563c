package org.ecrural.kb.mutation;

/**
 * What running the scenarios against one mutant showed.
 *
 * @param mutant the mutant
 * @param status what happened
 * @param detail for KILLED the first scenario that noticed it; for EQUIVALENT the reason its
 *               rule's words give; for NOT_COMPILED and CRASHED the first problem; for PINNED the
 *               scenarios that pin the parameter; otherwise empty
 */
public record MutantResult(Mutant mutant, Status status, String detail) {
    /** What happened to a mutant. */
    public enum Status {
        /** a scenario failed on it */
        KILLED,
        /** every scenario still passed: a condition no scenario pins */
        SURVIVED,
        /** every scenario still passed, and the rule's words list it as equivalent (with why) */
        EQUIVALENT,
        /** a parameter mutant that every scenario of its rule pins on purpose ("parameters") */
        PINNED,
        /** the mutated rules (or edition) did not compile */
        NOT_COMPILED,
        /** the engine failed on a scenario's plan */
        CRASHED
    }

    /** @return whether this result fails {@code test --mutate}: a mutant that survived or crashed the engine */
    public boolean fails() {
        return status == Status.SURVIVED || status == Status.CRASHED;
    }
}
