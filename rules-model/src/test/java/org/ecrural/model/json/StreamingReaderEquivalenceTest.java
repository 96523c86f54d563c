package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against the reader it replaced (a whole tree, then binding it; kept here as
 * {@link JsonTree} and {@link TreeBinder}): the same document, written with {@link PlanWriter},
 * for every plan the project ships, and the same errors, in the same order, for malformed ones.
 */
class StreamingReaderEquivalenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SCENARIOS = Path.of("../rules-kb/src/main/resources/org/ecrural/rules");
    private static final Path SAMPLES = Path.of("../rules-examples/src/main/resources/samples");

    /** What reading gives: the document as written, or the errors; the same words for both readers. */
    private static String outcome(String text, Limits limits, boolean streaming) {
        try {
            return "read:\n" + PlanWriter.write(streaming
                    ? PlanReader.withLimits(limits).readDocument(text)
                    : TreeBinder.read(text, limits));
        } catch (PlanInputException e) {
            return "errors:\n" + e.getMessage();
        } catch (JsonStream.Failure f) {
            return "errors:\n" + f.error;
        }
    }

    private static void assertSame(String text, Limits limits) {
        assertThat(outcome(text, limits, true)).as("%s", text.length() > 400 ? text.substring(0, 400) : text)
                .isEqualTo(outcome(text, limits, false));
    }

    private static List<Path> files(Path dir, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir, glob)) {
            s.forEach(files::add);
        }
        files.sort(null);
        return files;
    }

    /** Every plan the project ships: the scenarios' (with format and edition, as the scenario runner adds them) and the samples. */
    private static List<String> shippedPlans() throws IOException {
        List<String> plans = new ArrayList<>();
        for (Path f : files(SCENARIOS, "*.scenarios.json")) {
            for (JsonNode s : JSON.readTree(f.toFile()).path("scenarios")) {
                ObjectNode plan = ((ObjectNode) s.get("plan")).deepCopy();
                if (!plan.has("format")) {
                    plan.put("format", 1);
                }
                if (!plan.has("edition")) {
                    plan.put("edition", "2018");
                }
                plans.add(plan.toPrettyString());
            }
        }
        for (Path f : files(SAMPLES, "*.json")) {
            plans.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        plans.add(TestJson.full());
        return plans;
    }

    @Test
    void everyShippedPlanReadsToTheSameDocument() throws IOException {
        List<String> plans = shippedPlans();
        assertThat(plans).hasSizeGreaterThan(100); // the scenario files and the sample were found
        int read = 0;
        for (String plan : plans) {
            String streamed = outcome(plan, Limits.DEFAULT, true);
            assertThat(streamed).isEqualTo(outcome(plan, Limits.DEFAULT, false));
            read += streamed.startsWith("read:") ? 1 : 0;
        }
        assertThat(read).isEqualTo(plans.size()); // every shipped plan is valid
    }

    @Test
    void handWrittenMalformedPlansGiveTheSameErrors() {
        List<String> cases = List.of(
                "{}",
                "{'format': null, 'edition': null, 'province': null}",
                "{'format': 2, 'edition': '', 'x': {'y': [1, {'z': null}]}, 'nominations': []}",
                "{'format': 1, 'edition': '2018', 'quota': [], 'workPlan': null, 'filing': {}}",
                "{'format': 1, 'edition': '2018', 'nominations': [{}], 'finalSubmission': {'counties': ['110000']}}",
                "{'format': 1, 'edition': '2018', 'counties': {'code': '621121'}, 'projects': [null, 1, [], {}, "
                        + "{'id': '', 'area': 621121, 'direction': 'upward', 'expenseType': {}, 'centralFunds': '-1',"
                        + " 'ledger': {'deadline': ' ', 'responsible': ['a']}, 'stationFunctions': [[], 'X']}]}",
                "{'edition': '2018', 'areas': [{'code': '621121', 'justifications': [{'rule': ' '}, {}]}, {'code': '621121'}],"
                        + " 'format': 1.0, 'counties': [{'code': '621122', 'villages': {'administrative': 2,"
                        + " 'administrativeServed': 3, 'registeredPoor': 1.5}}, {'code': '621122'}],"
                        + " 'nominations': [{'county': '621199', 'track': 'POVERTY', 'rank': 0}]}",
                "{'format': 1, 'edition': '2018', 'trainingRecords': [{'id': 'T', 'area': '621121', 'date': '2018-02-30',"
                        + " 'hours': '1e3', 'group': '', 'topics': null}, {'id': 'T', 'area': '621121', 'hours': 1e3}],"
                        + " 'evaluationDate': '2018-1-1', 'idleFundReallocations': [{'amount': '" + "9".repeat(101) + "'}]}",
                "{'format': 1, 'edition': '2018', 'prefecturePromotions': [{'prefecture': '621100', 'agreedCounties': ['621121']},"
                        + " {'prefecture': '621100'}], 'province': {'code': '620001', 'name': 'x', 'disclosureColumn': 'yes'},"
                        + " 'finalSubmission': {'sentOn': '2018-07-01', 'form': 'PAPER', 'counties': ['621100', '621121']}}",
                "{'format': 1, 'edition': '2018', 'projects': [{'id': 'P', 'nme': {'a': [[[]]]}}]}",
                "{'format': 1, 'edition': '2018', 'projects': [{'id': 'P',\n 'id': 'Q'}]}",
                "{'format': 1, 'edition': '2018', 'x': {'a': 1, 'a': 2}, 'format': 1}",
                "{'format': 1, 'edition': '2018', 'projects': [{'nme': 1, 'id': 'P', 'nme': 2}]}",
                "{'format': 1, 'edition': '2018', 'x': [[{'a': 1}, {'b': 1, 'c': [], 'b': 2}]]}",
                "{'format': 1, 'edition': '2018', 'quota': {'a': 1, 'a': 2}, 'projects': [{'id': 'P', 'id': 'P'}]}",
                "{'format': 1, 'edition': '2018', 'province': {'code': '620000', 'name': 'x', 'code': '620000'}}",
                "{'format': 1, 'edition': '2018', 'projects': [{'id': 'P'}",
                "{'format': 1, 'edition': '2018', 'projects': {'a': [1, 2, 3, 4, 5]}}",
                "{'format': 1, 'edition': '2018', 'quota': 1e400000}",
                "{'format': 1, 'edition': '2018'} []",
                "{'format': 1, 'edition': '2018', 'x': [1, 2, 3, 4, 5]}",
                "{'format': 1, 'edition': '2018', 'x': [[[[[[[[1]]]]]]]]}",
                "{'format': 1, 'edition': '2018', 'projects': [{'ledger': {'x': {'y': {'z': {}}}}}]}",
                "[]", "", "1 2");
        Limits small = new Limits(1 << 20, 6, 4);
        for (String c : cases) {
            String text = TestJson.q(c);
            assertSame(text, Limits.DEFAULT);
            assertSame(text, small);
        }
    }

    @Test
    void pastTheCapTheFirstErrorsInDocumentOrderAreListed() {
        // the missing format and edition are found at the end of the document but come first
        StringBuilder counties = new StringBuilder("{\"counties\": [");
        for (int i = 0; i < Binder.MAX_ERRORS + 5; i++) {
            counties.append(i == 0 ? "" : ", ").append("{\"code\": 1}");
        }
        String text = counties.append("]}").toString();
        List<InputError> errors = TestJson.errors(text);
        assertThat(errors).hasSize(Binder.MAX_ERRORS + 1);
        assertThat(TestJson.paths(errors.subList(0, 3))).containsExactly("/format", "/edition", "/counties/0/code");
        assertThat(errors.get(Binder.MAX_ERRORS - 1).path()).isEqualTo("/counties/9997/code");
        assertThat(errors.get(Binder.MAX_ERRORS).message()).startsWith("and 7 more errors, not listed");
        assertSame(text, Limits.DEFAULT);
    }

    @Test
    void randomlyChangedValuesGiveTheSameDocumentOrErrors() throws IOException {
        ObjectNode sample = (ObjectNode) JSON.readTree(files(SAMPLES, "*.json").get(0).toFile());
        JsonNode[] palette = {
            JSON.nullNode(), JSON.getNodeFactory().textNode(""), JSON.getNodeFactory().textNode(" "),
            JSON.getNodeFactory().textNode("621121"), JSON.getNodeFactory().textNode("2018-02-30"),
            JSON.getNodeFactory().textNode("0.5"), JSON.getNodeFactory().numberNode(-1),
            JSON.getNodeFactory().numberNode(new java.math.BigDecimal("1.50")), JSON.getNodeFactory().booleanNode(true),
            JSON.createObjectNode(), JSON.createArrayNode(), JSON.createArrayNode().add(JSON.nullNode()),
            JSON.createObjectNode().set("nested", JSON.createArrayNode().add(1).add(JSON.createObjectNode())),
        };
        Random random = new Random(20181031);
        int rejected = 0;
        for (int i = 0; i < 300; i++) {
            ObjectNode plan = sample.deepCopy();
            for (int k = 1 + random.nextInt(4); k > 0; k--) {
                change(plan, random, palette);
            }
            String text = plan.toPrettyString();
            String streamed = outcome(text, Limits.DEFAULT, true);
            assertThat(streamed).as(text).isEqualTo(outcome(text, Limits.DEFAULT, false));
            rejected += streamed.startsWith("errors:") ? 1 : 0;
        }
        assertThat(rejected).isGreaterThan(150); // most changes break the plan, some do not
    }

    @Test
    void randomlyDamagedTextGivesTheSameErrors() {
        String original = TestJson.full();
        String alphabet = "{}[]\",:0123456789.-eE+ntfaxu\\ \n";
        Random random = new Random(7);
        for (int i = 0; i < 800; i++) {
            char[] chars = original.toCharArray();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                chars[random.nextInt(chars.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            assertSame(new String(chars), Limits.DEFAULT);
        }
    }

    /** Replaces, removes or adds one value somewhere in {@code node}. */
    private static void change(JsonNode node, Random random, JsonNode[] palette) {
        JsonNode at = node;
        while (true) {
            List<JsonNode> children = new ArrayList<>();
            at.elements().forEachRemaining(children::add);
            if (children.isEmpty() || random.nextInt(4) == 0) {
                break;
            }
            JsonNode child = children.get(random.nextInt(children.size()));
            if (!child.isContainerNode() || random.nextInt(3) == 0) {
                break;
            }
            at = child;
        }
        JsonNode value = palette[random.nextInt(palette.length)].deepCopy();
        if (at instanceof ObjectNode o) {
            List<String> names = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                names.add(it.next().getKey());
            }
            int pick = random.nextInt(names.size() + 1);
            if (pick == names.size()) {
                o.set(random.nextBoolean() ? "unknownField" : "Name", value);
            } else if (random.nextInt(4) == 0) {
                o.remove(names.get(pick));
            } else {
                o.set(names.get(pick), value);
            }
        } else if (at instanceof ArrayNode a) {
            if (a.isEmpty() || random.nextInt(4) == 0) {
                a.add(value);
            } else {
                a.set(random.nextInt(a.size()), value);
            }
        }
    }
}
