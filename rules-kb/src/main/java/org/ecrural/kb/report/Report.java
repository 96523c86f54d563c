package org.ecrural.kb.report;

import org.ecrural.kb.edition.ClauseTexts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of evaluating a plan: findings sorted by subject type, subject id and rule id, and
 * the verdict on each nomination, area, project and the province's filing; with what the reports
 * show of the plan beside them (the names of subjects, each area's and project's central funds,
 * the written justifications) and a {@link #summary()}. Immutable.
 */
public final class Report {
    private final String edition;
    private final LocalDate evaluationDate;
    private final List<Finding> findings;
    private final List<Verdict> verdicts;
    private final PlanFigures figures;
    /** the ids of every rule of the rule base that made the report; empty when not known */
    private final java.util.SortedSet<String> ruleIds;
    /** the local clauses of the rule base that produced it (a rule folder's clauses.yaml), by key */
    private final Map<String, Clause> localClauses;

    /** Internal: the engine makes reports; public only because it lives in another package. */
    public Report(String edition, LocalDate evaluationDate, List<Finding> findings, List<Verdict> verdicts) {
        this(edition, evaluationDate, findings, verdicts, PlanFigures.EMPTY);
    }

    /** Internal, as {@link #Report(String, LocalDate, List, List)}. */
    public Report(String edition, LocalDate evaluationDate, List<Finding> findings, List<Verdict> verdicts, PlanFigures figures) {
        this(edition, evaluationDate, findings, verdicts, figures, java.util.Collections.emptySortedSet(), Map.of());
    }

    /** Internal, as {@link #Report(String, LocalDate, List, List)}. */
    public Report(String edition, LocalDate evaluationDate, List<Finding> findings, List<Verdict> verdicts, PlanFigures figures,
            java.util.SortedSet<String> ruleIds, Map<String, Clause> localClauses) {
        this.localClauses = Map.copyOf(localClauses);
        this.edition = edition;
        this.evaluationDate = evaluationDate;
        this.findings = List.copyOf(findings);
        this.verdicts = List.copyOf(verdicts);
        this.figures = figures;
        this.ruleIds = ruleIds;
    }

    /** @return the ids of every rule of the rule base that made this report (for {@code ReportAssert}); empty when not known */
    public java.util.SortedSet<String> ruleIds() {
        return ruleIds;
    }

    /**
     * Counts and sums of a report, for its summary.
     *
     * @param findings                  the number of findings
     * @param blocking                  how many of them block
     * @param justified                 how many are justified deviations
     * @param bySeverity                findings per severity, every severity present (zero where none)
     * @param bySection                 findings per section of the notice and severity, every section present
     * @param verdicts                  verdicts per outcome, only outcomes given
     * @param nonCompliantAreas         the number of areas judged NON_COMPLIANT
     * @param nonCompliantAreaFunds     the central funds at stake there: the sum of their allocations
     * @param notAcceptableProjects     the number of projects judged NOT_ACCEPTABLE
     * @param notAcceptableProjectFunds the central funds at stake there: the sum of their central funds
     */
    public record Summary(int findings, int blocking, int justified, Map<Severity, Integer> bySeverity,
                          Map<Check, Map<Severity, Integer>> bySection, Map<Outcome, Integer> verdicts,
                          int nonCompliantAreas, BigDecimal nonCompliantAreaFunds,
                          int notAcceptableProjects, BigDecimal notAcceptableProjectFunds) {
    }

    /** @return counts per severity, per section and per verdict, and the central funds at stake */
    public Summary summary() {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        Map<Check, Map<Severity, Integer>> bySection = new EnumMap<>(Check.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        for (Check c : Check.values()) {
            Map<Severity, Integer> m = new EnumMap<>(Severity.class);
            for (Severity s : Severity.values()) {
                m.put(s, 0);
            }
            bySection.put(c, m);
        }
        int blocking = 0;
        int justified = 0;
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            Check section;
            try {
                section = f.rule().check();
            } catch (IllegalArgumentException e) {
                section = null;
            }
            if (section != null) {
                bySection.get(section).merge(f.severity(), 1, Integer::sum);
            }
            blocking += f.blocking() ? 1 : 0;
            justified += f.justified() ? 1 : 0;
        }
        Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
        int areas = 0;
        int projects = 0;
        BigDecimal areaFunds = BigDecimal.ZERO;
        BigDecimal projectFunds = BigDecimal.ZERO;
        for (Verdict v : verdicts) {
            outcomes.merge(v.outcome(), 1, Integer::sum);
            if (v.outcome() == Outcome.NON_COMPLIANT) {
                areas++;
                areaFunds = areaFunds.add(figures.areaCentralFunds().getOrDefault(v.subject().id(), BigDecimal.ZERO));
            } else if (v.outcome() == Outcome.NOT_ACCEPTABLE) {
                projects++;
                projectFunds = projectFunds.add(figures.projectCentralFunds().getOrDefault(v.subject().id(), BigDecimal.ZERO));
            }
        }
        bySection.replaceAll((c, m) -> Collections.unmodifiableMap(m));
        return new Summary(findings.size(), blocking, justified, Collections.unmodifiableMap(bySeverity),
                Collections.unmodifiableMap(bySection), Collections.unmodifiableMap(outcomes),
                areas, areaFunds, projects, projectFunds);
    }

    /** @return the name the plan gives a subject (a county's, prefecture's, province's or project's name), if any */
    public Optional<String> name(Subject subject) {
        return Optional.ofNullable(figures.names().get(subject));
    }

    /** @return each demo area's central funds, the sum of its allocations (zero for an area without any), by area code */
    public Map<String, BigDecimal> areaCentralFunds() {
        return figures.areaCentralFunds();
    }

    /** @return each project's central funds (absent counted as zero), by project id */
    public Map<String, BigDecimal> projectCentralFunds() {
        return figures.projectCentralFunds();
    }

    /** @return the plan's written justification of a finding's deviation, if it gives one */
    public Optional<String> justification(Finding finding) {
        if (finding.subject().type() != SubjectType.AREA) {
            return Optional.empty();
        }
        return Optional.ofNullable(figures.justifications()
                .get(PlanFigures.justificationKey(finding.subject().id(), finding.ruleId())));
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

    /** @return the findings that block approval, in report order (unmodifiable) */
    public List<Finding> blockingFindings() {
        return findings.stream().filter(Finding::blocking).toList();
    }

    /**
     * @param subject a subject of the plan, such as {@code new Subject(SubjectType.PROJECT, "P-001")}
     * @return the findings on that subject, in report order (unmodifiable; empty when none)
     */
    public List<Finding> findingsFor(Subject subject) {
        java.util.Objects.requireNonNull(subject, "subject");
        return findings.stream().filter(f -> f.subject().equals(subject)).toList();
    }

    /** @return whether any finding blocks */
    public boolean hasBlocking() {
        return findings.stream().anyMatch(Finding::blocking);
    }

    /** @return the local clauses its rules may cite beside the notice's (a rule folder's clauses.yaml), by key */
    public Map<String, Clause> localClauses() {
        return localClauses;
    }
}
