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
    void theServicesAccessLogGivesTheTimeOfEachRequest() throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "serve", "--port", "0").start();
        try {
            java.io.BufferedReader out = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String listening = out.readLine();
            assertThat(listening).startsWith("ecrural serve: listening on http://");
            String base = listening.replaceAll(".*(http://\\S+).*", "$1");
            java.net.http.HttpResponse<String> health = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "/health")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            java.io.BufferedReader err = new java.io.BufferedReader(
                    new java.io.InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
            String line = err.readLine();
            assertThat(line).as("the access log's line").matches(
                    "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}(Z|[+-]\\d{2}:\\d{2}) INFO .*GET /health 200.*");
        } finally {
            process.destroy();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
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
