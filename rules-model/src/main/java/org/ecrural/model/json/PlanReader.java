package org.ecrural.model.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Objects;
import org.ecrural.model.PlanDocument;

/**
 * Strict reader of the plan document, interchange format v1 ({@code plan-format.md}).
 *
 * <p>The document is checked completely and every error is reported at once, in document order,
 * each with its JSON Pointer: unknown fields at any level, wrong JSON types, unknown enum values,
 * impossible dates, money that is negative or not an exact decimal, out-of-range whole numbers,
 * malformed GB/T 2260 codes, missing required fields, repeated keys ({@code counties[].code},
 * {@code areas[].code}, {@code projects[].id}, {@code trainingRecords[].id},
 * {@code idleFundReallocations[].id}), references that do not resolve to {@code counties}, and a
 * missing {@code province} when a province-level part is present. Malformed JSON (including
 * duplicate keys, text that is not UTF-8, and an exceeded {@link Limits limit}) is one error.
 * Money and other decimals are read exactly as {@link java.math.BigDecimal}, never through double.
 * At most 10,000 errors are listed; a last error at {@code /} counts the rest.
 *
 * <p>Absent and JSON null are the same for optional fields: the fact stays null ("not evidenced"),
 * a list stays empty. A UTF-8 byte order mark is skipped. No exception other than
 * {@link PlanInputException} leaves a read method, whatever the input.
 *
 * <p>The static methods apply {@link Limits#DEFAULT}; {@link #withLimits(Limits)} gives a reader
 * with other limits. Readers are immutable and safe to share between threads.
 */
public final class PlanReader {

    private static final PlanReader DEFAULT = new PlanReader(Limits.DEFAULT);

    private final Limits limits;
    private final JsonStream stream;

    private PlanReader(Limits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.stream = new JsonStream(limits);
    }

    /**
     * @param limits the limits to enforce
     * @return a reader that enforces {@code limits}
     */
    public static PlanReader withLimits(Limits limits) {
        Objects.requireNonNull(limits, "limits");
        return limits.equals(Limits.DEFAULT) ? DEFAULT : new PlanReader(limits);
    }

    /** @return the limits this reader enforces */
    public Limits limits() {
        return limits;
    }

    /**
     * Reads a UTF-8 file under {@link Limits#DEFAULT}.
     *
     * @param file the plan document; a file that cannot be read is reported as an error at {@code /}
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public static PlanDocument read(Path file) throws PlanInputException {
        return DEFAULT.readDocument(file);
    }

    /**
     * Reads a UTF-8 stream to its end under {@link Limits#DEFAULT}.
     *
     * @param in the plan document; it is not closed
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public static PlanDocument read(InputStream in) throws PlanInputException {
        return DEFAULT.readDocument(in);
    }

    /**
     * Reads UTF-8 bytes under {@link Limits#DEFAULT}.
     *
     * @param utf8 the plan document
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public static PlanDocument read(byte[] utf8) throws PlanInputException {
        return DEFAULT.readDocument(utf8);
    }

    /**
     * Reads JSON text under {@link Limits#DEFAULT}.
     *
     * @param json the plan document (its size is measured in UTF-8 bytes)
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public static PlanDocument read(String json) throws PlanInputException {
        return DEFAULT.readDocument(json);
    }

    /**
     * Reads a UTF-8 file under this reader's limits.
     *
     * @param file the plan document; a file that cannot be read is reported as an error at {@code /}
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public PlanDocument readDocument(Path file) throws PlanInputException {
        Objects.requireNonNull(file, "file");
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw fail("cannot read " + file + ": it is a folder");
            }
            long size = Files.isRegularFile(file) ? Files.size(file) : 0;
            if (size > limits.maxBytes()) {
                throw fail(tooLarge(Long.toString(size)));
            }
            if (size > 0) {
                PlanDocument streamed = readStreaming(file);
                if (streamed != null) {
                    return streamed;
                }
            }
            // counted as read: a device, a pipe or a FIFO reports no size, and a file may grow while read
            try (InputStream in = Files.newInputStream(file)) {
                bytes = size > 0 ? readSized(in, (int) size, (int) (limits.maxBytes() + 1)) : in.readNBytes((int) (limits.maxBytes() + 1));
            }
            if (bytes.length > limits.maxBytes()) {
                throw fail(tooLarge("more than " + limits.maxBytes()));
            }
        } catch (PlanInputException e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw fail("cannot read " + file + ": no such file");
        } catch (IOException | RuntimeException e) {
            throw fail("cannot read " + file + ": " + e);
        }
        return readDocument(bytes);
    }

    /**
     * Reads a file as {@link #readDocument(byte[])} reads its bytes, without holding them: parsed as
     * they are read and checked as plain UTF-8 on the way (a plan of a national batch is 29 MB: an
     * array of that size per file, cleared, filled and scanned before parsing, was a sixth of what a
     * batch allocated). Where the fast reading of an array would not apply (bytes that are not plain
     * UTF-8, a size past the limit) or would fail (a document that is not JSON, a repeated key),
     * returns null: the caller reads the file whole, which reports it exactly as before.
     *
     * @return the plan, or null to read the file as an array
     * @throws PlanInputException the plan's errors, where every byte was plain UTF-8
     */
    private PlanDocument readStreaming(Path file) throws IOException {
        try (JsonStream.PlainUtf8Input in = new JsonStream.PlainUtf8Input(Files.newInputStream(file), limits.maxBytes())) {
            PlanDocument doc;
            try {
                doc = bind(stream.utf8Parser(in), limits, true);
            } catch (PlanInputException e) {
                in.finish();
                throw e;
            }
            in.finish();
            READ.put(doc, Boolean.TRUE);
            return doc;
        } catch (PlanInputException e) {
            throw e;
        } catch (IOException | RuntimeException | StackOverflowError e) {
            // NotPlain, a Failure, a RepeatedKey, or anything else: the array reader reports it in its words
            return null;
        }
    }

