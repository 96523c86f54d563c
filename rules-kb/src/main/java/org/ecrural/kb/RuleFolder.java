package org.ecrural.kb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ecrural.kb.words.Wording;

/**
 * The editable source of a rule base: one DRL file per section of the notice, the scenarios
 * beside each ({@code funds.drl} and {@code funds.scenarios.json}), the words of each converted
 * section ({@code funds.words.yaml}: each rule's metadata and templates), the label table
 * ({@code labels.yaml}) and the edition parameters ({@code edition.json}). {@code ecrural init-rules DIR} writes the built-in one as a folder;
 * {@code --rules DIR} reads one back. Immutable.
 */
public final class RuleFolder {
    /** The edition parameters' file name in a folder. */
    public static final String EDITION_FILE = "edition.json";
    /** The ending of scenario files. */
    public static final String SCENARIO_SUFFIX = ".scenarios.json";
    /** The built-in DRL files, one per section of the notice, in the notice's order. */
    static final List<String> BUILT_IN_SECTIONS = List.of("eligibility", "procedure", "funds", "service-system",
            "training", "acceptance", "management", "work-plan", "targets");
    static final String BUILT_IN_PACKAGE = "org/ecrural/rules/";
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final String origin;
    private final Map<String, String> drl;
    private final Map<String, String> scenarios;
    private final String edition;
    private final Map<String, String> words;
    private final String labels;

    private RuleFolder(String origin, Map<String, String> drl, Map<String, String> scenarios, String edition,
                       Map<String, String> words, String labels) {
        this.origin = origin;
        this.drl = Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        this.scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
        this.edition = edition;
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        this.labels = labels;
    }

    /** A location of a rule in its DRL file. */
    record RuleLocation(String file, int line) {
    }

    /** @return the rule base built into this library, as source */
    public static RuleFolder builtIn() {
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, String> scenarios = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String section : BUILT_IN_SECTIONS) {
            String text = resource(BUILT_IN_PACKAGE + section + ".drl");
            if (text != null) {
                drl.put(section + ".drl", text);
            }
            String s = resource(BUILT_IN_PACKAGE + section + SCENARIO_SUFFIX);
            if (s != null) {
                scenarios.put(section + SCENARIO_SUFFIX, s);
            }
            String w = resource(BUILT_IN_PACKAGE + section + Wording.WORDS_SUFFIX);
            if (w != null) {
                words.put(section + Wording.WORDS_SUFFIX, w);
            }
        }
        String edition = resource(EditionParameters.BUILT_IN_RESOURCE.substring(1));
        return new RuleFolder("built-in", drl, scenarios, edition, words, builtInLabels());
    }

    /**
     * Reads a rule folder: every {@code *.drl}, every {@code *.scenarios.json} and
     * {@code edition.json} directly in it.
     *
     * @throws RuleBaseException when the folder is missing or holds no DRL or no edition.json
     */
    public static RuleFolder read(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(),
                    Files.exists(dir) ? "is a file, not a rule folder" : "no such rule folder")));
        }
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, String> scenarios = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        String labels = null;
        String edition = null;
        List<RuleProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.sorted().toList();
        } catch (IOException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), "cannot list: " + e.getMessage())));
        }
        for (Path f : files) {
            String name = f.getFileName().toString();
            if (!Files.isRegularFile(f)) {
                continue;
            }
            try {
                if (name.endsWith(".drl")) {
                    drl.put(name, Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.endsWith(SCENARIO_SUFFIX)) {
                    scenarios.put(name, Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.equals(EDITION_FILE)) {
                    edition = Files.readString(f, StandardCharsets.UTF_8);
                } else if (name.endsWith(Wording.WORDS_SUFFIX)) {
                    words.put(name, Files.readString(f, StandardCharsets.UTF_8));
                } else if (name.equals(Wording.LABELS_FILE)) {
                    labels = Files.readString(f, StandardCharsets.UTF_8);
                }
            } catch (IOException e) {
                problems.add(RuleProblem.of(name, "cannot read: " + e.getMessage()));
            }
        }
        if (drl.isEmpty()) {
            problems.add(RuleProblem.of(dir.toString(), "holds no .drl file"));
        }
        if (edition == null) {
            problems.add(RuleProblem.of(dir.toString(), "holds no " + EDITION_FILE));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        // a folder written before words files existed uses the built-in label table
        return new RuleFolder(dir.toString(), sectionOrder(drl), sectionOrder(scenarios), edition, sectionOrder(words),
                labels == null ? builtInLabels() : labels);
    }

    private static Map<String, String> sectionOrder(Map<String, String> files) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (String section : BUILT_IN_SECTIONS) {
            files.entrySet().stream().filter(e -> e.getKey().startsWith(section + "."))
                    .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        }
        ordered.putAll(files);
        return ordered;
    }

    /** Writes the folder's files into dir (created if needed); existing files of the same names are replaced. */
    public void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : drl.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> e : scenarios.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, String> e : words.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Files.writeString(dir.resolve(Wording.LABELS_FILE), labels, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(EDITION_FILE), edition, StandardCharsets.UTF_8);
    }

    /** @return the same rules and scenarios with other edition parameters (a what-if) */
    public RuleFolder withEdition(String editionJson, String origin) {
        return new RuleFolder(origin, drl, scenarios, editionJson, words, labels);
    }

    /** @return where the folder came from: its path, or "built-in" */
    public String origin() {
        return origin;
    }

    /** @return each DRL file's name and text, in the notice's section order */
    public Map<String, String> drlFiles() {
        return drl;
    }

    /** @return each scenario file's name and text */
    public Map<String, String> scenarioFiles() {
        return scenarios;
    }

    /** @return each words file's name and text ({@code funds.words.yaml}: the words of {@code funds.drl}) */
    public Map<String, String> wordsFiles() {
        return words;
    }

    /** @return the text of the label table, labels.yaml */
    public String labelsText() {
        return labels;
    }

    /** @return the text of edition.json */
    public String editionText() {
        return edition;
    }

    /** @return where each rule (by name) is written */
    Map<String, RuleLocation> ruleLocations() {
        Map<String, RuleLocation> map = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : drl.entrySet()) {
            Matcher m = RULE.matcher(e.getValue());
            while (m.find()) {
                int line = RuleProblem.atOffset(e.getKey(), e.getValue(), m.start(1), "").line();
                map.put(m.group(1), new RuleLocation(e.getKey(), line));
            }
        }
        return map;
    }

    /** @return the DRL source of one rule, from its {@code rule} line to its {@code end}, or null */
    public String ruleSource(String ruleName) {
        for (String text : drl.values()) {
            Matcher m = Pattern.compile("(?ms)^\\s*rule\\s+\"" + Pattern.quote(ruleName) + "\".*?^end\\b").matcher(text);
            if (m.find()) {
                return m.group().stripLeading();
            }
        }
        return null;
    }

    private static String builtInLabels() {
        return resource(BUILT_IN_PACKAGE + Wording.LABELS_FILE);
    }

    private static String resource(String name) {
        try (InputStream in = RuleFolder.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
