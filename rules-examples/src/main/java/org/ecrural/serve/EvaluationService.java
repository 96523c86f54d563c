package org.ecrural.serve;

import org.ecrural.kb.render.ReportJson;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.EvaluationIncompleteException;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.render.HtmlReport;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.render.TextReport;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.InputError;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rule base over HTTP (Javalin on Jetty): one {@link PolicyEngine} serves every request
 * concurrently.
 *
 * <ul>
 *   <li>{@code POST /v1/evaluate}: the body is a plan (format v1); the answer is the report, byte for
 *       byte what {@code ecrural evaluate --format json} prints for it. {@code ?checks=FUNDS,ACCEPTANCE}
 *       limits the sections, {@code Accept: text/html} (or {@code text/plain}) gives the HTML (or text)
 *       report in {@code ?lang=zh|en}. A bad plan or query is {@code 400} with
 *       {@code {"errors":[{"path":…,"message":…}]}} listing every error (query errors at the path
 *       {@code ?checks} or {@code ?lang}); a body above the reader's byte limit is {@code 413}; an evaluation
 *       that cannot complete (past the engine's deadline) is {@code 503}.</li>
 *   <li>{@code GET /v1/rules}, {@code /v1/schema/plan}, {@code /v1/schema/report}, {@code /health},
 *       {@code /metrics} (Prometheus text: requests and their latency histogram by route and status,
 *       findings by rule).</li>
 * </ul>
 *
 * <p>Each request is logged as one line on the slf4j logger {@code org.ecrural.serve.access}.
 * {@link #stop()} stops gracefully: requests in flight are answered (for up to 10 s) first.
 */
public final class EvaluationService implements AutoCloseable {
    private static final Logger ACCESS = LoggerFactory.getLogger("org.ecrural.serve.access");
    private static final JsonFactory JSON = new JsonFactory();
    private static final String JSON_TYPE = "application/json; charset=utf-8";
    private static final Set<String> ROUTES = Set.of("/v1/evaluate", "/v1/rules", "/v1/schema/plan",
            "/v1/schema/report", "/health", "/metrics");

    private final PolicyEngine engine;
    private final PlanReader reader;
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Counter> findingCounters = new ConcurrentHashMap<>();
    private final String rulesJson;
    private final byte[] planSchema;
    private final byte[] reportSchema;
    private final Javalin app;

    /**
     * @param engine the engine that evaluates every request
     * @param reader the reader of request bodies; its byte limit is the request size limit
     */
    public EvaluationService(PolicyEngine engine, PlanReader reader) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.reader = Objects.requireNonNull(reader, "reader");
        this.rulesJson = rulesJson(engine.rules());
        this.planSchema = resource("plan.schema.json");
        this.reportSchema = resource("report.schema.json");
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = reader.limits().maxBytes();
            config.jetty.modifyServer(server -> server.setStopTimeout(10_000));
            config.requestLogger.http(this::requestDone);
            config.routes.post("/v1/evaluate", this::evaluate);
            config.routes.get("/v1/rules", ctx -> ctx.contentType(JSON_TYPE).result(rulesJson));
            config.routes.get("/v1/schema/plan", ctx -> ctx.contentType("application/schema+json").result(planSchema));
            config.routes.get("/v1/schema/report", ctx -> ctx.contentType("application/schema+json").result(reportSchema));
            config.routes.get("/health", ctx -> ctx.contentType(JSON_TYPE)
                    .result("{\"status\":\"UP\",\"rules\":" + engine.rules().size() + "}\n"));
            config.routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                    .result(registry.scrape()));
        });
    }

    /**
     * Starts listening.
     *
     * @param host the address to bind, such as {@code 127.0.0.1} or {@code 0.0.0.0}
     * @param port the port; 0 picks a free one (see {@link #port()})
     * @return this service
     */
    public EvaluationService start(String host, int port) {
        app.start(host, port);
        return this;
    }

    /** @return the port the service listens on, once started */
    public int port() {
        return app.port();
    }

    /** Stops gracefully: no new connections; requests in flight are answered first (up to 10 s). */
    public void stop() {
        app.stop();
    }

    @Override
    public void close() {
        stop();
    }

    private void evaluate(Context ctx) throws IOException {
        List<InputError> queryErrors = new ArrayList<>();
        Set<Check> checks = checks(ctx.queryParam("checks"), queryErrors);
        Language language = language(ctx.queryParam("lang"), queryErrors);
        if (!queryErrors.isEmpty()) {
            errors(ctx, 400, queryErrors);
            return;
        }
        long limit = reader.limits().maxBytes();
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            errors(ctx, 413, List.of(new InputError("/", "the plan is larger than the limit of " + limit + " bytes")));
            return;
        }
        byte[] body;
        try (InputStream in = ctx.req().getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16L, limit + 1));
        }
        if (body.length > limit) {
            errors(ctx, 413, List.of(new InputError("/", "the plan is larger than the limit of " + limit + " bytes")));
            return;
        }
        PlanDocument plan;
        try {
            plan = reader.readDocument(body);
        } catch (PlanInputException e) {
            errors(ctx, 400, e.errors());
            return;
        }
        Report report;
        try {
            report = engine.evaluate(plan, checks);
        } catch (EvaluationIncompleteException e) {
            errors(ctx, 503, List.of(new InputError("/", "the evaluation could not complete: " + e.getMessage())));
            return;
        }
        for (Finding f : report.findings()) {
            findingCounters.computeIfAbsent(f.ruleId(), id -> Counter.builder("ecrural.findings")
                    .description("findings reported, by rule").tag("rule", id).register(registry)).increment();
        }
        ctx.header("X-Ecrural-Blocking", String.valueOf(report.hasBlocking()));
        String accept = ctx.header("Accept") == null ? "" : ctx.header("Accept").toLowerCase(Locale.ROOT);
        if (accept.contains("text/html")) {
            ctx.contentType("text/html; charset=utf-8").result(HtmlReport.render(report, language));
        } else if (accept.contains("text/plain") && !accept.contains("json")) {
            ctx.contentType("text/plain; charset=utf-8").result(TextReport.render(report, language));
        } else {
            ctx.contentType(JSON_TYPE).result(ReportJson.write(report));
        }
    }

    private static Set<Check> checks(String param, List<InputError> errors) {
        if (param == null || param.isBlank()) {
            return Check.all();
        }
        Set<Check> checks = EnumSet.noneOf(Check.class);
        for (String name : param.split(",")) {
            try {
                checks.add(Check.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(new InputError("?checks", "expected sections of the notice among " + EnumSet.allOf(Check.class)
                        + ", found \"" + name.trim() + "\""));
            }
        }
        return checks;
    }

    private static Language language(String param, List<InputError> errors) {
        if (param == null || param.isBlank() || param.equalsIgnoreCase("zh")) {
            return Language.ZH;
        }
        if (param.equalsIgnoreCase("en")) {
            return Language.EN;
        }
        errors.add(new InputError("?lang", "expected zh or en, found \"" + param + "\""));
        return Language.ZH;
    }

    private static void errors(Context ctx, int status, List<InputError> errors) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("errors");
            for (InputError e : errors) {
                g.writeStartObject();
                g.writeStringField("path", e.path());
                g.writeStringField("message", e.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.status(status).contentType(JSON_TYPE).result(out + "\n");
    }

    private void requestDone(Context ctx, Float millis) {
        String route = ROUTES.contains(ctx.path()) ? ctx.path() : "other";
        String status = String.valueOf(ctx.statusCode());
        long nanos = (long) (millis * 1_000_000L);
        Timer.builder("ecrural.http.requests").description("HTTP requests and their latency")
                .tag("method", ctx.method().name()).tag("route", route).tag("status", status)
                .publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofSeconds(30))
                .register(registry).record(nanos, TimeUnit.NANOSECONDS);
        ACCESS.info("{} {} {} {} {}ms {}", ctx.ip(), ctx.method().name(), ctx.path(), status,
                String.format(Locale.ROOT, "%.1f", millis), ctx.header("User-Agent") == null ? "-" : ctx.header("User-Agent"));
    }

    private static String rulesJson(List<RuleInfo> rules) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("rules");
            for (RuleInfo r : rules) {
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("clause", r.clause());
                g.writeStringField("severity", r.severity().name());
                g.writeStringField("check", r.check().name());
                if (r.subjectType() != null) {
                    g.writeStringField("subjectType", r.subjectType().name());
                }
                g.writeStringField("title", r.title());
                if (r.titleText() != null) {
                    g.writeObjectFieldStart("titleText");
                    g.writeStringField("zh", r.titleText().zh());
                    g.writeStringField("en", r.titleText().en());
                    g.writeEndObject();
                }
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static byte[] resource(String name) {
        try (InputStream in = EvaluationService.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
