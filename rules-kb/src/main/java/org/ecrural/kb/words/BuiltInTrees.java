package org.ecrural.kb.words;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * The trees of the built-in words files and label table, parsed from their YAML when the library
 * is built ({@link BuiltInTreesWriter}) and read back by {@link Wording#readBuiltIn} instead of
 * parsing the YAML at every start-up (the parsing and the loading of the parser's classes were
 * about 7% of the CPU of an {@code ecrural evaluate}).
 *
 * <p>A tree stands in only for the very text it was parsed from: each file's entry holds that
 * text's length and hash, and a file whose text differs (a run from an IDE after editing the YAML),
 * like every file when the resource is missing or damaged, is parsed from its YAML as before.
 *
 * <p>The resource: the format's number, the number of files, then for each file its name, its
 * text's length and {@link String#hashCode()}, and its tree ({@link Node#write}); last a CRC-32 of
 * everything before it. Strings are written as their length in UTF-8 bytes and those bytes.
 */
final class BuiltInTrees {
    /** The resource, beside this class (not beside the YAML: the build empties org/ecrural/rules first). */
    static final String RESOURCE = "built-in-words.trees";
    /** The format's number, to change when the format changes. */
    private static final int FORMAT = 1;

    private BuiltInTrees() {
    }

    /**
     * Writes the resource.
     *
     * @param texts each file's name and text
     * @return the files left out because their text is not well-formed YAML (start-up parses them
     *         and reports the problem, as without the trees)
     */
    static List<String> write(Map<String, String> texts, OutputStream out) throws IOException {
        List<String> leftOut = new ArrayList<>();
        Map<String, Node> trees = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : texts.entrySet()) {
            try {
                trees.put(f.getKey(), Node.parse(f.getValue()));
            } catch (Node.SyntaxException e) {
                leftOut.add(f.getKey());
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeInt(FORMAT);
        data.writeInt(trees.size());
        for (Map.Entry<String, Node> t : trees.entrySet()) {
            String text = texts.get(t.getKey());
            Node.writeString(data, t.getKey());
            data.writeInt(text.length());
            data.writeInt(text.hashCode());
            t.getValue().write(data);
        }
        CRC32 crc = new CRC32();
        crc.update(bytes.toByteArray());
        data.writeInt((int) crc.getValue());
        bytes.writeTo(out);
        return leftOut;
    }

    /**
     * Reads the resource; never fails.
     *
     * @param resource the resource, or null when there is none; closed here
     * @param texts    each file's name and its text now
     * @return by file name, the tree of each file whose text is the one the tree was parsed from;
     *         none at all when the resource is missing or cannot be read
     */
    static Map<String, Node> read(InputStream resource, Map<String, String> texts) {
        if (resource == null) {
            return Map.of();
        }
        try (InputStream in = resource) {
            byte[] bytes = in.readAllBytes();
            int end = bytes.length - Integer.BYTES;
            if (end < 0) {
                return Map.of();
            }
            CRC32 crc = new CRC32();
            crc.update(bytes, 0, end);
            DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes, 0, end));
            if (ByteBuffer.wrap(bytes, end, Integer.BYTES).getInt() != (int) crc.getValue() || data.readInt() != FORMAT) {
                return Map.of();
            }
            Map<String, Node> trees = new HashMap<>();
            for (int n = data.readInt(); n > 0; n--) {
                String name = Node.readString(data);
                int length = data.readInt();
                int hash = data.readInt();
                Node tree = Node.read(data);
                String text = texts.get(name);
                if (text != null && text.length() == length && text.hashCode() == hash) {
                    trees.put(name, tree);
                }
            }
            return data.available() == 0 ? trees : Map.of();
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
    }
}
