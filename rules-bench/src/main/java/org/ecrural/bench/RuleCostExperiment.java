package org.ecrural.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.drools.model.Model;
import org.drools.model.Rule;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.ecrural.examples.PlanGenerator;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.model.PlanDocument;
import org.kie.api.KieBase;

/**
 * An experiment behind BENCHMARKS.md, not a benchmark: which rules make the evaluation grow faster
 * than the facts. Sessions run as in {@link CheckSubsetExperiment} (all rules fire).
 *
 * <pre>
 * java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.RuleCostExperiment scaling
 * java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.RuleCostExperiment leave-one-out AREAS RECORDS RUNS
 * java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.RuleCostExperiment drop AREAS RECORDS RUNS RULE[,RULE...]
 * </pre>
 *
 * {@code scaling} times one area with 500, 1,000, 2,000 and 4,000 training records and 45 areas
 * with 2,000; {@code leave-one-out} rebuilds the executable model without each rule in turn, times it
 * beside the full rule base, and prints the twelve whose absence saves the most; {@code drop} compares all rules with all but
 * the given ones. Plans: {@link PlanGenerator}, 50 projects per area, seed 2018.
 */
public final class RuleCostExperiment {
    private static final Predicate<String> ALL = n -> true;

    private RuleCostExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PolicyEngine engine = PolicyEngine.builtIn();
        Map<String, RuleInfo> infos = new HashMap<>();
        engine.rules().forEach(r -> infos.put(r.id(), r));
        Model full = CheckSubsetExperiment.model();
        KieBase fullBase = KieBaseBuilder.createKieBaseFromModel(full);
        String mode = args.length == 0 ? "scaling" : args[0];
        switch (mode) {
            case "scaling" -> {
                for (int records : new int[] {500, 1000, 2000, 4000}) {
                    PlanDocument plan = plan(1, records);
                    System.out.printf("1 area x %d records: %.2f ms%n", records, time(fullBase, plan, infos, 400_000 / records));
                }
                System.out.printf("45 areas x 2000 records: %.2f ms%n", time(fullBase, plan(45, 2000), infos, 6));
            }
            case "leave-one-out" -> {
                PlanDocument plan = plan(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                int runs = Integer.parseInt(args[3]);
                double all = time(fullBase, plan, infos, runs);
                System.out.printf("all rules: %.2f ms%n", all);
                List<Object[]> saved = new ArrayList<>();
                for (Rule rule : full.getRules()) {
                    KieBase without = KieBaseBuilder.createKieBaseFromModel(without(full, Set.of(rule.getName())));
                    double w = time(without, plan, infos, runs);
                    saved.add(new Object[] {time(fullBase, plan, infos, runs) - w, rule.getName()}); // baseline beside each
                }
                saved.sort((a, b) -> Double.compare((double) b[0], (double) a[0]));
                saved.subList(0, Math.min(12, saved.size()))
                        .forEach(s -> System.out.printf("without %-32s %8.2f ms less%n", s[1], (double) s[0]));
            }
            case "drop" -> {
                PlanDocument plan = plan(Integer.parseInt(args[1]), Integer.parseInt(args[2]));
                int runs = Integer.parseInt(args[3]);
                Set<String> drop = Set.of(args[4].split(","));
                KieBase without = KieBaseBuilder.createKieBaseFromModel(without(full, drop));
                for (int round = 1; round <= 4; round++) {
                    System.out.printf("round %d: all rules %.1f ms, without %s %.1f ms%n", round,
                            time(fullBase, plan, infos, runs), drop, time(without, plan, infos, runs));
                }
            }
            default -> throw new IllegalArgumentException("mode is scaling, leave-one-out or drop: " + mode);
        }
    }

    private static PlanDocument plan(int areas, int records) {
        return BenchData.asRead(new PlanGenerator(new PlanGenerator.Options(1, areas, BenchData.PROJECTS, records,
                BenchData.SEED)).plan(0));
    }

    private static Model without(Model full, Set<String> names) {
        ModelImpl m = new ModelImpl().withGlobals(full.getGlobals())
                .withRules(full.getRules().stream().filter(r -> !names.contains(r.getName())).toList());
        full.getTypeMetaDatas().forEach(m::addTypeMetaData);
        return m;
    }

    /** ms per evaluation, after as many runs again to warm up. */
    private static double time(KieBase base, PlanDocument plan, Map<String, RuleInfo> infos, int runs) {
        for (int i = 0; i < runs; i++) {
            CheckSubsetExperiment.run(base, plan, infos, ALL, true);
        }
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            CheckSubsetExperiment.run(base, plan, infos, ALL, true);
        }
        return (System.nanoTime() - start) / 1e6 / runs;
    }
}
