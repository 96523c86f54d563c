package org.ecrural.kb.report;

import java.util.Comparator;
import java.util.Objects;

/** The subject of a finding or verdict: a type and the id of the thing in the plan. */
public record Subject(SubjectType type, String id) implements Comparable<Subject> {
    private static final Comparator<Subject> ORDER =
            Comparator.comparing(Subject::type).thenComparing(Subject::id);

    public Subject {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(id, "id");
    }

    @Override
    public int compareTo(Subject other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return type + " " + id;
    }
}
