package org.ecrural.kb.folder;

import org.ecrural.kb.edition.Editions;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.RuleProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
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
 * ({@code labels.yaml}), the edition parameters ({@code edition.json}) and overlay editions
 * ({@code editions/NAME.json}, each changing some parameters of the edition it extends). {@code ecrural init-rules DIR} writes the built-in one as a folder;
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
    /** The largest file of a rule folder that is read, in bytes. */
    public static final int MAX_FILE_BYTES = 2 << 20;
    /** The most characters all files of a rule folder may hold together. */
    static final long MAX_FOLDER_CHARS = 16L << 20;
    /** The most entries a rule folder may hold. */
    static final int MAX_ENTRIES = 1000;
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    private final String origin;
    private final Map<String, String> drl;
    /** the scenario files, read on first use for the built-in folder (only tests and validation need them) */
    private final java.util.function.Supplier<Map<String, String>> scenarios;
    private final String edition;
    private final Map<String, String> words;
    private final String labels;
    /** overlay editions: name to the text of editions/NAME.json */
    private final Map<String, String> editions;
    /** the text of clauses.yaml (local clauses), or null */
    private final String clauses;

    private RuleFolder(String origin, Map<String, String> drl, Map<String, String> scenarios, String edition,
                       Map<String, String> words, String labels) {
        this(origin, drl, fixed(scenarios), edition, words, labels, Map.of(), null);
    }

    private RuleFolder(String origin, Map<String, String> drl, java.util.function.Supplier<Map<String, String>> scenarios,
                       String edition, Map<String, String> words, String labels, Map<String, String> editions,
                       String clauses) {
        this.clauses = clauses;
        this.origin = origin;
        this.editions = Collections.unmodifiableMap(new java.util.TreeMap<>(editions));
        this.drl = Collections.unmodifiableMap(new LinkedHashMap<>(drl));
        this.scenarios = scenarios;
        this.edition = edition;
        this.words = Collections.unmodifiableMap(new LinkedHashMap<>(words));
        this.labels = labels;
    }

    /** A location of a rule in its DRL file. */
    public record RuleLocation(String file, int line) {
    }

    /** @return the rule base built into this library, as source */
    public static RuleFolder builtIn() {
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        for (String section : BUILT_IN_SECTIONS) {
            String text = resource(BUILT_IN_PACKAGE + section + ".drl");
            if (text != null) {
                drl.put(section + ".drl", text);
            }
            String w = resource(BUILT_IN_PACKAGE + section + Wording.WORDS_SUFFIX);
            if (w != null) {
                words.put(section + Wording.WORDS_SUFFIX, w);
            }
        }
        String edition = resource(EditionParameters.BUILT_IN_RESOURCE.substring(1));
        return new RuleFolder("built-in", drl, new BuiltInScenarios(), edition, words, builtInLabels(), Map.of(), null);
    }

    private static java.util.function.Supplier<Map<String, String>> fixed(Map<String, String> scenarios) {
        Map<String, String> copy = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
        return () -> copy;
    }

    /** The built-in scenario files (about 300 KB), read when first asked for: evaluating never needs them. */
    private static final class BuiltInScenarios implements java.util.function.Supplier<Map<String, String>> {
        private volatile Map<String, String> read;

        @Override
        public Map<String, String> get() {
            Map<String, String> r = read;
            if (r == null) {
                Map<String, String> scenarios = new LinkedHashMap<>();
                for (String section : BUILT_IN_SECTIONS) {
                    String s = resource(BUILT_IN_PACKAGE + section + SCENARIO_SUFFIX);
                    if (s != null) {
                        scenarios.put(section + SCENARIO_SUFFIX, s);
                    }
                }
                read = r = Collections.unmodifiableMap(scenarios);
            }
            return r;
        }
    }

    /**
     * Reads a rule folder: every {@code *.drl}, every {@code *.scenarios.json} and
     * {@code edition.json} directly in it.
     *
     * @throws RuleBaseException when the folder is missing or holds no DRL or no edition.json
     */
    public static RuleFolder read(Path dir) {
        if (Files.isSymbolicLink(dir)) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), "is a symbolic link; give the rule folder itself")));
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(),
                    Files.exists(dir, LinkOption.NOFOLLOW_LINKS) ? "is a file, not a rule folder" : "no such rule folder")));
        }
        Map<String, String> drl = new LinkedHashMap<>();
        Map<String, String> scenarios = new LinkedHashMap<>();
        Map<String, String> words = new LinkedHashMap<>();
        String labels = null;
        String localClauses = null;
        String edition = null;
        List<RuleProblem> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> list = Files.list(dir)) {
            files = list.limit(MAX_ENTRIES + 1L).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), "cannot list: " + e.getMessage())));
        }
        if (files.size() > MAX_ENTRIES) {
            throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), "holds more than " + MAX_ENTRIES + " entries")));
        }
        long total = 0;
        for (Path f : files) {
            String name = f.getFileName().toString();
            boolean ours = name.endsWith(".drl") || name.endsWith(SCENARIO_SUFFIX) || name.equals(EDITION_FILE)
                    || name.endsWith(Wording.WORDS_SUFFIX) || name.equals(Wording.LABELS_FILE)
                    || name.equals(ClauseTexts.LOCAL_FILE);
            if (!ours) {
                continue;
            }
            if (Files.isSymbolicLink(f)) {
                problems.add(RuleProblem.of(name, "is a symbolic link; a rule folder holds regular files only"));
                continue;
            }
            if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(RuleProblem.of(name, "is not a regular file; a rule folder holds regular files only"));
                continue;
            }
            String text;
            try {
                text = readCapped(f, MAX_FILE_BYTES);
            } catch (IOException e) {
                problems.add(RuleProblem.of(name, "cannot read: " + e.getMessage()));
                continue;
            }
            if (text == null) {
                problems.add(RuleProblem.of(name, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB, the limit of a rule folder's file"));
                continue;
            }
            total += text.length();
            if (total > MAX_FOLDER_CHARS) {
                problems.add(RuleProblem.of(dir.toString(), "its files are larger than " + MAX_FOLDER_CHARS / (1024 * 1024)
                        + " MiB together, the limit of a rule folder"));
                break;
            }
            if (name.endsWith(".drl")) {
                drl.put(name, text);
            } else if (name.endsWith(SCENARIO_SUFFIX)) {
                scenarios.put(name, text);
            } else if (name.endsWith(Wording.WORDS_SUFFIX)) {
                words.put(name, text);
            } else if (name.equals(Wording.LABELS_FILE)) {
                labels = text;
            } else if (name.equals(ClauseTexts.LOCAL_FILE)) {
                localClauses = text;
            } else {
                edition = text;
            }
        }
        Map<String, String> editions = new LinkedHashMap<>();
        if (total <= MAX_FOLDER_CHARS) {
            total += readEditions(dir, editions, problems, MAX_FOLDER_CHARS - total);
        }
        if (drl.isEmpty() && problems.isEmpty()) {
            problems.add(RuleProblem.of(dir.toString(), "holds no .drl file"));
        }
        if (edition == null && problems.isEmpty()) {
            problems.add(RuleProblem.of(dir.toString(), "holds no " + EDITION_FILE));
        }
        if (!problems.isEmpty()) {
            throw new RuleBaseException(problems);
        }
        // a folder written before words files existed uses the built-in label table
        return new RuleFolder(dir.toString(), sectionOrder(drl), fixed(sectionOrder(scenarios)), edition, sectionOrder(words),
                labels == null ? builtInLabels() : labels, editions, localClauses);
    }

    /**
     * Reads the overlay editions of {@code DIR/editions/}: every {@code NAME.json}, NAME an edition
     * name, under the same limits as the folder's other files.
     *
     * @return the characters read
     */
    private static long readEditions(Path dir, Map<String, String> editions, List<RuleProblem> problems, long room) {
        Path sub = dir.resolve(Editions.DIR);
        if (!Files.exists(sub, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        if (Files.isSymbolicLink(sub) || !Files.isDirectory(sub, LinkOption.NOFOLLOW_LINKS)) {
            problems.add(RuleProblem.of(Editions.DIR, "is not a folder; a rule folder holds regular files only"));
            return 0;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(sub)) {
            files = list.limit(MAX_ENTRIES + 1L).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            problems.add(RuleProblem.of(Editions.DIR, "cannot list: " + e.getMessage()));
            return 0;
        }
        if (files.size() > MAX_ENTRIES) {
            problems.add(RuleProblem.of(Editions.DIR, "holds more than " + MAX_ENTRIES + " entries"));
            return 0;
        }
        long total = 0;
        for (Path f : files) {
            String fileName = f.getFileName().toString();
            if (!fileName.endsWith(".json")) {
                continue;
            }
            String name = fileName.substring(0, fileName.length() - ".json".length());
            String shown = Editions.file(name);
            if (!EditionParameters.EDITION_NAME.matcher(name).matches()) {
                problems.add(RuleProblem.of(shown, "is not named after an edition: letters, digits, '-', '_' and '.', "
                        + "starting with a letter or digit, at most 64 characters"));
                continue;
            }
            if (Files.isSymbolicLink(f) || !Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
                problems.add(RuleProblem.of(shown, "is not a regular file; a rule folder holds regular files only"));
                continue;
            }
            String text;
            try {
                text = readCapped(f, MAX_FILE_BYTES);
            } catch (IOException e) {
                problems.add(RuleProblem.of(shown, "cannot read: " + e.getMessage()));
                continue;
            }
            if (text == null) {
                problems.add(RuleProblem.of(shown, "is larger than " + MAX_FILE_BYTES / 1024 + " KiB, the limit of a rule folder's file"));
                continue;
            }
            total += text.length();
            if (total > room) {
                problems.add(RuleProblem.of(dir.toString(), "its files are larger than " + MAX_FOLDER_CHARS / (1024 * 1024)
                        + " MiB together, the limit of a rule folder"));
                break;
            }
            editions.put(name, text);
        }
        return total;
    }

    /** Reads at most max bytes of a regular file, without following a link; null when it holds more. */
    private static String readCapped(Path f, int max) throws IOException {
        try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                return null;
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
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

    /**
     * Writes the folder's files into dir (created if needed), never through a symbolic link.
     *
     * @param replace whether files of the same names already in dir are replaced (a link among
     *                them is removed, never followed); when false, such a file is an error and
     *                nothing is written
     * @throws IOException when dir or a file cannot be written, dir is a link, or a file exists and replace is false
     */
    public void writeTo(Path dir, boolean replace) throws IOException {
        if (Files.isSymbolicLink(dir)) {
            throw new IOException(dir + " is a symbolic link");
        }
        Files.createDirectories(dir);
        Map<String, String> all = new LinkedHashMap<>(drl);
        all.putAll(scenarios.get());
        all.putAll(words);
        all.put(Wording.LABELS_FILE, labels);
        all.put(EDITION_FILE, edition);
        editions.forEach((name, text) -> all.put(Editions.file(name), text));
        if (clauses != null) {
            all.put(ClauseTexts.LOCAL_FILE, clauses);
        }
        if (!replace) {
            for (String name : all.keySet()) {
                Path f = dir.resolve(name);
                if (Files.exists(f, LinkOption.NOFOLLOW_LINKS)) {
                    throw new java.nio.file.FileAlreadyExistsException(f.toString(), null, "already exists");
                }
            }
        }
        if (!editions.isEmpty()) {
            Path sub = dir.resolve(Editions.DIR);
            if (Files.isSymbolicLink(sub)) {
                throw new IOException(sub + " is a symbolic link");
            }
            Files.createDirectories(sub);
        }
        for (Map.Entry<String, String> e : all.entrySet()) {
            Path f = dir.resolve(e.getKey());
            if (replace) {
                Files.deleteIfExists(f); // removes a link itself, never its target
            }
            Files.write(f, e.getValue().getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /** Writes the folder's files into dir, replacing files of the same names; see {@link #writeTo(Path, boolean)}. */
    public void writeTo(Path dir) throws IOException {
        writeTo(dir, true);
    }

    /** @return the same rules and scenarios with other edition parameters (a what-if) */
    public RuleFolder withEdition(String editionJson, String origin) {
        return new RuleFolder(origin, drl, scenarios, editionJson, words, labels, editions, clauses);
    }

    /** @return the overlay editions ({@code editions/NAME.json}): each name and the file's text, sorted by name */
    public Map<String, String> editionFiles() {
        return editions;
    }

    /** @return the same folder with one more overlay edition (or another text for it), as {@code editions/NAME.json} */
    public RuleFolder withEditionFile(String name, String json) {
        if (!EditionParameters.EDITION_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an edition name: " + name);
        }
        Map<String, String> more = new java.util.TreeMap<>(editions);
        more.put(name, json);
        return new RuleFolder(origin, drl, scenarios, edition, words, labels, more, clauses);
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
        return scenarios.get();
    }

    /** @return each words file's name and text ({@code funds.words.yaml}: the words of {@code funds.drl}) */
    public Map<String, String> wordsFiles() {
        return words;
    }

    /** @return the text of the label table, labels.yaml */
    public String labelsText() {
        return labels;
    }

    /** @return the text of clauses.yaml, the clauses of provincial documents its rules may cite; null when it has none */
    public String localClausesText() {
        return clauses;
    }

    /** @return the text of edition.json */
    public String editionText() {
        return edition;
    }

    /** @return where each rule (by name) is written */
    public Map<String, RuleLocation> ruleLocations() {
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
