package org.ecrural.kb.rulesupport;

/**
 * Called by the classes an untrusted rule folder compiles to, at the start of every method and
 * before every backward jump (the check of {@code org.ecrural.kb} inserts the calls): an
 * evaluation past its deadline is cancelled by interrupting its thread, and the rule code then
 * stops at its next loop turn or call instead of running on.
 *
 * <p>Not for DRL authors; calling it does nothing but that check.
 */
public final class RuleGuard {
    private RuleGuard() {
    }

    /**
     * @throws Cancelled when the thread running the rule code was interrupted (the evaluation's
     *                   deadline passed)
     */
    public static void tick() {
        if (Thread.currentThread().isInterrupted()) {
            throw new Cancelled();
        }
    }

    /** Thrown into rule code whose evaluation was cancelled. An Error, so that it is not mistaken for a rule's failure. */
    public static final class Cancelled extends Error {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super("the evaluation was cancelled: its deadline passed", null, false, false);
        }
    }
}
