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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Builds a {@link JsonNode} tree from text with Jackson's streaming parser, without recursion,
 * under the {@link Limits}: numbers keep their exact decimal value (never through double),
 * duplicate keys and trailing content are errors, and the top level must be an object.
 */
final class JsonTree {

    /** A document that could not be parsed, with its one error. */
    static final class Failure extends Exception {
        private static final long serialVersionUID = 1L;
        final transient InputError error;

        Failure(String path, String message) {
            super(message, null, false, false);
            this.error = new InputError(path, message);
        }
    }

    /** One open object or array, and where it hangs in its parent. */
    private record Frame(ContainerNode<?> node, String name, int index) {
    }

    private final Limits limits;
    private final JsonFactory factory;

    JsonTree(Limits limits) {
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

    /** Parses {@code text[0..length)} into an object tree. */
    ObjectNode parse(char[] text, int offset, int length) throws Failure {
        JsonParser p = null;
        try {
            p = factory.createParser(text, offset, length);
            return build(p);
        } catch (StreamConstraintsException e) {
            throw new Failure(path(p), "the document exceeds a limit: " + clean(e.getOriginalMessage()) + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new Failure(path(p), malformed(p, e));
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        } finally {
            if (p != null) {
                try {
                    p.close();
                } catch (IOException ignored) {
                    // nothing is held but memory
                }
            }
        }
    }

    private ObjectNode build(JsonParser p) throws IOException, Failure {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new Failure("/", "the document is empty; expected a JSON object");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new Failure("/", "expected the document to be a JSON object, found " + describe(t)
                    + at(p.currentTokenLocation()));
        }
        Deque<Frame> open = new ArrayDeque<>();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        open.push(new Frame(root, null, -1));
        String name = null;
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                throw new Failure(path(p), "the document ends too early, inside an " + (open.peek().node().isArray()
                        ? "array" : "object") + at(p.currentLocation()));
            }
            JsonNode value;
            switch (t) {
                case FIELD_NAME -> {
                    name = p.currentName();
                    continue;
                }
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    continue;
                }
                case START_OBJECT -> value = JsonNodeFactory.instance.objectNode();
                case START_ARRAY -> value = JsonNodeFactory.instance.arrayNode();
                case VALUE_STRING -> value = TextNode.valueOf(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> value = DecimalNode.valueOf(p.getDecimalValue());
                case VALUE_TRUE -> value = BooleanNode.TRUE;
                case VALUE_FALSE -> value = BooleanNode.FALSE;
                case VALUE_NULL -> value = NullNode.instance;
                default -> throw new Failure(path(p), "unexpected JSON token " + t + at(p.currentTokenLocation()));
            }
            ContainerNode<?> parent = open.peek().node();
            int index = -1;
            if (parent instanceof ArrayNode array) {
                if (array.size() >= limits.maxArrayLength()) {
                    throw new Failure(pathOf(open, null, -1), "the array has more than " + limits.maxArrayLength()
                            + " elements, the limit is " + limits.maxArrayLength());
                }
                index = array.size();
                array.add(value);
            } else {
                ObjectNode object = (ObjectNode) parent;
                if (object.has(name)) { // caught by Jackson already; kept so that no duplicate is ever dropped
                    throw new Failure(pathOf(open, name, -1), "duplicate key " + PlanSchema.quoteShort(name)
                            + " in the same object" + at(p.currentTokenLocation()));
                }
                object.set(name, value);
            }
            if (value.isContainerNode()) {
                if (open.size() + 1 > limits.maxNestingDepth()) {
                    throw new Failure(pathOf(open, index < 0 ? name : null, index), "objects and arrays are nested more than "
                            + limits.maxNestingDepth() + " levels deep, the limit is " + limits.maxNestingDepth()
                            + at(p.currentTokenLocation()));
                }
                open.push(new Frame((ContainerNode<?>) value, index < 0 ? name : null, index));
            }
        }
        if (p.nextToken() != null) {
            throw new Failure("/", "unexpected content after the end of the top-level object" + at(p.currentTokenLocation()));
        }
        return root;
    }

    private static String pathOf(Deque<Frame> open, String name, int index) {
        StringBuilder sb = new StringBuilder();
        for (Iterator<Frame> it = open.descendingIterator(); it.hasNext(); ) {
            Frame f = it.next();
            append(sb, f.name(), f.index());
        }
        append(sb, name, index);
        return sb.length() == 0 ? "/" : sb.toString();
    }

    private static void append(StringBuilder sb, String name, int index) {
        if (name != null) {
            sb.append('/').append(Ptr.escape(name));
        } else if (index >= 0) {
            sb.append('/').append(index);
        }
    }

    /** The parser's position as a JSON Pointer, or {@code /}. */
    private static String path(JsonParser p) {
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
    private static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String s = message.replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\(start marker at\\s*\\)", "")
                .replaceAll("[\\r\\n\\t]+", " ")
                .trim();
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    private static String describe(JsonToken t) {
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