    private static final int READ_CHUNK = 64 * 1024;

    /**
     * Reads a file of a known size into one array of that size (readNBytes alone gathers 8 KB
     * chunks and copies them into a second array: twice a plan's size in garbage, for every file
     * of a batch), then whatever the file grew by since its size was taken, up to {@code max}
     * bytes in all; a file that shrank gives what it still holds.
     */
    static byte[] readSized(InputStream in, int size, int max) throws IOException {
        byte[] bytes = new byte[size];
        int n = 0;
        while (n < size) {
            // at most 64 KB a call: a file channel's stream reads through a temporary direct buffer
            // of the size asked for (a plan's size, allocated and cleared for every file), but keeps
            // one of 64 KB per thread
            int r = in.read(bytes, n, Math.min(size - n, READ_CHUNK));
            if (r < 0) {
                return java.util.Arrays.copyOf(bytes, n);
            }
            n += r;
        }
        int next = in.read();
        if (next < 0) {
            return bytes;
        }
        byte[] rest = in.readNBytes(Math.max(0, max - size - 1));
        byte[] all = java.util.Arrays.copyOf(bytes, size + 1 + rest.length);
        all[size] = (byte) next;
        System.arraycopy(rest, 0, all, size + 1, rest.length);
        return all;
    }

    /**
     * Reads a UTF-8 stream to its end under this reader's limits.
     *
     * @param in the plan document; it is not closed
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public PlanDocument readDocument(InputStream in) throws PlanInputException {
        Objects.requireNonNull(in, "in");
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) (limits.maxBytes() + 1)); // maxBytes is at most Integer.MAX_VALUE - 16
        } catch (IOException | RuntimeException e) {
            throw fail("cannot read the document: " + e);
        }
        if (bytes.length > limits.maxBytes()) {
            throw fail(tooLarge("more than " + limits.maxBytes()));
        }
        return readDocument(bytes);
    }

    /**
     * Reads JSON text under this reader's limits.
     *
     * @param json the plan document (its size is measured in UTF-8 bytes)
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public PlanDocument readDocument(String json) throws PlanInputException {
        Objects.requireNonNull(json, "json");
        long size = utf8Length(json);
        if (size > limits.maxBytes()) {
            throw fail(tooLarge(Long.toString(size)));
        }
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer utf8;
        try {
            utf8 = encoder.encode(CharBuffer.wrap(json));
        } catch (CharacterCodingException e) {
            throw fail("the text is not valid Unicode: it has an unpaired surrogate character");
        }
        byte[] bytes = new byte[utf8.remaining()];
        utf8.get(bytes);
        return readDocument(bytes);
    }

    /**
     * Reads UTF-8 bytes under this reader's limits.
     *
     * @param utf8 the plan document
     * @return the plan
     * @throws PlanInputException listing every error found, in document order
     */
    public PlanDocument readDocument(byte[] utf8) throws PlanInputException {
        Objects.requireNonNull(utf8, "utf8");
        try {
            if (utf8.length > limits.maxBytes()) {
                throw fail(tooLarge(Integer.toString(utf8.length)));
            }
            int start = utf8.length >= 3 && utf8[0] == (byte) 0xEF && utf8[1] == (byte) 0xBB && utf8[2] == (byte) 0xBF
                    ? 3 : 0; // a byte order mark
            PlanDocument doc = null;
            if (JsonStream.isPlainUtf8(utf8, start, utf8.length)) {
                try {
                    doc = bind(stream.utf8Parser(utf8, start, utf8.length - start), limits, true);
                } catch (JsonStream.Failure | Binder.RepeatedKey e) {
                    // read again as text below, for the error in its words and at its line and column in characters
                }
            }
            if (doc == null) {
                try {
                    doc = bind(strict -> stream.parser(utf8, start, utf8.length - start, strict), limits);
                } catch (RuntimeException e) {
                    checkUtf8(utf8); // text that is not UTF-8 is that one error, wherever the parser stopped
                    throw e;
                }
            }
            READ.put(doc, Boolean.TRUE);
            return doc;
        } catch (PlanInputException e) {
            throw e;
        } catch (JsonStream.Failure f) {
            throw new PlanInputException(List.of(f.error));
        } catch (RuntimeException | StackOverflowError e) {
            // a defect of the reader, not of the input; still never let anything else escape
            throw fail("could not read the document (internal error: " + e.getClass().getSimpleName() + ")");
        }
    }

