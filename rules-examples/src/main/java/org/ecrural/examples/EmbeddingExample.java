package org.ecrural.examples;

import org.ecrural.kb.Catalogue;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;

/**
 * How a county system embeds the library: one engine for the process, a plan read strictly, only
 * the acceptance checks run on every save of the project list, and each blocking finding shown
 * with its clause and remedy.
 */
public final class EmbeddingExample {
    private static final PolicyEngine ENGINE = PolicyEngine.builtIn();   // build once, share between threads

    private EmbeddingExample() {
    }

    /** Which projects of the plan cannot be accepted, and why; prints to out, returns their count. */
    public static int projectsThatCannotBeAccepted(PlanDocument plan, PrintStream out) {
        Report report = ENGINE.evaluate(plan, Set.of(Check.ACCEPTANCE, Check.FUNDS));
        int count = 0;
        for (ProjectItem project : plan.getProjects()) {
            if (report.verdict(SubjectType.PROJECT, project.getId()).orElse(null) != Outcome.NOT_ACCEPTABLE) {
                continue;
            }
            count++;
            out.println(project.getId() + " " + project.getName() + ": 不得验收 (not acceptable)");
            for (Finding f : report.findings()) {
                if (f.blocking() && f.subject().type() == SubjectType.PROJECT && f.subject().id().equals(project.getId())) {
                    out.println("  " + f.ruleId() + " (" + Catalogue.clauseLabels(f.clause(), org.ecrural.kb.report.Language.ZH) + "): " + f.message().zh());
                    if (f.remedy() != null) {
                        out.println("  整改: " + f.remedy().zh());
                    }
                }
            }
        }
        return count;
    }

    /** Runs the example on the bundled sample plan. */
    public static void main(String[] args) throws Exception {
        try (InputStream in = EmbeddingExample.class.getResourceAsStream("/samples/gansu-2018.json")) {
            PlanDocument plan = PlanReader.read(in);
            int n = projectsThatCannotBeAccepted(plan, System.out);
            System.out.println(n + " project(s) cannot be accepted");
        } catch (PlanInputException e) {
            e.errors().forEach(error -> System.err.println(error.path() + ": " + error.message()));
            System.exit(2);
        }
    }
}
