package org.ecrural.kb;

import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;

/**
 * Runs the scenario files of a rule base: hand-written plans with the findings they must and
 * must not produce. Format (JSON, one file per DRL section, named like {@code funds.scenarios.json}):
 *
 * <pre>{@code
 * { "scenarios": [
 *   { "name": "upward share 49.99% is below 50%",
 *     "plan": { "fundAllocations": [...], "projects": [...] },      // a plan of format v1; format and edition may be left out
 *     "expect": [ { "rule": "<rule id>", "subject": { "type": "AREA", "id": "621121" },
 *                   "blocking": true, "measured": "49.99%",     // subject, blocking, justified, measured optional
 *                   "says": "通渭县" } ],       // optional: text the finding's message contains, in Chinese or English
 *     "expectAbsent": [ { "rule": "<another rule id>" } ],  // subject optional
 *     "verdicts": [ { "subject": { "type": "AREA", "id": "621121" }, "outcome": "NON_COMPLIANT" } ] } ] }
 * }</pre>
 *
 * A scenario at the boundary of a parameter pins the value it is written for with
 * {@code "parameters": { "upwardMinShare": "0.50" }}: it then runs under the folder's edition with
 * that value replaced, so it keeps testing the rule's formula when an analyst changes the
 * parameter itself.
 *
 * A rule is covered when a passing scenario expects it to fire and a passing scenario expects it
 * to stay silent.
 */
public final class Scenarios {
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final Set<String> SCENARIO_FIELDS = Set.of("name", "description", "parameters", "plan", "expect", "expectAbsent", "verdicts");
    private static final Set<String> EXPECT_FIELDS = Set.of("rule", "subject", "blocking", "justified", "measured", "says");
    private static final Set<String> ABSENT_FIELDS = Set.of("rule", "subject");

    private Scenarios() {
    }

    /** Runs the scenarios of the engine's own rule base (its source folder). */
    public static ScenarioResults run(PolicyEngine engine) {
        return run(engine, engine.source().scenarioFiles());
    }

    /** Runs the given scenario files (name to JSON text) against the engine. */
    public static ScenarioResults run(PolicyEngine engine, Map<String, String> files) {
        ScenarioResults results = new ScenarioResults(engine.rules());
        for (Map.Entry<String, String> file : files.entrySet()) {
            runFile(engine, file.getKey(), file.getValue(), results);
        }
        Map<String, String[]> changed = changedParameters(EditionParameters.builtIn(), engine.edition());
        Map<String, Set<String>> readers = new java.util.TreeMap<>();
        for (String name : changed.keySet()) {
            readers.put(name, readers(name, engine.rules(), engine.source()));
        }
        results.checkChangedParameters(changed, readers);
        return results;
    }

    /** @return each parameter whose value differs between the two editions, with its values (from, to) as written */
    static Map<String, String[]> changedParameters(EditionParameters from, EditionParameters to) {
        Map<String, String> before = new java.util.HashMap<>();
        from.parameters().forEach(p -> before.put(p.name(), p.value()));
        Map<String, String[]> changed = new java.util.LinkedHashMap<>();
        for (EditionParameters.Parameter p : to.parameters()) {
            String old = before.get(p.name());
            if (old != null && !old.equals(p.value())) {
                changed.put(p.name(), new String[] {shown(old), shown(p.value())});
            }
        }
        return changed;
    }

    private static String shown(String json) {
        String s = json.length() >= 2 && json.startsWith("\"") && json.endsWith("\"") ? json.substring(1, json.length() - 1) : json;
        return s.length() > 60 ? s.substring(0, 59) + "…" : s;
    }

