package org.ecrural.cli;

import org.ecrural.kb.render.ReportJson;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.model.json.Limits;
import org.ecrural.model.json.PlanReader;
import org.ecrural.serve.EvaluationService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ecrural serve}'s service started on a free port, each endpoint checked over real HTTP. */
class ServeEndToEndTest {
    static EvaluationService service;
    static EvaluationService small;
    static PolicyEngine engine;
    static String sample;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeAll
    static void start() throws IOException {
        engine = PolicyEngine.builtIn();
        service = new EvaluationService(engine, PlanReader.withLimits(Limits.DEFAULT)).start("127.0.0.1", 0);
        small = new EvaluationService(engine, PlanReader.withLimits(new Limits(1000, 64, 1000))).start("127.0.0.1", 0);
        try (InputStream in = ServeEndToEndTest.class.getResourceAsStream(EvaluateCommand.SAMPLE)) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @AfterAll
    static void stop() {
        service.stop();
        small.stop();
    }

    static URI uri(EvaluationService s, String path) {
        return URI.create("http://127.0.0.1:" + s.port() + path);
    }

    static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(service, path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(EvaluationService s, String path, String body, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(s, path)).POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (accept != null) {
            b.header("Accept", accept);
        }
        try {
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            // the JDK client does not retry a POST on a pooled keep-alive connection that the server
            // closed meanwhile ("header parser received no bytes"); a host would send it again, once
            return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void evaluateAnswersExactlyWhatTheCommandLinePrints(@TempDir Path dir) throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), sample);
        CliRun cli = CliRun.of("evaluate", plan.toString(), "--format", "json");
        assertThat(cli.exitCode()).isEqualTo(Ecrural.BLOCKING);
        HttpResponse<String> r = post(service, "/v1/evaluate", sample, null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(r.headers().firstValue("X-Ecrural-Blocking")).hasValue("true");
        assertThat(r.body()).isEqualTo(cli.out());

        CliRun funds = CliRun.of("evaluate", plan.toString(), "--format", "json", "--checks", "FUNDS,ACCEPTANCE");
        assertThat(post(service, "/v1/evaluate?checks=FUNDS,ACCEPTANCE", sample, null).body())
                .isEqualTo(funds.out()).isNotEqualTo(cli.out());
    }

    @Test
    void htmlAndTextReportsFollowAcceptAndLang(@TempDir Path dir) throws Exception {
        Path plan = Files.writeString(dir.resolve("plan.json"), sample);
        HttpResponse<String> html = post(service, "/v1/evaluate?lang=en", sample, "text/html");
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(html.body()).isEqualTo(CliRun.of("evaluate", plan.toString(), "--format", "html", "--lang", "en").out());
        HttpResponse<String> text = post(service, "/v1/evaluate?lang=zh", sample, "text/plain");
        assertThat(text.body()).isEqualTo(CliRun.of("evaluate", plan.toString()).out());
    }

    @Test
    void badPlansGet400WithEveryErrorAndItsPath() throws Exception {
        String bad = sample.replaceFirst("\"centralFunds\": \"3000000.00\"", "\"centralFunds\": \"-3\"")
                .replaceFirst("\"direction\": \"UPWARD\"", "\"direction\": \"UP\"");
        HttpResponse<String> r = post(service, "/v1/evaluate", bad, null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).startsWith("{\"errors\":[").contains("\"path\":\"/projects/0/centralFunds\"")
                .contains("which is negative").contains("\"path\":\"/projects/0/direction\"").doesNotContain("Exception");
        HttpResponse<String> notJson = post(service, "/v1/evaluate", "{\"format\": 1,", null);
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(notJson.body()).startsWith("{\"errors\":[{\"path\":");
        HttpResponse<String> query = post(service, "/v1/evaluate?checks=FUNDS,NOPE&lang=fr", sample, null);
        assertThat(query.statusCode()).isEqualTo(400);
        assertThat(query.body()).contains("\"path\":\"?checks\"").contains("NOPE").contains("\"path\":\"?lang\"");
    }

    @Test
    void aPlanAboveTheSizeLimitGets413() throws Exception {
        HttpResponse<String> r = post(small, "/v1/evaluate", sample, null);
        assertThat(sample.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(1000);
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("larger than the limit of 1000 bytes");
        HttpResponse<String> fits = post(small, "/v1/evaluate", "{\"format\":1,\"edition\":\"2018\",\"evaluationDate\":\"2018-10-31\"}", null);
        assertThat(fits.statusCode()).isEqualTo(200);
        assertThat(fits.body()).contains("\"blocking\": false");
    }

    @Test
    void rulesSchemasAndHealth() throws Exception {
        HttpResponse<String> rules = get("/v1/rules");
        assertThat(rules.statusCode()).isEqualTo(200);
        assertThat(rules.body()).contains("\"id\":\"FUND-UPWARD-MIN-SHARE\"", "\"clause\":\"4.1\"", "\"severity\":\"PRINCIPLE\"");
        assertThat(rules.body().split("\"id\":", -1)).hasSize(engine.rules().size() + 1);
        assertThat(get("/v1/schema/plan").body()).isEqualTo(Files.readString(Path.of("..", "docs", "plan.schema.json")));
        assertThat(get("/v1/schema/report").body()).isEqualTo(Files.readString(Path.of("..", "docs", "report.schema.json")));
        HttpResponse<String> health = get("/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").contains("\"rules\":" + engine.rules().size());
        assertThat(get("/v1/nothing").statusCode()).isEqualTo(404);
    }

    @Test
    void metricsCountRequestsLatencyAndFindingsByRule() throws Exception {
        post(service, "/v1/evaluate", sample, null);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("ecrural_http_requests_seconds_bucket{")
                .containsPattern("ecrural_http_requests_seconds_count\\{method=\"POST\",route=\"/v1/evaluate\",status=\"200\"} [1-9]")
                .containsPattern("ecrural_findings_total\\{rule=\"FUND-UPWARD-MIN-SHARE\"} [1-9]");
    }

    /** 64 requests at once, 16 different plans and section choices: each answer equals its single-threaded report. */
    @Test
    void sixtyFourConcurrentRequestsAllAnsweredCorrectly() throws Exception {
        List<String> plans = new ArrayList<>();
        List<String> queries = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        Check[] checks = Check.values();
        for (int i = 0; i < 16; i++) {
            String plan = sample.replaceFirst("\"evaluationDate\": \"2018-10-31\"",
                    "\"evaluationDate\": \"2018-" + (i < 8 ? "06" : "12") + "-" + String.format("%02d", 10 + i) + "\"");
            Set<Check> selected = i % 2 == 0 ? Check.all() : EnumSet.of(checks[i % checks.length], Check.FUNDS);
            plans.add(plan);
            queries.add(i % 2 == 0 ? "" : "?checks=" + String.join(",", selected.stream().map(Enum::name).toList()));
            expected.add(ReportJson.write(engine.evaluate(PlanReader.read(plan), selected)));
        }
        assertThat(expected.stream().distinct().count()).isGreaterThan(8);
        ExecutorService pool = Executors.newFixedThreadPool(64);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                int k = i % 16;
                answers.add(pool.submit(() -> {
                    go.await();
                    return post(service, "/v1/evaluate" + queries.get(k), plans.get(k), null);
                }));
            }
            go.countDown();
            for (int i = 0; i < 64; i++) {
                HttpResponse<String> r = answers.get(i).get();
                assertThat(r.statusCode()).as("request " + i).isEqualTo(200);
                assertThat(r.body()).as("request " + i).isEqualTo(expected.get(i % 16));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void serveRefusesBadUsageWithExitCode2() {
        CliRun port = CliRun.of("serve", "--port", "70000");
        assertThat(port.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(port.err()).contains("--port must be between 0 and 65535");
        CliRun limits = CliRun.of("serve", "--max-plan-bytes", "0");
        assertThat(limits.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(limits.err()).contains("bad limits").doesNotContain("Exception");
    }
}
