package org.ecrural.kb.report;

/**
 * A fact of the plan behind a finding: what it is ({@code kind}: PROJECT, NOMINATION, COUNTY,
 * TRAINING_RECORD, ALLOCATION, WORK_PLAN_ITEM, ...), its id, and what of it counted (an amount, a
 * rank, a missing field).
 *
 * @param detail what of it counted, in English (for a rule written with words templates, the
 *               English line of {@code text})
 * @param text   the evidence line in Chinese and English, from the rule's words templates; null
 *               for a rule still written the old way (its consequence builds the detail itself)
 */
public record Evidence(String kind, String id, String detail, Text text) implements Comparable<Evidence> {

    /** Evidence without a both-language line (rules written the old way). */
    public Evidence(String kind, String id, String detail) {
        this(kind, id, detail, null);
    }

    /** @return the evidence line in the language, or "KIND id — detail" where the rule has no words for it */
    public String line(Language language) {
        if (text != null) {
            return text.in(language);
        }
        return kind + " " + id + (detail == null || detail.isEmpty() ? "" : " — " + detail);
    }

    @Override
    public int compareTo(Evidence o) {
        int c = kind.compareTo(o.kind);
        if (c == 0) {
            c = id.compareTo(o.id);
        }
        if (c == 0) {
            c = String.valueOf(detail).compareTo(String.valueOf(o.detail));
        }
        return c;
    }
}
