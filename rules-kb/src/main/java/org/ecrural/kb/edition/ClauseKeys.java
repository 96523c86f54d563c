package org.ecrural.kb.edition;

import java.util.List;
import java.util.Set;

/**
 * The clause keys of the notice, as clauses.md defines them.
 *
 * <p>Internal: public only for the engine and the rule-folder reader; not for hosts.
 */
public final class ClauseKeys {
    public static final List<String> ALL = List.of("preamble", "1", "2.1", "2.2", "3", "4", "4.1", "4.2", "4.3",
            "4.prohibited", "4.idle-funds", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "6.4", "6.5",
            "annex.1", "annex.2", "annex.3");
    private static final Set<String> SET = Set.copyOf(ALL);

    private ClauseKeys() {
    }

    public static boolean exists(String key) {
        return SET.contains(key);
    }
}
