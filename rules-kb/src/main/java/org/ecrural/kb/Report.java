package org.ecrural.kb;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The result of evaluating a plan: findings sorted by subject type, subject id and rule id, and
 * the verdict on each nomination, area, project and the province's filing. Immutable.
 */
public final class Report {
    private final String edition;
    private final LocalDate evaluationDate;
    private final List<Finding> findings;
    private final List<Verdict> verdicts;

    Report(String edition, LocalDate evaluationDate, List<Finding> findings, List<Verdict> verdicts) {
        this.edition = edition;
        this.evaluationDate = evaluationDate;
        this.findings = List.copyOf(findings);
        this.verdicts = List.copyOf(verdicts);
    }

    /** @return the interchange format version, 1 */
    public int format() {
        return 1;
    }

    public String edition() {
        return edition;
    }

    /** @return the date the plan was judged on (the plan's, or today when it gave none) */
    public LocalDate evaluationDate() {
        return evaluationDate;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<Verdict> verdicts() {
        return verdicts;
    }

    /** @return the findings of one rule */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** @return the finding of a rule on a subject, if any */
    public Optional<Finding> finding(String ruleId, SubjectType type, String id) {
        Subject s = new Subject(type, id);
        return findings.stream().filter(f -> f.ruleId().equals(ruleId) && f.subject().equals(s)).findFirst();
    }

    /** @return the verdict on a subject, if any */
    public Optional<Outcome> verdict(SubjectType type, String id) {
        Subject s = new Subject(type, id);
        return verdicts.stream().filter(v -> v.subject().equals(s)).map(Verdict::outcome).findFirst();
    }

    /** @return whether any finding blocks */
    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    /** @return the report as format v1 JSON, byte for byte the same for the same plan */
    public String toJson() {
        return ReportJson.write(this);
    }
}
