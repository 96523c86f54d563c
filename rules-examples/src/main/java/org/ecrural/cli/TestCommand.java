package org.ecrural.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.ScenarioResults;
import org.ecrural.kb.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural test [--rules DIR]}: runs the scenarios and prints rule and clause coverage. */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the scenario files of the rule base and prints, per rule and per clause of the notice, whether "
                + "the scenarios make it fire at least once and stay silent at least once. Exit 0 when every scenario "
                + "passes and every rule is covered, 1 otherwise. A parameter the folder changed from the built-in edition "
                + "that no scenario exercises at its new value (one that does not pin it) is printed as a warning.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSource source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PolicyEngine engine = source.engine(spec.commandLine().getErr());
        if (engine == null) {
            return Ecrural.BLOCKING;
        }
        ScenarioResults results = Scenarios.run(engine);
        out.print(results.render());
        results.parameterWarnings().forEach(w -> out.println("warning: " + w));
        out.flush();
        return results.passed() && results.fullyCovered() ? Ecrural.OK : Ecrural.BLOCKING;
    }
}
