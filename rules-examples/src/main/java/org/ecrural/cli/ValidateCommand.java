package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
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
                + "rule's words and clauses, then runs the scenarios. Exit 0 when all pass, every rule is covered (fires in one "
                + "scenario, stays silent in another) and every changed parameter is exercised at its new value by a "
                + "scenario that does not pin it; 1 otherwise.")
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

    @Option(names = "--allow-unexercised",
            description = "accept a parameter changed from the built-in edition that no scenario exercises at its new value "
                    + "(still printed as a warning)")
    boolean allowUnexercised;

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
        out.flush();
        List<String> gaps = results.gaps();
        gaps.forEach(g -> err.println(dir + ": " + g));
        // an equivalent mutant listed in a words file must still match a mutant of its rule (test --mutate)
        List<String> stale = new org.ecrural.kb.mutation.MutationTesting(engine.source(), trusted, 1).staleEquivalents();
        stale.forEach(p -> err.println(dir.resolve(p)));
        List<String> unexercised = results.parameterWarnings();
        unexercised.forEach(w -> err.println(dir.resolve(RuleFolder.EDITION_FILE) + ": " + (allowUnexercised ? "warning: " : "") + w));
        boolean ok = results.passed() && gaps.isEmpty() && stale.isEmpty() && (allowUnexercised || unexercised.isEmpty());
        if (!ok) {
            err.printf("%s: %s%n", dir, String.join("; ", java.util.stream.Stream.of(
                    results.passed() ? null : "a scenario fails",
                    gaps.isEmpty() ? null : gaps.size() + " coverage gap(s)",
                    stale.isEmpty() ? null : stale.size() + " listed equivalent mutant(s) matching no mutant",
                    allowUnexercised || unexercised.isEmpty() ? null
                            : unexercised.size() + " changed parameter(s) not exercised (--allow-unexercised accepts them)")
                    .filter(java.util.Objects::nonNull).toList()));
        }
        return ok ? Ecrural.OK : Ecrural.BLOCKING;
    }
}
