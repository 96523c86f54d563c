package org.ecrural.bench;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.edition.EditionParameters;
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
 * (d) The engine against {@link PlainJavaChecks} on the same plan in the same run: the four rules
 * FUND-UPWARD-MIN-SHARE, FUND-PROHIBITED-USE, TRAIN-RECORD-COMPLETE and ACPT-SIGNAGE by hand
 * ({@link #plainJava}), the engine with only the checks that hold them — FUNDS, TRAINING and
 * ACCEPTANCE — ({@link #engineThreeChecks}), and the engine with every rule ({@link #engineAllRules}).
 * {@link CompareMain} runs this and prints the ratios.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class EngineVsPlainJavaBenchmark {
    /** The checks that hold the four rules. */
    public static final Set<Check> THREE_CHECKS = EnumSet.of(Check.FUNDS, Check.TRAINING, Check.ACCEPTANCE);

    @Param({"area", "province"})
    public String scale;

    private PolicyEngine engine;
    private EditionParameters edition;
    private PlanDocument plan;

    @Setup(Level.Trial)
    public void setUp() {
        engine = PolicyEngine.builtIn();
        edition = engine.edition();
        plan = BenchData.read(scale);
    }

    @Benchmark
    public List<PlainJavaChecks.Hit> plainJava() {
        return PlainJavaChecks.evaluate(plan, edition);
    }

    @Benchmark
    public Report engineThreeChecks() {
        return engine.evaluate(plan, THREE_CHECKS);
    }

    @Benchmark
    public Report engineAllRules() {
        return engine.evaluate(plan);
    }
}
