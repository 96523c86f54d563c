package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The analysts' scenario files beside each DRL section, run as JUnit dynamic tests: one test per
 * scenario, and a coverage test that fails the build when a rule lacks a scenario in which it
 * fires or one in which it stays silent.
 */
class ScenarioSuiteTest {
    private static final ScenarioResults RESULTS = Scenarios.run(Plans.ENGINE);

    @TestFactory
    Stream<DynamicTest> everyScenarioPasses() {
        return RESULTS.outcomes().stream().map(o -> DynamicTest.dynamicTest(o.file() + ": " + o.name(),
                () -> assertThat(o.failures()).as(o.file() + ": " + o.name()).isEmpty()));
    }

    @Test
    void everyScenarioFileReads() {
        assertThat(RESULTS.problems()).isEmpty();
        assertThat(RESULTS.outcomes()).isNotEmpty();
    }

    @Test
    void everyRuleFiresInSomeScenarioAndStaysSilentInAnother() {
        assertThat(RESULTS.coverage()).allSatisfy(c -> assertThat(c.complete())
                .as("%s fires in %d and stays silent in %d passing scenarios", c.rule().id(), c.fires(), c.silent())
                .isTrue());
        assertThat(RESULTS.clauseCoverage()).doesNotContainValue(false);
    }
}
