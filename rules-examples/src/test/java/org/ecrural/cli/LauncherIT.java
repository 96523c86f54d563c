package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code rules-examples/target/ecrural} that {@code mvn package} builds, run as a user runs it:
 * the README's main command, arguments that a careless script would split or expand, a call through a
 * symbolic link, and a class-data-sharing archive that is missing, damaged or made for another jar.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX launcher; ecrural.cmd is not run by the tests")
class LauncherIT {
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path LAUNCHER = TARGET.resolve("ecrural");
    private static final String FIRST_LINE_ZH = "电子商务进农村综合示范（2018年通知）评估报告，评估日期 2018年10月31日";

    /** What {@code java -jar ecrural.jar evaluate} prints on the sample: the launcher must print the same. */
    private static ProcessResult reference;

    @BeforeAll
    static void referenceRun() throws Exception {
        assertThat(LAUNCHER).as("run mvn package first").exists();
        assertThat(Files.isExecutable(LAUNCHER)).as("%s is executable", LAUNCHER).isTrue();
        assertThat(TARGET.resolve("ecrural.cmd")).exists();
        reference = run(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", TARGET.resolve("ecrural.jar").toString(), "evaluate"));
        assertThat(reference.exit()).isEqualTo(1);
    }

    private static ProcessResult launch(Path launcher, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(List.of(args));
        return run(command);
    }

    private static ProcessResult run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command);
        // the launcher finds java through JAVA_HOME: the build's own
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("ECRURAL_JAVA_OPTS");
        Process process = builder.start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    record ProcessResult(int exit, String out, String err) {
        String firstLine() {
            int end = out.indexOf('\n');
            return end < 0 ? out : out.substring(0, end);
        }
    }

