package org.ecrural.kb.mutation;

import org.ecrural.kb.report.RuleProblem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.ScenarioResults;
import org.ecrural.kb.Scenarios;
import org.ecrural.kb.words.Wording;

/**
 * Mutation testing of a rule base: are its scenarios strong enough to notice when one condition
 * of a rule, or one parameter it reads, is changed? Each mutant (see {@link #mutants}) is compiled
 * and run against the scenarios of its rule's section plus every scenario elsewhere that names the
 * rule; it is <b>killed</b> when one of them fails on it.
 *
 * <p><b>How a mutant is run.</b> The rules of one section never see another section's findings (no
 * rule inserts or changes a fact), so a mutant of a rule in {@code funds.drl} is compiled from
 * {@code funds.drl} (with its words, the labels and the edition) alone, which takes a fraction of
 * compiling the whole folder, and its scenarios are run on that one section. Their outcome is
 * compared with the same scenarios run on the unmutated section: an expected (or expected-absent)
 * finding that now fails kills the mutant. A verdict depends on every section's findings; when a
 * verdict expectation turns out differently on the section alone, the mutant is compiled as a
 * whole folder and the scenarios are run on it, so a kill by a verdict is exact. A folder whose
 * sections do not compile alone is compiled whole for every mutant.
 *
 * <p>A parameter mutant (an edition value moved by one step) changes every rule that reads the
 * parameter; it is attributed to each of them and killed, for a rule, only by an expectation that
 * names the rule. It survives as <b>pinned</b> when every scenario expecting something of the rule
 * pins the parameter on purpose ({@code "parameters"}).
 *
 * <p>Thread-safe; mutants run in parallel on the given number of threads, results in mutant order.
 */
public final class MutationTesting {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final RuleFolder folder;
    private final boolean trusted;
    private final int threads;
    private final List<ScenarioRef> scenarios;
    private final Map<String, Map<String, EquivalentMutants.Entry>> equivalents;
    private final Map<String, PolicyEngine> sectionEngines = new ConcurrentHashMap<>();
    private final Map<String, Map<String, ScenarioResults.Outcome>> baselines = new ConcurrentHashMap<>();
    private volatile Boolean sectionsAlone;

    /** One scenario of the folder: its file, its index there, its JSON, the rules it names and the parameters it pins. */
    record ScenarioRef(String file, int index, ObjectNode node, Set<String> names, Set<String> pinned) {
        String id() {
            return file + "#" + index;
        }
    }

    /**
     * @param folder  the rule folder (the built-in one: {@link RuleFolder#builtIn()})
     * @param trusted whether its DRL is compiled with trust (the built-in rule base, {@code --trust-rules});
     *                otherwise to the sandboxed executable model, as {@code test --rules} does
     * @param threads how many mutants run at once (at least 1)
     */
    public MutationTesting(RuleFolder folder, boolean trusted, int threads) {
        this.folder = folder;
        this.trusted = trusted;
        this.threads = Math.max(1, threads);
        this.scenarios = scenarios(folder);
        this.equivalents = EquivalentMutants.read(folder);
    }

    /** @return every mutant of the folder's rules (of the given rule ids; every rule when empty), in a stable order */
    public List<Mutant> mutants(Set<String> rules) {
        return Mutator.mutants(folder, rules);
    }

    /**
     * A deterministic sample: per rule, the {@code perRule} mutants whose keys hash lowest (a hash
     * of the key alone, so the same mutants are chosen on every machine and whatever lines move).
     *
     * @return the sample, in the mutants' order
     */
    public static List<Mutant> sample(List<Mutant> mutants, int perRule) {
        Map<String, List<Mutant>> byRule = new LinkedHashMap<>();
        mutants.forEach(m -> byRule.computeIfAbsent(m.ruleId(), k -> new ArrayList<>()).add(m));
        Set<Mutant> chosen = new java.util.HashSet<>();
        byRule.values().forEach(list -> list.stream()
                .sorted(Comparator.comparingLong((Mutant m) -> stableHash(m.key())).thenComparing(Mutant::key))
                .limit(perRule).forEach(chosen::add));
        return mutants.stream().filter(chosen::contains).toList();
    }

    private static long stableHash(String s) {
        long h = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }

    /** @return the ids of the folder's rules, in file and text order */
    public List<String> ruleIds() {
        return Mutator.rules(folder).stream().map(Mutator.RuleText::id).toList();
    }

