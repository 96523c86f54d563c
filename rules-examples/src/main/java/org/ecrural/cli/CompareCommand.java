package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ecrural.kb.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.Report;
import org.ecrural.kb.ReportDiff;
import org.ecrural.kb.RuleBaseException;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.InputError;
import org.ecrural.model.json.PlanInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural compare --params A --params B PLAN}: a what-if under two parameter sets. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Evaluates one plan under two edition parameter files (say the upward minimum at 50% and at 60%) "
                + "and lists the findings and verdicts that appear, disappear or change. Exit 0.")
final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    RuleSource source;

    @Mixin
    ReaderLimits limits;

    @Option(names = "--params", required = true, arity = "1", paramLabel = "EDITION.json",
            description = "an edition parameter file; give exactly two, A then B")
    List<Path> params;

    @Option(names = "--lang", defaultValue = "zh", description = "language of the messages: zh or en")
    EvaluateCommand.Lang lang;

    @Parameters(paramLabel = "PLAN", description = "the plan document (JSON, format v1)")
    Path plan;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (params.size() != 2) {
            err.println("ecrural: compare takes exactly two --params files, got " + params.size());
            return Ecrural.BAD_INPUT;
        }
        PlanDocument document;
        try {
            document = EvaluateCommand.readFile(limits.reader(), plan);
        } catch (PlanInputException e) {
            for (InputError error : e.errors()) {
                err.println(plan + ": " + error.path() + ": " + error.message());
            }
            return Ecrural.BAD_INPUT;
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine base = source.engine(err);
        if (base == null) {
            return Ecrural.BAD_INPUT;
        }
        Report a;
        Report b;
        try {
            a = base.withParameters(params.get(0)).evaluate(document);
            b = base.withParameters(params.get(1)).evaluate(document);
        } catch (RuleBaseException e) {
            RuleSource.printProblems(err, e);
            return Ecrural.BAD_INPUT;
        }
        spec.commandLine().getOut().print(ReportDiff.between(a, b).render(params.get(0).toString(),
                params.get(1).toString(), lang == EvaluateCommand.Lang.zh ? Language.ZH : Language.EN));
        return Ecrural.OK;
    }
}
