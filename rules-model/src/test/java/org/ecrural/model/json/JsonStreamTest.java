package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The streaming tokenizer's own parts: the plain-UTF-8 check at its edges, the parsers it makes, the words of its errors. */
class JsonStreamTest {

    /** What {@link JsonStream#isPlainUtf8} promises: Java's strict decoder accepts the bytes, and none is NUL. */
    private static boolean oracle(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean plain(String hex) {
        byte[] b = HexFormat.of().parseHex(hex);
        return JsonStream.isPlainUtf8(b, 0, b.length);
    }

    @Test
    void wellFormedSequencesAtEachBoundaryOfTable3_7ArePlain() {
        for (String hex : new String[] {"", "41", "7f", "c280", "c2bf", "dfbf", "dd80", "e0a080", "e0bfbf", "e18080", "e1bfbf",
                "ecbfbf", "ed8080", "ed9fbf", "ee8080", "efbfbf", "f0908080", "f0bfbfbf", "f1808080", "f3bfbfbf",
                "f4808080", "f48fbfbf", "e4b8ade69687"}) {
            assertThat(plain(hex)).as(hex).isTrue();
        }
    }

    @Test
    void illFormedSequencesAtEachBoundaryOfTable3_7AreNot() {
        for (String hex : new String[] {"00", "80", "bf", "c0af", "c180", "c2", "c27f", "c2c0", "df7f", "dfc0", "e0", "e0a0",
                "e09f80", "e0c080", "e0a07f", "e0a0c0", "e08080", "e17f80", "e1c080", "e1807f", "e180c0", "eda080", "edbfbf",
                "ed7f80", "ef7fbf", "efbf7f", "efbfc0", "f08f8080", "f0c08080", "f090807f", "f09080c0", "f0907f80", "f090c080",
                "f48f8f7f", "f4908080", "f4c08080", "f5808080", "f7bfbfbf", "f8888080", "ff", "fe", "f09080"}) {
            assertThat(plain(hex)).as(hex).isFalse();
        }
    }

    @Test
    void aNulByteIsNeverPlainWhereverItLies() {
        for (int len = 1; len <= 20; len++) {
            for (int at = 0; at < len; at++) {
                byte[] b = "abcdefghijklmnopqrstuvwxyz".substring(0, len).getBytes(StandardCharsets.US_ASCII);
                assertThat(JsonStream.isPlainUtf8(b, 0, len)).isTrue();
                b[at] = 0;
                assertThat(JsonStream.isPlainUtf8(b, 0, len)).as("NUL at %d of %d", at, len).isFalse();
            }
        }
    }

    @Test
    void eightBytesAtATimeStillSeeEveryNonAsciiByte() {
        for (int at = 0; at < 16; at++) {
            byte[] b = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
            b[at] = (byte) 0xFF;
            assertThat(JsonStream.isPlainUtf8(b, 0, 16)).as("0xFF at %d", at).isFalse();
            b[at] = (byte) 0x80;
            assertThat(JsonStream.isPlainUtf8(b, 0, 16)).as("0x80 at %d", at).isFalse();
        }
        byte[] allHigh = new byte[8];
        java.util.Arrays.fill(allHigh, (byte) 0xFF);
        assertThat(JsonStream.isPlainUtf8(allHigh, 0, 8)).isFalse();
        java.util.Arrays.fill(allHigh, (byte) 0x81);
        assertThat(JsonStream.isPlainUtf8(allHigh, 0, 8)).isFalse();
    }

    @Test
    void onlyTheGivenRangeIsLookedAt() {
        byte[] b = HexFormat.of().parseHex("ff" + "e4b8ad" + "41424344454647484950" + "e4" + "ff");
        assertThat(JsonStream.isPlainUtf8(b, 1, b.length - 2)).isTrue();
        assertThat(JsonStream.isPlainUtf8(b, 0, b.length - 2)).isFalse();
        assertThat(JsonStream.isPlainUtf8(b, 1, b.length - 1)).isFalse(); // a lead byte cut short by the end of the range
        assertThat(JsonStream.isPlainUtf8(b, 1, 3)).isFalse(); // 中 cut after two of its three bytes
        assertThat(JsonStream.isPlainUtf8(b, 1, 4)).isTrue();
        assertThat(JsonStream.isPlainUtf8(b, 5, 5)).isTrue();
    }

    @Test
    void agreesWithJavasStrictDecoderOnManyMixedTexts() {
        int[] alphabet = {0x00, 0x22, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC,
                0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF};
        Random random = new Random(20180601L);
        int plainSeen = 0;
        for (int n = 0; n < 40_000; n++) {
            int len = random.nextInt(24);
            byte[] b = new byte[len + 4];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : 0x61 + random.nextInt(26));
            }
            // mostly well-formed texts: re-encode some random code points
            if (random.nextBoolean()) {
                StringBuilder sb = new StringBuilder();
                while (sb.length() < len / 2) {
                    int cp = random.nextInt(4) == 0 ? 0x10000 + random.nextInt(0x100000) : 1 + random.nextInt(0xD7FF);
                    sb.appendCodePoint(cp);
                }
                byte[] utf8 = sb.toString().getBytes(StandardCharsets.UTF_8);
                b = new byte[utf8.length + 4];
                System.arraycopy(utf8, 0, b, 2, utf8.length);
                b[0] = (byte) 0xFF;
                b[b.length - 1] = (byte) 0xFF;
                if (random.nextInt(3) == 0 && utf8.length > 0) {
                    b[2 + random.nextInt(utf8.length)] = (byte) alphabet[random.nextInt(alphabet.length)];
                }
            }
            int from = random.nextInt(3);
            int to = b.length - random.nextInt(3);
            boolean expected = oracle(b, from, to);
            plainSeen += expected ? 1 : 0;
            assertThat(JsonStream.isPlainUtf8(b, from, to)).as("%s [%d, %d)", HexFormat.of().formatHex(b), from, to)
                    .isEqualTo(expected);
        }
        assertThat(plainSeen).isBetween(1_000, 39_000); // both answers are well represented
    }

    @Test
    void noNestingLimitIsNoLimitForJacksonEither() throws IOException {
        JsonStream stream = new JsonStream(new Limits(1L << 20, Integer.MAX_VALUE, 10));
        String deep = "[".repeat(2_000) + "]".repeat(2_000);
        try (JsonParser p = stream.parser(deep.toCharArray(), 0, deep.length(), false)) {
            int tokens = 0;
            while (p.nextToken() != null) {
                tokens++;
            }
            assertThat(tokens).isEqualTo(4_000);
        }
    }

    @Test
    void jacksonsNestingLimitIsOneLevelAboveTheReaders() throws IOException {
        JsonStream stream = new JsonStream(new Limits(1L << 20, 3, 10));
        String four = "[[[[]]]]";
        try (JsonParser p = stream.parser(four.toCharArray(), 0, four.length(), false)) {
            while (p.nextToken() != null) {
                // four levels pass Jackson: the reader's own check, with its clearer words, comes first
            }
        }
        String five = "[[[[[]]]]]";
        try (JsonParser p = stream.parser(five.toCharArray(), 0, five.length(), false)) {
            assertThatThrownBy(() -> {
                while (p.nextToken() != null) {
                    // the fifth level is past Jackson's limit
                }
            }).isInstanceOf(IOException.class);
        }
    }

    private static void readAll(JsonParser p) throws IOException {
        try (p) {
            while (p.nextToken() != null) {
                // read to the end
            }
        }
    }

    @Test
    void onlyTheStrictByteParserFailsOnARepeatedKey() throws IOException {
        JsonStream stream = new JsonStream(Limits.DEFAULT);
        byte[] doc = "{\"a\":1,\"a\":2}".getBytes(StandardCharsets.UTF_8);
        readAll(stream.parser(doc, 0, doc.length, false));
        readAll(stream.utf8Parser(doc, 0, doc.length));
        JsonParser strict = stream.parser(doc, 0, doc.length, true);
        assertThatThrownBy(() -> readAll(strict)).isInstanceOf(IOException.class).hasMessageContaining("Duplicate");
        char[] chars = "{\"a\":1,\"a\":2}".toCharArray();
        readAll(stream.parser(chars, 0, chars.length, false));
        JsonParser strictChars = stream.parser(chars, 0, chars.length, true);
        assertThatThrownBy(() -> readAll(strictChars)).isInstanceOf(IOException.class).hasMessageContaining("Duplicate");
    }

    @Test
    void theStrictParsersDuplicateKeyErrorNamesTheKeyAndWhereItIs() throws IOException {
        JsonStream stream = new JsonStream(Limits.DEFAULT);
        char[] chars = "{\"x\":{\"a\":1,\n\"a\":2}}".toCharArray();
        JsonParser p = stream.parser(chars, 0, chars.length, true);
        try {
            readAll(p);
            throw new AssertionError("no error");
        } catch (IOException e) {
            JsonStream.Failure f = JsonStream.failure(p, e);
            assertThat(f.error.path()).isEqualTo("/x/a");
            assertThat(f.error.message()).startsWith("duplicate key \"a\" in the same object (line 2, column ");
        }
    }

    @Test
    void anIoErrorThatIsNotJacksonsIsACouldNotReadAtTheRoot() {
        JsonStream.Failure f = JsonStream.failure(null, new IOException("disk\ngone [Source: x]"));
        assertThat(f).isNotNull();
        assertThat(f.error.path()).isEqualTo("/");
        assertThat(f.error.message()).isEqualTo("could not read the document: disk gone");
        assertThat(f.getMessage()).isEqualTo("could not read the document: disk gone");
    }

    @Test
    void aParsersPathIsTheRootWhenItCannotBeKnown() throws IOException {
        assertThat(JsonStream.path(null)).isEqualTo("/");
        JsonStream stream = new JsonStream(Limits.DEFAULT);
        char[] chars = "{\"a\":[1]}".toCharArray();
        JsonParser p = stream.parser(chars, 0, chars.length, false);
        assertThat(JsonStream.path(p)).isEqualTo("/");
        p.nextToken();
        p.nextToken();
        p.nextToken();
        p.nextToken();
        assertThat(p.currentToken()).isEqualTo(JsonToken.VALUE_NUMBER_INT);
        assertThat(JsonStream.path(p)).isEqualTo("/a/0");
        JsonParser broken = new JsonParserDelegate(p) {
            @Override
            public JsonStreamContext getParsingContext() {
                throw new IllegalStateException("closed");
            }
        };
        assertThat(JsonStream.path(broken)).isEqualTo("/");
        JsonParser noContext = new JsonParserDelegate(p) {
            @Override
            public JsonStreamContext getParsingContext() {
                return null;
            }
        };
        assertThat(JsonStream.path(noContext)).isEqualTo("/");
    }

    @Test
    void jacksonsWordsAreCleanedToOneLineOfAtMost300Characters() {
        assertThat(JsonStream.clean(null)).isEqualTo("unknown error");
        assertThat(JsonStream.clean("  Unexpected\r\n\tcharacter [Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION`"
                + " disabled); line: 1, column: 2]  ")).isEqualTo("Unexpected character");
        assertThat(JsonStream.clean("Unexpected end-of-input: expected close marker for Object (start marker at\n)"))
                .isEqualTo("Unexpected end-of-input: expected close marker for Object");
        String exactly300 = "x".repeat(300);
        assertThat(JsonStream.clean(exactly300)).isEqualTo(exactly300);
        assertThat(JsonStream.clean("y".repeat(301))).isEqualTo("y".repeat(300) + "…");
    }

    @Test
    void aPointerEscapesTildeAndSlashWhereverTheyAre() {
        assertThat(Ptr.escape("plain")).isEqualTo("plain");
        assertThat(Ptr.escape("~")).isEqualTo("~0");
        assertThat(Ptr.escape("/")).isEqualTo("~1");
        assertThat(Ptr.escape("~a")).isEqualTo("~0a");
        assertThat(Ptr.escape("/a")).isEqualTo("~1a");
        assertThat(Ptr.escape("a~")).isEqualTo("a~0");
        assertThat(Ptr.escape("a/")).isEqualTo("a~1");
        assertThat(Ptr.escape("~/")).isEqualTo("~0~1");
        assertThat(Ptr.ROOT.toString()).isEqualTo("/");
        assertThat(Ptr.ROOT.field("areas").index(0).field("a/b~c").toString()).isEqualTo("/areas/0/a~1b~0c");
    }
}
