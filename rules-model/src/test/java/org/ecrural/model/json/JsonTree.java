package org.ecrural.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
 * The reader's former first half, kept as a test oracle: builds a whole {@link JsonNode} tree with
 * Jackson's streaming parser, without recursion, under the {@link Limits}, with the same checks
 * and words as the streaming {@link Binder}. {@link TreeBinder} then binds the tree.
 */
final class JsonTree {

    /** One open object or array, and where it hangs in its parent. */
    private record Frame(ContainerNode<?> node, String name, int index) {
    }

    private final Limits limits;
    private final JsonStream stream;

    JsonTree(Limits limits) {
        this.limits = limits;
        this.stream = new JsonStream(limits);
    }

    /** Parses {@code text[0..length)} into an object tree. */
    ObjectNode parse(char[] text, int offset, int length) {
        JsonParser p = null;
        try {
            p = stream.parser(text, offset, length, true);
            return build(p);
        } catch (IOException e) {
            throw JsonStream.failure(p, e);
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

    private ObjectNode build(JsonParser p) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new JsonStream.Failure("/", "the document is empty; expected a JSON object");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new JsonStream.Failure("/", "expected the document to be a JSON object, found " + JsonStream.describe(t)
                    + JsonStream.at(p.currentTokenLocation()));
        }
        Deque<Frame> open = new ArrayDeque<>();
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        open.push(new Frame(root, null, -1));
        String name = null;
        while (!open.isEmpty()) {
            t = p.nextToken();
            if (t == null) {
                throw new JsonStream.Failure(JsonStream.path(p), "the document ends too early, inside an " + (open.peek().node().isArray()
                        ? "array" : "object") + JsonStream.at(p.currentLocation()));
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
                default -> throw new JsonStream.Failure(JsonStream.path(p), "unexpected JSON token " + t + JsonStream.at(p.currentTokenLocation()));
            }
            ContainerNode<?> parent = open.peek().node();
            int index = -1;
            if (parent instanceof ArrayNode array) {
                if (array.size() >= limits.maxArrayLength()) {
                    throw new JsonStream.Failure(pathOf(open, null, -1), "the array has more than " + limits.maxArrayLength()
                            + " elements, the limit is " + limits.maxArrayLength());
                }
                index = array.size();
                array.add(value);
            } else {
                ObjectNode object = (ObjectNode) parent;
                if (object.has(name)) { // caught by Jackson already; kept so that no duplicate is ever dropped
                    throw new JsonStream.Failure(pathOf(open, name, -1), "duplicate key " + PlanSchema.quoteShort(name)
                            + " in the same object" + JsonStream.at(p.currentTokenLocation()));
                }
                object.set(name, value);
            }
            if (value.isContainerNode()) {
                if (open.size() + 1 > limits.maxNestingDepth()) {
                    throw new JsonStream.Failure(pathOf(open, index < 0 ? name : null, index), "objects and arrays are nested more than "
                            + limits.maxNestingDepth() + " levels deep, the limit is " + limits.maxNestingDepth()
                            + JsonStream.at(p.currentTokenLocation()));
                }
                open.push(new Frame((ContainerNode<?>) value, index < 0 ? name : null, index));
            }
        }
        if (p.nextToken() != null) {
            throw new JsonStream.Failure("/", "unexpected content after the end of the top-level object" + JsonStream.at(p.currentTokenLocation()));
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

}
