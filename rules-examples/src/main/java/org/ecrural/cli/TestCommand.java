package org.ecrural.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.ScenarioResults;
import org.ecrural.kb.Scenarios;
import org.ecrural.kb.mutation.Mutant;
import org.ecrural.kb.mutation.MutationReport;
import org.ecrural.kb.mutation.MutationTesting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ecrural test [--rules DIR]}: runs the scenarios and prints rule and clause coverage;
 * {@code ecrural test --mutate [--rules DIR] [--rule ID]... [--format text|json]}: mutation testing.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = "Runs the scenario files of the rule base and prints, per rule and per clause of the notice, whether "
                + "the scenarios make it fire at least once and stay silent at least once. Exit 0 when every scenario "
                + "passes and every rule is covered, 1 otherwise. A parameter the folder changed from the built-in edition "
                + "that no scenario exercises at its new value (one that does not pin it) is printed as a warning. "
                + "With --mutate: changes each condition of each rule (and each edition parameter it reads by one step), one "
                + "at a time, runs the rule's scenarios on each change and prints, per rule, the changes no scenario noticed. "
                + "Exit 0 when every change is noticed, listed as equivalent in the rule's words, pinned or does not compile; "
                + "1 when one survives or crashes the engine.")
final class TestCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSource source;

    @Option(names = "--mutate", description = "mutation testing: are the scenarios strong enough to notice a changed condition?")
    boolean mutate;

    @Option(names = "--rule", paramLabel = "ID", description = "with --mutate: only this rule's mutants (repeatable)")
    List<String> rules = new ArrayList<>();

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "with --mutate: text or json (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--threads", paramLabel = "N",
            description = "with --mutate: how many mutants run at once (default: the number of processors)")
    Integer threads;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!mutate && (!rules.isEmpty() || threads != null || !"text".equals(format))) {
            err.println("ecrural: --rule, --threads and --format go with --mutate");
            return Ecrural.BAD_INPUT;
        }
        if (mutate && !"text".equals(format) && !"json".equals(format)) {
            err.println("ecrural: --format must be text or json, found " + format);
            return Ecrural.BAD_INPUT;
        }
        if (threads != null && threads < 1) {
            err.println("ecrural: --threads must be at least 1, found " + threads);
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine engine = source.engine(err);
        if (engine == null) {
            return Ecrural.BLOCKING;
        }
        if (mutate) {
            return mutate(engine, out, err);
        }
        ScenarioResults results = Scenarios.run(engine);
        out.print(results.render());
        results.parameterWarnings().forEach(w -> out.println("warning: " + w));
        out.flush();
        return results.passed() && results.fullyCovered() ? Ecrural.OK : Ecrural.BLOCKING;
    }

    private int mutate(PolicyEngine engine, PrintWriter out, PrintWriter err) {
        // the built-in rule base compiles its mutants with trust (its own code); a folder as --trust-rules says
        boolean trusted = source.rules == null || source.trusted;
        MutationTesting testing = new MutationTesting(engine.source(), trusted,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        Set<String> only = new LinkedHashSet<>(rules);
        List<String> ids = testing.ruleIds();
        for (String id : only) {
            if (!ids.contains(id)) {
                String near = ids.stream().min(java.util.Comparator.comparingInt(
                        (String k) -> org.ecrural.model.Spelling.distance(id, k)).thenComparing(k -> k)).orElse(null);
                err.println("ecrural: --rule " + id + ": the rule base has no such rule"
                        + (near != null && org.ecrural.model.Spelling.distance(id, near) <= 3 ? "; did you mean " + near + "?" : ""));
                return Ecrural.BAD_INPUT;
            }
        }
        List<Mutant> mutants = testing.mutants(only);
        MutationReport report;
        try {
            report = testing.run(mutants);
        } catch (RuleBaseException e) {
            RuleSource.printProblems(err, e);
            return Ecrural.BLOCKING;
        }
        out.print("json".equals(format) ? report.toJson() : report.render());
        out.flush();
        return report.passed() ? Ecrural.OK : Ecrural.BLOCKING;
    }
}
