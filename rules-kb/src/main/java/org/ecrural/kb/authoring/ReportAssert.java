package org.ecrural.kb.authoring;

import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Fluent assertions on a report for host test suites, with no test-framework dependency: a
 * failed assertion throws {@link AssertionError}, which JUnit, TestNG and the like report as a
 * failure, and its message prints the report's findings. A rule id the rule base that made the
 * report does not have fails every assertion that names it, naming the nearest id, so that a typo
 * cannot make {@code hasNoFinding} pass.
 *
 * <pre>{@code
 * ReportAssert.assertThat(report).hasFinding(upwardShareRule).on("621121").blocking();
 * ReportAssert.assertThat(report).hasNoFinding(prohibitedUseRule)
 *         .hasVerdict(SubjectType.PROJECT, "P-001", Outcome.ACCEPTABLE);
 * }</pre>
 */
public final class ReportAssert {
    private final Report report;

    private ReportAssert(Report report) {
        this.report = Objects.requireNonNull(report, "report");
    }

    /** @return assertions on the report */
    public static ReportAssert assertThat(Report report) {
        return new ReportAssert(report);
    }

    /** Asserts the report has at least one finding of the rule; narrow it with {@link FindingAssert#on(String)}. */
    public FindingAssert hasFinding(String ruleId) {
        requireKnown(ruleId);
        List<Finding> of = report.findings(ruleId);
        if (of.isEmpty()) {
            throw fail("expected a finding of " + ruleId + " but there is none");
        }
        return new FindingAssert(ruleId, of);
    }

    /** Asserts the report has no finding of the rule. */
    public ReportAssert hasNoFinding(String ruleId) {
        requireKnown(ruleId);
        if (!report.findings(ruleId).isEmpty()) {
            throw fail("expected no finding of " + ruleId + " but found " + report.findings(ruleId));
        }
        return this;
    }

    /** Asserts the report has no finding of the rule on the subject with this id. */
    public ReportAssert hasNoFinding(String ruleId, String subjectId) {
        requireKnown(ruleId);
        List<Finding> of = report.findings(ruleId).stream().filter(f -> f.subject().id().equals(subjectId)).toList();
        if (!of.isEmpty()) {
            throw fail("expected no finding of " + ruleId + " on " + subjectId + " but found " + of);
        }
        return this;
    }

    /** Asserts no finding blocks. */
    public ReportAssert hasNoBlockingFinding() {
        List<Finding> blocking = report.findings().stream().filter(Finding::blocking).toList();
        if (!blocking.isEmpty()) {
            throw fail("expected no blocking finding but found " + blocking.size());
        }
        return this;
    }

    /** Asserts the verdict on a subject. */
    public ReportAssert hasVerdict(SubjectType type, String id, Outcome outcome) {
        Outcome actual = report.verdict(type, id).orElse(null);
        if (actual != outcome) {
            throw fail("expected verdict " + outcome + " on " + type + " " + id + " but got " + actual);
        }
        return this;
    }

    /** Fails when the report's rule base (if known) has no rule of that id. */
    private void requireKnown(String ruleId) {
        Objects.requireNonNull(ruleId, "ruleId");
        java.util.SortedSet<String> ids = report.ruleIds();
        if (ids.isEmpty() || ids.contains(ruleId)) {
            return;
        }
        String near = nearest(ruleId, ids);
        throw new AssertionError("no rule has the id \"" + ruleId + "\" in the rule base that made this report"
                + (near == null ? "" : " (did you mean " + near + "?)") + "; it has " + ids.size() + " rules: "
                + String.join(", ", ids));
    }

    /** The id nearest to {@code id} by edit distance, ignoring case, if it is near enough to be a slip. */
    static String nearest(String id, Iterable<String> ids) {
        String upper = id.toUpperCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Math.max(3, upper.length() / 4) + 1;
        for (String candidate : ids) {
            int d = distance(upper, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        return org.ecrural.model.Spelling.distance(a, b);
    }

    private AssertionError fail(String message) {
        return new AssertionError(message + "\n" + describe(report));
    }

    static String describe(Report report) {
        if (report.findings().isEmpty()) {
            return "The report has no findings.";
        }
        return "The report's findings:\n" + report.findings().stream()
                .map(f -> "  " + f.ruleId() + " on " + f.subject() + (f.blocking() ? " blocking" : "")
                        + (f.justified() ? " justified" : "") + (f.measured() == null ? "" : " measured " + f.measured()))
                .collect(Collectors.joining("\n"));
    }

    /** Assertions on the findings of one rule, narrowed step by step. */
    public final class FindingAssert {
        private final String ruleId;
        private final List<Finding> candidates;
        private final String narrowed;

        private FindingAssert(String ruleId, List<Finding> candidates) {
            this(ruleId, candidates, "");
        }

        private FindingAssert(String ruleId, List<Finding> candidates, String narrowed) {
            this.ruleId = ruleId;
            this.candidates = candidates;
            this.narrowed = narrowed;
        }

        private FindingAssert narrow(Predicate<Finding> p, String what) {
            List<Finding> kept = candidates.stream().filter(p).toList();
            if (kept.isEmpty()) {
                throw fail("expected a finding of " + ruleId + narrowed + " " + what + " but found only " + candidates);
            }
            return new FindingAssert(ruleId, kept, narrowed + " " + what);
        }

        /** On the subject with this id (a county code, a project id …). */
        public FindingAssert on(String subjectId) {
            return narrow(f -> f.subject().id().equals(subjectId), "on " + subjectId);
        }

        /** On this subject. */
        public FindingAssert on(SubjectType type, String subjectId) {
            return narrow(f -> f.subject().equals(new Subject(type, subjectId)), "on " + type + " " + subjectId);
        }

        public FindingAssert blocking() {
            return narrow(Finding::blocking, "that blocks");
        }

        public FindingAssert notBlocking() {
            return narrow(f -> !f.blocking(), "that does not block");
        }

        public FindingAssert justified() {
            return narrow(Finding::justified, "that is justified");
        }

        public FindingAssert withMeasured(String measured) {
            return narrow(f -> measured.equals(f.measured()), "measured " + measured);
        }

        public FindingAssert withSeverity(Severity severity) {
            return narrow(f -> f.severity() == severity, "of severity " + severity);
        }

        /** @return the report's assertions, to go on */
        public ReportAssert and() {
            return ReportAssert.this;
        }
    }
}
