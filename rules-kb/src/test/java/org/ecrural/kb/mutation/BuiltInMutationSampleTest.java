package org.ecrural.kb.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.ecrural.kb.folder.RuleFolder;
import org.junit.jupiter.api.Test;

/**
 * The build's mutation check of the built-in rule base: a deterministic sample of each rule's
 * mutants (chosen by a hash of their keys, see {@link MutationTesting#sample}) must each be killed by
 * a scenario, listed as equivalent in the rule's words, pinned or fail to compile. The full run is
 * {@code ecrural test --mutate}.
 */
class BuiltInMutationSampleTest {
    /** Mutants per rule: about 90 in all, well under the 2 minutes the build may spend on them on 2 cores. */
    static final int PER_RULE = 2;

    @Test
    void everySampledMutantOfEveryBuiltInRuleIsNoticed() {
        MutationTesting testing = new MutationTesting(RuleFolder.builtIn(), true, Runtime.getRuntime().availableProcessors());
        List<Mutant> sample = MutationTesting.sample(testing.mutants(Set.of()), PER_RULE);
        assertThat(sample.stream().map(Mutant::ruleId).distinct().count()).isEqualTo(testing.ruleIds().size());
        MutationReport report = testing.run(sample);
        List<String> failing = report.results().stream().filter(MutantResult::fails)
                .map(r -> r.status() + " " + r.mutant().ruleId() + "  " + r.mutant().description()
                        + (r.detail().isEmpty() ? "" : "  (" + r.detail() + ")"))
                .toList();
        assertThat(failing).as("mutants no scenario notices (add a scenario, or list a true equivalent in the rule's words)")
                .isEmpty();
        assertThat(report.staleEquivalents()).isEmpty();
    }
}
