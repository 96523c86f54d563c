package org.ecrural.kb.edition;

import org.ecrural.kb.report.Clause;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Text;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of the 2018 notice split by the clause keys of clauses.md ({@code preamble}, {@code 3},
 * {@code 4.1}, {@code 4.prohibited}, {@code annex.2} …), copied verbatim from the notice, read
 * from the data file {@value #RESOURCE}. The texts are Chinese, as the notice is. The sentences a
 * rule enforces are its words' {@code quotes} ({@link org.ecrural.kb.report.RuleInfo#quotes()}).
 *
 * <pre>{@code
 * for (Clause c : ClauseTexts.textsFor(finding)) {
 *     System.out.println(c.key() + " " + c.title() + ": " + c.text());
 * }
 * }</pre>
 */
public final class ClauseTexts {
    /** Resource path of the clause texts of the 2018 notice. */
    public static final String RESOURCE = "org/ecrural/notice/notice-2018-clauses.json";

    private static final Map<String, Clause> CLAUSES;

    static {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        try (InputStream in = ClauseTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = JsonTrees.read(in.readAllBytes());
            root.path("clauses").fields().forEachRemaining(e -> clauses.put(e.getKey(),
                    new Clause(e.getKey(), e.getValue().path("title").asText(), e.getValue().path("text").asText())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CLAUSES = Collections.unmodifiableMap(clauses);
    }

    private ClauseTexts() {
    }

    /** @return every clause of the notice, in the notice's order */
    public static List<Clause> all() {
        return List.copyOf(CLAUSES.values());
    }

    /** @return the verbatim text of a clause key, or null for a key the notice does not have */
    public static String text(String key) {
        Clause c = CLAUSES.get(key);
        return c == null ? null : c.text();
    }

    /** @return the clause of a key, or null for a key the notice does not have */
    public static Clause clause(String key) {
        return CLAUSES.get(key);
    }

    /**
     * @param clause a rule's clause reference: one key ("4.1") or several ("3, 5.1")
     * @return the keys it names, in its order
     */
    public static List<String> keys(String clause) {
        List<String> keys = new ArrayList<>();
        if (clause != null) {
            for (String k : clause.split(",")) {
                if (!k.isBlank()) {
                    keys.add(k.strip());
                }
            }
        }
        return keys;
    }

    /** @return the clauses a rule's clause reference names ("3, 5.1" gives two), skipping unknown keys */
    public static List<Clause> texts(String clause) {
        return texts(clause, Map.of());
    }

    /** @return the clauses a finding enforces, one per key of its rule's clause reference */
    public static List<Clause> textsFor(Finding finding) {
        return texts(finding.clause());
    }

    /** The file of a rule folder that holds the texts of local clauses (a provincial document's). */
    public static final String LOCAL_FILE = "clauses.yaml";
    private static final java.util.regex.Pattern LOCAL_KEY = java.util.regex.Pattern.compile("[a-z][a-z0-9-]*(?:\\.[A-Za-z0-9-]+)+");
    private static final java.util.Set<String> LOCAL_FIELDS = java.util.Set.of("title", "text", "label");

    /**
     * The local clauses of a rule folder, read from {@value #LOCAL_FILE}: clauses of a provincial
     * document that the folder's rules may cite beside the notice's.
     *
     * @param clauses each local clause by key, in the file's order
     * @param labels  how a finding names each (zh, en), by key: its {@code label}, else the key itself
     */
    public record Local(Map<String, Clause> clauses, Map<String, Text> labels) {
        public static final Local NONE = new Local(Map.of(), Map.of());
    }

    /**
     * Reads a folder's {@value #LOCAL_FILE}; every problem is added with its line.
     *
     * <pre>{@code
     * gansu.3:                                   # a key of its own: lower-case name, a dot, a part
     *   title: 甘肃省电子商务进农村综合示范实施方案 三
     *   text: 各示范县上行项目资金占比不低于60%。     # required: quoted in reports and by explain
     *   label: {zh: 甘肃方案三, en: "Gansu plan, part 3"}   # optional: how findings name it
     * }</pre>
     */
    public static Local readLocal(String text, List<RuleProblem> problems) {
        if (text == null) {
            return Local.NONE;
        }
        JsonNode root;
        try {
            root = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper()
                    .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
        } catch (IOException e) {
            String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 0;
            problems.add(new RuleProblem(LOCAL_FILE, Math.max(line, 0), 0, "not valid YAML: " + why));
            return Local.NONE;
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return Local.NONE;
        }
        if (!root.isObject()) {
            problems.add(RuleProblem.of(LOCAL_FILE, "expected clause keys, each with its title and text"));
            return Local.NONE;
        }
        Map<String, Clause> clauses = new LinkedHashMap<>();
        Map<String, Text> labels = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            String key = e.getKey();
            JsonNode c = e.getValue();
            int line = lineOf(text, key);
            List<RuleProblem> mine = new ArrayList<>();
            if (ClauseKeys.exists(key)) {
                mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause " + key + " is a clause of the notice; give a local clause a key of its own (e.g. gansu.3)"));
            } else if (!LOCAL_KEY.matcher(key).matches()) {
                mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause key \"" + key + "\" is not of the form name.part (e.g. gansu.3)"));
            }
            if (!c.isObject()) {
                mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause " + key + ": expected its title and text"));
            } else {
                c.fieldNames().forEachRemaining(f -> {
                    if (!LOCAL_FIELDS.contains(f)) {
                        mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause " + key + ": unknown key " + f + "; allowed: label, text, title"));
                    }
                });
                if (!c.path("text").isTextual() || c.path("text").asText().isBlank()) {
                    mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause " + key + ": text is missing"));
                }
                JsonNode label = c.path("label");
                if (!label.isMissingNode() && !(label.path("zh").isTextual() && label.path("en").isTextual() && label.size() == 2)) {
                    mine.add(new RuleProblem(LOCAL_FILE, line, 0, "clause " + key + ": label must be {zh: …, en: …}"));
                }
            }
            problems.addAll(mine);
            if (mine.isEmpty()) {
                clauses.put(key, new Clause(key, c.path("title").asText(key), c.get("text").asText().strip()));
                JsonNode label = c.path("label");
                labels.put(key, label.isMissingNode() ? new Text(key, key) : new Text(label.get("zh").asText(), label.get("en").asText()));
            }
        });
        return new Local(Collections.unmodifiableMap(clauses), Collections.unmodifiableMap(labels));
    }

    private static int lineOf(String text, String key) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[\"']?" + java.util.regex.Pattern.quote(key) + "[\"']?\\s*:")
                .matcher(text);
        return m.find() ? (int) text.substring(0, m.start()).chars().filter(ch -> ch == '\n').count() + 1 : 0;
    }

    /** @return the clauses a clause reference names, the notice's or the folder's own, skipping unknown keys */
    public static List<Clause> texts(String clause, Map<String, Clause> local) {
        List<Clause> list = new ArrayList<>();
        for (String k : keys(clause)) {
            Clause c = CLAUSES.containsKey(k) ? CLAUSES.get(k) : local.get(k);
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }

    /** @return {@link #joinedTextFor(Finding)} with the rule base's local clauses */
    public static String joinedTextFor(Finding finding, Map<String, Clause> local) {
        return String.join("\n\n", texts(finding.clause(), local).stream().map(Clause::text).toList());
    }

    /** @return {@link #quotesFor(Finding)} with the rule base's local clauses */
    public static List<String> quotesFor(Finding finding, Map<String, Clause> local) {
        List<String> q = finding.rule().quotes();
        List<String> localTexts = keys(finding.clause()).stream().filter(k -> !CLAUSES.containsKey(k) && local.containsKey(k))
                .map(k -> local.get(k).text()).toList();
        if (!q.isEmpty() || finding.rule().basis() != null) {
            List<String> all = new ArrayList<>(q);
            all.addAll(localTexts); // the notice's sentences, then the local clauses the rule cites too
            return all;
        }
        return texts(finding.clause(), local).stream().map(Clause::text).toList();
    }

    /** @return the clause texts a finding enforces, joined by a blank line (what reports print) */
    public static String joinedTextFor(Finding finding) {
        return joinedTextFor(finding, Map.of());
    }

    /**
     * @return the sentence(s) a finding enforces: its rule's quotes, or, for a rule without them
     *         (a rule folder's own rule), the whole text of its clauses
     */
    public static List<String> quotesFor(Finding finding) {
        return quotesFor(finding, Map.of());
    }
}
