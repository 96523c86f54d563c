package org.ecrural.kb;

import org.ecrural.kb.authoring.ReportAssert;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Test;

class ReportAssertTest {
    private static Report report() {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(java.time.LocalDate.of(2018, 10, 31));
        p.getAreas().add(Plans.area("621121"));
        p.getFundAllocations().add(Plans.allocation("621121", "621121", "10000000"));
        p.getProjects().add(Plans.project("P-001", "621121", Direction.UPWARD, ExpenseType.SUPPLY_CHAIN, "4200000"));
        return Plans.evaluate(p);
    }

    @Test
    void passesOnWhatTheReportHolds() {
        assertThatCode(() -> ReportAssert.assertThat(report())
                .hasFinding("FUND-UPWARD-MIN-SHARE").on("621121").blocking().withMeasured("42.00%")
                .withSeverity(Severity.PRINCIPLE).and()
                .hasNoFinding("FUND-PROHIBITED-USE")
                .hasNoFinding("FUND-UPWARD-MIN-SHARE", "621123")
                .hasVerdict(SubjectType.PROJECT, "P-001", Outcome.ACCEPTABLE)
                .hasVerdict(SubjectType.AREA, "621121", Outcome.NON_COMPLIANT))
                .doesNotThrowAnyException();
    }

    @Test
    void failsWithTheReportsFindingsInTheMessage() {
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasFinding("FUND-UPWARD-MIN-SHARE").on("621123"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("expected a finding of FUND-UPWARD-MIN-SHARE on 621123")
                .hasMessageContaining("The report's findings:")
                .hasMessageContaining("FUND-UPWARD-MIN-SHARE on AREA 621121 blocking measured 42.00%");
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasFinding("FUND-UPWARD-MIN-SHARE").notBlocking())
                .isInstanceOf(AssertionError.class).hasMessageContaining("that does not block");
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasNoBlockingFinding())
                .isInstanceOf(AssertionError.class).hasMessageContaining("expected no blocking finding but found 1");
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasFinding("ACPT-SIGNAGE"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("there is none");
    }

    @Test
    void aRuleIdTheRuleBaseDoesNotHaveFailsNamingTheNearOne() {
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasNoFinding("FUND-PROHIBITED-USES"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("no rule has the id \"FUND-PROHIBITED-USES\"")
                .hasMessageContaining("did you mean FUND-PROHIBITED-USE?");
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasNoFinding("fund-upward-min-share", "621121"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("did you mean FUND-UPWARD-MIN-SHARE?");
        assertThatThrownBy(() -> ReportAssert.assertThat(report()).hasFinding("NO-SUCH-THING"))
                .isInstanceOf(AssertionError.class).hasMessageContaining("no rule has the id \"NO-SUCH-THING\"")
                .hasMessageNotContaining("did you mean");
    }
}
