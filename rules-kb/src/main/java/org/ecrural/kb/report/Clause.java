package org.ecrural.kb.report;

/**
 * One clause a finding can cite: a clause of the notice, or a local clause of a rule folder
 * (a provincial document's, from its {@code clauses.yaml}).
 *
 * @param key   its clause key, e.g. "4.1"
 * @param title its heading, e.g. "四、（一）促进农村产品上行"
 * @param text  its text, verbatim
 */
public record Clause(String key, String title, String text) {
}
