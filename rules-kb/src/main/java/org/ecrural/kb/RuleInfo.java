package org.ecrural.kb;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A rule of the rule base, as its words file states it (or, for a rule still written the old
 * way, its DRL annotations {@code @id @clause @severity @title}).
 *
 * @param id          the stable rule id of clauses.md, e.g. FUND-UPWARD-MIN-SHARE (the DRL rule's name)
 * @param clause      the clause key(s) of the notice it enforces, e.g. "4.1" or "3, 5.1"
 * @param severity    how binding it is
 * @param title       a one-line statement of the rule in English
 * @param file        the DRL file it is written in
 * @param check       the section of the notice it belongs to
 * @param subjectType what its findings are about; null for a rule written the old way
 * @param titleText   the statement in Chinese and English; null for a rule written the old way
 * @param effects     what a finding of it means beyond blocking its subject
 */
public record RuleInfo(String id, String clause, Severity severity, String title, String file, Check check,
                       SubjectType subjectType, Text titleText, Set<Effect> effects)
        implements Comparable<RuleInfo> {

    public RuleInfo {
        effects = effects == null || effects.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(effects));
        if (check == null) {
            check = Check.ofRule(id);
        }
    }

    /** A rule written the old way: its section from its id's prefix, no subject type, effects or Chinese title. */
    public RuleInfo(String id, String clause, Severity severity, String title, String file) {
        this(id, clause, severity, title, file, null, null, null, Set.of());
    }

    @Override
    public int compareTo(RuleInfo o) {
        return id.compareTo(o.id);
    }
}
