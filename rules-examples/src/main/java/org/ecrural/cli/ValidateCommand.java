package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.RuleBaseException;
import org.ecrural.kb.ScenarioResults;
import org.ecrural.kb.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural validate DIR}: is this rule folder safe to use? */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks a rule folder: refuses DRL outside the allowed classes (unless --trust-rules), checks the "
                + "edition parameters' invariants, compiles the DRL (every error with file, line and column), checks each "
                + "rule's @id, @clause and @severity, then runs the scenarios. Exit 0 when all pass, 1 otherwise.")
final class ValidateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the rule folder")
    Path dir;

    @Option(names = "--trust-rules", description = "let the folder's DRL use any Java")
    boolean trusted;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "the longest one scenario's evaluation may run, in seconds (default: 10 without --trust-rules); "
                    + "past it the command ends with exit code 3")
    Double timeout;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (timeout != null) {
            try {
                RuleSource.timeoutOf(timeout);
            } catch (IllegalArgumentException e) {
                err.println("ecrural: " + e.getMessage());
                return Ecrural.BAD_INPUT;
            }
        }
        if (!Files.isDirectory(dir)) {
            err.println("ecrural: " + dir + (Files.exists(dir) ? " is a file, not a rule folder" : ": no such rule folder"));
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine engine;
        try {
            engine = RuleSource.withTimeout(PolicyEngine.fromFolder(dir, trusted), timeout);
        } catch (RuleBaseException e) {
            RuleSource.printProblems(err, e);
            err.printf("%s: %d problem(s); the folder cannot be used%n", dir, e.problems().size());
            return Ecrural.BLOCKING;
        }
        ScenarioResults results = Scenarios.run(engine);
        out.print(results.render());
        out.printf("%s: %d rules compiled; scenarios %s%n", dir, engine.rules().size(),
                results.passed() ? "all pass" : "FAIL");
        return results.passed() ? Ecrural.OK : Ecrural.BLOCKING;
    }
}
