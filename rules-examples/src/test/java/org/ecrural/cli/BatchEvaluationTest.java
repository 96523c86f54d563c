package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecrural.examples.PlanGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchEvaluationTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLIANT = """
            {"format": 1, "edition": "2018", "evaluationDate": "2018-10-31",
             "areas": [{"code": "621102", "postTrainingService": true, "infoSystemConnected": true, "disclosureColumn": true}],
             "fundAllocations": [{"area": "621102", "recipient": "621102", "centralFunds": "1000000.00"}],
             "projects": [{"id": "P-1", "area": "621102", "name": "供应链", "direction": "UPWARD", "expenseType": "SUPPLY_CHAIN",
               "centralFunds": "500000.00", "localFunds": "0", "socialFunds": "0", "supportMethod": "AWARD_IN_LIEU_OF_SUBSIDY",
               "ledger": {"responsible": "李某", "deadline": "2018-12-31"}, "status": "IN_PROGRESS",
               "signage": true, "transactionInfo": true, "activityInfo": true, "poorHouseholdRecords": true,
               "onlineSalesRecords": true, "contractorAssessed": true, "operationPlan": true}]}
            """;

    @TempDir
    Path dir;
    Path plans;
    List<Path> generated;

    @BeforeEach
    void generate() throws IOException {
        plans = dir.resolve("plans");
        generated = new PlanGenerator(new PlanGenerator.Options(6, 2, 6, 20, 11)).writeAll(plans);
    }

    private Path write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        Path p = folder.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** What {@code evaluate FILE --format json} prints, as one line with the plan's name in front. */
    private static String expectedLine(Path file) {
        CliRun alone = CliRun.of("evaluate", file.toString(), "--format", "json");
        assertThat(alone.err()).isEmpty();
        return jsonLine(file.toString(), alone.out());
    }

    /**
     * The oracle of a batch line, independent of ReportJson.writeLine: the single file's JSON report
     * re-read and copied compactly behind {@code "plan":NAME}, and a newline.
     */
    static String jsonLine(String plan, String reportJson) {
        StringWriter line = new StringWriter(reportJson.length() / 2 + 64);
        try (JsonParser p = new JsonFactory().createParser(reportJson); JsonGenerator g = new JsonFactory().createGenerator(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("a report is a JSON object");
            }
            g.writeStartObject();
            g.writeStringField("plan", plan);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                g.writeFieldName(p.currentName());
                p.nextToken();
                g.copyCurrentStructure(p);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return line.append('\n').toString();
    }


    @Test
    void aFolderGivesOneJsonLinePerPlanInNameOrderEachTheReportOfThatFileAlone() throws IOException {
        CliRun run = CliRun.of("evaluate", plans.toString(), "--format", "json");
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(generated.size());
        for (int i = 0; i < generated.size(); i++) {
            Path file = generated.get(i);
            assertThat(lines.get(i) + "\n").isEqualTo(expectedLine(file));
            // and it is the very same report, field for field
            JsonNode line = JSON.readTree(lines.get(i));
            assertThat(line.get("plan").asText()).isEqualTo(file.toString());
            ((com.fasterxml.jackson.databind.node.ObjectNode) line).remove("plan");
            assertThat(line).isEqualTo(JSON.readTree(CliRun.of("evaluate", file.toString(), "--format", "json").out()));
        }
    }

    @Test
    void textReportsFollowEachOtherWithAHeaderAndAreByteIdenticalToSingleRuns() {
        CliRun run = CliRun.of("evaluate", plans.toString(), "--lang", "en");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        StringBuilder expected = new StringBuilder();
        for (Path file : generated) {
            if (expected.length() > 0) {
                expected.append('\n');
            }
            expected.append("==> ").append(file).append(" <==\n")
                    .append(CliRun.of("evaluate", file.toString(), "--lang", "en").out());
        }
        assertThat(run.out()).isEqualTo(expected.toString());
    }

    @Test
    void filesAreReportedInTheOrderGivenAndFoldersExpandInPlace() throws IOException {
        Path extra = write(dir.resolve("more"), "ok.json", COMPLIANT);
        List<String> args = new ArrayList<>(List.of("evaluate", "--format", "json",
                generated.get(3).toString(), extra.toString(), plans.toString(), generated.get(0).toString()));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        List<String> names = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            names.add(JSON.readTree(line).get("plan").asText());
        }
        List<String> expected = new ArrayList<>(List.of(generated.get(3).toString(), extra.toString()));
        generated.forEach(p -> expected.add(p.toString()));
        expected.add(generated.get(0).toString());
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void badFilesAreReportedWithFileAndPathWhileTheOthersAreStillEvaluated() throws IOException {
        String bad = Files.readString(generated.get(1)).replaceFirst("\"centralFunds\": \"", "\"centralFunds\": \"-");
        Path badFile = write(plans, "plan-02-bad.json", bad);
        write(plans, "plan-03-cut.json", "{\"format\": 1, \"areas\": [");
        Path missing = dir.resolve("missing.json");
        CliRun run = CliRun.of("evaluate", plans.toString(), missing.toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.err())
                .contains(badFile + ": /fundAllocations/0/centralFunds: ")
                .contains("plan-03-cut.json: ")
                .contains("ecrural: no such file: " + missing)
                .doesNotContain("\tat ");
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(generated.size());
        for (int i = 0; i < generated.size(); i++) {
            assertThat(lines.get(i) + "\n").isEqualTo(expectedLine(generated.get(i)));
        }
    }

    @Test
    void exitCodesAreZeroWhenNothingBlocksOneWhenSomethingBlocksTwoOnBadInput() throws IOException {
        Path ok = dir.resolve("ok");
        write(ok, "a.json", COMPLIANT);
        write(ok, "b.json", COMPLIANT);
        write(ok, "notes.txt", "not a plan");
        CliRun clean = CliRun.of("evaluate", ok.toString(), "--format", "json");
        assertThat(clean.err()).isEmpty();
        assertThat(clean.exitCode()).isEqualTo(Ecrural.OK);
        assertThat(clean.out().lines()).hasSize(2);

        Path blocking = write(dir, "blocking.json", COMPLIANT.replace("\"signage\": true", "\"signage\": false"));
        assertThat(CliRun.of("evaluate", blocking.toString()).exitCode()).isEqualTo(Ecrural.BLOCKING);
        assertThat(CliRun.of("evaluate", ok.toString(), blocking.toString()).exitCode()).isEqualTo(Ecrural.BLOCKING);

        write(ok, "c.json", "{");
        assertThat(CliRun.of("evaluate", ok.toString(), blocking.toString()).exitCode()).isEqualTo(Ecrural.BAD_INPUT);

        CliRun empty = CliRun.of("evaluate", Files.createDirectories(dir.resolve("empty")).toString(), ok.toString());
        assertThat(empty.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(empty.err()).contains("is a folder with no plan file");
    }

    @Test
    void theReportsCanGoToAFile() throws IOException {
        Path out = dir.resolve("reports.jsonl");
        CliRun run = CliRun.of("evaluate", plans.toString(), "--format", "json", "-o", out.toString());
        assertThat(run.out()).isEmpty();
        assertThat(Files.readAllLines(out)).hasSize(generated.size());
    }

    @Test
    void generateWritesTheSameFilesAsTheGenerator() throws IOException {
        Path out = dir.resolve("gen");
        CliRun run = CliRun.of("generate", "--provinces", "6", "--areas-per-province", "2", "--projects-per-area", "6",
                "--training-per-area", "20", "--seed", "11", "-o", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("wrote 6 plan(s)").contains("12 areas");
        for (Path p : generated) {
            assertThat(Files.readAllBytes(out.resolve(p.getFileName()))).isEqualTo(Files.readAllBytes(p));
        }
        assertThat(CliRun.of("generate", "--provinces", "23", "-o", out.toString()).exitCode()).isEqualTo(Ecrural.BAD_INPUT);
    }

    @Test
    void aBatchHasAsManyWorkersAsTheHeapHoldsProvinceSizeEvaluationsAndAtLeastOne() {
        long mb = 1L << 20;
        assertThat(BatchEvaluation.workers(2, 700 * mb)).as("the launcher's 768 MB heap on 2 cores").isEqualTo(1);
        assertThat(BatchEvaluation.workers(2, 1024 * mb)).isEqualTo(2);
        assertThat(BatchEvaluation.workers(2, 6144 * mb)).as("never more than the cores").isEqualTo(2);
        assertThat(BatchEvaluation.workers(8, 2048 * mb)).isEqualTo(4);
        assertThat(BatchEvaluation.workers(4, 100 * mb)).as("a tiny heap still gets one").isEqualTo(1);
        assertThat(BatchEvaluation.workers(1, Long.MAX_VALUE)).isEqualTo(1);
    }
}
