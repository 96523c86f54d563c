package org.ecrural.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.drools.model.Model;
import org.drools.model.impl.ModelImpl;
import org.drools.modelcompiler.KieBaseBuilder;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.facts.PlanFacts;
import org.ecrural.kb.rulesupport.FindingCollector;
import org.ecrural.model.PlanDocument;
import org.kie.api.KieBase;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * An experiment behind BENCHMARKS.md, not a benchmark: where does the engine's time go when only
 * the FUNDS, TRAINING and ACCEPTANCE checks are asked for? {@code PolicyEngine.evaluate(plan, checks)}
 * keeps all 45 rules in the network and filters which matches fire; this times, on the same facts
 * as the engine inserts ({@link PlanFacts}), a session of the full rule
 * base with that filter, a session of a rule base built from only those sections' 18 rules, and the
 * inserts alone. Run: {@code java -cp rules-bench/target/benchmarks.jar org.ecrural.bench.CheckSubsetExperiment}.
 */
public final class CheckSubsetExperiment {
    private static final String INDEX = "META-INF/kie/org.ecrural/rules-kb/drools-model";
    private static final org.ecrural.kb.edition.EditionParameters EDITION = org.ecrural.kb.edition.EditionParameters.builtIn();

    private CheckSubsetExperiment() {
    }

    public static void main(String[] args) throws Exception {
        PolicyEngine engine = PolicyEngine.builtIn();
        Map<String, RuleInfo> infos = new HashMap<>();
        engine.rules().forEach(r -> infos.put(r.id(), r));
        Model full = model();
        Predicate<String> three = n -> n.startsWith("FUND-") || n.startsWith("TRAIN-") || n.startsWith("ACPT-");
        ModelImpl subset = new ModelImpl().withGlobals(full.getGlobals())
                .withRules(full.getRules().stream().filter(r -> three.test(r.getName())).toList());
        full.getTypeMetaDatas().forEach(subset::addTypeMetaData);
        KieBase fullBase = KieBaseBuilder.createKieBaseFromModel(full);
        KieBase subsetBase = KieBaseBuilder.createKieBaseFromModel(subset);
        System.out.println("rules: full " + full.getRules().size() + ", FUNDS+TRAINING+ACCEPTANCE " + subset.getRules().size());
        for (String scale : List.of("area", "province")) {
            PlanDocument plan = BenchData.read(scale);
            int n = scale.equals("area") ? 4000 : 60;
            for (int round = 0; round < 3; round++) {
                double filtered = time(n, () -> run(fullBase, plan, infos, three, true));
                double subsetOnly = time(n, () -> run(subsetBase, plan, infos, three, true));
                double insertsOnly = time(n, () -> run(fullBase, plan, infos, three, false));
                double evaluate = time(n, () -> engine.evaluate(plan, EngineVsPlainJavaBenchmark.THREE_CHECKS));
                double plain = time(n, () -> PlainJavaChecks.evaluate(plan, engine.edition()));
                System.out.printf("%-8s round %d, µs per plan: engine.evaluate(3 checks) %,.0f | session of all 45 rules,"
                                + " filtered %,.0f | session of the 18 rules only %,.0f | inserts only, no firing %,.0f | plain Java %,.1f%n",
                        scale, round + 1, evaluate, filtered, subsetOnly, insertsOnly, plain);
            }
        }
    }

    static Model model() throws IOException, ReflectiveOperationException {
        try (InputStream in = CheckSubsetExperiment.class.getClassLoader().getResourceAsStream(INDEX)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!line.isBlank() && !line.startsWith("Drools-Model-Version:")) {
                    return (Model) Class.forName(line.strip()).getDeclaredConstructor().newInstance();
                }
            }
        }
        throw new IllegalStateException("no model in " + INDEX);
    }

    /** the built-in rule base's words: every finding is worded, as in {@code PolicyEngine.evaluate} */
    static final org.ecrural.kb.words.Wording WORDING = builtInWording();

    private static org.ecrural.kb.words.Wording builtInWording() {
        org.ecrural.kb.folder.RuleFolder folder = org.ecrural.kb.folder.RuleFolder.builtIn();
        java.util.List<org.ecrural.kb.report.RuleProblem> problems = new java.util.ArrayList<>();
        org.ecrural.kb.words.Wording w = org.ecrural.kb.words.Wording.read(folder.wordsFiles(), folder.labelsText(),
                folder.drlFiles(), org.ecrural.kb.edition.ClauseKeys.ALL, problems);
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.toString());
        }
        return w;
    }

    private static double time(int n, Runnable r) {
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            r.run();
        }
        return (System.nanoTime() - start) / 1e3 / n;
    }

    static int run(KieBase base, PlanDocument plan, Map<String, RuleInfo> infos, Predicate<String> rules, boolean fire) {
        FindingCollector collector = new FindingCollector(WORDING);
        KieSession s = base.newKieSession();
        try {
            s.setGlobal("findings", collector);
            s.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void beforeMatchFired(BeforeMatchFiredEvent event) {
                    collector.firing(infos.get(event.getMatch().getRule().getName()));
                }
            });
            PlanFacts.of(plan, EDITION, plan.getEvaluationDate() == null ? LocalDate.now() : plan.getEvaluationDate())
                    .forEach(s::insert);
            return fire ? s.fireAllRules(m -> rules.test(m.getRule().getName())) : 0;
        } finally {
            s.dispose();
        }
    }
}
