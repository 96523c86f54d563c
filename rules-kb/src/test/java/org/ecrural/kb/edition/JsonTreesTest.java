package org.ecrural.kb.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** JsonTrees reads the same tree as the ObjectMapper the edition and clause readers used before it, and writes it as toString() does. */
class JsonTreesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private static void same(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        JsonNode expected = MAPPER.readTree(bytes);
        JsonNode actual = JsonTrees.read(bytes);
        if (expected == null || expected.isMissingNode()) {
            assertThat(actual).as(json).isNull();
            return;
        }
        assertThat(actual).as(json).isEqualTo(expected);
        assertThat(actual.toString()).as(json).isEqualTo(expected.toString());
        assertThat(types(actual)).as(json).isEqualTo(types(expected));
        assertThat(JsonTrees.text(actual)).as(json).isEqualTo(expected.toString());
        actual.forEach(c -> assertThat(JsonTrees.text(c)).isEqualTo(c.toString()));
        assertThat(JsonTrees.text(actual.path("no such field"))).isEqualTo(actual.path("no such field").toString());
    }

    /** the node classes in document order: IntNode is not LongNode, DecimalNode not DoubleNode */
    private static List<String> types(JsonNode n) {
        List<String> out = new ArrayList<>();
        out.add(n.getClass().getSimpleName());
        n.forEach(c -> out.addAll(types(c)));
        return out;
    }

    @Test
    void theBuiltInEditionAndClausesReadAsTheObjectMapperReadsThem() throws IOException {
        for (String resource : List.of("org/ecrural/edition/edition-2018.json", "org/ecrural/notice/notice-2018-clauses.json")) {
            try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
                same(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void numbersKeepTheTypesAndScalesTheObjectMapperGives() throws IOException {
        for (String n : List.of("0", "-0", "0.0", "-0.0", "0.50", "0.5", "0.1500", "1", "100", "100.00", "1e3", "1E+3",
                "1.5e-3", "2147483647", "2147483648", "-2147483649", "9223372036854775807", "9223372036854775808",
                "123456789012345678901234567890", "3.14159265358979323846264338327950288", "1e400", "-0.000")) {
            same("{\"v\": " + n + ", \"a\": [" + n + "]}");
        }
    }

    @Test
    void structureKeysAndScalarsReadTheSame() throws IOException {
        same("{}");
        same("[]");
        same("");
        same("   ");
        same("\"text\"");
        same("{\"a\": 1, \"b\": [true, false, null, \"x\", {\"c\": []}], \"d\": {\"e\": {\"f\": \"广东\"}}}");
        same("{\"a\": 1, \"b\": 2, \"a\": 3}");
        same("{\"a\": {\"x\": 1}, \"a\": [2]}");
        same("{\"a\": 1} {\"b\": 2}");
        same("{\"esc\": \"\\u4e2d\\n\\t\\\"\"}");
    }

    @Test
    void randomDocumentsReadTheSame() throws IOException {
        Random r = new Random(2018);
        for (int i = 0; i < 300; i++) {
            same(random(r, 0));
        }
    }

    private static String random(Random r, int depth) {
        int kind = depth > 3 ? 2 + r.nextInt(5) : r.nextInt(7);
        return switch (kind) {
            case 0 -> {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "").append("\"k").append(r.nextInt(3)).append("\":").append(random(r, depth + 1));
                }
                yield b.append('}').toString();
            }
            case 1 -> {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i > 0 ? "," : "").append(random(r, depth + 1));
                }
                yield b.append(']').toString();
            }
            case 2 -> Long.toString(r.nextLong() >> r.nextInt(64));
            case 3 -> (r.nextBoolean() ? "-" : "") + r.nextInt(1000) + "." + "0".repeat(r.nextInt(3)) + r.nextInt(100)
                    + (r.nextBoolean() ? "0".repeat(r.nextInt(3)) : "e" + (r.nextInt(20) - 10));
            case 4 -> "\"s" + r.nextInt(100) + "\"";
            case 5 -> r.nextBoolean() ? "true" : "false";
            default -> "null";
        };
    }

    @Test
    void malformedJsonFailsWithTheParsersMessage() {
        for (String bad : List.of("{", "{\"a\": }", "[1,,2]", "{\"a\" 1}", "nul")) {
            byte[] bytes = bad.getBytes(StandardCharsets.UTF_8);
            String expected = null;
            try {
                MAPPER.readTree(bytes);
            } catch (IOException e) {
                expected = e.getMessage();
            }
            assertThat(expected).as(bad).isNotNull();
            assertThatThrownBy(() -> JsonTrees.read(bytes)).as(bad).isInstanceOf(JsonProcessingException.class)
                    .hasMessage(expected);
        }
    }
}
