package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.error;
import static org.ecrural.model.json.TestJson.full;
import static org.ecrural.model.json.TestJson.q;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Malformed input, exceeded limits and arbitrary bytes give a PlanInputException and nothing else. */
class PlanReaderMalformedTest {

    /** Reads {@code bytes} with {@code reader}; passes when it reads or throws PlanInputException, fails otherwise. */
    private static void readsOrRejects(PlanReader reader, byte[] bytes) {
        Throwable t = catchThrowable(() -> reader.readDocument(bytes));
        if (t != null) {
            assertThat(t).isInstanceOf(PlanInputException.class);
            assertThat(((PlanInputException) t).errors()).isNotEmpty();
        }
    }

    private static InputError errorOf(byte[] bytes) {
        List<InputError> errors = TestJson.errors(bytes);
        assertThat(errors).hasSize(1);
        return errors.get(0);
    }

    @Test
    void duplicateKeysAreErrorsWhereTheyHappen() {
        assertThat(error(q("{'format': 1, 'edition': '2018', 'format': 1}")))
                .isEqualTo(new InputError("/format", "duplicate key \"format\" in the same object (line 1, column 42)"));
        InputError nested = error(q("{'format': 1, 'edition': '2018', 'projects': [{'id': 'P-1',\n 'id': 'P-2'}]}"));
        assertThat(nested.path()).isEqualTo("/projects/0/id");
        assertThat(nested.message()).startsWith("duplicate key \"id\"").contains("line 2");
    }

    @Test
    void truncatedJsonIsOneErrorWithThePathReached() {
        InputError e = error(q("{'format': 1, 'edition': '2018', 'projects': [{'id': 'P-1'"));
        assertThat(e.path()).isEqualTo("/projects/0/id");
        assertThat(e.message()).startsWith("malformed JSON at line 1, column ").contains("end-of-input");
        assertThat(error(q("{'format': 1, 'edition': '2018', 'projects': [")).path()).isEqualTo("/projects");
        assertThat(error(q("{'format': 1, 'edition': '20")).path()).isEqualTo("/edition");
        assertThat(error("{").path()).isEqualTo("/");
    }

    @Test
    void everyTruncationOfAValidDocumentIsRejectedCleanly() {
        byte[] bytes = full().getBytes(StandardCharsets.UTF_8);
        int end = new String(bytes, StandardCharsets.UTF_8).stripTrailing().getBytes(StandardCharsets.UTF_8).length;
        for (int n = 0; n < end; n++) {
            byte[] prefix = java.util.Arrays.copyOf(bytes, n);
            Throwable t = catchThrowable(() -> PlanReader.read(prefix));
            assertThat(t).as("prefix of %d bytes", n).isInstanceOf(PlanInputException.class);
            assertThat(((PlanInputException) t).errors()).as("prefix of %d bytes", n).hasSize(1);
        }
    }

    @Test
    void randomBytesAreRejectedCleanly() {
        Random random = new Random(20180614);
        for (int i = 0; i < 2000; i++) {
            byte[] bytes = new byte[random.nextInt(200)];
            random.nextBytes(bytes);
            if (i % 2 == 0 && bytes.length > 0) {
                bytes[0] = '{';
            }
            readsOrRejects(PlanReader.withLimits(Limits.DEFAULT), bytes);
        }
    }

    @Test
    void randomlyDamagedDocumentsAreReadOrRejectedCleanly() {
        byte[] original = full().getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "{}[]\",:0123456789.-eE+ntfaxu\\ \n\u0000".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(42);
        for (int i = 0; i < 3000; i++) {
            byte[] bytes = original.clone();
            for (int k = 1 + random.nextInt(3); k > 0; k--) {
                int at = random.nextInt(bytes.length);
                bytes[at] = random.nextBoolean() ? alphabet[random.nextInt(alphabet.length)] : (byte) random.nextInt(256);
            }
            readsOrRejects(PlanReader.withLimits(Limits.DEFAULT), bytes);
        }
    }