    /**
     * Runs the given mutants.
     *
     * @throws RuleBaseException when the unmutated folder does not compile or its scenarios do not all pass
     */
    public MutationReport run(List<Mutant> mutants) {
        long start = System.nanoTime();
        checkOriginal(mutants.stream().map(Mutant::section).collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        List<MutantResult> results = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ecrural-mutant");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<MutantResult>> futures = new ArrayList<>();
            for (Mutant m : mutants) {
                futures.add(pool.submit(() -> classify(m, runOne(m))));
            }
            for (Future<MutantResult> f : futures) {
                try {
                    results.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException(e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // a listed equivalent is stale when no mutant of its rule matches it, whether or not this run (a sample) ran that mutant
        Set<String> rulesRun = new TreeSet<>();
        mutants.forEach(m -> rulesRun.add(m.ruleId()));
        return new MutationReport(folder.origin(), ruleIds(), results, equivalents, staleEquivalents(mutants(rulesRun)),
                (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * @return a problem for each equivalent mutant listed in a words file that matches no mutant of
     *         its rule (so the lists cannot go stale), at file:line
     */
    public List<String> staleEquivalents() {
        return staleEquivalents(mutants(Set.of()));
    }

    private List<String> staleEquivalents(List<Mutant> mutants) {
        List<String> out = new ArrayList<>();
        Set<String> rulesRun = new TreeSet<>();
        mutants.forEach(m -> rulesRun.add(m.ruleId()));
        equivalents.forEach((rule, entries) -> entries.values().forEach(e -> {
            if (rulesRun.contains(rule) && mutants.stream().noneMatch(m -> m.ruleId().equals(rule)
                    && Mutator.collapse(m.change()).equals(e.change()))) {
                out.add(e.file() + ":" + e.line() + ": rule " + rule + " lists the equivalent mutant \"" + e.change()
                        + "\", which matches no mutant of the rule");
            }
        }));
        return out;
    }

    private MutantResult classify(Mutant m, MutantResult r) {
        if (r.status() != MutantResult.Status.SURVIVED) {
            return r;
        }
        EquivalentMutants.Entry e = equivalents.getOrDefault(m.ruleId(), Map.of()).get(Mutator.collapse(m.change()));
        if (e != null) {
            return new MutantResult(m, MutantResult.Status.EQUIVALENT, e.why());
        }
        return r;
    }

    // ---- running one mutant ----

    /** Checks that the scenarios pass on the folder as written, and whether the given sections compile and run alone. */
    private void checkOriginal(Set<String> needed) {
        PolicyEngine whole = compile(folderFiles(null, null), null);
        ScenarioResults all = Scenarios.run(whole);
        if (!all.passed()) {
            List<org.ecrural.kb.report.RuleProblem> problems = new ArrayList<>();
            problems.add(org.ecrural.kb.report.RuleProblem.of(folder.origin(), "the scenarios fail on the rules as written; "
                    + "mutation testing needs them to pass first (run test)"));
            problems.addAll(all.problems());
            throw new RuleBaseException(problems);
        }
        boolean alone = true;
        for (String section : sections()) {
            if (!needed.contains(section)) {
                continue;
            }
            try {
                sectionEngine(section);
                Set<String> own = sectionRules(section);
                for (ScenarioResults.Outcome o : baseline(section).values()) {
                    for (String f : o.failures()) {
                        if (own.contains(ruleOf(expectationKey(f)))) {
                            throw new IllegalStateException("section " + section + " runs differently alone: " + f);
                        }
                    }
                }
            } catch (RuntimeException e) {
                alone = false;
                break;
            }
        }
        sectionsAlone = alone;
    }

    private List<String> sections() {
        return folder.drlFiles().keySet().stream().map(Mutator::section).toList();
    }

    private PolicyEngine sectionEngine(String section) {
        return sectionEngines.computeIfAbsent(section, s -> compile(folderFiles(s, null), null));
    }

    private MutantResult runOne(Mutant m) {
        List<ScenarioRef> relevant = relevant(m.ruleId(), m.section());
        if (relevant.isEmpty()) {
            return new MutantResult(m, MutantResult.Status.SURVIVED, "no scenario names the rule");
        }
        boolean alone = Boolean.TRUE.equals(sectionsAlone);
        PolicyEngine engine;
        try {
            if (m.kind() == Mutant.Kind.PARAMETER) {
                engine = withEdition(alone ? sectionEngine(m.section()) : compile(folderFiles(null, null), null), m.text());
            } else {
                engine = compile(folderFiles(alone ? m.section() : null, m), null);
            }
        } catch (RuleBaseException e) {
            return new MutantResult(m, MutantResult.Status.NOT_COMPILED,
                    e.problems().isEmpty() ? "" : e.problems().get(0).toString());
        } catch (RuntimeException e) {
            return new MutantResult(m, MutantResult.Status.NOT_COMPILED, e.toString());
        }
        Map<String, ScenarioResults.Outcome> now;
        String crash = null;
        try {
            now = run(engine, relevant);
        } catch (RuntimeException e) {
            // the engine stopped on a scenario: a scenario whose expectations fail on the mutant still kills it;
            // crashed only when none does
            crash = firstLine(e);
            now = new TreeMap<>();
            for (ScenarioRef s : relevant) {
                try {
                    now.putAll(run(engine, List.of(s)));
                } catch (RuntimeException ignored) {
                    // this scenario crashes the mutant; the others are judged below
                }
            }
        }
        Map<String, ScenarioResults.Outcome> before = alone ? baseline(m.section()) : Map.of();
        boolean verdictsDiffer = false;
        for (ScenarioRef s : relevant) {
            ScenarioResults.Outcome o = now.get(s.id());
            if (o == null) {
                continue;
            }
            ScenarioResults.Outcome b = before.get(s.id());
            List<String> was = b == null ? List.of() : b.failures();
            for (String f : o.failures()) {
                if (f.startsWith("expected verdict ")) {
                    if (!alone && m.kind() != Mutant.Kind.PARAMETER) {
                        return new MutantResult(m, MutantResult.Status.KILLED, s.file() + ": " + name(s) + ": " + f);
                    }
                    verdictsDiffer |= !was.contains(f);
                    continue;
                }
                String key = expectationKey(f);
                if (was.stream().noneMatch(w -> expectationKey(w).equals(key))
                        && (m.kind() != Mutant.Kind.PARAMETER || m.ruleId().equals(ruleOf(key)))) {
                    return new MutantResult(m, MutantResult.Status.KILLED, s.file() + ": " + name(s) + ": " + f);
                }
            }
            for (String w : was) {
                if (w.startsWith("expected verdict ")) {
                    verdictsDiffer |= !o.failures().contains(w);
                } else if (o.failures().stream().noneMatch(f -> expectationKey(f).equals(expectationKey(w)))
                        && (m.kind() != Mutant.Kind.PARAMETER || m.ruleId().equals(ruleOf(expectationKey(w))))) {
                    return new MutantResult(m, MutantResult.Status.KILLED, s.file() + ": " + name(s) + ": now passes: " + w);
                }
            }
        }
        if (crash != null) {
            return new MutantResult(m, MutantResult.Status.CRASHED, crash);
        }
        if (verdictsDiffer && m.kind() != Mutant.Kind.PARAMETER && alone) {
            // a verdict depends on every section's findings: run the mutant as a whole folder
            try {
                PolicyEngine whole = compile(folderFiles(null, m), null);
                Map<String, ScenarioResults.Outcome> full = run(whole, relevant);
                for (ScenarioRef s : relevant) {
                    ScenarioResults.Outcome o = full.get(s.id());
                    if (!o.failures().isEmpty()) {
                        return new MutantResult(m, MutantResult.Status.KILLED, s.file() + ": " + name(s) + ": " + o.failures().get(0));
                    }
                }
            } catch (RuleBaseException e) {
                return new MutantResult(m, MutantResult.Status.NOT_COMPILED,
                        e.problems().isEmpty() ? "" : e.problems().get(0).toString());
            } catch (RuntimeException e) {
                return new MutantResult(m, MutantResult.Status.CRASHED, firstLine(e));
            }
        }
        if (m.kind() == Mutant.Kind.PARAMETER) {
            List<ScenarioRef> about = relevant.stream().filter(s -> s.names().contains(m.ruleId())).toList();
            if (!about.isEmpty() && about.stream().allMatch(s -> s.pinned().contains(m.parameter()))) {
                return new MutantResult(m, MutantResult.Status.PINNED, "every scenario of " + m.ruleId() + " pins "
                        + m.parameter() + " (" + about.size() + ")");
            }
        }
        return new MutantResult(m, MutantResult.Status.SURVIVED, "");
    }

    private static String firstLine(Throwable e) {
        String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return msg.lines().findFirst().orElse("");
    }

    private static String name(ScenarioRef s) {
        return s.node().path("name").asText("#" + s.index());
    }

    /** @return a failure line up to what the report showed: the expectation it names */
    static String expectationKey(String failure) {
        for (String sep : List.of(" but the report has ", " but found ", " but got ")) {
            int at = failure.indexOf(sep);
            if (at > 0) {
                return failure.substring(0, at);
            }
        }
        return failure;
    }

    private static String ruleOf(String key) {
        String rest = key.startsWith("expected no ") ? key.substring(12) : key.startsWith("expected ") ? key.substring(9) : key;
        int sp = rest.indexOf(' ');
        return sp < 0 ? rest : rest.substring(0, sp);
    }

    private Map<String, ScenarioResults.Outcome> baseline(String section) {
        return baselines.computeIfAbsent(section, s -> {
            List<ScenarioRef> all = scenarios.stream().filter(r -> r.file().equals(s + RuleFolder.SCENARIO_SUFFIX)
                    || sectionRules(s).stream().anyMatch(r.names()::contains)).toList();
            return run(sectionEngine(s), all);
        });
    }

    private Set<String> sectionRules(String section) {
        Set<String> ids = new TreeSet<>();
        Mutator.rules(folder).stream().filter(r -> r.section().equals(section)).forEach(r -> ids.add(r.id()));
        return ids;
    }

    /** @return the scenarios of the rule's section, then every other scenario that names the rule */
    List<ScenarioRef> relevant(String ruleId, String section) {
        return scenarios.stream().filter(s -> s.file().equals(section + RuleFolder.SCENARIO_SUFFIX) || s.names().contains(ruleId))
                .toList();
    }

    /** Runs the scenarios, each renamed by its id so that outcomes map back to them. */
    private static Map<String, ScenarioResults.Outcome> run(PolicyEngine engine, List<ScenarioRef> refs) {
        Map<String, ArrayNode> byFile = new LinkedHashMap<>();
        for (ScenarioRef r : refs) {
            ObjectNode copy = r.node().deepCopy();
            copy.put("name", r.id());
            byFile.computeIfAbsent(r.file(), f -> JSON.createArrayNode()).add(copy);
        }
        Map<String, String> files = new LinkedHashMap<>();
        byFile.forEach((f, list) -> {
            ObjectNode root = JSON.createObjectNode();
            root.set("scenarios", list);
            files.put(f, root.toString());
        });
        Map<String, ScenarioResults.Outcome> out = new TreeMap<>();
        for (ScenarioResults.Outcome o : Scenarios.run(engine, files).outcomes()) {
            out.put(o.name(), o);
        }
        return out;
    }

    private static List<ScenarioRef> scenarios(RuleFolder folder) {
        List<ScenarioRef> out = new ArrayList<>();
        folder.scenarioFiles().forEach((file, text) -> {
            JsonNode root;
            try {
                root = JSON.readTree(text);
            } catch (IOException e) {
                return; // the unmutated run reports it
            }
            JsonNode list = root == null ? null : root.path("scenarios");
            if (list == null || !list.isArray()) {
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (!(list.get(i) instanceof ObjectNode s)) {
                    continue;
                }
                Set<String> names = new TreeSet<>();
                for (String part : List.of("expect", "expectAbsent")) {
                    s.path(part).forEach(e -> {
                        if (e.path("rule").isTextual()) {
                            names.add(e.get("rule").asText());
                        }
                    });
                }
                Set<String> pinned = new TreeSet<>();
                s.path("parameters").fieldNames().forEachRemaining(pinned::add);
                out.add(new ScenarioRef(file, i, s, names, pinned));
            }
        });
        return out;
    }

    // ---- compiling ----

    /**
     * @param section the one section to compile, or null for every section
     * @param mutant  the mutant whose DRL replaces its file's, or null
     * @return the folder's files (name to text) to compile
     */
    private Map<String, String> folderFiles(String section, Mutant mutant) {
        Map<String, String> files = new LinkedHashMap<>();
        folder.drlFiles().forEach((name, text) -> {
            if (section == null || Mutator.section(name).equals(section)) {
                files.put(name, mutant != null && mutant.kind() != Mutant.Kind.PARAMETER && mutant.file().equals(name) ? mutant.text() : text);
            }
        });
        folder.wordsFiles().forEach((name, text) -> {
            if (section == null || name.equals(section + Wording.WORDS_SUFFIX)) {
                files.put(name, text);
            }
        });
        if (folder.labelsText() != null) {
            files.put(Wording.LABELS_FILE, folder.labelsText());
        }
        files.put(RuleFolder.EDITION_FILE, folder.editionText());
        folder.editionFiles().forEach((name, text) -> files.put("editions/" + name + ".json", text));
        if (folder.localClausesText() != null) {
            files.put(ClauseTexts.LOCAL_FILE, folder.localClausesText());
        }
        return files;
    }

    private PolicyEngine compile(Map<String, String> files, String unused) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ecrural-mutant");
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path p = dir.resolve(f.getKey());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
            }
            return PolicyEngine.fromFolder(dir, trusted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(dir);
        }
    }

    private static PolicyEngine withEdition(PolicyEngine engine, String editionJson) {
        Path file = null;
        try {
            file = Files.createTempFile("ecrural-mutant", ".json");
            Files.writeString(file, editionJson, StandardCharsets.UTF_8);
            return engine.withParameters(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(file);
        }
    }

    private static void delete(Path p) {
        if (p == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            walk.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    // a temporary file left behind
                }
            });
        } catch (IOException e) {
            // a temporary file left behind
        }
    }
}
