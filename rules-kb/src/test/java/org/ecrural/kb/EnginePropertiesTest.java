package org.ecrural.kb;

import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.Justification;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.json.PlanReader;
import org.ecrural.model.json.PlanWriter;

/**
 * Properties of the engine over thousands of random valid plans ({@link RandomPlans}), with JUnit
 * alone ({@link Seeds}): each plan comes from a seed, so a failure names the seed that reproduces
 * it, and {@code -Decrural.seed=SEED} reruns that seed.
 */
class EnginePropertiesTest {
    private static final PolicyEngine ENGINE = Plans.ENGINE;

    @Test
    void evaluationNeverThrowsAndEveryPlanRoundTripsThroughJson() {
        Seeds.check("round trip", 2000, seed -> {
            PlanDocument plan = RandomPlans.plan(seed);
            Report direct = ENGINE.evaluate(plan);
            Report viaJson;
            try {
                viaJson = ENGINE.evaluate(PlanReader.read(PlanWriter.write(plan)));
            } catch (Exception e) {
                throw new AssertionError("the plan does not read back: " + e.getMessage(), e);
            }
            assertThat(ReportJson.write(viaJson)).isEqualTo(ReportJson.write(direct));
            assertThat(direct.verdicts()).isNotEmpty();
        });
    }

    @Test
    void theReportIsByteIdenticalUnderAnyPermutationOfEveryArray() {
        Seeds.check("permutation", 1000, seed -> {
            String expected = ReportJson.write(ENGINE.evaluate(RandomPlans.plan(seed)));
            PlanDocument shuffled = RandomPlans.plan(seed);
            RandomPlans.shuffleEverything(shuffled, new Random(~seed));
            assertThat(ReportJson.write(ENGINE.evaluate(shuffled))).isEqualTo(expected);
        });
    }

    /**
     * plan-format.md 1.1: every blocking finding's subject (a training record's area) has a
     * negative verdict; every negative verdict is explained by a blocking finding of its subject
     * (WITHDRAWN by the province's DEEMED_WITHDRAWN); every subject with a finding, training records
     * aside, has exactly one verdict; and {@code "blocking"} is true exactly when a finding blocks.
     */
    @Test
    void verdictsAgreeWithBlockingFindingsOnEverySubject() {
        Seeds.check("verdicts", 3000, seed -> {
            PlanDocument plan = RandomPlans.plan(seed);
            Report report = ENGINE.evaluate(plan);
            VerdictInvariants.assertHold(plan, report);
        });
    }

    @Test
    void movingCentralFundsFromOtherItemsIntoUpwardItemsNeverAddsAnUpwardShareFinding() {
        Seeds.check("upward move", 1000, seed -> movingFunds(seed,
                BigDecimal.valueOf(new Random(seed).nextInt(1001), 3)));
    }

    private void movingFunds(long seed, BigDecimal portion) {
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

    @Test
    void addingAJustificationNeverAddsABlockingFinding() {
        List<String> rules = Plans.ENGINE.rules().stream().map(RuleInfo::id).toList();
        Seeds.check("justification", 1000, seed -> justifying(seed, rules.get(new Random(seed).nextInt(rules.size()))));
    }

    private void justifying(long seed, String rule) {
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

    @Test
    void aProjectsAcceptanceVerdictDependsOnlyOnThatProjectAndItsArea() {
        Seeds.check("project alone", 1000, this::projectAlone);
    }

    private void projectAlone(long seed) {
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

    private static Set<String> subjects(Report r, String rule) {
        return r.findings(rule).stream().map(f -> f.subject().id()).collect(Collectors.toSet());
    }

    private static Set<String> blocking(Report r) {
        return r.findings().stream().filter(Finding::blocking).map(f -> f.ruleId() + " " + f.subject())
                .collect(Collectors.toSet());
    }
}
