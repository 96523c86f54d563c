package org.ecrural.serve;

import org.ecrural.kb.render.ReportJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.model.json.PlanInputException;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * docs/plan.schema.json and docs/report.schema.json against the reader and the report writer:
 * every plan the project ships (the sample, every scenario plan) validates, every report the engine
 * writes for them validates, and malformed plans fail both the schema and the reader.
 */
class SchemaTest {
    static final Path DOCS = Path.of("..", "docs");
    static final Path RULES = Path.of("..", "rules-kb", "src", "main", "resources", "org", "ecrural", "rules");
    static final JsonMapper MAPPER = JsonMapper.builder().build();
    static Schema planSchema;
    static Schema reportSchema;
    static PolicyEngine engine;

    @BeforeAll
    static void load() throws IOException {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        planSchema = registry.getSchema(Files.readString(DOCS.resolve("plan.schema.json")));
        reportSchema = registry.getSchema(Files.readString(DOCS.resolve("report.schema.json")));
        engine = PolicyEngine.builtIn();
    }

    static String sample() throws IOException {
        try (InputStream in = SchemaTest.class.getResourceAsStream("/samples/gansu-2018.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> errors(Schema schema, String json) {
        List<String> out = new ArrayList<>();
        for (Error e : schema.validate(MAPPER.readTree(json))) {
            out.add(e.getInstanceLocation() + " " + e.getMessage());
        }
        return out;
    }

    /** Every scenario plan of the rule base, with format and edition filled in as the scenario runner does. */
    static List<String> scenarioPlans() throws IOException {
        List<String> plans = new ArrayList<>();
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".scenarios.json")).sorted().toList()) {
                for (JsonNode s : MAPPER.readTree(Files.readString(f)).get("scenarios")) {
                    ObjectNode plan = MAPPER.createObjectNode();
                    plan.put("format", 1);
                    plan.put("edition", "2018");
                    plan.setAll((ObjectNode) s.get("plan"));
                    plans.add(MAPPER.writeValueAsString(plan));
                }
            }
        }
        return plans;
    }

    @Test
    void packagedSchemasAreTheDocumentedOnes() throws IOException {
        for (String name : List.of("plan.schema.json", "report.schema.json")) {
            try (InputStream in = EvaluationService.class.getResourceAsStream(name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(in.readAllBytes()).as(name).isEqualTo(Files.readAllBytes(DOCS.resolve(name)));
            }
        }
    }

    @Test
    void theSamplePlanAndItsReportsValidate() throws Exception {
        String sample = sample();
        assertThat(errors(planSchema, sample)).isEmpty();
        String report = ReportJson.write(engine.evaluate(PlanReader.read(sample)));
        assertThat(errors(reportSchema, report)).isEmpty();
        assertThat(MAPPER.readTree(report).get("findings").size()).isGreaterThan(20);
        for (Check c : Check.values()) {
            assertThat(errors(reportSchema, ReportJson.write(engine.evaluate(PlanReader.read(sample), java.util.Set.of(c)))))
                    .as(c.name()).isEmpty();
        }
    }

    @Test
    void everyScenarioPlanAndItsReportValidate() throws Exception {
        List<String> plans = scenarioPlans();
        assertThat(plans).hasSizeGreaterThan(150);
        int findings = 0;
        for (String plan : plans) {
            assertThat(errors(planSchema, plan)).as(plan).isEmpty();
            String report = ReportJson.write(engine.evaluate(PlanReader.read(plan)));
            assertThat(errors(reportSchema, report)).as(report).isEmpty();
            findings += MAPPER.readTree(report).get("findings").size();
        }
        assertThat(findings).isGreaterThan(plans.size());
    }

    @Test
    void aReportWithAnUnknownFieldOrOutcomeFailsTheReportSchema() throws Exception {
        String report = ReportJson.write(engine.evaluate(PlanReader.read(sample())));
        assertThat(errors(reportSchema, report.replaceFirst("\"blocking\": true", "\"blocking\": true, \"extra\": 1"))).isNotEmpty();
        assertThat(errors(reportSchema, report.replaceFirst("\"NON_COMPLIANT\"", "\"FILING_VALID\""))).isNotEmpty();
    }

    /** Each malformed plan (a field of a valid plan replaced) fails the plan schema and the reader, at the same place. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "negative money           | \"centralFunds\": \"3000000.00\" | \"centralFunds\": \"-3000000.00\"",
            "negative money number    | \"centralFunds\": \"3000000.00\" | \"centralFunds\": -1",
            "money not a number       | \"centralFunds\": \"3000000.00\" | \"centralFunds\": \"abc\"",
            "money with an exponent   | \"centralFunds\": \"3000000.00\" | \"centralFunds\": \"3e6\"",
            "money as a boolean       | \"centralFunds\": \"3000000.00\" | \"centralFunds\": true",
            "misspelt field           | \"centralFunds\": \"3000000.00\" | \"centralFund\": \"3000000.00\"",
            "unknown top-level field  | \"edition\": \"2018\" | \"edition\": \"2018\", \"note\": \"x\"",
            "bad direction enum       | \"direction\": \"UPWARD\" | \"direction\": \"UP\"",
            "lower-case enum          | \"direction\": \"UPWARD\" | \"direction\": \"upward\"",
            "code as a number         | \"code\": \"621121\" | \"code\": 621121",
            "code too short           | \"code\": \"621121\" | \"code\": \"62112\"",
            "format 2                 | \"format\": 1 | \"format\": 2",
            "edition as a number      | \"edition\": \"2018\" | \"edition\": 2018",
            "date with slashes        | \"evaluationDate\": \"2018-10-31\" | \"evaluationDate\": \"2018/10/31\"",
            "negative quota           | \"quota\": 6 | \"quota\": -1",
            "fractional quota         | \"quota\": 6 | \"quota\": 6.5",
            "quota as a string        | \"quota\": 6 | \"quota\": \"6\"",
            "evidence as a string     | \"signage\": true | \"signage\": \"yes\"",
            "hours as an array        | \"hours\": \"3\" | \"hours\": [\"3\"]",
            "quota as an array        | \"quota\": 6 | \"quota\": [6]",
            "null inside an array     | \"DESIGN\", | null,",
            "province code not 0000   | \"code\": \"620000\" | \"code\": \"620100\"",
            "negative hours           | \"hours\": \"6\" | \"hours\": \"-6\"",
    })
    void malformedPlansFailTheSchemaAndTheReader(String name, String from, String to) throws Exception {
        String sample = sample();
        assertThat(sample).as("the sample holds " + from).contains(from);
        String bad = sample.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        assertThat(errors(planSchema, bad)).as(name).isNotEmpty();
        assertThatThrownBy(() -> PlanReader.read(bad)).as(name).isInstanceOf(PlanInputException.class);
    }

    @Test
    void aMissingRequiredFieldFailsTheSchema() throws Exception {
        String plan = "{\"format\":1,\"edition\":\"2018\",\"projects\":[{\"id\":\"P-1\",\"area\":\"621121\",\"direction\":\"UPWARD\"}]}";
        assertThat(errors(planSchema, plan)).anyMatch(e -> e.contains("expenseType"));
        assertThatThrownBy(() -> PlanReader.read(plan)).isInstanceOf(PlanInputException.class);
        String noProvince = "{\"format\":1,\"edition\":\"2018\",\"quota\":3}";
        assertThat(errors(planSchema, noProvince)).isNotEmpty();
        assertThatThrownBy(() -> PlanReader.read(noProvince)).isInstanceOf(PlanInputException.class);
        String minimal = "{\"format\":1,\"edition\":\"2018\",\"nominations\":[]}";
        assertThat(errors(planSchema, minimal)).isEmpty();
        PlanReader.read(minimal);
    }

    @Test
    void noDocumentLinkLeavesTheRepository() throws IOException {
        for (Path doc : List.of(Path.of("..", "README.md"), DOCS.resolve("format.md"))) {
            assertThat(Files.readString(doc)).as(doc.toString()).doesNotContain("](../").doesNotContain("../shared");
        }
    }
}
