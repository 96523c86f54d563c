package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.Justification;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.json.PlanReader;
import org.ecrural.model.json.PlanWriter;

/**
 * Properties of the engine over thousands of random valid plans (jqwik prints the number of tries
 * of each property). Each plan comes from a seed, so a failure names the seed that reproduces it.
 */
class EnginePropertiesTest {
    private static final PolicyEngine ENGINE = Plans.ENGINE;

    @Property(tries = 2000)
    void evaluationNeverThrowsAndEveryPlanRoundTripsThroughJson(@ForAll long seed) throws Exception {
        PlanDocument plan = RandomPlans.plan(seed);
        Report direct = ENGINE.evaluate(plan);
        Report viaJson = ENGINE.evaluate(PlanReader.read(PlanWriter.write(plan)));
        assertThat(viaJson.toJson()).isEqualTo(direct.toJson());
        assertThat(direct.verdicts()).isNotEmpty();
    }

    @Property(tries = 1000)
    void theReportIsByteIdenticalUnderAnyPermutationOfEveryArray(@ForAll long seed, @ForAll long shuffleSeed) {
        String expected = ENGINE.evaluate(RandomPlans.plan(seed)).toJson();
        PlanDocument shuffled = RandomPlans.plan(seed);
        RandomPlans.shuffleEverything(shuffled, new Random(shuffleSeed));
        assertThat(ENGINE.evaluate(shuffled).toJson()).isEqualTo(expected);
    }

    @Property(tries = 1000)
    void movingCentralFundsFromOtherItemsIntoUpwardItemsNeverAddsAnUpwardShareFinding(
            @ForAll long seed, @ForAll("fractions") BigDecimal portion) {
        PlanDocument plan = RandomPlans.plan(seed);
        Set<String> before = subjects(ENGINE.evaluate(plan), "FUND-UPWARD-MIN-SHARE");
        for (String area : PolicyEngine.areaCodes(plan)) {
            List<ProjectItem> items = plan.getProjects().stream().filter(p -> area.equals(p.getArea())).toList();
            ProjectItem upward = items.stream().filter(p -> p.getDirection() == Direction.UPWARD).findFirst().orElse(null);
            ProjectItem other = items.stream().filter(p -> p.getDirection() != Direction.UPWARD && p.hasCentralFunds())
                    .findFirst().orElse(null);
            if (upward == null || other == null) {
                continue;
            }
            BigDecimal moved = other.getCentralFunds().multiply(portion).setScale(2, RoundingMode.DOWN);
            other.setCentralFunds(other.getCentralFunds().subtract(moved));
            upward.setCentralFunds(upward.centralFundsOrZero().add(moved));
        }
        Set<String> after = subjects(ENGINE.evaluate(plan), "FUND-UPWARD-MIN-SHARE");
        assertThat(before).containsAll(after);
    }

    @Property(tries = 1000)
    void addingAJustificationNeverAddsABlockingFinding(@ForAll long seed, @ForAll("principleRules") String rule) {
        PlanDocument plan = RandomPlans.plan(seed);
        Set<String> before = blocking(ENGINE.evaluate(plan));
        for (DemoArea area : plan.getAreas()) {
            Justification j = new Justification();
            j.setRule(rule);
            j.setText("经省级主管部门书面同意");
            area.getJustifications().add(j);
        }
        Set<String> after = blocking(ENGINE.evaluate(plan));
        assertThat(before).containsAll(after);
    }

    @Property(tries = 1000)
    void aProjectsAcceptanceVerdictDependsOnlyOnThatProjectAndItsArea(@ForAll long seed) {
        PlanDocument plan = RandomPlans.plan(seed);
        Report whole = ENGINE.evaluate(plan);
        for (ProjectItem project : plan.getProjects()) {
            PlanDocument alone = new PlanDocument();
            alone.setEvaluationDate(plan.getEvaluationDate());
            alone.setProjects(List.of(project));
            alone.setAreas(plan.getAreas().stream().filter(a -> a.getCode().equals(project.getArea())).toList());
            alone.setFundAllocations(plan.getFundAllocations().stream().filter(a -> a.getArea().equals(project.getArea())).toList());
            assertThat(ENGINE.evaluate(alone).verdict(SubjectType.PROJECT, project.getId()))
                    .as(project.getId()).isEqualTo(whole.verdict(SubjectType.PROJECT, project.getId()));
        }
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<BigDecimal> fractions() {
        return net.jqwik.api.Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3);
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<String> principleRules() {
        return net.jqwik.api.Arbitraries.of(Plans.ENGINE.rules().stream().map(RuleInfo::id).toList());
    }

    private static Set<String> subjects(Report r, String rule) {
        return r.findings(rule).stream().map(f -> f.subject().id()).collect(Collectors.toSet());
    }

    private static Set<String> blocking(Report r) {
        return r.findings().stream().filter(Finding::blocking).map(f -> f.ruleId() + " " + f.subject())
                .collect(Collectors.toSet());
    }
}
