package org.ecrural.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Jackson's streaming parser set up for plan documents under the {@link Limits} (no source text
 * in locations), and the words of its errors: every way the text can fail to be JSON, or exceed a
 * limit, becomes one {@link Failure} with a JSON Pointer and, where known, line and column.
 *
 * <p>A repeated key is an error. Jackson's own check of it costs a set of names per object, which
 * is most of what a read allocates; so the {@link #parser fast parser} leaves it to the
 * {@link Binder}, and a document in which the binder finds one is parsed again with the
 * {@link #strictParser strict parser}, whose error (Jackson's, with its line and column) is the
 * one reported.
 */
final class JsonStream {

    /** A document that could not be parsed, with its one error. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient InputError error;

        Failure(String path, String message) {
            super(message, null, false, false);
            this.error = new InputError(path, message);
        }
    }

    private final Limits limits;
    private final JsonFactory fast;
    private final JsonFactory strict;

    JsonStream(Limits limits) {
        this.limits = limits;
        this.fast = factory(limits, false);
        this.strict = factory(limits, true);
    }

    private static JsonFactory factory(Limits limits, boolean duplicates) {
        return JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        // one level of slack so that the reader's own check, with its clearer message, comes first
                        .maxNestingDepth(limits.maxNestingDepth() == Integer.MAX_VALUE
                                ? Integer.MAX_VALUE : limits.maxNestingDepth() + 1)
                        .maxDocumentLength(limits.maxBytes())
                        .build())
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicates)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .build();
    }

    Limits limits() {
        return limits;
    }

    /**
     * A parser of {@code text[offset..offset+length)}.
     *
     * @param strict whether it fails on the first repeated key (else the binder looks for them)
     */
    JsonParser parser(char[] text, int offset, int length, boolean strict) {
        try {
            return (strict ? this.strict : fast).createParser(text, offset, length);
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        }
    }

    /**
     * A parser of UTF-8 bytes that {@link #isPlainUtf8} accepts, which reads them as they are
     * (Jackson's fastest parser): no copy of the text as characters. It does not check for
     * repeated keys, and its lines and columns count bytes: on any error, read the text again
     * with a {@link #parser(byte[], int, int, boolean) text parser}.
     */
    JsonParser utf8Parser(byte[] utf8, int offset, int length) {
        try {
            return fast.createParser(utf8, offset, length);
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        }
    }

    /**
     * A parser of UTF-8 bytes read from {@code in} as {@link #utf8Parser(byte[], int, int)} reads
     * an array: the stream must be a {@link PlainUtf8Input}, which stops the parser (an I/O error)
     * at the first byte {@link #isPlainUtf8} would not accept.
     */
    JsonParser utf8Parser(PlainUtf8Input in) {
        try {
            return fast.createParser(in);
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        }
    }

    /**
     * Bytes read from a stream and checked as they pass, by the rules of {@link #isPlainUtf8}, a
     * chunk at a time (a sequence may be cut between two reads), and counted against a limit. The
     * first byte it would not accept, a byte past the limit, or a sequence cut short at the end
     * stops the reading with {@link NotPlain}: the caller then reads the document whole, as an
     * array, which reports it. A byte order mark at the start is skipped, as the array reader does.
     */
    static final class PlainUtf8Input extends java.io.InputStream {
        /** Why the bytes were not read through: the caller reads them again another way. */
        static final class NotPlain extends IOException {
            private static final long serialVersionUID = 1L;

            NotPlain() {
                super("not plain UTF-8 within the limit", null);
            }
        }

        private final java.io.InputStream in;
        private final long max;
        /** bytes read and checked, served from {@code pos} to {@code lim}: 64 KB a read call, not the parser's 8 KB */
        private final byte[] buf = new byte[64 * 1024];
        private int pos;
        private int lim;
        private long count;
        private boolean started;
        private boolean ended;
        private final Utf8Check utf8 = new Utf8Check();

        PlainUtf8Input(java.io.InputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            if (pos == lim && !fill()) {
                return -1;
            }
            return buf[pos++] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pos == lim && !fill()) {
                return -1;
            }
            int n = Math.min(len, lim - pos);
            System.arraycopy(buf, pos, b, off, n);
            pos += n;
            return n;
        }

        /** Reads and checks the next bytes. @return false at the end */
        private boolean fill() throws IOException {
            while (!ended) {
                int n = in.readNBytes(buf, 0, buf.length);
                if (n == 0) {
                    ended = true;
                    if (!utf8.complete()) {
                        throw new NotPlain(); // the last sequence is cut short
                    }
                    return false;
                }
                count += n;
                if (count > max) {
                    throw new NotPlain();
                }
                pos = 0;
                lim = n;
                if (!started) {
                    started = true;
                    if (n >= 3 && buf[0] == (byte) 0xEF && buf[1] == (byte) 0xBB && buf[2] == (byte) 0xBF) {
                        pos = 3; // a byte order mark: the first read holds the file's first 3 bytes, if it has them
                    }
                }
                check(buf, pos, lim);
                if (pos < lim) {
                    return true;
                }
            }
            return false;
        }

        /** Reads what the parser left, checking it too. @throws NotPlain as {@link #read(byte[], int, int)} */
        void finish() throws IOException {
            pos = lim;
            while (fill()) {
                pos = lim;
            }
        }

        private void check(byte[] b, int from, int to) throws NotPlain {
            if (!utf8.accept(b, from, to)) {
                throw new NotPlain();
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LOW_BITS = 0x0101010101010101L;

    /**
     * Whether {@code b[from..to)} is well-formed UTF-8 (Unicode's table 3-7: no overlong forms,
     * no surrogates, nothing past U+10FFFF; what Java's strict decoder accepts) with no NUL byte.
     * Text without NUL cannot be taken for UTF-16 or UTF-32 by Jackson's detection of encodings.
     */
    static boolean isPlainUtf8(byte[] b, int from, int to) {
        Utf8Check check = new Utf8Check();
        return check.accept(b, from, to) && check.complete();
    }

    /**
     * The rules of {@link #isPlainUtf8}, applied to bytes as they come: a sequence may be cut
     * between two calls of {@link #accept}, and is owed by the next.
     */
    static final class Utf8Check {
        /** continuation bytes still owed by the sequence being read, and the range of the next one */
        private int need;
        private int lo = 0x80;
        private int hi = 0xBF;

        /** @return false at the first byte the rules do not accept in {@code b[from..to)} */
        boolean accept(byte[] b, int from, int to) {
            int i = from;
            while (i < to) {
                int c = b[i] & 0xFF;
                if (need > 0) {
                    if (c < lo || c > hi) {
                        return false;
                    }
                    lo = 0x80;
                    hi = 0xBF;
                    need--;
                    i++;
                    continue;
                }
                if (i + 8 <= to) {
                    long w = (long) LONGS.get(b, i);
                    if ((w & HIGH_BITS) == 0 && ((w - LOW_BITS) & ~w & HIGH_BITS) == 0) {
                        i += 8; // eight ASCII bytes, none 0
                        continue;
                    }
                }
                if (c < 0x80) {
                    if (c == 0) {
                        return false;
                    }
                } else if (c >= 0xC2 && c <= 0xDF) {
                    need = 1;
                } else if (c >= 0xE0 && c <= 0xEF) {
                    need = 2;
                    lo = c == 0xE0 ? 0xA0 : 0x80;
                    hi = c == 0xED ? 0x9F : 0xBF;
                } else if (c >= 0xF0 && c <= 0xF4) {
                    need = 3;
                    lo = c == 0xF0 ? 0x90 : 0x80;
                    hi = c == 0xF4 ? 0x8F : 0xBF;
                } else {
                    return false;
                }
                i++;
            }
            return true;
        }

        /** @return whether no sequence is left cut short */
        boolean complete() {
            return need == 0;
        }
    }

    /**
     * A parser of the UTF-8 text {@code utf8[offset..offset+length)}, decoded as it is parsed, a
     * few thousand characters at a time (no copy of the whole text as characters). A malformed
     * byte sequence stops the parser with an I/O error; {@link PlanReader} then reports it as such.
     *
     * @param strict whether it fails on the first repeated key (else the binder looks for them)
     */
    JsonParser parser(byte[] utf8, int offset, int length, boolean strict) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader text = new InputStreamReader(new ByteArrayInputStream(utf8, offset, length), decoder);
        try {
            return (strict ? this.strict : fast).createParser(text);
        } catch (IOException e) {
            throw new Failure("/", "could not read the document: " + clean(e.getMessage()));
        }
    }

    /** The one error of an exception Jackson threw while {@code p} read. */
    static Failure failure(JsonParser p, IOException e) {
        if (e instanceof StreamConstraintsException c) {
            return new Failure(path(p), "the document exceeds a limit: " + clean(c.getOriginalMessage()) + at(c.getLocation()));
        } else if (e instanceof JsonProcessingException j) {
            return new Failure(path(p), malformed(p, j));
        }
        return new Failure("/", "could not read the document: " + clean(e.getMessage()));
    }

    /** The parser's position as a JSON Pointer, or {@code /}. */
    static String path(JsonParser p) {
        if (p == null) {
            return "/";
        }
        try {
            JsonStreamContext ctx = p.getParsingContext();
            String s = ctx == null ? "" : ctx.pathAsPointer().toString();
            return s.isEmpty() ? "/" : s;
        } catch (RuntimeException e) {
            return "/";
        }
    }

    private static String malformed(JsonParser p, JsonProcessingException e) {
        String message = clean(e.getOriginalMessage());
        if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")) {
            String name = null;
            try {
                name = p == null ? null : p.getParsingContext().getCurrentName();
            } catch (RuntimeException ignored) {
                // fall back to Jackson's words
            }
            if (name != null) {
                return "duplicate key " + PlanSchema.quoteShort(name) + " in the same object" + at(e.getLocation());
            }
        }
        String where = where(e.getLocation());
        return "malformed JSON" + (where.isEmpty() ? "" : " at " + where) + ": " + message;
    }

    /** {@code " (line L, column C)"}, or nothing when unknown. */
    static String at(JsonLocation loc) {
        String where = where(loc);
        return where.isEmpty() ? "" : " (" + where + ")";
    }

    /** {@code "line L, column C"}, or nothing when unknown. */
    static String where(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 1) {
            return "";
        }
        return "line " + loc.getLineNr() + ", column " + Math.max(loc.getColumnNr(), 1);
    }

    /** Jackson's message on one line, without its source description. */
    static String clean(String message) {
        if (message == null) {
            return "unknown error";
        }
        String s = message.replaceAll("\\s*\\[Source: [^\\]]*\\]", "")
                .replaceAll("\\s*\\(start marker at\\s*\\)", "")
                .replaceAll("[\\r\\n\\t]+", " ")
                .trim();
        return s.length() <= 300 ? s : s.substring(0, 300) + "…";
    }

    /** What a token is, for "found ..." at the top level. */
    static String describe(JsonToken t) {
        return switch (t) {
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.toString();
        };
    }
}
