package org.ecrural.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural rules}: every rule with id, clause, severity and title. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Lists every rule of the rule base with its id, clause, severity and title.")
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var rules = PolicyEngine.builtIn().rules();
        out.printf("%-32s %-14s %-10s %s%n", "ID", "CLAUSE", "SEVERITY", "TITLE");
        for (RuleInfo r : rules) {
            out.printf("%-32s %-14s %-10s %s%n", r.id(), r.clause(), r.severity(), r.title());
        }
        out.printf("%d rules%n", rules.size());
        out.flush();
        return Ecrural.OK;
    }
}
