package org.ecrural.kb.report;

/** The outcome for one subject: a nomination, an area, a project or the province's filing. */
public record Verdict(Subject subject, Outcome outcome) implements Comparable<Verdict> {
    @Override
    public int compareTo(Verdict other) {
        return subject.compareTo(other.subject);
    }
}
