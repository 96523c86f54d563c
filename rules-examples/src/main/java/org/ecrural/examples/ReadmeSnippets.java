package org.ecrural.examples;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;

/**
 * The README's embedding snippets, line for line, so that the build compiles and runs them
 * ({@code ReadmeSnippetsTest} checks that every line of the README's snippets is here).
 */
public final class ReadmeSnippets {

    private ReadmeSnippets() {
    }

    /**
     * The first snippet: read {@code plan.json} of the working folder, evaluate it, print its
     * blocking findings.
     *
     * @return the JSON report
     */
    public static String readAndEvaluate() {
        PolicyEngine engine = PolicyEngine.builtIn();          // once per process; thread-safe, share it
        PlanDocument plan = PlanReader.read(Path.of("plan.json"));   // strict format v1; throws PlanInputException with every error
        Report report = engine.evaluate(plan);                 // or engine.evaluate(plan, Set.of(Check.ACCEPTANCE))
        for (Finding f : report.blockingFindings()) {          // report.findings() for all of them
            System.out.println(f.ruleId() + " " + f.clause() + " " + f.subject() + " " + f.measured() + " / " + f.limit());
            System.out.println(f.message().zh() + (f.remedy() == null ? "" : " " + f.remedy().zh()));
        }
        Optional<Outcome> verdict = report.verdict(SubjectType.PROJECT, "P-001");   // ACCEPTABLE or NOT_ACCEPTABLE
        List<Finding> onProject = report.findingsFor(new Subject(SubjectType.PROJECT, "P-001"));
        String json = ReportJson.write(report);                 // format v1, byte for byte the same for the same plan
        System.out.println(verdict.orElse(null) + " " + onProject.size() + " " + Set.of(Check.ACCEPTANCE).size());
        return json;
    }

    /**
     * The second snippet: a plan built in Java, whose one project's central funds are then set to
     * {@code upwardFunds}.
     *
     * @return the report, or null after printing the input errors to standard error
     */
    public static Report buildAndEvaluate(PolicyEngine engine, BigDecimal upwardFunds) {
        PlanDocument plan = new PlanDocument();
        plan.setAreas(List.of(new DemoArea("621121")));
        plan.setFundAllocations(List.of(new FundAllocation("621121", "621121", new BigDecimal("10000000.00"))));
        plan.setProjects(List.of(ProjectItem.builder().id("P-001").area("621121").direction(Direction.UPWARD)
                .expenseType(ExpenseType.SUPPLY_CHAIN).centralFunds(new BigDecimal("4200000.00")).build()));
        plan.getProjects().get(0).setCentralFunds(upwardFunds);
        try {
            Report report = engine.evaluate(plan);
            return report;
        } catch (PlanInputException e) {                       // unchecked; the reader's rules and JSON Pointers
            e.errors().forEach(error -> System.err.println(error.path() + ": " + error.message()));
        }
        return null;
    }
}
