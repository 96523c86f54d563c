package org.ecrural.kb.mutation;

/**
 * One change to a rule folder: a condition of one rule's {@code when} part, or one edition
 * parameter the rule reads, moved by one step. Immutable.
 *
 * @param ruleId    the rule the change is attributed to
 * @param section   the rule's section (its DRL file's name without {@code .drl})
 * @param file      where the change is written: the DRL file, or {@code edition.json}
 * @param line      its line in that file (1-based)
 * @param kind      what kind of change
 * @param before    the condition (or parameter) as written
 * @param after     the condition (or parameter) as the mutant has it
 * @param key       a stable key that does not depend on the line: rule id, kind, before, after and
 *                  the occurrence index among the rule's mutants of the same change
 * @param parameter for a {@link Kind#PARAMETER} mutant, the parameter's name; otherwise null
 * @param text      the mutated DRL file's text, or for a parameter mutant the mutated edition.json
 */
public record Mutant(String ruleId, String section, String file, int line, Kind kind, String before, String after,
                     String key, String parameter, String text) {

    /** The kinds of change. */
    public enum Kind {
        /** {@code <} and {@code <=}, {@code >} and {@code >=}, {@code ==} and {@code !=} swapped */
        COMPARISON,
        /** {@code memberOf} and {@code not memberOf}, {@code contains} and {@code not contains} swapped */
        MEMBERSHIP,
        /** {@code &&} and {@code ||} swapped */
        LOGIC,
        /** the conditional elements {@code not} and {@code exists} swapped */
        NOT_EXISTS,
        /** one comma-separated constraint of a pattern dropped */
        DROP_CONSTRAINT,
        /** an edition parameter the rule reads moved by one step */
        PARAMETER
    }

    /** @return the change as the rule's own words: {@code before -> after} (how an equivalent mutant is listed) */
    public String change() {
        return before + " -> " + after;
    }

    /** @return {@code file:line  before  ->  after} */
    public String description() {
        return file + ":" + line + "  " + before + "  ->  " + after;
    }
}
