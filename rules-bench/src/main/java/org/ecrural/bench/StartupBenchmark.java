package org.ecrural.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.folder.RuleFolder;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Start-up: how long until an engine is ready, in a fresh JVM each time (single shot, one
 * measurement per fork): from the executable model compiled at build time
 * ({@link PolicyEngine#builtIn()}) against the same DRL compiled at run time
 * ({@link PolicyEngine#fromFolder(Path)} of the folder {@code RuleFolder.builtIn().writeTo(dir)} writes).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(10)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@State(Scope.Benchmark)
public class StartupBenchmark {
    private Path folder;

    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        folder = Files.createTempDirectory("ecrural-rules-");
        RuleFolder.builtIn().writeTo(folder);
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Benchmark
    public PolicyEngine executableModel() {
        return PolicyEngine.builtIn();
    }

    @Benchmark
    public PolicyEngine drlCompiledAtRunTime() {
        return PolicyEngine.fromFolder(folder);
    }
}
