package org.ecrural.kb;

import org.ecrural.kb.report.RuleInfo;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A rule is its DRL and its words entry: no rule id in the main Java of the library, the model or
 * the CLI, and no file of the knowledge base but those two (scenarios and the label table aside)
 * that names it.
 */
class RuleDefinedOnceTest {
    /** The project's root: this test runs in rules-kb. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path KB = ROOT.resolve("rules-kb/src/main/resources");

    /** @return the pattern of a catalogue id: one of the catalogue's first words, then words joined by hyphens */
    static Pattern idPattern() {
        String prefixes = Catalogue.rules().stream().map(r -> r.id().substring(0, r.id().indexOf('-')))
                .distinct().sorted().collect(Collectors.joining("|"));
        return Pattern.compile("\\b(?:" + prefixes + ")(?:-[A-Z0-9]+)+\\b");
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }

    @Test
    void theCataloguePatternFindsEveryIdAndNothingElse() {
        Pattern id = idPattern();
        Catalogue.rules().forEach(r -> assertThat(id.matcher("x " + r.id() + ";").find()).as(r.id()).isTrue());
        assertThat(id.matcher("UTF-8, ISO-8859-1, FUNDS, ELIG").find()).isFalse();
    }

    @Test
    void noRuleIdInTheMainJavaOfTheLibraryTheModelOrTheCli() throws IOException {
        Pattern id = idPattern();
        List<String> found = new ArrayList<>();
        int scanned = 0;
        for (String module : List.of("rules-kb", "rules-model", "rules-examples")) {
            Path src = ROOT.resolve(module).resolve("src/main/java");
            assertThat(src).isDirectory();
            for (Path p : files(src, ".java")) {
                scanned++;
                List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = id.matcher(lines.get(i));
                    while (m.find()) {
                        found.add(ROOT.relativize(p) + ":" + (i + 1) + ": " + m.group());
                    }
                }
            }
        }
        assertThat(scanned).isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    @Test
    void eachRuleIsDefinedInItsDrlAndItsWordsEntryOnly() throws IOException {
        Map<String, TreeSet<String>> filesOf = new TreeMap<>();
        Catalogue.rules().forEach(r -> filesOf.put(r.id(), new TreeSet<>()));
        Pattern id = idPattern();
        for (Path p : files(KB, "")) {
            String name = p.getFileName().toString();
            if (name.endsWith(".scenarios.json") || name.equals("labels.yaml") || name.endsWith(".class")) {
                continue;
            }
            String text = Files.readString(p, StandardCharsets.UTF_8);
            Matcher m = id.matcher(text);
            while (m.find()) {
                filesOf.computeIfAbsent(m.group(), k -> new TreeSet<>()).add(name);
            }
        }
        assertThat(filesOf).hasSize(Catalogue.rules().size());
        for (RuleInfo r : Catalogue.rules()) {
            String section = r.file().substring(0, r.file().length() - ".drl".length());
            assertThat(filesOf.get(r.id())).as(r.id() + " is named in").containsExactly(section + ".drl", section + ".words.yaml");
        }
    }
}