    /**
     * @return the ids of the rules whose DRL names the parameter: its typed getter
     *         ({@code upwardMinShare}, {@code getUpwardMinShare()}) or a generic accessor ({@code share("upwardMinShare")})
     */
    static Set<String> readers(String parameter, List<RuleInfo> rules, RuleFolder source) {
        String cap = Character.toUpperCase(parameter.charAt(0)) + parameter.substring(1);
        java.util.regex.Pattern reads = java.util.regex.Pattern.compile("(?<![\\w$])(?:" + java.util.regex.Pattern.quote(parameter)
                + "|(?:get|is)" + java.util.regex.Pattern.quote(cap) + ")(?![\\w$])|\"" + java.util.regex.Pattern.quote(parameter) + "\"");
        Set<String> ids = new java.util.TreeSet<>();
        for (RuleInfo r : rules) {
            String drl = source.ruleSource(r.id());
            if (drl != null && reads.matcher(drl).find()) {
                ids.add(r.id());
            }
        }
        return ids;
    }

    private static void runFile(PolicyEngine engine, String file, String text, ScenarioResults results) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (IOException e) {
            results.fileProblem(file, "not valid JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return;
        }
        if (root == null || !root.isObject() || !root.path("scenarios").isArray()) {
            results.fileProblem(file, "expected an object with a \"scenarios\" array");
            return;
        }
        JsonNode list = root.get("scenarios");
        for (int i = 0; i < list.size(); i++) {
            runScenario(engine, file, "/scenarios/" + i, list.get(i), results);
        }
    }

    private static void runScenario(PolicyEngine engine, String file, String path, JsonNode s, ScenarioResults results) {
        List<String> problems = new ArrayList<>();
        String name = s.path("name").asText(path);
        unknownFields(s, SCENARIO_FIELDS, path, problems);
        List<Expectation> expect = expectations(s.path("expect"), path + "/expect", EXPECT_FIELDS, problems);
        List<Expectation> absent = expectations(s.path("expectAbsent"), path + "/expectAbsent", ABSENT_FIELDS, problems);
        List<VerdictExpectation> verdicts = verdicts(s.path("verdicts"), path + "/verdicts", problems);
        if (!s.path("plan").isObject()) {
            problems.add(path + "/plan: expected a plan object");
        }
        if (!problems.isEmpty()) {
            results.add(file, name, false, problems, List.of(), List.of());
            return;
        }
        ObjectNode planNode = ((ObjectNode) s.get("plan")).deepCopy();
        if (!planNode.has("format")) {
            planNode.put("format", 1);
        }
        if (!planNode.has("edition")) {
            planNode.put("edition", engine.edition().getEdition());
        }
        PolicyEngine runWith = engine;
        Set<String> pinned = new java.util.TreeSet<>();
        s.path("parameters").fieldNames().forEachRemaining(pinned::add);
        if (s.has("parameters")) {
            try {
                runWith = engine.withParameterValues(s.get("parameters"));
            } catch (RuleBaseException e) {
                e.problems().forEach(p -> problems.add(path + "/parameters: " + p.message()));
                results.add(file, name, false, problems, List.of(), List.of());
                return;
            }
        }
        PlanDocument plan;
        try {
            plan = PlanReader.read(planNode.toString());
        } catch (PlanInputException e) {
            e.errors().forEach(err -> problems.add(path + "/plan" + ("/".equals(err.path()) ? "" : err.path()) + ": " + err.message()));
            results.add(file, name, false, problems, List.of(), List.of());
            return;
        }
        Report report = runWith.evaluate(plan);
        for (Expectation e : expect) {
            if (report.findings().stream().noneMatch(e::matches)) {
                problems.add("expected " + e + " but the report has " + describe(report, e.rule()));
            }
        }
        for (Expectation e : absent) {
            report.findings().stream().filter(e::matches).findFirst()
                    .ifPresent(f -> problems.add("expected no " + e + " but found " + f));
        }
        for (VerdictExpectation v : verdicts) {
            Outcome actual = report.verdict(v.subject().type(), v.subject().id()).orElse(null);
            if (actual != v.outcome()) {
                problems.add("expected verdict " + v.outcome() + " on " + v.subject() + " but got " + actual);
            }
        }
        results.add(file, name, problems.isEmpty(), problems,
                expect.stream().map(Expectation::rule).toList(), absent.stream().map(Expectation::rule).toList(), pinned);
    }

