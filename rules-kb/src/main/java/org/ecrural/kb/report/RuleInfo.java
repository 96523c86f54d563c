package org.ecrural.kb.report;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A rule of the rule base, as its words file states it (or, for a rule still written the old
 * way, its DRL annotations {@code @id @clause @severity @title}).
 *
 * @param id          the stable rule id of clauses.md (the DRL rule's name)
 * @param clause      the clause key(s) of the notice it enforces, e.g. "4.1" or "3, 5.1"
 * @param severity    how binding it is
 * @param title       a one-line statement of the rule in English
 * @param file        the DRL file it is written in
 * @param check       the section of the notice it belongs to: its words file's {@code section}
 * @param subjectType what its findings are about; null for a rule written the old way
 * @param titleText   the statement in Chinese and English; null for a rule written the old way
 * @param effects     what a finding of it means beyond blocking its subject
 * @param quotes      the sentence(s) of the notice it enforces, each verbatim in one of its clauses;
 *                    empty when its words quote none
 * @param basis       for a rule that no sentence of the notice states, what it rests on instead, in
 *                    both languages; null otherwise
 */
public record RuleInfo(String id, String clause, Severity severity, String title, String file, Check check,
                       SubjectType subjectType, Text titleText, Set<Effect> effects, List<String> quotes, Text basis)
        implements Comparable<RuleInfo> {

    public RuleInfo {
        effects = effects == null || effects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(effects));
        quotes = quotes == null ? List.of() : List.copyOf(quotes);
        java.util.Objects.requireNonNull(check, "check");
    }

    /** A rule that quotes no sentence of the notice and states no basis. */
    public RuleInfo(String id, String clause, Severity severity, String title, String file, Check check,
                    SubjectType subjectType, Text titleText, Set<Effect> effects) {
        this(id, clause, severity, title, file, check, subjectType, titleText, effects, List.of(), null);
    }

    /** @return the statement in a language: the Chinese title, or the English one for a rule written the old way */
    public String title(Language lang) {
        return titleText == null ? title : lang == Language.ZH ? titleText.zh() : titleText.en();
    }

    @Override
    public int compareTo(RuleInfo o) {
        return id.compareTo(o.id);
    }
}
