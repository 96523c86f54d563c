package org.ecrural.kb;

import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Subject;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.words.Values;
import org.ecrural.model.County;
import org.ecrural.model.FundAllocation;
import org.kie.api.runtime.KieSession;

/**
 * Names what failed when a rule's condition or consequence threw (a null field dereferenced, most
 * often): the rule and the fact it was evaluated on, by its subject (type and id), so that the user
 * reads "rule … failed on project P-1 (ProjectItem) evaluating its condition …: …" and never a bare RuntimeException.
 */
final class RuleFailure {
    /** Drools names the rule of a failed constraint in its message: {@code [Rule "NAME" in file.drl]}. */
    private static final Pattern RULE = Pattern.compile("[Rr]ule[: ]+\"([^\"]+)\"|[Rr]ule name: ?'?([^'\\]\\n,]+)");
    private static final Pattern CONSTRAINT = Pattern.compile("[Ee]rror evaluating constraint '(.+?)'");

    private RuleFailure() {
    }

    /** Thrown while inserting one fact: a condition on that fact alone failed. */
    static final class OnFact extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient Object fact;
        /** the rule, when Drools' message does not name it; else null */
        final String rule;

        OnFact(Object fact, String rule, RuntimeException cause) {
            super(cause.getMessage(), cause, false, false);
            this.fact = fact;
            this.rule = rule;
        }
    }

    /** Inserts the facts one by one, so that a condition failing on one of them names it. */
    static void insert(KieSession session, List<Object> facts) {
        for (Object fact : facts) {
            try {
                session.insert(fact);
            } catch (RuntimeException e) {
                throw new OnFact(fact, null, e);
            }
        }
    }

    /**
     * Finds the fact a failed condition was evaluated on, when it failed while the rules fired: the
     * facts are inserted again into a fresh session one at a time, each followed by an evaluation that
     * fires nothing; the fact after whose insertion the failure recurs is the one that completed the
     * failing match.
     *
     * @return the fact, or null when the failure does not recur
     */
    static Object replay(org.kie.api.KieBase kieBase, FindingsGlobal global, List<Object> facts) {
        KieSession session = kieBase.newKieSession();
        try {
            global.set(session);
            for (Object fact : facts) {
                try {
                    session.insert(fact);
                    session.fireAllRules(match -> false);
                } catch (RuntimeException e) {
                    return fact;
                }
            }
            return null;
        } finally {
            session.dispose();
        }
    }

    /** Sets the session's global before a replay. */
    interface FindingsGlobal {
        void set(KieSession session);
    }

    /** @return the rule named by the exception chain (a consequence's match, or a constraint's message), or null */
    static String rule(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OnFact f && f.rule != null) {
                return f.rule;
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
                return ce.getMatch().getRule().getName();
            }
        }
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getClass().getSimpleName().equals("ConstraintEvaluationException")) {
                Matcher m = RULE.matcher(c.getMessage());
                if (m.find()) {
                    return (m.group(1) != null ? m.group(1) : m.group(2)).strip();
                }
            }
        }
        return null;
    }

    /**
     * @return the one rule whose source writes the failed constraint (Drools does not always name the
     *         rule of a constraint that failed in a join), or null when none or several do
     */
    static String ruleWriting(RuleFolder source, String constraint) {
        if (constraint == null) {
            return null;
        }
        String found = null;
        for (String name : source.ruleLocations().keySet()) {
            String text = source.ruleSource(name);
            if (text != null && text.contains(constraint)) {
                if (found != null) {
                    return null;
                }
                found = name;
            }
        }
        return found;
    }

    /** @return the failed constraint as the DRL writes it, or null */
    static String constraint(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c.getMessage() != null && c.getClass().getSimpleName().equals("ConstraintEvaluationException")) {
                Matcher m = CONSTRAINT.matcher(c.getMessage());
                if (m.find()) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    /** @return the fact the exception names: the one being inserted, or the first subject of a failed consequence's match */
    static Object fact(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof OnFact f) {
                return f.fact;
            }
            if (c instanceof org.kie.api.runtime.rule.ConsequenceException ce && ce.getMatch() != null) {
                Object first = null;
                for (Object o : ce.getMatch().getObjects()) {
                    if (subject(o) != null) {
                        return o;
                    }
                    first = first == null ? o : first;
                }
                return first;
            }
        }
        return null;
    }

    /** @return a fact as its subject ("project P-1 (ProjectItem)"), or its type and key, or its type alone */
    static String describe(Object fact) {
        String type = fact.getClass().getSimpleName();
        Values.Subject s = subject(fact);
        if (s != null) {
            return s.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + s.id() + " (" + type + ")";
        }
        if (fact instanceof County c) {
            return "county " + c.getCode() + " (County)";
        }
        if (fact instanceof FundAllocation a) {
            return "the allocation of area " + a.getArea() + " to " + a.getRecipient() + " (FundAllocation)";
        }
        return "a " + type;
    }

    private static Values.Subject subject(Object fact) {
        try {
            return fact == null ? null : Values.subjectOf(fact);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
