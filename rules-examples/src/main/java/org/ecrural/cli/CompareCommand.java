package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.render.ReportDiff;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ecrural compare --params A --params B PLAN}: a what-if under two parameter sets;
 * {@code ecrural compare --rules-a DIR --rules-b DIR PLAN}: the same plan under two rule folders.
 */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = {"Evaluates one plan twice, A then B, and lists the findings and verdicts that appear, disappear or "
                + "change. Exit 0.",
                "A and B are either two edition parameter files (--params A --params B, say the upward minimum at 50% and "
                + "at 60%, run with the rules of --rules or the built-in ones) or two rule folders (--rules-a DIR "
                + "--rules-b DIR, say a folder before and after an edit; each compiled and checked as with --rules)."})
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSource source;

    @Mixin
    ReaderLimits limits;

    @Option(names = "--params", arity = "1", paramLabel = "EDITION.json",
            description = "an edition parameter file; give exactly two, A then B")
    List<Path> params;

    @Option(names = "--rules-a", paramLabel = "DIR", description = "rule folder A (with --rules-b, instead of --params)")
    Path rulesA;

    @Option(names = "--rules-b", paramLabel = "DIR", description = "rule folder B (with --rules-a, instead of --params)")
    Path rulesB;

    @Option(names = "--lang", defaultValue = "zh", description = "language of the messages: zh or en")
    EvaluateCommand.Lang lang;

    @Parameters(paramLabel = "PLAN", description = "the plan document (JSON, format v1)")
    Path plan;

    /** @return the engine of one rule folder, with --trust-rules and --timeout as given */
    private PolicyEngine folder(Path dir) {
        PolicyEngine engine = PolicyEngine.fromFolder(dir, source.trusted);
        return source.timeout == null ? engine : engine.withTimeout(RuleSource.timeoutOf(source.timeout));
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        boolean folders = rulesA != null || rulesB != null;
        int nParams = params == null ? 0 : params.size();
        if (folders && (rulesA == null || rulesB == null || nParams > 0 || source.rules != null)) {
            err.println("ecrural: compare takes either --rules-a DIR and --rules-b DIR, or two --params files (with --rules)");
            return Ecrural.BAD_INPUT;
        }
        if (!folders && nParams != 2) {
            err.println("ecrural: compare takes exactly two --params files, got " + nParams
                    + " (or two rule folders: --rules-a DIR --rules-b DIR)");
            return Ecrural.BAD_INPUT;
        }
        PlanDocument document;
        try {
            document = EvaluateCommand.readFile(limits.reader(), plan);
        } catch (PlanInputException e) {
            EvaluateCommand.inputErrorLines(plan, e).forEach(err::println);
            return Ecrural.BAD_INPUT;
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine engineA;
        PolicyEngine engineB;
        String nameA;
        String nameB;
        try {
            if (folders) {
                engineA = folder(rulesA);
                engineB = folder(rulesB);
                nameA = rulesA.toString();
                nameB = rulesB.toString();
            } else {
                PolicyEngine base = source.engine(err);
                if (base == null) {
                    return Ecrural.BAD_INPUT;
                }
                engineA = base.withParameters(params.get(0));
                engineB = base.withParameters(params.get(1));
                nameA = params.get(0).toString();
                nameB = params.get(1).toString();
            }
        } catch (RuleBaseException e) {
            RuleSource.printProblems(err, e);
            return Ecrural.BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("ecrural: " + e.getMessage());
            return Ecrural.BAD_INPUT;
        }
        Report a;
        Report b;
        try {
            engineA.requireEdition(document);
            engineB.requireEdition(document);
            a = engineA.evaluate(document);
            b = engineB.evaluate(document);
        } catch (PlanInputException e) {
            EvaluateCommand.inputErrorLines(plan, e).forEach(err::println);
            return Ecrural.BAD_INPUT;
        }
        spec.commandLine().getOut().print(ReportDiff.between(a, b).render(nameA, nameB,
                lang == EvaluateCommand.Lang.zh ? Language.ZH : Language.EN));
        return Ecrural.OK;
    }
}
