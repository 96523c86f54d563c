package org.ecrural.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;

/**
 * Jackson's streaming parser set up for plan documents under the {@link Limits} (duplicate keys
 * are errors, no source text in locations), and the words of its errors: every way the text can
 * fail to be JSON, or exceed a limit, becomes one {@link Failure} with a JSON Pointer and, where
 * known, line and column.
 */
final class JsonStream {

    /** A document that could not be parsed, with its one error. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputError error;

        Failure(String path, String message) {
            super(message, null, false, false);
            this.error = new InputError(path, message);
        }
    }

    private final Limits limits;
    private final JsonFactory factory;

    JsonStream(Limits limits) {
        this.limits = limits;
        this.factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // one level of slack so that the reader's own check, with its clearer message, comes first
                        .maxNestingDepth(limits.maxNestingDepth() == Integer.MAX_VALUE
                                ? Integer.MAX_VALUE : limits.maxNestingDepth() + 1)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    Limits limits() {
        return limits;
    }

    /** A parser of {@code text[offset..offset+length)}. */
    JsonParser parser(char[] text, int offset, int length) {
        try {
            return factory.createParser(text, offset, length);
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        }
    }

    /** The one error of an exception Jackson threw while {@code p} read. */
    static Failure failure(JsonParser p, IOException e) {
        if (e instanceof StreamConstraintsException c) {
            return new Failure(path(p), "the document exceeds a limit: " + clean(c.getOriginalMessage()) + at(c.getLocation()));
        } else if (e instanceof JsonProcessingException j) {
            return new Failure(path(p), malformed(p, j));
        }
        return new Failure("/", "could not read the document: " + clean(e.getMessage()));
    }

    /** The parser's position as a JSON Pointer, or {@code /}. */
    static String path(JsonParser p) {
        if (p == null) {
            return "/";
        }
        try {
            JsonStreamContext ctx = p.getParsingContext();
            String s = ctx == null ? "" : ctx.pathAsPointer().toString();
            return s.isEmpty() ? "/" : s;
        } catch (RuntimeException e) {
            return "/";
        }
    }

    private static String malformed(JsonParser p, JsonProcessingException e) {
        String message = clean(e.getOriginalMessage());
        if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")) {
            String name = null;
            try {
                name = p == null ? null : p.getParsingContext().getCurrentName();
            } catch (RuntimeException ignored) {
                // fall back to Jackson's words
            }
            if (name != null) {
                return "duplicate key " + PlanSchema.quoteShort(name) + " in the same object" + at(e.getLocation());
            }
        }
        String where = where(e.getLocation());
        return "malformed JSON" + (where.isEmpty() ? "" : " at " + where) + ": " + message;
    }

    /** {@code " (line L, column C)"}, or nothing when unknown. */
    static String at(JsonLocation loc) {
        String where = where(loc);
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    /** {@code "line L, column C"}, or nothing when unknown. */
    static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return "line " + loc.getLineNr() + ", column " + Math.max(loc.getColumnNr(), 1);
    }

    /** Jackson's message on one line, without its source description. */
    static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String s = message.replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\(start marker at\\s*\\)", "")
                .replaceAll("[\\r\\n\\t]+", " ")
                .trim();
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** What a token is, for "found ..." at the top level. */
    static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