    @Test
    void theReadmesMainCommandBlocksOnTheSampleAndPrintsWhatTheJarPrints() throws Exception {
        ProcessResult r = launch(LAUNCHER, "evaluate");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.firstLine()).isEqualTo(FIRST_LINE_ZH);
        assertThat(r.out()).isEqualTo(reference.out());
        assertThat(TARGET.resolve("ecrural.jsa")).as("the training run's archive").exists();
    }

    @Test
    void exitCodesPassThrough() throws Exception {
        assertThat(launch(LAUNCHER, "rules").exit()).isZero();
        ProcessResult bad = launch(LAUNCHER, "evaluate", "no such plan.json");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("no such plan.json");
    }

    @Test
    void argumentsReachTheCommandUnsplitAndUnexpanded(@TempDir Path tmp) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("a b $HOME 'q' \"d\" `x` *"));
        Path plan = dir.resolve("plan  two spaces;&|.json");
        try (var in = LauncherIT.class.getResourceAsStream("/samples/gansu-2018.json")) {
            assertThat(in).isNotNull();
            Files.copy(in, plan);
        }
        Path report = dir.resolve("report $(id).json");
        ProcessResult r = launch(LAUNCHER, "evaluate", plan.toString(), "--lang", "en", "--format", "json", "-o", report.toString());
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(Files.readString(report)).startsWith("{").containsPattern("\"blocking\": ?true");

        // called through a symbolic link in a folder with spaces: the launcher still finds its jar
        Path link = Files.createSymbolicLink(dir.resolve("my ecrural"), LAUNCHER);
        ProcessResult viaLink = launch(link, "evaluate", "--lang", "en", plan.toString());
        assertThat(viaLink.err()).isEmpty();
        assertThat(viaLink.exit()).isEqualTo(1);
        assertThat(viaLink.firstLine()).startsWith("E-commerce into Rural Areas Comprehensive Demonstration");
    }

    @Test
    void aMissingDamagedOrForeignArchiveChangesNothingButTheSpeed(@TempDir Path tmp) throws Exception {
        // a copy of the launcher beside a copy of the jar: the build's archive is for another jar
        Path dir = Files.createDirectories(tmp.resolve("copied launcher"));
        Files.copy(LAUNCHER, dir.resolve("ecrural"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(TARGET.resolve("ecrural.jar"), dir.resolve("ecrural.jar"));
        Files.createSymbolicLink(dir.resolve("lib"), TARGET.resolve("lib"));
        Path copy = dir.resolve("ecrural");
        Path archive = dir.resolve("ecrural.jsa");

        ProcessResult missing = launch(copy, "evaluate");
        assertThat(missing.err()).isEmpty();
        assertThat(missing.exit()).isEqualTo(1);
        assertThat(missing.out()).isEqualTo(reference.out());

        Files.write(archive, "not a class-data-sharing archive\n".repeat(1000).getBytes(StandardCharsets.UTF_8));
        ProcessResult damaged = launch(copy, "evaluate");
        assertThat(damaged.err()).isEmpty();
        assertThat(damaged.exit()).isEqualTo(1);
        assertThat(damaged.out()).isEqualTo(reference.out());

        Files.copy(TARGET.resolve("ecrural.jsa"), archive, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(dir.resolve("ecrural.jar"), java.nio.file.attribute.FileTime.fromMillis(0));
        ProcessResult foreign = launch(copy, "evaluate");
        assertThat(foreign.err()).isEmpty();
        assertThat(foreign.exit()).isEqualTo(1);
        assertThat(foreign.out()).isEqualTo(reference.out());
    }

    /**
     * @return the JVM's final flags (-XX:+PrintFlagsFinal) and the command's output, for the
     *         launcher run with {@code args}, which must end with {@code exit}
     */
    private static String flagsOf(int exit, String... args) throws Exception {
        return flagsOf(LAUNCHER, exit, args);
    }

    /** As {@link #flagsOf(int, String...)}, through the launcher {@code launcher}. */
    private static String flagsOf(Path launcher, int exit, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("ECRURAL_JAVA_OPTS", "-XX:+PrintFlagsFinal");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isEqualTo(exit);
        return out;
    }

    /** @return the value of one flag in the output of {@link #flagsOf} */
    private static String flag(String flags, String name) {
        return flags.lines().filter(l -> l.contains(" " + name + " ")).findFirst().orElseThrow()
                .replaceAll(".*= *(\\S+).*", "$1");
    }

    @Test
    void aBatchRunsWithACommittedHeapAFixedYoungGenerationAndC2ForItsHottestCode(@TempDir Path dir) throws Exception {
        String flags = flagsOf(Ecrural.BAD_INPUT, "evaluate", dir.toString(), "--format", "json"); // a folder without plans
        long heap = Long.parseLong(flag(flags, "MaxHeapSize"));
        assertThat(flag(flags, "UseParallelGC")).isEqualTo("true");
        assertThat(heap).isBetween(1L << 20, 704L << 20);
        assertThat(Long.parseLong(flag(flags, "InitialHeapSize"))).as("committed from the start").isEqualTo(heap);
        assertThat(flag(flags, "UseAdaptiveSizePolicy")).isEqualTo("false");
        assertThat(Long.parseLong(flag(flags, "NewSize"))).as("7/11 of the heap").isCloseTo(heap * 7 / 11,
                org.assertj.core.data.Offset.offset(2L << 20));
        assertThat(flag(flags, "SurvivorRatio")).isEqualTo("32");
        assertThat(flag(flags, "MaxTenuringThreshold")).as("survivors go straight to the old generation").isEqualTo("0");
        assertThat(flag(flags, "Tier4InvocationThreshold")).as("C2 for the hottest code only").isEqualTo("50000");
        assertThat(flag(flags, "MaxInlineLevel")).isEqualTo("6");
    }

    @Test
    void aBatchInAContainerTakesAQuarterOfItsMemoryLimit(@TempDir Path tmp) throws Exception {
        // a copy of the launcher that reads its container's limit from a file of the test's
        Path dir = Files.createDirectories(tmp.resolve("launcher"));
        Path limit = tmp.resolve("memory.max");
        String script = Files.readString(LAUNCHER).replace("/sys/fs/cgroup/memory.max", limit.toString())
                .replace("/sys/fs/cgroup/memory/memory.limit_in_bytes", tmp.resolve("no cgroup v1").toString());
        assertThat(script).contains(limit.toString()).doesNotContain("/sys/fs/cgroup");
        Path copy = Files.writeString(dir.resolve("ecrural"), script);
        copy.toFile().setExecutable(true);
        Files.createSymbolicLink(dir.resolve("ecrural.jar"), TARGET.resolve("ecrural.jar"));
        Files.createSymbolicLink(dir.resolve("lib"), TARGET.resolve("lib"));
        Path plans = Files.createDirectories(tmp.resolve("plans"));

        Files.writeString(limit, "1073741824\n"); // 1 GB
        String flags = flagsOf(copy, Ecrural.BAD_INPUT, "evaluate", plans.toString(), "--format", "json");
        assertThat(Long.parseLong(flag(flags, "MaxHeapSize"))).isEqualTo(256L << 20);
        assertThat(Long.parseLong(flag(flags, "InitialHeapSize"))).isEqualTo(256L << 20);

        long ramMb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElseThrow();
        for (String none : List.of("max\n", "9223372036854771712\n")) { // no limit (v2, v1): the machine's RAM decides
            Files.writeString(limit, none);
            assertThat(Long.parseLong(flag(flagsOf(copy, Ecrural.BAD_INPUT, "evaluate", plans.toString(), "--format", "json"),
                    "MaxHeapSize"))).as(none).isEqualTo(Math.max(64, Math.min(704, ramMb / 4)) << 20);
        }

        Files.writeString(limit, "1048576\n"); // 1 MB: the smallest heap the launcher gives, not none
        assertThat(Long.parseLong(flag(flagsOf(copy, Ecrural.BAD_INPUT, "evaluate", plans.toString(), "--format", "json"),
                "MaxHeapSize"))).isEqualTo(64L << 20);
    }

    @Test
    void theHeapAsksForTransparentHugePagesExactlyWhereTheKernelGrantsThemOnRequest() throws Exception {
        Path setting = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
        boolean onRequest = Files.isReadable(setting) && Files.readString(setting).contains("[madvise]");
        String flags = flagsOf(Ecrural.OK, "--version");
        assertThat(flags).doesNotContain("[warning]");
        assertThat(flag(flags, "UseTransparentHugePages")).isEqualTo(onRequest ? "true" : "false");
    }
}
