package org.ecrural.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ecrural.kb.EvaluationIncompleteException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ecrural} command line: evaluates provincial plans against the 2018 notice on the
 * E-commerce into Rural Areas Comprehensive Demonstration, lists its rules and explains each.
 *
 * <p>Exit codes: 0 nothing blocks, 1 a finding blocks, 2 bad input or usage, 3 the evaluation could not
 * complete (past its deadline, out of stack or memory, a rule failed).
 */
@Command(name = "ecrural", mixinStandardHelpOptions = true, version = "ecrural-rules 0.2.0",
        description = "Evaluates plans against the 2018 notice on the E-commerce into Rural Areas "
                + "Comprehensive Demonstration (电子商务进农村综合示范).")
public final class Ecrural implements Runnable {
    /** Exit code: no finding blocks. */
    public static final int OK = 0;
    /** Exit code: at least one finding blocks approval. */
    public static final int BLOCKING = 1;
    /** Exit code: the input is bad (each error printed with its JSON path) or the usage is wrong. */
    public static final int BAD_INPUT = 2;
    /** Exit code: the evaluation could not complete (past its deadline, out of stack or memory, a rule failed). */
    public static final int INCOMPLETE = 3;

    /**
     * The subcommands in the order of the usage. Each is added to the command line only when it is
     * needed: picocli reads a command's annotations when it is added, which for all of them is a
     * good part of the command line's start-up.
     */
    private static final Map<String, Class<?>> SUBCOMMANDS = subcommands("evaluate", EvaluateCommand.class,
            "generate", GenerateCommand.class, "rules", RulesCommand.class, "explain", ExplainCommand.class,
            "test", TestCommand.class, "validate", ValidateCommand.class, "init-rules", InitRulesCommand.class,
            "compare", CompareCommand.class, "serve", ServeCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("serve")) {
            logTimes();
        }
        RuleSource.preloadBuiltIn(args);
        System.exit(run(args));
    }

    /**
     * The service's access log shows the time of each line. Only the service's: the other commands
     * log nothing, and slf4j-simple's date format (a SimpleDateFormat, with its calendar and locale
     * data) cost 3% of their start-up's CPU. Set before anything logs, as system properties (which
     * slf4j-simple reads before simplelogger.properties), unless the user set them.
     */
    private static void logTimes() {
        if (System.getProperty("org.slf4j.simpleLogger.showDateTime") == null) {
            System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        }
        if (System.getProperty("org.slf4j.simpleLogger.dateTimeFormat") == null) {
            System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSXXX");
        }
    }

    /** Runs the command line on standard output and error (UTF-8) and returns its exit code. */
    public static int run(String... args) {
        return run(utf8(new FileOutputStream(FileDescriptor.out)), utf8(new FileOutputStream(FileDescriptor.err)), args);
    }

    /** Runs the command line with the given output and error writers; for embedding and tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = commandLine(args.length > 0 && SUBCOMMANDS.containsKey(args[0]) ? args[0] : null);
        cl.setOut(out);
        cl.setErr(err);
        try {
            return cl.execute(args);
        } catch (StackOverflowError e) {
            err.println("ecrural: the evaluation could not complete: out of stack");
            return INCOMPLETE;
        } catch (OutOfMemoryError e) {
            err.println("ecrural: the evaluation could not complete: out of memory");
            return INCOMPLETE;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The one line printed for an evaluation that could not complete. */
    static String incomplete(Object file, EvaluationIncompleteException e) {
        return "ecrural: " + (file == null ? "" : file + ": ") + "the evaluation could not complete: " + e.getMessage();
    }

    /**
     * @param namesAndTypes name, class, name, class …: each name as its class's {@code @Command} says
     *                      (not read from the annotation here, which would cost start-up time; a test
     *                      compares them)
     */
    private static Map<String, Class<?>> subcommands(Object... namesAndTypes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (int i = 0; i < namesAndTypes.length; i += 2) {
            byName.put((String) namesAndTypes[i], (Class<?>) namesAndTypes[i + 1]);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** @return the subcommands by name, in the order of the usage */
    static Map<String, Class<?>> subcommands() {
        return SUBCOMMANDS;
    }

    private static PrintWriter utf8(OutputStream stream) {
        return new PrintWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), true);
    }

    /** @return the whole command line, every subcommand added */
    static CommandLine commandLine() {
        return commandLine(null);
    }

    /** @param only the one subcommand the arguments name, or null for all (usage, help, an unknown name) */
    private static CommandLine commandLine(String only) {
        CommandLine cl = new CommandLine(new Ecrural());
        SUBCOMMANDS.forEach((name, type) -> {
            if (only == null || only.equals(name)) {
                cl.addSubcommand(name, type);
            }
        });
        if (only == null) {
            cl.addSubcommand("help", CommandLine.HelpCommand.class);
        }
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setExitCodeExceptionMapper(e -> BAD_INPUT);
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof EvaluationIncompleteException e) {
                commandLine.getErr().println(incomplete(null, e));
                return INCOMPLETE;
            }
            commandLine.getErr().println("ecrural: " + ex.getClass().getSimpleName() + ": " + ex.getMessage());
            return BAD_INPUT;
        });
        return cl;
    }
}
