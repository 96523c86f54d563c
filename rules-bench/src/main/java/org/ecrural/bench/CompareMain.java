package org.ecrural.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link EngineVsPlainJavaBenchmark} and prints the engine's time as a multiple of the
 * plain-Java time, for each scale:
 * {@code java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.CompareMain [JMH options]}.
 */
public final class CompareMain {
    private CompareMain() {
    }

    public static void main(String[] args) throws Exception {
        Options cli = new CommandLineOptions(args);
        Options options = new OptionsBuilder().parent(cli)
                .include(EngineVsPlainJavaBenchmark.class.getSimpleName())
                .build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Map<String, Double>> byScale = new HashMap<>();
        for (RunResult r : results) {
            String scale = r.getParams().getParam("scale");
            String method = r.getParams().getBenchmark().substring(r.getParams().getBenchmark().lastIndexOf('.') + 1);
            byScale.computeIfAbsent(scale, k -> new HashMap<>()).put(method, r.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Engine time / plain-Java time (average time per evaluation, µs):");
        byScale.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Double> m = e.getValue();
            double plain = m.getOrDefault("plainJava", Double.NaN);
            double three = m.getOrDefault("engineThreeChecks", Double.NaN);
            double all = m.getOrDefault("engineAllRules", Double.NaN);
            System.out.printf("  %-8s plain Java %,12.1f  engine FUNDS+TRAINING+ACCEPTANCE %,12.1f (%.1fx)"
                    + "  engine all rules %,12.1f (%.1fx)%n", e.getKey(), plain, three, three / plain, all, all / plain);
        });
    }
}