    /**
     * Checks a plan built (or changed) in Java with exactly the rules this reader applies to JSON,
     * and reports its errors at the same JSON Pointers: a required field that is null
     * ({@code /projects/0/id}), money that is negative, a count out of range, a blank id, a repeated
     * key, a reference to a county not listed, a null element of a list, a province-level part
     * without {@code province}, an unknown or malformed {@code edition}. The rules of format v1
     * live in one place: the document is written with {@link PlanWriter} (which keeps every bad
     * value visible, nulls included) and the text is bound as the reader binds a file, with no
     * size limits (the plan is already in memory). It costs about as much as reading the same plan
     * from JSON, and changes nothing in {@code document}.
     *
     * <p>{@code PolicyEngine.evaluate} calls it for every document that {@link #isRead} does not
     * vouch for.
     *
     * @param document the plan to check
     * @throws PlanInputException listing every error, in document order
     * @throws NullPointerException when {@code document} is null
     */
    public static void validate(PlanDocument document) throws PlanInputException {
        Objects.requireNonNull(document, "the plan document is null");
        String json;
        try {
            json = PlanWriter.write(document);
        } catch (RuntimeException e) {
            throw fail("the plan cannot be written as JSON (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        }
        char[] text = json.toCharArray();
        try {
            bind(strict -> UNLIMITED.parser(text, 0, text.length, strict), UNLIMITED.limits());
        } catch (JsonStream.Failure f) {
            throw new PlanInputException(List.of(f.error));
        }
    }

    /** The document's text as tokens. */
    private interface Source {
        /** @param strict whether the parser fails on the first repeated key (else the binder looks for them) */
        JsonParser open(boolean strict);
    }

    /**
     * Binds the document as it is parsed, with no tree of it.
     *
     * @throws PlanInputException listing the errors of a document that is JSON but not a valid plan
     * @throws JsonStream.Failure when the text is not one JSON object or exceeds a limit
     */
    private static PlanDocument bind(Source source, Limits limits) {
        try {
            return bind(source.open(false), limits, true);
        } catch (Binder.RepeatedKey e) {
            // Jackson's own check says where, in its words (it fails at the first one, which may lie in what was skipped)
            return bind(source.open(true), limits, false);
        }
    }

    private static PlanDocument bind(JsonParser p, Limits limits, boolean checkRepeats) {
        try {
            Binder binder = new Binder(p, limits, checkRepeats);
            PlanDocument doc = binder.bind();
            if (doc == null) {
                throw new PlanInputException(binder.errors());
            }
            return doc;
        } finally {
            try {
                p.close();
            } catch (IOException ignored) {
                // nothing is held but memory
            }
        }
    }

    /**
     * Whether {@code document} is one a read method of a {@code PlanReader} returned: it passed
     * every check as read, so {@code PolicyEngine.evaluate} does not check it again (the batch
     * reads millions of facts; checking them twice would double the reading time). A host that
     * changes such a document before evaluating it and wants it checked again calls
     * {@link #validate} itself.
     *
     * @param document a plan, or null
     * @return true when a reader produced this very object
     */
    public static boolean isRead(PlanDocument document) {
        return document != null && READ.containsKey(document);
    }

    /** Documents the read methods returned, by identity, held weakly: a mark that costs no field of the fact. */
    private static final Map<PlanDocument, Boolean> READ = Collections.synchronizedMap(new WeakHashMap<>());

    /** A parser for text this library wrote itself from a plan in memory: no size limits apply. */
    private static final JsonStream UNLIMITED = new JsonStream(new Limits(Limits.MAX_BYTES_CEILING, 64, Integer.MAX_VALUE));

    /**
     * Checks that the text is strict UTF-8, else reports its first malformed byte with its line,
     * column and the JSON path the parser reached before it.
     */
    private void checkUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < out.position(); i++) {
                if (out.get(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = out.position() - lineStart + 1;
            String path = "/";
            try {
                bind(strict -> stream.parser(out.array(), 0, out.position(), strict), limits);
            } catch (JsonStream.Failure f) {
                path = f.error.path(); // where the parser was when the bad bytes began
            } catch (PlanInputException e) {
                // the text before the bad bytes is a whole document: they come after it
            }
            throw new JsonStream.Failure(path, "the document is not valid UTF-8: malformed byte sequence at byte offset "
                    + offset + " (line " + line + ", column " + column + "); save it as UTF-8 (not GBK or GB18030)");
        }
    }

    private String tooLarge(String size) {
        return "document is " + size + " bytes, the limit is " + limits.maxBytes();
    }

    private static PlanInputException fail(String message) {
        return new PlanInputException(List.of(new InputError("/", message)));
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
