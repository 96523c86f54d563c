package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report in a real browser: headless Chromium loads it from a file, its script runs, and
 * what the page rendered (counted from its DOM by the page itself, see HtmlReport) must match the
 * JSON report, with no script error and no console message. Also takes a screenshot of the sample
 * plan's report, {@code target/html-report/sample-report.png}, for a person to look at.
 *
 * <p>Skipped where no Chromium can be found ({@code /usr/bin/chromium}, {@code chromium} or
 * {@code chromium-browser} on the PATH, or the system property {@code ecrural.chromium}).
 */
class HtmlReportBrowserTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path OUT = Path.of("target", "html-report");
    private static String chromium;

    @TempDir
    Path dir;

    @BeforeAll
    static void findChromium() throws IOException {
        chromium = locate().orElse(null);
        assumeTrue(chromium != null, "Chromium not found (looked for /usr/bin/chromium, chromium and chromium-browser on the PATH, "
                + "and -Decrural.chromium): the browser test of the HTML report is skipped. Install it with "
                + "`apt-get install chromium`.");
        Files.createDirectories(OUT);
    }

    static Optional<String> locate() {
        List<String> candidates = new ArrayList<>();
        String property = System.getProperty("ecrural.chromium");
        if (property != null && !property.isBlank()) {
            candidates.add(property);
        }
        candidates.add("/usr/bin/chromium");
        String path = System.getenv("PATH");
        if (path != null) {
            for (String d : path.split(File.pathSeparator)) {
                candidates.add(Path.of(d, "chromium").toString());
                candidates.add(Path.of(d, "chromium-browser").toString());
            }
        }
        return candidates.stream().filter(c -> Files.isRegularFile(Path.of(c)) && Files.isExecutable(Path.of(c))).findFirst();
    }

    /** What one headless run printed. */
    record Browser(int exit, String stdout, String stderr) {
    }

    private Browser chromium(Path page, String... mode) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "profile");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--enable-logging=stderr", "--v=0"));
        command.addAll(List.of(mode));
        command.add(page.toAbsolutePath().toUri().toString());
        Path stdout = dir.resolve("chromium-" + System.nanoTime() + ".out");
        Path stderr = dir.resolve("chromium-" + System.nanoTime() + ".err");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 60 s: " + command);
        }
        return new Browser(p.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    /** Loads the page, lets its script run, and returns the DOM and the page's own account of what it rendered. */
    private Rendered render(Path page) throws IOException, InterruptedException {
        Browser b = chromium(page, "--dump-dom");
        assertThat(b.exit()).as(b.stderr()).isZero();
        List<String> console = b.stderr().lines().filter(l -> l.contains(":CONSOLE") || l.contains("Uncaught")).toList();
        assertThat(console).as("console messages of the page").isEmpty();
        Matcher m = Pattern.compile("<pre id=\"render-check\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(b.stdout());
        assertThat(m.find()).as("render-check element in the DOM after scripts ran").isTrue();
        assertThat(m.group(1)).as("the page's script wrote its render check").isNotBlank();
        Matcher errors = Pattern.compile("<pre id=\"js-errors\"[^>]*>(.*?)</pre>", Pattern.DOTALL).matcher(b.stdout());
        assertThat(errors.find()).isTrue();
        assertThat(errors.group(1)).as("script errors caught by window.onerror").isEmpty();
        return new Rendered(b.stdout(), JSON.readTree(ReportViews.unescape(m.group(1))));
    }

    /** The DOM after scripts ran, and the page's render check. */
    record Rendered(String dom, JsonNode check) {
    }

    private String assertPageMatchesJson(Path page, String json) throws IOException, InterruptedException {
        Rendered rendered = render(page);
        JsonNode check = rendered.check();
        assertThat(check.get("ok").asBoolean()).as(check.toString()).isTrue();
        assertThat(check.get("errors").size()).isZero();
        assertThat(check.get("summaryMatches").asBoolean()).as("summary tables agree with the findings and verdicts shown").isTrue();
        ReportViews expected = ReportViews.ofJson(json);
        assertThat(check.get("findings").asInt()).isEqualTo(expected.findings().size());
        assertThat(check.get("withClauseText").asInt()).isEqualTo(expected.findings().size());
        Map<String, Integer> bySeverity = new TreeMap<>();
        check.get("bySeverity").fields().forEachRemaining(e -> bySeverity.put(e.getKey(), e.getValue().asInt()));
        assertThat(bySeverity).isEqualTo(expected.bySeverity());
        JsonNode summary = JSON.readTree(json).get("summary").get("bySeverity");
        summary.fields().forEachRemaining(e -> assertThat(bySeverity.getOrDefault(e.getKey(), 0)).isEqualTo(e.getValue().asInt()));
        Map<String, String> verdicts = new TreeMap<>();
        check.get("verdicts").fields().forEachRemaining(e -> verdicts.put(e.getKey(), e.getValue().asText()));
        assertThat(verdicts).isEqualTo(expected.verdicts());
        List<String> pairs = new ArrayList<>();
        check.get("pairs").forEach(p -> pairs.add(p.asText()));
        assertThat(pairs).containsExactlyElementsOf(expected.findings());
        assertThat(check.get("clauses").asInt()).isEqualTo(22);
        return rendered.dom();
    }

    private static String evaluate(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).isEmpty();
        return run.out();
    }

    @Test
    void theSampleReportLoadsWithoutErrorsShowsWhatTheJsonReportSaysAndIsPhotographed() throws Exception {
        Path page = OUT.resolve("sample-report.html");
        assertThat(CliRun.of("evaluate", "--format", "html", "-o", page.toString()).exitCode()).isEqualTo(Ecrural.BLOCKING);
        assertPageMatchesJson(page, evaluate("evaluate", "--format", "json"));

        Path png = OUT.resolve("sample-report.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Browser shot = chromium(page, "--hide-scrollbars", "--window-size=1280,2000", "--screenshot=" + png);
        assertThat(shot.exit()).as(shot.stderr()).isZero();
        assertThat(png).exists();
        byte[] bytes = Files.readAllBytes(png);
        assertThat(bytes.length).isGreaterThan(10_000);
        assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void theAllRulesReportInEnglishShowsWhatTheJsonReportSaysAndAHostileCountyNameRunsNoScript() throws Exception {
        JsonNode plan = JSON.readTree(AllRulesPlan.json());
        String hostile = "<script>document.title='pwned'; alert(1)</script><img src=x onerror=\"document.title='pwned'\">";
        ((com.fasterxml.jackson.databind.node.ObjectNode) plan.get("counties").get(0)).put("name", hostile);
        Path file = dir.resolve("all-rules-hostile.json");
        Files.writeString(file, JSON.writeValueAsString(plan), StandardCharsets.UTF_8);
        Path page = OUT.resolve("all-rules-report.en.html");
        CliRun.of("evaluate", file.toString(), "--format", "html", "--lang", "en", "-o", page.toString());
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<script>document").doesNotContain("<img");
        String dom = assertPageMatchesJson(page, evaluate("evaluate", file.toString(), "--format", "json"));
        assertThat(dom).doesNotContain("<title>pwned").contains("&lt;script&gt;document.title=");
        assertThat(ReportViews.ofJson(evaluate("evaluate", file.toString(), "--format", "json")).findings()
                .stream().map(f -> f.split("\\|")[0]).distinct().count()).isEqualTo(46);
    }
}
