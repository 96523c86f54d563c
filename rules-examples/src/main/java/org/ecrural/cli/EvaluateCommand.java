package org.ecrural.cli;

import org.ecrural.kb.render.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.render.HtmlReport;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.render.TextReport;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural evaluate [PLAN.json] [--format text|json|html] [--lang zh|en] [-o FILE]}. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Evaluates a plan (format v1 JSON) and prints the report. Without PLAN it evaluates "
                + "the bundled sample plan of Gansu. Exit 0 when nothing blocks, 1 when a finding blocks, "
                + "2 on bad input.")
final class EvaluateCommand implements Callable<Integer> {
    /** Classpath resource of the bundled sample plan. */
    static final String SAMPLE = "/samples/gansu-2018.json";

    enum Format { text, json, html }

    enum Lang { zh, en }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "PLAN", description = "the plan document (JSON, format v1); several "
            + "plans or folders (every *.json in them, sorted) are evaluated in parallel, reports in input order")
    List<Path> plans;

    @Option(names = "--format", defaultValue = "text", description = "text, json or html (one self-contained page; default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "language of the text and html reports: zh or en (default: ${DEFAULT-VALUE})")
    Lang lang;

    @Option(names = "--checks", split = ",", paramLabel = "CHECK",
            description = "only these sections of the notice: ${COMPLETION-CANDIDATES} (default: all)")
    List<Check> checks;

    @Mixin
    RuleSource source;

    @Mixin
    ReaderLimits limits;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "write the report to FILE instead of standard output")
    Path output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Set<Check> selected = checks == null || checks.isEmpty() ? Check.all() : EnumSet.copyOf(checks);
        if (BatchEvaluation.isBatch(plans)) {
            return batch(selected);
        }
        Path plan = plans == null || plans.isEmpty() ? null : plans.get(0);
        PlanDocument document;
        try {
            document = plan == null ? readSample() : readFile(limits.reader(), plan);
        } catch (PlanInputException e) {
            inputErrorLines(plan == null ? "sample plan" : plan, e).forEach(err::println);
            err.flush();
            return Ecrural.BAD_INPUT;
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine engine = source.engine(err);
        if (engine == null) {
            return Ecrural.BAD_INPUT;
        }
        try {
            engine.requireEdition(document);
        } catch (PlanInputException e) {
            inputErrorLines(plan == null ? "sample plan" : plan, e).forEach(err::println);
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        Report report = engine.evaluate(document, selected);
        String rendered = render(report);
        try {
            Outputs.write(spec.commandLine().getOut(), output, rendered);
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        return report.hasBlocking() ? Ecrural.BLOCKING : Ecrural.OK;
    }

    String render(Report report) {
        Language language = lang == Lang.zh ? Language.ZH : Language.EN;
        return switch (format) {
            case json -> ReportJson.write(report);
            case html -> HtmlReport.render(report, language);
            case text -> TextReport.render(report, language);
        };
    }

    /** Several plans or a folder: {@link BatchEvaluation}, JSON lines for {@code --format json}. */
    private int batch(Set<Check> selected) {
        PrintWriter err = spec.commandLine().getErr();
        try {
            List<Path> files = BatchEvaluation.expand(plans);
            PolicyEngine engine = source.engine(err);
            if (engine == null) {
                return Ecrural.BAD_INPUT;
            }
            BatchEvaluation batch = new BatchEvaluation(engine, limits.reader(), selected, format == Format.json, this::render,
                    BatchEvaluation.workers(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory()));
            BatchEvaluation.Progress progress = System.console() == null ? null : new BatchEvaluation.Progress(err, files);
            if (output == null) {
                return batch.run(files, spec.commandLine().getOut(), err, progress);
            }
            if (Files.isDirectory(output)) {
                throw new CliException("cannot write " + output + ": it is a folder");
            }
            try (java.io.Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                return batch.run(files, out, err, progress);
            }
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            err.flush();
            return Ecrural.BAD_INPUT;
        } catch (IOException e) {
            err.println("ecrural: cannot write " + (output == null ? "the reports" : output) + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()));
            err.flush();
            return Ecrural.BAD_INPUT;
        }
    }

    /** @return one line per input error: "SOURCE: /json/pointer: message" ("/" for the whole document) */
    static java.util.List<String> inputErrorLines(Object source, PlanInputException e) {
        return e.errors().stream()
                .map(error -> source + ": " + (error.path().isEmpty() ? "/" : error.path()) + ": " + error.message())
                .toList();
    }

    static PlanDocument readFile(PlanReader reader, Path file) throws PlanInputException, CliException {
        if (!Files.exists(file)) {
            throw new CliException("no such file: " + file);
        }
        if (Files.isDirectory(file)) {
            throw new CliException(file + " is a folder, not a plan file");
        }
        if (!Files.isReadable(file)) {
            throw new CliException("cannot read " + file);
        }
        return reader.readDocument(file);
    }

    static PlanDocument readSample() throws PlanInputException {
        try (InputStream in = EvaluateCommand.class.getResourceAsStream(SAMPLE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled sample plan " + SAMPLE + " is missing from the jar");
            }
            return PlanReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled sample plan", e);
        }
    }
}
