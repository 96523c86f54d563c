package org.ecrural.bench;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;
import org.ecrural.model.json.PlanWriter;
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
 * The strict plan reader on the UTF-8 bytes of {@link BenchData#area()} (50 project items, 500
 * training records, as {@link PlanWriter} writes it): what the HTTP service and the batch pay per
 * plan before evaluating it. Run with {@code -prof gc} for the bytes allocated per read.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@State(Scope.Benchmark)
public class ReaderBenchmark {
    @Param({"area"})
    public String scale;

    private byte[] json;

    @Setup(Level.Trial)
    public void setUp() {
        json = PlanWriter.write(BenchData.of(scale)).getBytes(StandardCharsets.UTF_8);
    }

    @Benchmark
    public PlanDocument read() {
        return PlanReader.read(json);
    }
}
