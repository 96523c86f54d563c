package org.ecrural.kb;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.report.RuleInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ecrural.kb.words.Wording;

/**
 * The rules of the library's own rule base as its words files state them (id, clause, severity,
 * section, subject type, title, quotes), in the order of the words files: the rule catalogue of
 * clauses.md, derived. Read without compiling any rule; a test compares it with clauses.md.
 */
public final class Catalogue {
    private static final class Holder {
        static final Wording WORDING = RuleBase.builtInWording();
        static final List<RuleInfo> RULES = WORDING.rules().stream().map(w -> w.info()).toList();
    }

    private Catalogue() {
    }

    /** @return every rule of the built-in rule base, section by section in the order of its words files */
    public static List<RuleInfo> rules() {
        return Holder.RULES;
    }

    /** @return the built-in rule of an id */
    public static Optional<RuleInfo> rule(String id) {
        return Holder.RULES.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** @return the label of an enum value (a subject type, a plan model value) in the built-in label table */
    public static String label(Enum<?> value, Language lang) {
        return Holder.WORDING.labels().of(value, lang);
    }

    /** @return the built-in label table (enum values, clause keys, provinces) */
    static org.ecrural.kb.words.Labels labels() {
        return Holder.WORDING.labels();
    }

    /**
     * @return the label of a clause key in both languages from the label table: 附件三 / annex, part 3
     *         for {@code annex.3}; the key itself for a key the table lacks
     */
    public static Text clauseLabel(String key) {
        return labels().clause(key);
    }

    /** @return the labels of a clause reference's keys in a language, joined: 三、五（一） / section 3, section 5(1) */
    public static String clauseLabels(String clause, Language lang) {
        List<String> out = new ArrayList<>();
        for (String k : ClauseTexts.keys(clause)) {
            out.add(clauseLabel(k).in(lang));
        }
        return String.join(lang == Language.ZH ? "、" : ", ", out);
    }
}
