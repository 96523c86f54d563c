package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's size is counted in UTF-8 bytes, exactly, whatever it is given as. */
class PlanReaderSizeTest {

    private static List<InputError> errors(PlanReader reader, String json) {
        Throwable t = catchThrowable(() -> reader.readDocument(json));
        assertThat(t).isInstanceOf(PlanInputException.class);
        return ((PlanInputException) t).errors();
    }

    /** The size the reader states for {@code text}, under a limit of one byte. */
    private static String sizeOf(String text) {
        List<InputError> errors = errors(PlanReader.withLimits(new Limits(1, 64, 10)), text);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).path()).isEqualTo("/");
        String message = errors.get(0).message();
        assertThat(message).startsWith("document is ").endsWith(" bytes, the limit is 1");
        return message.substring("document is ".length(), message.length() - " bytes, the limit is 1".length());
    }

    @Test
    void eachCharacterCountsAsManyBytesAsItsUtf8Form() {
        assertThat(sizeOf("ab")).isEqualTo("2");
        assertThat(sizeOf("\u007f\u007f")).isEqualTo("2");
        assertThat(sizeOf("\u0080")).isEqualTo("2");
        assertThat(sizeOf("\u07ff")).isEqualTo("2");
        assertThat(sizeOf("\u0800")).isEqualTo("3");
        assertThat(sizeOf("中文")).isEqualTo("6");
        assertThat(sizeOf("\uffff")).isEqualTo("3");
        assertThat(sizeOf("😀")).isEqualTo("4");
        assertThat(sizeOf("a😀b")).isEqualTo("6");
        assertThat(sizeOf("😀😀")).isEqualTo("8");
        assertThat(sizeOf("x\ud83d")).isEqualTo("4"); // an unpaired high surrogate at the end: three bytes, as the encoder would replace it
        assertThat(sizeOf("\ud83dx")).isEqualTo("4");
        assertThat(sizeOf("\ude00\ud83d")).isEqualTo("6"); // low then high: two unpaired halves
        // text that cannot be encoded is measured by the count alone (the bytes are never made)
        assertThat(sizeOf("\u007f\ud83d")).isEqualTo("4");
        assertThat(sizeOf("\u0080\ud83d")).isEqualTo("5");
        assertThat(sizeOf("\u07ff\ud83d")).isEqualTo("5");
        assertThat(sizeOf("\u0800\ud83d")).isEqualTo("6");
        assertThat(sizeOf("😀\ud83d")).isEqualTo("7");
    }

    @Test
    void aTextOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
        String doc = TestJson.doc("");
        int bytes = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        PlanReader exact = PlanReader.withLimits(new Limits(bytes, 64, 10));
        assertThat(catchThrowable(() -> exact.readDocument(doc))).isNull();
        String wide = doc.replace("}", ", 'province': {'code': '620000', 'name': '甘肃省'}}".replace('\'', '"'));
        int wideBytes = wide.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        assertThat(catchThrowable(() -> PlanReader.withLimits(new Limits(wideBytes, 64, 10)).readDocument(wide))).isNull();
        List<InputError> over = errors(PlanReader.withLimits(new Limits(wideBytes - 1, 64, 10)), wide);
        assertThat(over).containsExactly(new InputError("/", "document is " + wideBytes + " bytes, the limit is " + (wideBytes - 1)));
    }

    @Test
    void onlyTheExactThreeBytesEfBbBfAreAByteOrderMark() {
        byte[] plan = TestJson.doc("").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        for (byte[] lead : new byte[][] {{(byte) 0x20, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xEF, (byte) 0x20, (byte) 0xBF},
                {(byte) 0xEF, (byte) 0xBB, (byte) 0x20}}) {
            byte[] doc = new byte[3 + plan.length];
            System.arraycopy(lead, 0, doc, 0, 3);
            System.arraycopy(plan, 0, doc, 3, plan.length);
            List<InputError> errors = TestJson.errors(doc);
            assertThat(errors).hasSize(1);
            assertThat(errors.get(0).path()).isEqualTo("/");
            assertThat(errors.get(0).message()).startsWith("the document is not valid UTF-8: malformed byte sequence at byte offset ");
        }
        byte[] withMark = new byte[3 + plan.length];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(plan, 0, withMark, 3, plan.length);
        assertThat(catchThrowable(() -> PlanReader.read(withMark))).isNull();
    }

    @Test
    void aFileWithNoSizeIsCountedAsItIsRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero) && !Files.isRegularFile(zero));
        PlanReader reader = PlanReader.withLimits(new Limits(100, 64, 10));
        Throwable t = catchThrowable(() -> reader.readDocument(zero));
        assertThat(t).isInstanceOf(PlanInputException.class);
        assertThat(((PlanInputException) t).errors())
                .containsExactly(new InputError("/", "document is more than 100 bytes, the limit is 100"));
    }

    /** A file is read into one array of the size it had; a file that grew or shrank since is read as it is. */
    @Test
    void aFileIsReadWhole_whateverItsSizeWasWhenItWasMeasured() throws Exception {
        byte[] ten = "0123456789".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        assertThat(PlanReader.readSized(new java.io.ByteArrayInputStream(ten), 10, 100)).isEqualTo(ten);
        assertThat(PlanReader.readSized(new java.io.ByteArrayInputStream(ten), 12, 100)).isEqualTo(ten); // shrank
        assertThat(PlanReader.readSized(new java.io.ByteArrayInputStream(ten), 4, 100)).isEqualTo(ten); // grew
        assertThat(new String(PlanReader.readSized(new java.io.ByteArrayInputStream(ten), 4, 7),
                java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("0123456"); // grew past the limit: the limit's worth, then refused
        assertThat(PlanReader.readSized(new java.io.ByteArrayInputStream(ten), 9, 10)).isEqualTo(ten);
    }

    @Test
    void aFileOfExactlyTheLimitIsReadAndOneByteMoreIsNot(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String doc = TestJson.doc("");
        byte[] utf8 = doc.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("plan.json"), utf8);
        assertThat(PlanWriter.write(PlanReader.withLimits(new Limits(utf8.length, 64, 10)).readDocument(file)))
                .isEqualTo(PlanWriter.write(PlanReader.read(doc)));
        Throwable t = catchThrowable(() -> PlanReader.withLimits(new Limits(utf8.length - 1, 64, 10)).readDocument(file));
        assertThat(t).isInstanceOf(PlanInputException.class);
        assertThat(((PlanInputException) t).errors().get(0).message())
                .isEqualTo("document is " + utf8.length + " bytes, the limit is " + (utf8.length - 1));
    }
}
