package org.ecrural.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.RuleBaseException;
import org.ecrural.kb.RuleProblem;
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

    /** @return the engine, or null after printing every problem when the folder cannot be used */
    PolicyEngine engine(PrintWriter err) {
        if (rules == null) {
            return PolicyEngine.builtIn();
        }
        try {
            return PolicyEngine.fromFolder(rules, trusted);
        } catch (RuleBaseException e) {
            printProblems(err, e);
            return null;
        }
    }

    static void printProblems(PrintWriter err, RuleBaseException e) {
        for (RuleProblem p : e.problems()) {
            err.println(p);
        }
        err.flush();
    }
}
