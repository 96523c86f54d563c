package org.ecrural.kb;

/**
 * A rule of the rule base as its DRL metadata declares it.
 *
 * @param id       the stable rule id of clauses.md, e.g. FUND-UPWARD-MIN-SHARE
 * @param clause   the clause key(s) of the notice it enforces, e.g. "4.1" or "3, 5.1"
 * @param severity how binding it is
 * @param title    a one-line statement of the rule in English
 * @param file     the DRL file it is written in
 */
public record RuleInfo(String id, String clause, Severity severity, String title, String file)
        implements Comparable<RuleInfo> {

    /** @return the section of the notice the rule belongs to */
    public Check check() {
        return Check.ofRule(id);
    }

    @Override
    public int compareTo(RuleInfo o) {
        return id.compareTo(o.id);
    }
}
