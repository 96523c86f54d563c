package org.ecrural.kb.words;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the resource of {@link BuiltInTrees}. Used by the build only: exec-maven-plugin runs it in
 * rules-kb's process-classes phase (rules-kb/pom.xml); nothing calls it at run time.
 *
 * <p>Arguments: the folder of the built-in words files and label table (the class output's
 * org/ecrural/rules, so that each text is, byte for byte, the one start-up reads from the class
 * path), and the resource file to write.
 */
final class BuiltInTreesWriter {
    private BuiltInTreesWriter() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> texts = new TreeMap<>();
        String glob = "{*" + Wording.WORDS_SUFFIX + "," + Wording.LABELS_FILE + "}";
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Path.of(args[0]), glob)) {
            for (Path f : files) {
                texts.put(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        Path resource = Path.of(args[1]);
        Files.createDirectories(resource.getParent());
        try (OutputStream out = Files.newOutputStream(resource)) {
            for (String file : BuiltInTrees.write(texts, out)) {
                System.err.println("[WARNING] " + file + " is not well-formed YAML: left out of " + resource
                        + " (start-up parses it and reports the problem)");
            }
        }
    }
}
