package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The README's main command, run as a user runs it: {@code java -jar rules-examples/target/ecrural.jar evaluate}. */
class PackagedJarIT {
    private static final Path JAR = Path.of("target", "ecrural.jar");

    private static ProcessResult java(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    record ProcessResult(int exit, String out, String err) {
    }

    @Test
    void theJarEvaluatesTheBundledSamplePlan() throws Exception {
        assertThat(Files.exists(JAR)).as("run mvn package first: %s", JAR.toAbsolutePath()).isTrue();
        ProcessResult r = java("evaluate", "--lang", "en");
        assertThat(r.err()).isEmpty();
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out()).contains("FUND-UPWARD-MIN-SHARE (section 4(1))").contains("ELIG-OLD-AREA-NOT-DISTRICT (section 3)");
    }

    @Test
    void theJarPrintsChineseAsUtf8() throws Exception {
        ProcessResult r = java("evaluate");
        assertThat(r.out()).contains("通渭县").contains("视为自动放弃");
    }

    @Test
    void theJarListsTheRules() throws Exception {
        ProcessResult r = java("rules");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("46 rules");
    }

    @Test
    void theJarExplainsARuleWithTheNoticesText() throws Exception {
        ProcessResult r = java("explain", "FUND-PROHIBITED-USE");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("条款：四（财建〔2015〕256号禁止性规定）（4.prohibited）").contains("财建〔2015〕256号").contains("rule \"FUND-PROHIBITED-USE\"");
    }
}