    private static String describe(Report report, String rule) {
        List<Finding> same = report.findings(rule);
        if (same.isEmpty()) {
            return "no " + rule + " finding (findings: " + report.findings().stream().map(f -> f.ruleId() + " on " + f.subject()).toList() + ")";
        }
        return same.stream().map(f -> f.ruleId() + " on " + f.subject() + " blocking=" + f.blocking()
                + " justified=" + f.justified() + " measured=" + f.measured()).toList().toString();
    }

    private static void unknownFields(JsonNode node, Set<String> allowed, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": expected an object");
            return;
        }
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String n = names.next();
            if (!allowed.contains(n)) {
                problems.add(path + "/" + n + ": unknown field; allowed: " + new java.util.TreeSet<>(allowed));
            }
        }
    }

    private static List<Expectation> expectations(JsonNode list, String path, Set<String> allowed, List<String> problems) {
        List<Expectation> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        if (!list.isArray()) {
            problems.add(path + ": expected an array");
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode e = list.get(i);
            String p = path + "/" + i;
            unknownFields(e, allowed, p, problems);
            if (!e.path("rule").isTextual()) {
                problems.add(p + "/rule: expected a rule id");
                continue;
            }
            Subject subject = e.has("subject") ? subject(e.get("subject"), p + "/subject", problems) : null;
            out.add(new Expectation(e.get("rule").asText(), subject,
                    e.has("blocking") ? e.get("blocking").asBoolean() : null,
                    e.has("justified") ? e.get("justified").asBoolean() : null,
                    e.has("measured") ? e.get("measured").asText() : null,
                    e.has("says") ? e.get("says").asText() : null));
        }
        return out;
    }

    private static List<VerdictExpectation> verdicts(JsonNode list, String path, List<String> problems) {
        List<VerdictExpectation> out = new ArrayList<>();
        if (list.isMissingNode()) {
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode v = list.get(i);
            String p = path + "/" + i;
            Subject subject = subject(v.path("subject"), p + "/subject", problems);
            try {
                Outcome o = Outcome.valueOf(v.path("outcome").asText());
                if (subject != null) {
                    out.add(new VerdictExpectation(subject, o));
                }
            } catch (IllegalArgumentException ex) {
                problems.add(p + "/outcome: expected one of " + java.util.Arrays.toString(Outcome.values()));
            }
        }
        return out;
    }

    private static Subject subject(JsonNode s, String path, List<String> problems) {
        try {
            return new Subject(SubjectType.valueOf(s.path("type").asText()), s.path("id").asText());
        } catch (IllegalArgumentException e) {
            problems.add(path + ": expected {\"type\": one of " + java.util.Arrays.toString(SubjectType.values()) + ", \"id\": …}");
            return null;
        }
    }

    private record Expectation(String rule, Subject subject, Boolean blocking, Boolean justified, String measured,
            String says) {
        boolean matches(Finding f) {
            return f.ruleId().equals(rule)
                    && (subject == null || subject.equals(f.subject()))
                    && (blocking == null || blocking == f.blocking())
                    && (justified == null || justified == f.justified())
                    && (measured == null || measured.equals(f.measured()))
                    && (says == null || f.message().zh().contains(says) || f.message().en().contains(says));
        }

        @Override
        public String toString() {
            return rule + (subject == null ? "" : " on " + subject) + (blocking == null ? "" : " blocking=" + blocking)
                    + (justified == null ? "" : " justified=" + justified) + (measured == null ? "" : " measured=" + measured)
                    + (says == null ? "" : " saying \"" + says + "\"");
        }
    }

    private record VerdictExpectation(Subject subject, Outcome outcome) {
    }
}
