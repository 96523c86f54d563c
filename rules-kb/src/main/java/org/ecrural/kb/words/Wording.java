package org.ecrural.kb.words;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Text;

/**
 * The words of a rule base: one words file per section ({@code funds.words.yaml} beside
 * {@code funds.drl}) giving each rule its metadata and templates, and the label table
 * ({@code labels.yaml}). Read and checked once when a rule base is built; immutable and
 * thread-safe.
 *
 * <p>Engine internals: hosts read rules through {@code PolicyEngine.rules()} and findings
 * through the report.
 */
public final class Wording {
    /** The label table's file name, in a rule folder and beside the built-in DRL. */
    public static final String LABELS_FILE = "labels.yaml";
    /** The ending of a section's words file: {@code funds.words.yaml} holds the words of {@code funds.drl}. */
    public static final String WORDS_SUFFIX = ".words.yaml";

    private final Labels labels;
    private final Map<String, RuleWords> rules;
    private final Map<Check, Text> sections;
    private final Set<String> describedDrl;
    /** how many of its files were read from the build's trees ({@link BuiltInTrees}) rather than parsed from their YAML (tested) */
    final int filesFromTrees;

    private Wording(Labels labels, Map<String, RuleWords> rules, Map<Check, Text> sections, Set<String> describedDrl,
                    int filesFromTrees) {
        this.labels = labels;
        this.rules = Collections.unmodifiableMap(rules);
        this.sections = Collections.unmodifiableMap(sections);
        this.describedDrl = Collections.unmodifiableSet(describedDrl);
        this.filesFromTrees = filesFromTrees;
    }

    /**
     * Reads and checks the words of a rule base; every problem (file:line) is added to problems.
     *
     * @param wordsFiles each words file's name and text
     * @param labelsText the label table's text
     * @param drlFiles   each DRL file's name and text, to check the words against
     * @param clauseKeys the clause keys a rule may cite
     */
    public static Wording read(Map<String, String> wordsFiles, String labelsText, Map<String, String> drlFiles,
                               Collection<String> clauseKeys, List<RuleProblem> problems) {
        return read(wordsFiles, labelsText, drlFiles, clauseKeys, Map.of(), problems);
    }

    /**
     * Reads and checks the words of a rule base whose folder has local clauses (clauses.yaml).
     *
     * @param clauseKeys   the clause keys of the notice, each labelled in the label table
     * @param localClauses the folder's own clause keys with their labels; rules may cite them too
     */
    public static Wording read(Map<String, String> wordsFiles, String labelsText, Map<String, String> drlFiles,
                               Collection<String> clauseKeys, Map<String, Text> localClauses, List<RuleProblem> problems) {
        return read(wordsFiles, labelsText, drlFiles, clauseKeys, localClauses, true, Map.of(), problems);
    }

    /**
     * Reads the words of the library's own rule base without checking them against its DRL (the
     * values each consequence records, the variants it asks for, a rule without words): the build
     * checks them (BuiltInWordsTest), and start-up need not do it again. Nor does it parse their
     * YAML: it takes each file's tree from the resource the build wrote ({@link BuiltInTrees}),
     * and parses only a file whose text is not the one its tree was made from.
     */
    public static Wording readBuiltIn(Map<String, String> wordsFiles, String labelsText, Map<String, String> drlFiles,
                                      Collection<String> clauseKeys, List<RuleProblem> problems) {
        return readBuiltIn(BuiltInTrees.class.getResourceAsStream(BuiltInTrees.RESOURCE), wordsFiles, labelsText,
                drlFiles, clauseKeys, problems);
    }

    /** {@link #readBuiltIn} with the trees read from a resource (null: none), which is closed here. */
    static Wording readBuiltIn(InputStream trees, Map<String, String> wordsFiles, String labelsText,
                               Map<String, String> drlFiles, Collection<String> clauseKeys, List<RuleProblem> problems) {
        Map<String, String> texts = new HashMap<>(wordsFiles);
        texts.put(LABELS_FILE, labelsText);
        return read(wordsFiles, labelsText, drlFiles, clauseKeys, Map.of(), false, BuiltInTrees.read(trees, texts), problems);
    }

