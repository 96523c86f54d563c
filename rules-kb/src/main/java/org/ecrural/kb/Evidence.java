package org.ecrural.kb;

/**
 * A fact of the plan behind a finding: what it is ({@code kind}: PROJECT, NOMINATION, COUNTY,
 * TRAINING_RECORD, ALLOCATION, ITEM, ...), its id, and what of it counted (an amount, a rank, a
 * missing field).
 */
public record Evidence(String kind, String id, String detail) implements Comparable<Evidence> {
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
