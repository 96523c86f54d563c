package org.ecrural.kb.words;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document as a tree that remembers the line of every value, so a problem can be reported
 * at file:line. Every scalar is kept as the text written in the file (never converted to a number
 * or a boolean: {@code clause: 4.10} stays "4.10", {@code no} stays "no").
 */
final class Node {
    private static final YAMLFactory YAML = new YAMLFactory();

    private final Object value;
    private final int line;
    /** the line of the key this value stands under (its own line for a value not in a map) */
    private final int keyLine;

    private Node(Object value, int line) {
        this(value, line, line);
    }

    private Node(Object value, int line, int keyLine) {
        this.value = value;
        this.line = line;
        this.keyLine = keyLine;
    }

    /** Thrown when the text is not well-formed YAML. */
    static final class SyntaxException extends Exception {
        final int line;

        SyntaxException(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    static Node parse(String text) throws SyntaxException {
        try (JsonParser p = YAML.createParser(text)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return new Node(Collections.emptyMap(), 1);
            }
            return read(p, t);
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JacksonException je && je.getLocation() != null
                    ? je.getLocation().getLineNr() : 0;
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            int cut = message.indexOf("\n at [Source");
            throw new SyntaxException("not well-formed YAML: " + (cut > 0 ? message.substring(0, cut) : message).strip()
                    .replaceAll("\\s+", " "), line);
        }
    }

    private static Node read(JsonParser p, JsonToken t) throws IOException, SyntaxException {
        int line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_OBJECT) {
            Map<String, Node> map = new LinkedHashMap<>();
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                int keyLine = p.currentTokenLocation().getLineNr();
                Node child = read(p, p.nextToken());
                if (map.containsKey(key)) {
                    throw new SyntaxException("the key \"" + key + "\" is written twice in one map (line "
                            + map.get(key).keyLine + " and line " + keyLine + "); YAML keeps only the last, so merge them", keyLine);
                }
                map.put(key, new Node(child.value, child.isScalar() ? child.line : keyLine, keyLine));
            }
            return new Node(Collections.unmodifiableMap(map), line);
        }
        if (t == JsonToken.START_ARRAY) {
            List<Node> list = new ArrayList<>();
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                list.add(read(p, t));
            }
            return new Node(Collections.unmodifiableList(list), line);
        }
        if (t == JsonToken.VALUE_NULL) {
            return new Node(null, line);
        }
        return new Node(p.getText(), line);
    }

    int line() {
        return line;
    }

    boolean isMap() {
        return value instanceof Map;
    }

    boolean isList() {
        return value instanceof List;
    }

    boolean isScalar() {
        return value instanceof String;
    }

    boolean isNull() {
        return value == null;
    }

    /** @return the text of a scalar, or null */
    String text() {
        return value instanceof String s ? s : null;
    }

    @SuppressWarnings("unchecked")
    Map<String, Node> map() {
        return value instanceof Map ? (Map<String, Node>) value : Map.of();
    }

    @SuppressWarnings("unchecked")
    List<Node> list() {
        return value instanceof List ? (List<Node>) value : List.of();
    }

    /** @return the child of a map, or null */
    Node get(String key) {
        return map().get(key);
    }
}
