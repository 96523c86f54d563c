package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan file is parsed as it is read, its bytes checked as plain UTF-8 on the way; whatever the
 * file holds, the outcome is the one reading its bytes as an array gives: the same plan, or the
 * same errors at the same paths.
 */
class StreamingFileReadTest {
    @TempDir
    Path dir;

    /** A stream that gives its bytes a few at a time, as many as {@code random} says. */
    private static InputStream trickling(byte[] bytes, Random random) {
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + random.nextInt(11)));
            }
        };
    }

    /** @return whether the checking stream reads {@code bytes} through (no BOM in front) */
    private static boolean readsThrough(byte[] bytes, Random random) {
        try (JsonStream.PlainUtf8Input in = new JsonStream.PlainUtf8Input(trickling(bytes, random), Long.MAX_VALUE)) {
            byte[] buffer = new byte[1 + random.nextInt(20)];
            while (in.read(buffer, 0, 1 + random.nextInt(buffer.length)) >= 0) {
                // read to the end
            }
            return true;
        } catch (JsonStream.PlainUtf8Input.NotPlain e) {
            return false;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theCheckOnTheWayAcceptsExactlyWhatTheCheckOfAnArrayAccepts_whereverTheReadsCutTheText() {
        Random random = new Random(2018);
        byte[][] pieces = {
            "a".getBytes(StandardCharsets.UTF_8), "中".getBytes(StandardCharsets.UTF_8), "é".getBytes(StandardCharsets.UTF_8),
            "😀".getBytes(StandardCharsets.UTF_8), "abcdefghij".getBytes(StandardCharsets.UTF_8),
            {0}, {(byte) 0x80}, {(byte) 0xC0, (byte) 0x80}, {(byte) 0xC2}, {(byte) 0xE0, (byte) 0x9F, (byte) 0xBF},
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
            {(byte) 0xF0, (byte) 0x90, (byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xB8},
        };
        int accepted = 0;
        for (int n = 0; n < 20_000; n++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int count = random.nextInt(12);
            for (int k = 0; k < count; k++) {
                // mostly valid pieces, so that many texts pass and the invalid ones fail in all places
                byte[] piece = pieces[random.nextInt(10) < 8 ? random.nextInt(5) : random.nextInt(pieces.length)];
                out.writeBytes(piece);
            }
            byte[] bytes = out.toByteArray();
            if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
                continue; // a byte order mark in front is skipped, not checked
            }
            boolean expected = JsonStream.isPlainUtf8(bytes, 0, bytes.length);
            assertThat(readsThrough(bytes, random)).as("%s", java.util.HexFormat.of().formatHex(bytes)).isEqualTo(expected);
            accepted += expected ? 1 : 0;
        }
        assertThat(accepted).isBetween(2_000, 18_000);
    }

    @Test
    void theCheckCountsBytesAgainstTheLimit() throws IOException {
        byte[] ten = "0123456789".getBytes(StandardCharsets.US_ASCII);
        try (JsonStream.PlainUtf8Input in = new JsonStream.PlainUtf8Input(new ByteArrayInputStream(ten), 10)) {
            assertThat(in.readAllBytes()).isEqualTo(ten);
        }
        try (JsonStream.PlainUtf8Input in = new JsonStream.PlainUtf8Input(new ByteArrayInputStream(ten), 9)) {
            assertThat(catchThrowable(in::readAllBytes)).isInstanceOf(JsonStream.PlainUtf8Input.NotPlain.class);
        }
    }

    /** What reading gives: the plan as written again, or its errors. */
    private static String outcome(ThrowingRead read) {
        try {
            return "plan " + PlanWriter.write(read.read());
        } catch (PlanInputException e) {
            return "errors " + e.errors();
        }
    }

    private interface ThrowingRead {
        org.ecrural.model.PlanDocument read();
    }

    private void sameAsTheArray(String name, byte[] bytes, Limits limits) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        PlanReader reader = PlanReader.withLimits(limits);
        String fromFile = outcome(() -> reader.readDocument(file));
        String fromArray = outcome(() -> reader.readDocument(bytes));
        assertThat(fromFile).as(name).isEqualTo(fromArray);
    }

    @Test
    void aFileReadsAsItsBytesWouldWhateverItHolds() throws IOException {
        String full = TestJson.full();
        byte[] plain = full.getBytes(StandardCharsets.UTF_8);
        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {"plain", plain});
        byte[] bom = new byte[plain.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(plain, 0, bom, 3, plain.length);
        cases.add(new Object[] {"bom", bom});
        cases.add(new Object[] {"errors", full.replaceFirst("\"format\": 1", "\"format\": 2, \"unknownField\": true")
                .getBytes(StandardCharsets.UTF_8)});
        cases.add(new Object[] {"repeated", full.replaceFirst("\"format\": 1", "\"format\": 1, \"format\": 1").getBytes(StandardCharsets.UTF_8)});
        cases.add(new Object[] {"truncated", full.substring(0, full.length() / 2).getBytes(StandardCharsets.UTF_8)});
        cases.add(new Object[] {"trailing", (full + " x").getBytes(StandardCharsets.UTF_8)});
        cases.add(new Object[] {"not json", "hello".getBytes(StandardCharsets.UTF_8)});
        cases.add(new Object[] {"two bytes", "{}".getBytes(StandardCharsets.UTF_8)});
        byte[] badByte = plain.clone();
        int quote = full.indexOf("\"name\"");
        badByte[quote + 2] = (byte) 0xC0; // inside a key
        cases.add(new Object[] {"bad byte", badByte});
        byte[] nul = plain.clone();
        nul[quote + 2] = 0;
        cases.add(new Object[] {"nul", nul});
        byte[] cut = java.util.Arrays.copyOf(plain, plain.length + 1);
        cut[plain.length] = (byte) 0xE4; // a sequence cut short after the document
        cases.add(new Object[] {"cut after", cut});
        byte[] utf16 = full.getBytes(StandardCharsets.UTF_16LE);
        cases.add(new Object[] {"utf-16", utf16});
        for (Object[] c : cases) {
            sameAsTheArray((String) c[0], (byte[]) c[1], Limits.DEFAULT);
        }
        // a limit the file exceeds only by its byte order mark, and one it fits exactly
        sameAsTheArray("bom at the limit", bom, new Limits(plain.length, Limits.DEFAULT.maxNestingDepth(), Limits.DEFAULT.maxArrayLength()));
        sameAsTheArray("exactly the limit", plain, new Limits(plain.length, Limits.DEFAULT.maxNestingDepth(), Limits.DEFAULT.maxArrayLength()));
        sameAsTheArray("tight nesting", plain, new Limits(plain.length, 2, Limits.DEFAULT.maxArrayLength()));
        assertThat(outcome(() -> PlanReader.withLimits(Limits.DEFAULT).readDocument(dir.resolve("plain")))).startsWith("plan ");
    }

    @Test
    void aFileReadOnTheWayIsMarkedRead() throws IOException {
        Path file = Files.writeString(dir.resolve("plan.json"), TestJson.full());
        assertThat(PlanReader.isRead(PlanReader.withLimits(Limits.DEFAULT).readDocument(file))).isTrue();
    }
}
