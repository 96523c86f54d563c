package org.ecrural.kb;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * rule enforces are its words' {@code quotes} ({@link RuleInfo#quotes()}).
 *
 * <pre>{@code
 * for (ClauseTexts.Clause c : ClauseTexts.textsFor(finding)) {
 *     System.out.println(c.key() + " " + c.title() + ": " + c.text());
 * }
 * }</pre>
 */
public final class ClauseTexts {
    /** Resource path of the clause texts of the 2018 notice. */
    public static final String RESOURCE = "org/ecrural/notice/notice-2018-clauses.json";

    /**
     * One clause of the notice.
     *
     * @param key   its clause key, e.g. "4.1"
     * @param title its heading in the notice, e.g. "四、（一）促进农村产品上行"
     * @param text  its text, verbatim
     */
    public record Clause(String key, String title, String text) {
    }

    private static final Map<String, Clause> CLAUSES;

    static {
        Map<String, Clause> clauses = new LinkedHashMap<>();
        try (InputStream in = ClauseTexts.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
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

    /**
     * @return the label of a clause key in both languages from the label table: 附件三 / annex, part 3
     *         for {@code annex.3}; the key itself for a key the table lacks
     */
    public static Text label(String key) {
        return Catalogue.labels().clause(key);
    }

    /** @return the labels of a clause reference's keys in a language, joined: 三、五（一） / section 3, section 5(1) */
    public static String labels(String clause, Language lang) {
        List<String> out = new ArrayList<>();
        for (String k : keys(clause)) {
            out.add(label(k).in(lang));
        }
        return String.join(lang == Language.ZH ? "、" : ", ", out);
    }

    /** @return the clauses a rule's clause reference names ("3, 5.1" gives two), skipping unknown keys */
    public static List<Clause> texts(String clause) {
        List<Clause> list = new ArrayList<>();
        for (String k : keys(clause)) {
            Clause c = CLAUSES.get(k);
            if (c != null) {
                list.add(c);
            }
        }
        return list;
    }

    /** @return the clauses a finding enforces, one per key of its rule's clause reference */
    public static List<Clause> textsFor(Finding finding) {
        return texts(finding.clause());
    }

    /** @return the clause texts a finding enforces, joined by a blank line (what reports print) */
    public static String joinedTextFor(Finding finding) {
        List<String> parts = new ArrayList<>();
        textsFor(finding).forEach(c -> parts.add(c.text()));
        return String.join("\n\n", parts);
    }

    /**
     * @return the sentence(s) a finding enforces: its rule's quotes, or, for a rule without them
     *         (a rule folder's own rule), the whole text of its clauses
     */
    public static List<String> quotesFor(Finding finding) {
        List<String> q = finding.rule().quotes();
        if (!q.isEmpty() || finding.rule().basis() != null) {
            return q;
        }
        return textsFor(finding).stream().map(Clause::text).toList();
    }
}
