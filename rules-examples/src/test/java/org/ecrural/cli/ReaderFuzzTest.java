package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line under hostile input: every broken plan exits 2 with a message that names a
 * JSON path, never an escaped exception, never exit 0 or 1.
 */
class ReaderFuzzTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    Path dir;
    private int tries;

    private CliRun evaluateBytes(byte[] bytes) throws IOException {
        Path p = dir.resolve("fuzz.json");
        Files.write(p, bytes);
        tries++;
        return CliRun.of("evaluate", p.toString(), "--format", "json");
    }

    private void assertRefused(CliRun run, String expectedPath, String what) {
        assertThat(run.exitCode()).as(what + "\n" + run.err()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.out()).as(what).isEmpty();
        assertThat(run.err()).as(what).doesNotContain("Exception").doesNotContain("\tat ").contains("fuzz.json: /");
        if (expectedPath != null) {
            assertThat(run.err()).as(what).contains("fuzz.json: " + expectedPath + ":");
        }
    }

    /** Every path of the document with its node. */
    private static void paths(JsonNode node, String path, Map<String, JsonNode> out) {
        if (!path.isEmpty()) {
            out.put(path, node);
        }
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> paths(e.getValue(), path + "/" + e.getKey(), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                paths(node.get(i), path + "/" + i, out);
            }
        }
    }

    private static JsonNode wrongType(JsonNode n) {
        if (n.isTextual() || n.isNull()) {
            return NODES.booleanNode(true);
        }
        if (n.isNumber()) {
            return NODES.objectNode().put("x", 1);
        }
        if (n.isBoolean()) {
            return NODES.textNode("yes");
        }
        if (n.isArray()) {
            return NODES.textNode("x");
        }
        return NODES.arrayNode();
    }

    private static JsonNode replaced(JsonNode root, String path, Function<JsonNode, JsonNode> change) {
        JsonNode copy = root.deepCopy();
        int slash = path.lastIndexOf('/');
        JsonNode parent = copy.at(path.substring(0, slash));
        String last = path.substring(slash + 1);
        if (parent.isObject()) {
            ((ObjectNode) parent).set(last, change.apply(parent.get(last)));
        } else {
            ((ArrayNode) parent).set(Integer.parseInt(last), change.apply(parent.get(Integer.parseInt(last))));
        }
        return copy;
    }

    @Test
    void aWrongTypeAtEveryPathOfTheSamplePlanIsRefusedWithThatPath() throws IOException {
        JsonNode sample = JSON.readTree(EvaluateCommandTest.sampleText());
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        paths(sample, "", all);
        for (String path : all.keySet()) {
            if (path.equals("/format") || path.equals("/edition")) {
                continue;
            }
            byte[] bytes = JSON.writeValueAsBytes(replaced(sample, path, ReaderFuzzTest::wrongType));
            assertRefused(evaluateBytes(bytes), path, "wrong type at " + path);
        }
        System.out.printf("reader fuzz: a wrong type at each of %d paths refused with its path%n", all.size() - 2);
        assertThat(all.size()).isGreaterThan(500);
    }

    @Test
    void negativeAndHugeNumbersAreRefusedWithTheirPath() throws IOException {
        JsonNode sample = JSON.readTree(EvaluateCommandTest.sampleText());
        Map<String, JsonNode> all = new java.util.LinkedHashMap<>();
        paths(sample, "", all);
        int n = 0;
        for (Map.Entry<String, JsonNode> e : all.entrySet()) {
            String field = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
            boolean money = List.of("centralFunds", "localFunds", "socialFunds", "amount", "hours").contains(field);
            boolean count = List.of("administrative", "administrativeServed", "registeredPoor", "registeredPoorServed",
                    "rank", "quota", "supportedInYear").contains(field) && e.getValue().isNumber();
            if (money) {
                assertRefused(evaluateBytes(JSON.writeValueAsBytes(replaced(sample, e.getKey(), x -> NODES.textNode("-0.01")))),
                        e.getKey(), "negative money at " + e.getKey());
                assertRefused(evaluateBytes(JSON.writeValueAsBytes(replaced(sample, e.getKey(), x -> NODES.textNode("1e5")))),
                        e.getKey(), "exponent in a money string at " + e.getKey());
                n += 2;
            }
            if (count) {
                assertRefused(evaluateBytes(JSON.writeValueAsBytes(replaced(sample, e.getKey(), x -> NODES.numberNode(-1)))),
                        e.getKey(), "negative count at " + e.getKey());
                assertRefused(evaluateBytes(("{\"format\":1,\"edition\":\"2018\",\"quota\":" + "9".repeat(40)
                        + ",\"province\":{\"code\":\"620000\",\"name\":\"甘肃省\"}}").getBytes(StandardCharsets.UTF_8)),
                        "/quota", "huge count");
                n += 2;
            }
        }
        assertThat(n).isGreaterThan(50);
    }

    @Test
    void moneyBeyondAnyRealBudgetStaysExact() throws IOException {
        JsonNode sample = JSON.readTree(EvaluateCommandTest.sampleText());
        JsonNode huge = replaced(sample, "/fundAllocations/0/centralFunds", x -> NODES.textNode("100000000000000000000.00"));
        huge = replaced(huge, "/projects/0/centralFunds", x -> NODES.textNode("50000000000000000000.01"));
        CliRun run = evaluateBytes(JSON.writeValueAsBytes(huge));
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        JsonNode report = JSON.readTree(run.out());
        boolean seen = false;
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals("FUND-UPWARD-MIN-SHARE") && f.get("subject").get("id").asText().equals("621121")) {
                // 54000000000000000000.01 / 100000000000000000000.00 = 54.00000…01%: above 50%, so no finding
                seen = true;
            }
        }
        assertThat(seen).isFalse();
        JsonNode exactHalfMinus = replaced(huge, "/projects/0/centralFunds", x -> NODES.textNode("49999999999999999999.99"));
        exactHalfMinus = replaced(exactHalfMinus, "/projects/1/centralFunds", x -> NODES.textNode("0"));
        exactHalfMinus = replaced(exactHalfMinus, "/projects/2/centralFunds", x -> NODES.textNode("0"));
        JsonNode r2 = JSON.readTree(evaluateBytes(JSON.writeValueAsBytes(exactHalfMinus)).out());
        String remedy = null;
        for (JsonNode f : r2.get("findings")) {
            if (f.get("rule").asText().equals("FUND-UPWARD-MIN-SHARE") && f.get("subject").get("id").asText().equals("621121")) {
                assertThat(f.get("measured").asText()).isEqualTo("49.99%");
                remedy = f.get("remedy").get("en").asText();
            }
        }
        assertThat(remedy).contains("Move at least 0.01 yuan");
    }

    @Test
    void truncatedFilesRandomBytesNonUtf8DuplicateKeysAndDeepNestingAreRefused() throws IOException {
        byte[] sample = EvaluateCommandTest.sampleText().getBytes(StandardCharsets.UTF_8);
        for (int cut = 0; cut < sample.length - 2; cut += 61) {
            assertRefused(evaluateBytes(java.util.Arrays.copyOf(sample, cut)), null, "truncated at " + cut);
        }
        Random random = new Random(2018);
        for (int i = 0; i < 300; i++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            assertRefused(evaluateBytes(bytes), null, "random bytes " + i);
        }
        for (int i = 0; i < 300; i++) {
            byte[] damaged = sample.clone();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
            }
            CliRun run = evaluateBytes(damaged);
            // a flipped byte inside a name or an amount may still leave a valid plan
            if (run.exitCode() != Ecrural.BAD_INPUT) {
                assertThat(run.exitCode()).isIn(Ecrural.OK, Ecrural.BLOCKING);
                assertThat(run.err()).isEmpty();
            } else {
                assertRefused(run, null, "damaged " + i);
            }
        }
        assertRefused(evaluateBytes(EvaluateCommandTest.sampleText().getBytes(Charset.forName("GB18030"))), null, "GB18030 text");
        String duplicate = EvaluateCommandTest.sampleText().replaceFirst("\"quota\": 6", "\"quota\": 6, \"quota\": 7");
        assertRefused(evaluateBytes(duplicate.getBytes(StandardCharsets.UTF_8)), "/quota", "duplicate key");
        String deep = "{\"format\":1,\"edition\":\"2018\",\"counties\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        assertRefused(evaluateBytes(deep.getBytes(StandardCharsets.UTF_8)), null, "deeply nested arrays");
        System.out.printf("reader fuzz: %d hostile inputs, none escaped an exception or exited 0/1 on bad input%n", tries);
    }
}
