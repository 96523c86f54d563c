package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ecrural.model.PlanDocument;

/** Test helpers: documents written with single quotes, and the errors a document gives. */
final class TestJson {

    private TestJson() {
    }

    /** The example of plan-format.md with realistic values. */
    static String full() {
        try (InputStream in = TestJson.class.getResourceAsStream("plan-full.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON written with single quotes for readability. */
    static String q(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    /** A document with format and edition, then {@code rest} (single-quoted JSON members, may be empty). */
    static String doc(String rest) {
        return q("{'format': 1, 'edition': '2018'" + (rest.isEmpty() ? "" : ", " + rest) + "}");
    }

    static PlanDocument read(String json) {
        try {
            return PlanReader.read(json);
        } catch (PlanInputException e) {
            throw new AssertionError("expected a valid document, got:\n" + e.getMessage(), e);
        }
    }

    /** The errors reading {@code json} gives; fails when it reads, or throws anything else. */
    static List<InputError> errors(String json) {
        return errors(json.getBytes(StandardCharsets.UTF_8));
    }

    static List<InputError> errors(byte[] json) {
        Throwable t = catchThrowable(() -> PlanReader.read(json));
        assertThat(t).isInstanceOf(PlanInputException.class);
        List<InputError> errors = ((PlanInputException) t).errors();
        assertThat(errors).isNotEmpty();
        return errors;
    }

    /** The one error reading {@code json} gives. */
    static InputError error(String json) {
        List<InputError> errors = errors(json);
        assertThat(errors).as("errors of %s", json).hasSize(1);
        return errors.get(0);
    }

    static List<String> paths(List<InputError> errors) {
        return errors.stream().map(InputError::path).toList();
    }
}
