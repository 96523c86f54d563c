package org.ecrural.kb.words;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.report.RuleProblem;

/**
 * A YAML document as a tree that remembers the line of every value, so a problem can be reported
 * at file:line. Every scalar is kept as the text written in the file (never converted to a number
 * or a boolean: {@code clause: 4.10} stays "4.10", {@code no} stays "no").
 *
 * <p>A tree also has a binary form ({@link #write}, {@link #read}), in which the build keeps the
 * built-in words' trees ({@link BuiltInTrees}): reading it needs no YAML parser.
 */
final class Node {
    private static final byte NULL = 0;
    private static final byte SCALAR = 1;
    private static final byte MAP = 2;
    private static final byte LIST = 3;

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
        return Yaml.parse(text);
    }

    /** @return the tree of a file's text, or null when it is not well-formed YAML (the problem is added at file:line) */
    static Node parse(String file, String text, List<RuleProblem> problems) {
        try {
            return parse(text);
        } catch (SyntaxException e) {
            problems.add(new RuleProblem(file, e.line, 0, e.getMessage()));
            return null;
        }
    }

    /**
     * The YAML parser, apart from the tree so that a run that reads only binary trees loads none of
     * its classes (the verifier of a class loads the types its code assigns to one another).
     */
    private static final class Yaml {
        private static final YAMLFactory FACTORY = new YAMLFactory();

        static Node parse(String text) throws SyntaxException {
            try (JsonParser p = FACTORY.createParser(text)) {
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
    }

    /**
     * Writes the tree in its binary form: a tag (null, scalar, map or list), the line and the key's
     * line, then a scalar's text, a map's size and each key and value, or a list's size and each
     * element.
     */
    void write(DataOutputStream out) throws IOException {
        out.writeByte(isNull() ? NULL : isScalar() ? SCALAR : isMap() ? MAP : LIST);
        out.writeInt(line);
        out.writeInt(keyLine);
        if (isScalar()) {
            writeString(out, text());
        } else if (isMap()) {
            out.writeInt(map().size());
            for (Map.Entry<String, Node> e : map().entrySet()) {
                writeString(out, e.getKey());
                e.getValue().write(out);
            }
        } else if (isList()) {
            out.writeInt(list().size());
            for (Node n : list()) {
                n.write(out);
            }
        }
    }

    /**
     * Reads a tree {@link #write} wrote.
     *
     * @throws IOException when the bytes end early or are not a tree
     */
    static Node read(DataInputStream in) throws IOException {
        byte tag = in.readByte();
        int line = in.readInt();
        int keyLine = in.readInt();
        Object value;
        if (tag == NULL) {
            value = null;
        } else if (tag == SCALAR) {
            value = readString(in);
        } else if (tag == MAP) {
            Map<String, Node> map = new LinkedHashMap<>();
            for (int n = in.readInt(); n > 0; n--) {
                map.put(readString(in), read(in));
            }
            value = Collections.unmodifiableMap(map);
        } else if (tag == LIST) {
            List<Node> list = new ArrayList<>();
            for (int n = in.readInt(); n > 0; n--) {
                list.add(read(in));
            }
            value = Collections.unmodifiableList(list);
        } else {
            throw new IOException("not a tree: tag " + tag);
        }
        return new Node(value, line, keyLine);
    }

    /** Writes a string as its length in UTF-8 bytes and those bytes (DataOutput.writeUTF stops at 64 KB). */
    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** Reads a string {@link #writeString} wrote, from bytes in memory (so that {@code available()} is what is left). */
    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > in.available()) {
            throw new EOFException("a string of " + length + " bytes, " + in.available() + " left");
        }
        byte[] bytes = new byte[length];
        in.readFully(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }

    int line() {
        return line;
    }

    /** @return the line of the key this value stands under (its own line for a value not in a map) */
    int keyLine() {
        return keyLine;
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
