package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RulesCommandTest {
    @Test
    void listsEveryRuleWithIdClauseSeverityAndTitle() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("ELIG-OLD-AREA-QUOTA\\s+5\\.1\\s+MANDATORY\\s+At most")
                .containsPattern("PROC-FILING-DEADLINE\\s+5\\.1\\s+MANDATORY");
    }
}