    /** @param trees by file name, the tree of each of these files that has one; the others are parsed from their text */
    private static Wording read(Map<String, String> wordsFiles, String labelsText, Map<String, String> drlFiles,
                                Collection<String> clauseKeys, Map<String, Text> localClauses, boolean checkDrl,
                                Map<String, Node> trees, List<RuleProblem> problems) {
        Labels labels = Labels.read(LABELS_FILE, tree(LABELS_FILE, labelsText, trees, problems), clauseKeys, problems)
                .withClauses(localClauses);
        if (!localClauses.isEmpty()) {
            List<String> all = new ArrayList<>(clauseKeys);
            all.addAll(localClauses.keySet());
            clauseKeys = all;
        }
        Map<String, RuleWords> rules = new LinkedHashMap<>();
        Map<Check, Text> sections = new EnumMap<>(Check.class);
        Set<String> described = new TreeSet<>();
        for (Map.Entry<String, String> f : wordsFiles.entrySet()) {
            String drlFile = f.getKey().substring(0, f.getKey().length() - WORDS_SUFFIX.length()) + ".drl";
            String drl = drlFiles.get(drlFile);
            Node root = tree(f.getKey(), f.getValue(), trees, problems);
            List<RuleWords> list = Words.read(f.getKey(), root, drl == null ? null : drlFile, checkDrl ? drl : null, labels,
                    clauseKeys, problems);
            if (drl != null) {
                described.add(drlFile);
            }
            for (RuleWords w : list) {
                RuleWords before = rules.put(w.info().id(), w);
                if (before != null) {
                    problems.add(new RuleProblem(w.wordsFile, w.line, 0, "rule " + w.info().id()
                            + " has words already in " + before.wordsFile));
                }
                if (w.section.check() != null && w.section.title() != null) {
                    sections.putIfAbsent(w.section.check(), w.section.title());
                }
            }
        }
        return new Wording(labels, rules, sections, described, trees.size());
    }

    /** @return a file's tree: the one known, else its text parsed (null when that is not well-formed YAML, the problem added) */
    private static Node tree(String file, String text, Map<String, Node> trees, List<RuleProblem> problems) {
        Node tree = trees.get(file);
        return tree != null ? tree : Node.parse(file, text, problems);
    }

    /** @return no words at all: every rule written the old way */
    public static Wording none() {
        return new Wording(Labels.read(LABELS_FILE, "{}", List.of(), new ArrayList<>()), Map.of(), Map.of(), Set.of(), 0);
    }

    /** @return the words of a rule (by its DRL name = its id), or null for a rule written the old way */
    public RuleWords rule(String name) {
        return rules.get(name);
    }

    /** @return the words of every rule, in the order of the words files and of the rules in each */
    public java.util.Collection<RuleWords> rules() {
        return rules.values();
    }

    /** @return a date as findings write it: 2018年5月31日 / 31 May 2018 */
    public static String date(java.time.LocalDate date, org.ecrural.kb.report.Language lang) {
        return Format.date(date, lang);
    }

    /** @return an amount of yuan as findings write it, without the unit: 1,600,000.00 */
    public static String money(java.math.BigDecimal yuan) {
        String withUnit = Format.money(yuan, org.ecrural.kb.report.Language.EN);
        return withUnit.substring(0, withUnit.length() - " yuan".length());
    }

    /** @return the label table */
    public Labels labels() {
        return labels;
    }

    /** @return whether a DRL file's rules take their words from a words file beside it */
    public boolean describes(String drlFile) {
        return describedDrl.contains(drlFile);
    }

    /** @return a section's title as its words file states it */
    public Optional<Text> sectionTitle(Check check) {
        return Optional.ofNullable(sections.get(check));
    }
}