    @Test
    void invalidUtf8IsAnErrorWithLineAndPath() throws Exception {
        String json = doc("'counties': [{'code': '621121',\n 'name': '通渭县'}]");
        InputError gbk = errorOf(json.getBytes(Charset.forName("GB18030")));
        assertThat(gbk.path()).isEqualTo("/counties/0/name");
        assertThat(gbk.message()).startsWith("the document is not valid UTF-8: malformed byte sequence at byte offset ")
                // 通 and 渭 in GB18030 happen to be valid two-byte UTF-8 sequences; 县 is not
                .contains("(line 2, column 13)", "save it as UTF-8");

        assertThat(errorOf(new byte[] {(byte) 0xFF, '{', '}'}).path()).isEqualTo("/");
        // an overlong '/' and an encoded surrogate, which lenient decoders let through
        assertThat(errorOf(new byte[] {'{', '"', (byte) 0xC0, (byte) 0xAF, '"', ':', '1', '}'}).message())
                .contains("not valid UTF-8");
        assertThat(errorOf(new byte[] {'{', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', ':', '1', '}'}).message())
                .contains("not valid UTF-8");
        // UTF-16 is not UTF-8 even though every byte decodes
        assertThat(errorOf(doc("").getBytes(StandardCharsets.UTF_16LE)).message()).startsWith("malformed JSON");
    }

    @Test
    void anUnpairedSurrogateInAStringIsAnError() {
        assertThat(catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(doc("'x\ud800': 1"))).errors())
                .containsExactly(new InputError("/", "the text is not valid Unicode: it has an unpaired surrogate character"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void emptyInputIsAnError(String json) {
        assertThat(error(json)).isEqualTo(new InputError("/", "the document is empty; expected a JSON object"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "'plan'", "1", "null", "true"})
    void theTopLevelMustBeAnObject(String json) {
        InputError e = error(q(json));
        assertThat(e.path()).isEqualTo("/");
        assertThat(e.message()).startsWith("expected the document to be a JSON object, found ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{'format': 1, 'edition': '2018'} {}",
        "{'format': 1, 'edition': '2018'} x",
        "{'format': 1, 'edition': '2018',}",
        "{'format': 1 'edition': '2018'}",
        "{format: 1}",
        "{'format': 01}",
        "{'format': +1}",
        "{'format': .5}",
        "{'format': 1, /* comment */ 'edition': '2018'}",
        "{'edition': '20\u000118'}",
        "{'edition': '\\x'}",
        "{\u0000}",
    })
    void malformedJsonIsOneError(String json) {
        InputError e = error(q(json));
        assertThat(e.message()).containsAnyOf("malformed JSON at line 1, column ", "unexpected content after the end");
    }

    @Test
    void deeplyNestedArraysAreStoppedByTheDepthLimit() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        assertThat(error(deep).message()).isEqualTo("expected the document to be a JSON object, found an array (line 1, column 1)");

        InputError e = error("{\"format\": 1, \"x\": " + deep + "}");
        assertThat(e.path()).isEqualTo("/x" + "/0".repeat(63));
        assertThat(e.message()).startsWith("objects and arrays are nested more than 64 levels deep, the limit is 64");

        InputError objects = error("{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
        assertThat(objects.path()).isEqualTo("/a".repeat(64));
    }

    @Test
    void aReaderWithAHighDepthLimitStillNeverOverflowsTheStack() {
        String deep = "{\"format\": 1, \"edition\": \"2018\", \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
        PlanReader reader = PlanReader.withLimits(new Limits(Limits.DEFAULT.maxBytes(), 20_000, 5_000_000));
        assertThat(catchThrowableOfType(PlanInputException.class, () -> reader.readDocument(deep)).errors())
                .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("/x"));
    }

    @Test
    void theDocumentSizeLimitIsOneClearError(@TempDir Path dir) throws Exception {
        String json = doc("");
        PlanReader small = PlanReader.withLimits(new Limits(10, 64, 100));
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        InputError expected = new InputError("/", "document is " + size + " bytes, the limit is 10");
        assertThat(catchThrowableOfType(PlanInputException.class, () -> small.readDocument(json)).errors())
                .containsExactly(expected);
        assertThat(catchThrowableOfType(PlanInputException.class,
                () -> small.readDocument(json.getBytes(StandardCharsets.UTF_8))).errors()).containsExactly(expected);
        assertThat(catchThrowableOfType(PlanInputException.class,
                () -> small.readDocument(new java.io.ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)))).errors())
                .containsExactly(new InputError("/", "document is more than 10 bytes, the limit is 10"));

        Path big = dir.resolve("big.json");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(80_000_000L); // sparse: nothing is written or read
        }
        assertThat(catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(big)).errors())
                .containsExactly(new InputError("/", "document is 80000000 bytes, the limit is 67108864"));
    }

    @Test
    void theArrayLengthLimitIsOneClearError() {
        PlanReader reader = PlanReader.withLimits(new Limits(1 << 20, 64, 3));
        String json = doc("'projects': [], 'counties': [{'code': '621121'}, {'code': '621122'}, {'code': '621123'}, "
                + "{'code': '621124'}]");
        assertThat(catchThrowableOfType(PlanInputException.class, () -> reader.readDocument(json)).errors())
                .containsExactly(new InputError("/counties", "the array has more than 3 elements, the limit is 3"));
    }

    @Test
    void overlongNumbersAndStringsAreStoppedByJacksonConstraints() {
        InputError e = error(doc("'quota': " + "9".repeat(5000)));
        assertThat(e.path()).isEqualTo("/quota");
        assertThat(e.message()).startsWith("the document exceeds a limit: Number value length");
    }

    @Test
    void limitsMustBePositive() {
        assertThatThrownBy(() -> new Limits(0, 64, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, 1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Limits.DEFAULT).isEqualTo(new Limits(67_108_864L, 64, 5_000_000));
    }

    @Test
    void unreadableSourcesAreInputErrors(@TempDir Path dir) {
        assertThat(catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(dir.resolve("none.json")))
                .errors().get(0).message()).endsWith("no such file");
        assertThat(catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(dir)).errors()).hasSize(1);
        InputStream failing = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("disk on fire");
            }
        };
        assertThat(catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(failing)).errors())
                .singleElement().satisfies(e -> assertThat(e.message()).contains("disk on fire"));
    }
}
