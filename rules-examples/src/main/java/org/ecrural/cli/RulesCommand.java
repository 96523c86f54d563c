package org.ecrural.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.RuleInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ecrural rules [--rules DIR] [--edition NAME]}: every rule with id, clause, severity and title, the editions,
 * and the parameters of the base edition (or of the edition named).
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = {"Lists every rule of the rule base (the built-in one, or the folder of --rules) with its id, clause, "
                + "severity and title, then the editions it holds and the parameters (name, type, clause, value) of its "
                + "base edition, or with --edition NAME of that edition, with the rules it leaves out."})
final class RulesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSource source;

    @Option(names = "--edition", paramLabel = "NAME",
            description = "show the parameters of this edition instead of the base one (an overlay of the folder's editions/)")
    String edition;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PolicyEngine engine = source.engine(err);
        if (engine == null) {
            return Ecrural.BAD_INPUT;
        }
        Optional<EditionParameters> shown = edition == null ? Optional.of(engine.edition()) : engine.edition(edition);
        if (shown.isEmpty()) {
            err.println("ecrural: --edition " + edition + ": not an edition of this rule base; it holds "
                    + String.join(", ", engine.editions()));
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        var rules = engine.rules();
        out.printf("%-32s %-14s %-10s %s%n", "ID", "CLAUSE", "SEVERITY", "TITLE");
        for (RuleInfo r : rules) {
            boolean left = shown.map(e -> e.excludedRules().contains(r.id())).orElse(false);
            out.printf("%-32s %-14s %-10s %s%s%n", r.id(), r.clause(), r.severity(), r.title(),
                    left ? "   (not in edition " + shown.get().getEdition() + ")" : "");
        }
        out.printf("%d rules%n", rules.size());
        String base = engine.edition().getEdition();
        out.printf("editions: %s%n", String.join(", ", engine.editions().stream()
                .map(n -> n.equals(base) ? n + " (base)" : n + " (extends " + engine.edition(n).orElseThrow().parent() + ")")
                .toList()));
        shown.ifPresent(e -> {
            out.printf("%nparameters of edition %s:%n", e.getEdition());
            out.printf("%-28s %-6s %-14s %s%n", "NAME", "TYPE", "CLAUSE", "VALUE");
            for (EditionParameters.Parameter p : e.parameters()) {
                out.printf("%-28s %-6s %-14s %s%n", p.name(), e.typeOf(p.name()), p.clause(), p.value());
            }
            if (!e.excludedRules().isEmpty()) {
                out.printf("rules left out: %s%n", String.join(", ", e.excludedRules()));
            }
        });
        out.flush();
        return Ecrural.OK;
    }
}
