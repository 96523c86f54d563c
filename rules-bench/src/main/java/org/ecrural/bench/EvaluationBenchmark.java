package org.ecrural.bench;

import java.util.concurrent.TimeUnit;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.model.PlanDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) and (c): a warm engine evaluating every rule on one area (50 project items, 500 training
 * records) and on one province of 45 such areas. The plan is read from its JSON once; what is
 * timed is {@code engine.evaluate(plan)}: a session, inserting the facts, firing, the words of
 * every finding in both languages, and the report.
 */
@BenchmarkMode({Mode.AverageTime, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EvaluationBenchmark {
    @Param({"area", "province"})
    public String scale;

    private PolicyEngine engine;
    private PlanDocument plan;

    @Setup(Level.Trial)
    public void setUp() {
        engine = PolicyEngine.builtIn();
        plan = BenchData.read(scale);
    }

    @Benchmark
    public Report evaluate() {
        return engine.evaluate(plan);
    }
}
