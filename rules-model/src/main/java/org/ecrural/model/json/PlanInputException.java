package org.ecrural.model.json;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A plan document that cannot be read, or a plan built in Java that breaks the same rules: every
 * error found, not just the first, in document order. {@link #getMessage()} lists them one per
 * line as {@code path: message}.
 *
 * <p>Unchecked (since 0.2.0), so that {@code PolicyEngine.evaluate} can throw it for a bad plan
 * built in Java without every host declaring it; the methods that throw it still declare it.
 */
public final class PlanInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<InputError> errors;

    /**
     * @param errors the errors, in document order; at least one
     * @throws IllegalArgumentException when {@code errors} is empty
     */
    public PlanInputException(List<InputError> errors) {
        super(describe(errors), null, false, false);
        this.errors = List.copyOf(errors);
    }

    /** @return every error found, in document order (never empty, unmodifiable) */
    public List<InputError> errors() {
        return errors;
    }

    private static String describe(List<InputError> errors) {
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("a PlanInputException needs at least one error");
        }
        return errors.stream().map(InputError::toString).collect(Collectors.joining("\n"));
    }
}
