package org.ecrural.model.json;

import java.util.Objects;
import org.ecrural.model.PlanDocument;

/**
 * Writes a plan document as canonical JSON of format v1: two-space indentation, fields in the
 * order of plan-format.md's example, absent (null) fields and empty lists left out (except the
 * contents of a filing, a work plan, a final submission and a prefecture promotion, which are
 * written even when empty), money and other decimals as plain decimal strings
 * ({@code "20000000.00"}), dates as ISO {@code YYYY-MM-DD}, enums by name, non-ASCII text as is
 * (the text is meant to be stored as UTF-8), and a trailing newline.
 *
 * <p>For every document {@link PlanReader} accepts, reading what this writes gives the same
 * document back: {@code write(read(write(d)))} equals {@code write(d)}.
 *
 * <p>A document built in Java may break the format; the writer then keeps every bad value visible
 * rather than repair it, so that {@link PlanReader#validate} (which reads what this writes) reports
 * it at its place: a null element of a list and a null required field are written as JSON
 * {@code null}, negative money and out-of-range numbers as they are.
 */
public final class PlanWriter {

    private PlanWriter() {
    }

    /**
     * @param document the plan to write
     * @return the canonical JSON text of {@code document}, ending in a newline
     */
    public static String write(PlanDocument document) {
        Objects.requireNonNull(document, "document");
        StringBuilder out = new StringBuilder(4096);
        PlanSchema.DOCUMENT_TYPE.write(out, document, 0);
        return out.append('\n').toString();
    }
}
