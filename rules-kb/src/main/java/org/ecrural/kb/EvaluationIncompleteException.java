package org.ecrural.kb;

/**
 * An evaluation that could not complete: it ran past its deadline, the rule code overflowed the
 * stack or exhausted memory, or a rule failed. No report exists for it; the engine itself is
 * unharmed and keeps serving other evaluations.
 *
 * <p>The deadline is {@link PolicyEngine#withTimeout(java.time.Duration)}, by default
 * {@link PolicyEngine#UNTRUSTED_TIMEOUT} for a rule folder compiled without trust and none for
 * the built-in rule base. At the deadline the session is halted and the rule code is interrupted
 * at its next loop turn or call; a call into the JDK that runs long on its own ends only when it
 * returns, so the thread that ran it may stay busy that long after this exception is thrown.
 * The command line exits with code 3 on it.
 */
public final class EvaluationIncompleteException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the evaluation could not complete. */
    public enum Reason {
        /** it ran past its deadline */
        TIMEOUT,
        /** the rule code overflowed the stack (a recursion) */
        STACK_OVERFLOW,
        /** the rule code exhausted the memory */
        OUT_OF_MEMORY,
        /** a rule's code threw an exception */
        RULE_FAILED
    }

    private final Reason reason;

    EvaluationIncompleteException(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    /** @return why the evaluation could not complete */
    public Reason reason() {
        return reason;
    }
}
