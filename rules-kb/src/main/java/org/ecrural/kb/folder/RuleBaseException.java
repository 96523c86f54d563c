package org.ecrural.kb.folder;

import org.ecrural.kb.report.RuleProblem;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A rule base that cannot be used: DRL that does not compile, rules whose metadata is wrong,
 * parameters that break an invariant, forbidden code, or scenarios that fail.
 */
public final class RuleBaseException extends RuntimeException {
    private final List<RuleProblem> problems;

    public RuleBaseException(List<RuleProblem> problems) {
        super(problems.stream().map(RuleProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /** @return every problem, with file and line where known */
    public List<RuleProblem> problems() {
        return problems;
    }
}
