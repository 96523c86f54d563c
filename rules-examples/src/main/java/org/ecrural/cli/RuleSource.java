package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.report.RuleProblem;
import picocli.CommandLine.Option;

/** The {@code --rules DIR} and {@code --trust-rules} options: which rule base a command uses. */
final class RuleSource {
    @Option(names = "--rules", paramLabel = "DIR",
            description = "use the rule folder DIR (see init-rules), compiled at run time, instead of the built-in rule base")
    Path rules;

    @Option(names = "--trust-rules",
            description = "let the folder's DRL use any Java (imports outside the model, System, files, network, reflection); "
                    + "only for folders trusted like the host's own code")
    boolean trusted;

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "the longest one evaluation may run, in seconds (default: 10 for a rule folder without "
                    + "--trust-rules, none otherwise); past it the command ends with exit code 3")
    Double timeout;

    /** @return the engine with the deadline of --timeout, when given */
    static PolicyEngine withTimeout(PolicyEngine engine, Double seconds) {
        return seconds == null ? engine : engine.withTimeout(timeoutOf(seconds));
    }

    /**
     * @return --timeout as a duration
     * @throws IllegalArgumentException when it is not a positive number of seconds (at most a year)
     */
    static java.time.Duration timeoutOf(double seconds) {
        if (!(seconds > 0) || seconds > 86_400 * 365) {
            throw new IllegalArgumentException("--timeout must be a positive number of seconds, found " + seconds);
        }
        return java.time.Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }

    /** @return the engine, or null after printing every problem when the folder cannot be used */
    PolicyEngine engine(PrintWriter err) {
        if (timeout != null) {
            try {
                timeoutOf(timeout);
            } catch (IllegalArgumentException e) {
                err.println("ecrural: " + e.getMessage());
                err.flush();
                return null;
            }
        }
        if (rules == null) {
            return withTimeout(builtIn(), timeout);
        }
        try {
            return withTimeout(PolicyEngine.fromFolder(rules, trusted), timeout);
        } catch (RuleBaseException e) {
            printProblems(err, e);
            return null;
        }
    }

    /** the built-in engine, started by {@link #preloadBuiltIn} while the command line is parsed and the plan read */
    private static volatile java.util.concurrent.FutureTask<PolicyEngine> preloaded;

    private static final java.util.Set<String> USE_BUILT_IN = java.util.Set.of("evaluate", "compare", "rules", "explain",
            "test", "serve");

    /**
     * Starts building the built-in engine on a background thread when the command will use it
     * (a command of {@link #USE_BUILT_IN} without {@code --rules}, {@code --rules-a} or {@code --rules-b}),
     * so that start-up work on the
     * two sides overlaps. Only for a process's own {@code main}: the engine is used once.
     */
    static void preloadBuiltIn(String[] args) {
        if (!usesBuiltIn(args)) {
            return;
        }
        java.util.concurrent.FutureTask<PolicyEngine> task = new java.util.concurrent.FutureTask<>(PolicyEngine::builtIn);
        Thread t = new Thread(task, "ecrural-preload");
        t.setDaemon(true);
        t.start();
        preloaded = task;
    }

    /** @return whether the arguments run a command on the built-in rule base (not only its usage or version) */
    static boolean usesBuiltIn(String... args) {
        if (args.length == 0 || !USE_BUILT_IN.contains(args[0])) {
            return false;
        }
        for (String a : args) {
            if (a.startsWith("--rules") || a.equals("--help") || a.equals("-h") || a.equals("--version") || a.equals("-V")) {
                return false;
            }
        }
        return true;
    }

    private static PolicyEngine builtIn() {
        java.util.concurrent.FutureTask<PolicyEngine> task = preloaded;
        if (task == null) {
            return PolicyEngine.builtIn();
        }
        preloaded = null;
        try {
            return task.get();
        } catch (java.util.concurrent.ExecutionException e) {
            return PolicyEngine.builtIn(); // builds it here, so that its failure is thrown on this thread as usual
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PolicyEngine.builtIn();
        }
    }

    static void printProblems(PrintWriter err, RuleBaseException e) {
        for (RuleProblem p : e.problems()) {
            err.println(p);
        }
        err.flush();
    }
}
