package org.ecrural.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.model.json.PlanReader;
import org.ecrural.serve.EvaluationService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ecrural serve [--port N] [--bind ADDRESS] [--rules DIR] [reader limits]}: the HTTP service. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serves the rule base over HTTP: POST /v1/evaluate (a plan in, the JSON report out), "
                + "GET /v1/rules, /v1/schema/plan, /v1/schema/report, /health, /metrics. Runs until stopped "
                + "(Ctrl-C or SIGTERM: requests in flight are answered first).")
final class ServeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "the port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE})")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "the address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
    String bind;

    @Mixin
    RuleSource source;

    @Mixin
    ReaderLimits limits;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65_535) {
            err.println("ecrural: --port must be between 0 and 65535, found " + port);
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        PlanReader reader;
        try {
            reader = limits.reader();
        } catch (CliException e) {
            err.println("ecrural: " + e.getMessage());
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        PolicyEngine engine = source.engine(err);
        if (engine == null) {
            return Ecrural.BAD_INPUT;
        }
        EvaluationService service = new EvaluationService(engine, reader);
        try {
            service.start(bind, port);
        } catch (RuntimeException e) {
            err.println("ecrural: cannot listen on " + bind + ":" + port + ": " + rootMessage(e));
            err.flush();
            return Ecrural.BAD_INPUT;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            service.stop();
            stopped.countDown();
        }, "ecrural-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("ecrural serve: listening on http://" + bind + ":" + service.port() + " with " + engine.rules().size() + " rules");
        out.flush();
        stopped.await();
        return Ecrural.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
    }
}
