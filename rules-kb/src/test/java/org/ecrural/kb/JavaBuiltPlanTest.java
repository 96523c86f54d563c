package org.ecrural.kb;

import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.Nomination;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.Province;
import org.ecrural.model.Track;
import org.ecrural.model.json.InputError;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;
import org.ecrural.model.json.PlanWriter;
import org.junit.jupiter.api.Test;

/** Plans built in Java get the JSON reader's strictness from {@link PolicyEngine#evaluate}. */
class JavaBuiltPlanTest {
    private static final PolicyEngine ENGINE = Plans.ENGINE;
    private static final String AREA = "621121";

    /** An area with 42% upward: one blocking finding; built in a handful of calls. */
    static PlanDocument plan() {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(LocalDate.of(2018, 10, 31));
        p.setCounties(List.of(County.builder().code(AREA).name("通渭县").build()));
        p.setAreas(List.of(new DemoArea(AREA)));
        p.setFundAllocations(List.of(new FundAllocation(AREA, AREA, new BigDecimal("10000000.00"))));
        p.setProjects(List.of(
                ProjectItem.builder().id("P-1").area(AREA).direction(Direction.UPWARD)
                        .expenseType(ExpenseType.SUPPLY_CHAIN).centralFunds(new BigDecimal("4200000.00")).build(),
                ProjectItem.builder().id("P-2").area(AREA).direction(Direction.OTHER)
                        .expenseType(ExpenseType.SUPPLY_CHAIN).centralFunds(new BigDecimal("100000.00")).build()));
        return p;
    }

    /** What evaluating the plan after {@code change} throws; fails when it throws nothing. */
    static Throwable thrown(Consumer<PlanDocument> change) {
        PlanDocument p = plan();
        change.accept(p);
        Throwable t = catchThrowable(() -> ENGINE.evaluate(p));
        assertThat(t).as("evaluate must refuse the plan").isNotNull();
        return t;
    }

    static List<String> paths(Consumer<PlanDocument> change) {
        Throwable t = thrown(change);
        assertThat(t).isInstanceOf(PlanInputException.class);
        return ((PlanInputException) t).errors().stream().map(InputError::path).toList();
    }

    @Test
    void aGoodJavaPlanGivesTheReportItsJsonGives() {
        PlanDocument java = plan();
        Report fromJava = ENGINE.evaluate(java);
        Report fromJson = ENGINE.evaluate(PlanReader.read(PlanWriter.write(java)));
        assertThat(ReportJson.write(fromJava)).isEqualTo(ReportJson.write(fromJson));
        assertThat(fromJava.blockingFindings()).allMatch(Finding::blocking).extracting(Finding::ruleId).contains("FUND-UPWARD-MIN-SHARE");
    }

    @Test
    void evaluateNullIsAClearNullPointerException() {
        Throwable t = catchThrowable(() -> ENGINE.evaluate(null));
        assertThat(t).isInstanceOf(NullPointerException.class).hasMessage("the plan to evaluate is null");
    }

    @Test
    void aNullIdIsAnInputErrorNotAnEngineFailure() {
        assertThat(paths(p -> p.getProjects().get(1).setId(null))).containsExactly("/projects/1/id");
        assertThat(paths(p -> p.getCounties().get(0).setCode(null))).containsExactly("/counties/0/code");
    }

    @Test
    void negativeMoneyIsAnInputErrorNotANegativeShare() {
        assertThat(paths(p -> p.getProjects().get(0).setCentralFunds(new BigDecimal("-200000.00"))))
                .containsExactly("/projects/0/centralFunds");
        assertThat(paths(p -> p.getFundAllocations().get(0).setCentralFunds(new BigDecimal("-1"))))
                .containsExactly("/fundAllocations/0/centralFunds");
    }

    @Test
    void aDuplicateIsAnInputError() {
        assertThat(paths(p -> p.getProjects().get(1).setId("P-1"))).containsExactly("/projects/1/id");
        assertThat(paths(p -> p.setCounties(List.of(p.getCounties().get(0), p.getCounties().get(0)))))
                .containsExactly("/counties/1/code");
    }

    @Test
    void aDanglingReferenceIsAnInputError() {
        assertThat(paths(p -> {
            p.setProvince(new Province("620000", "甘肃省"));
            p.setNominations(List.of(new Nomination("621122", Track.POVERTY)));
        })).containsExactly("/nominations/0/county");
    }

    @Test
    void missingRequiredPartsAndAnUnknownEditionAreInputErrors() {
        assertThat(paths(p -> p.getProjects().get(0).setDirection(null))).containsExactly("/projects/0/direction");
        assertThat(paths(p -> p.setNominations(List.of(new Nomination(AREA, Track.POVERTY))))).containsExactly("/province");
        assertThat(paths(p -> p.setEdition("2019"))).containsExactly("/edition");
        assertThat(paths(p -> p.setEdition(null))).containsExactly("/edition");
    }

    @Test
    void aPlanChangedAfterItWasReadIsCheckedWhenTheEngineFailsOnIt() {
        PlanDocument read = PlanReader.read(PlanWriter.write(plan()));
        assertThat(PlanReader.isRead(read)).isTrue();
        read.getProjects().get(1).setId(null);
        Throwable t = catchThrowable(() -> ENGINE.evaluate(read));
        assertThat(t).isInstanceOf(PlanInputException.class).hasMessageContaining("/projects/1/id");
    }

    @Test
    void findingsForASubjectAndBlockingFindings() {
        PlanDocument p = plan();
        p.getProjects().get(1).setExpenseType(ExpenseType.BUILDING);
        Report r = ENGINE.evaluate(p);
        Subject area = new Subject(SubjectType.AREA, AREA);
        assertThat(r.findingsFor(area)).isNotEmpty().allMatch(f -> f.subject().equals(area))
                .extracting(Finding::ruleId).contains("FUND-UPWARD-MIN-SHARE");
        assertThat(r.findingsFor(new Subject(SubjectType.PROJECT, "P-404"))).isEmpty();
        assertThat(r.blockingFindings()).allMatch(Finding::blocking)
                .hasSize((int) r.findings().stream().filter(Finding::blocking).count())
                .isNotEmpty();
        assertThat(r.findings()).anyMatch(f -> !f.blocking() || f.subject().type() != SubjectType.AREA);
    }
}
