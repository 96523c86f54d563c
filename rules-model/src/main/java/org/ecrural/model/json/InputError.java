package org.ecrural.model.json;

import java.io.Serializable;
import java.util.Objects;

/**
 * One thing wrong with a plan document: where, and what was expected instead of what was found.
 *
 * @param path    JSON Pointer (RFC 6901) of the offending value, such as {@code /projects/3/centralFunds};
 *                {@code /} stands for the whole document
 * @param message plain English, one line, saying what was expected and what was found
 */
public record InputError(String path, String message) implements Serializable {

    /** Checks that neither part is null. */
    public InputError {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code path: message} */
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
