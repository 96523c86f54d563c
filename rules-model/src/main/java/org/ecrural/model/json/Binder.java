package org.ecrural.model.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.JsonStream.Failure;
import org.ecrural.model.json.PlanSchema.Field;
import org.ecrural.model.json.PlanSchema.RefTarget;
import org.ecrural.model.json.PlanSchema.Schema;
import org.ecrural.model.json.PlanSchema.Type;

/**
 * Binds a document to the fact classes along {@link PlanSchema} while Jackson's parser streams it,
 * with no tree of the document: each value is checked and set as its token arrives, and values
 * the schema does not take (unknown fields, an object where a string belongs) are passed over
 * under the same {@link Limits}. Every error is collected with its JSON Pointer and its place in
 * the walk, so that they are listed in document order: the ordinal of the value (one tick per
 * field, per array element and per end of object), then the order found. What needs a whole
 * object (its missing required fields, {@link PlanSchema.Before} checks) is checked at its end
 * and listed where it begins; what needs the whole document (references to counties) is checked
 * after the stream and listed at the place of the value it concerns.
 *
 * <p>Anything wrong with the text as JSON, or an exceeded limit, is thrown as one
 * {@link Failure}; the errors bound so far are then moot. One binder reads one document.
 */
final class Binder {

    /** An error with its place in the walk: the ordinal of the value, then the order found. */
    private record Found(int position, int order, Ptr at, String message) {
    }

    /** A code that must resolve once the whole document is read. */
    private record Reference(Ptr at, String code, RefTarget target, int position) {
    }

    /**
     * A key repeated in an object, found by a binder that checks for them: the document is then
     * parsed again by a parser that fails on it, for Jackson's words and place.
     */
    static final class RepeatedKey extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RepeatedKey() {
            super("a key is repeated", null, false, false);
        }
    }

    /** The most errors listed; past it they are counted and summed up in one last error at {@code /}. */
    static final int MAX_ERRORS = 10_000;

    private static final Comparator<Found> DOCUMENT_ORDER =
            Comparator.comparingInt(Found::position).thenComparingInt(Found::order);

    /** Stand-ins for an object and an array the binder is at (see {@link Type#read}); never changed. */
    private static final JsonNode AN_OBJECT = JsonNodeFactory.instance.objectNode();
    private static final JsonNode AN_ARRAY = JsonNodeFactory.instance.arrayNode();

    /** What {@link #bindObject} saw of a field: missing, JSON null, an empty array, or another value. */
    private static final byte MISSING = 0;
    private static final byte NULL = 1;
    private static final byte EMPTY_ARRAY = 2;
    private static final byte VALUE = 3;

    /** The errors listed, latest in document order first, so that past the cap the latest gives way; null until one. */
    private PriorityQueue<Found> found;
    private int order;
    private int unlisted;
    private final List<Reference> references = new ArrayList<>();
    /** key set name, then key, then where it was first seen */
    private final Map<String, Map<String, Ptr>> keys = new HashMap<>();
    private int position;

    private final JsonParser p;
    private final Limits limits;
    /** whether the binder checks for repeated keys (the parser does not) */
    private final boolean repeats;
    /** objects and arrays open, the top-level object being 1 */
    private int depth;
    /** tokens taken from the parser */
    private long tokens;

    /**
     * The strings read lately, one per slot by hash, so that a value written many times (an area's
     * code, an organiser, a date, a topic) is one String and one node in the bound plan rather than
     * one per record; a slot is taken over by the next string that hashes to it. Null until the
     * first string.
     */
    private TextNode[] canonical;
    /** what a type made of the string in the same slot of {@link #canonical} (see {@link #memo}) */
    private Object[] parsed;
    private Type<?>[] parsedBy;
    /** the hash of the string in the same slot of {@link #canonical}, kept to tell most other strings apart at once */
    private int[] hashes;
    private static final int CANONICAL_SLOTS = 2048;
    /** longer strings are never looked up: they are rarely repeated (ids, names) */
    private static final int CANONICAL_MAX_LENGTH = 48;

    /**
     * @param parser  the document's tokens, not yet started
     * @param limits  the nesting depth and array length to enforce (the size is the parser's)
     * @param repeats whether to throw {@link RepeatedKey} at the first key repeated in an object
     *                (for a parser that lets them through)
     */
    Binder(JsonParser parser, Limits limits, boolean repeats) {
        this.p = parser;
        this.limits = limits;
        this.repeats = repeats;
    }

    /**
     * Binds the whole document.
     *
     * @return the document, or null when errors were found (see {@link #errors()})
     * @throws Failure when the text is not one JSON object or exceeds a limit
     */
    PlanDocument bind() {
        JsonToken t = advance();
        if (t == null) {
            throw new Failure("/", "the document is empty; expected a JSON object");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new Failure("/", "expected the document to be a JSON object, found " + JsonStream.describe(t)
                    + JsonStream.at(p.currentTokenLocation()));
        }
        depth = 1;
        PlanDocument doc = bindObject(PlanSchema.DOCUMENT, Ptr.ROOT);
        if (advance() != null) {
            throw new Failure("/", "unexpected content after the end of the top-level object"
                    + JsonStream.at(p.currentTokenLocation()));
        }
        resolveReferences();
        return found == null && unlisted == 0 ? doc : null;
    }

    /** @return the errors found, in document order */
    List<InputError> errors() {
        List<InputError> sorted = new ArrayList<>();
        if (found != null) {
            found.stream().sorted(DOCUMENT_ORDER).forEach(f -> sorted.add(new InputError(f.at().toString(), f.message())));
        }
        if (unlisted > 0) {
            sorted.add(new InputError("/", "and " + unlisted + " more errors, not listed (at most " + MAX_ERRORS
                    + " are listed)"));
        }
        return sorted;
    }

    /** Moves the walk on by one value. */
    void tick() {
        position++;
    }

    void error(Ptr at, String message) {
        add(new Found(position, order++, at.frozen(), message), true);
    }

    /**
     * Lists an error unless {@value #MAX_ERRORS} are listed already. Found during the walk, it takes
     * the place of the latest listed error in document order when it comes before it: an object's
     * missing fields are found at its end but belong at its beginning.
     */
    private void add(Found f, boolean duringWalk) {
        if (found == null) {
            found = new PriorityQueue<>(DOCUMENT_ORDER.reversed());
        }
        if (found.size() < MAX_ERRORS) {
            found.add(f);
            return;
        }
        unlisted++;
        if (duringWalk && DOCUMENT_ORDER.compare(f, found.peek()) < 0) {
            found.poll();
            found.add(f);
        }
    }

    void reference(Ptr at, String code, RefTarget target) {
        references.add(new Reference(at.frozen(), code, target, position));
    }

    // ------------------------------------------------------------------ the walk

    /**
     * Reads the value the parser is at with {@code type}, and passes over an object or array the
     * type did not take.
     */
    <V> V read(Type<V> type, JsonNode n, Ptr at) {
        V v = type.read(this, n, at);
        if ((n == AN_OBJECT || n == AN_ARRAY) && p.currentToken().isStructStart()) {
            skip(at);
        }
        return v;
    }

    /**
     * Binds the object the parser is at (its start token taken), to its end token.
     *
     * @return the object bound, with the fields that were usable
     */
    <T> T bindObject(Schema<T> schema, Ptr at) {
        int start = position;
        T target = schema.create.get();
        byte[] seen = new byte[schema.fields.size()];
        Set<String> unknown = null;
        Ptr cursor = at.cursor();
        for (JsonToken t = next(false); t != JsonToken.END_OBJECT; t = next(false)) {
            if (t != JsonToken.FIELD_NAME) {
                throw unexpected(t);
            }
            String name = currentName();
            Field<T, ?> f = schema.byName.get(name);
            if (repeats) {
                if (f != null ? seen[f.index] != MISSING : !(unknown = names(unknown)).add(name)) {
                    throw new RepeatedKey();
                }
                if (f != null) {
                    seen[f.index] = VALUE; // present, until the value says more
                }
            }
            JsonToken vt = next(false);
            JsonNode value = f != null && f.distinct && vt == JsonToken.VALUE_STRING ? distinctText() : value(vt);
            Ptr here = cursor.at(name);
            if (vt.isStructStart()) {
                enter(at, name, -1);
            }
            tick();
            if (f == null) {
                String near = PlanSchema.closest(name, schema.byName.keySet());
                error(here, "unknown field " + PlanSchema.quoteShort(name)
                        + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                        + "; allowed fields: " + schema.allowed);
                if (vt.isStructStart()) {
                    skip(here);
                }
            } else if (vt == JsonToken.VALUE_NULL) {
                seen[f.index] = NULL;
            } else {
                long mark = tokens;
                seen[f.index] = VALUE;
                if (!(f.blankIsAbsent && value.isTextual() && value.textValue().isBlank())) {
                    Object v = f.readInto(this, target, value, here);
                    if (v != null && f.keySet != null) {
                        key(f, v.toString(), here);
                    }
                }
                if (vt == JsonToken.START_ARRAY && tokens == mark + 1) {
                    seen[f.index] = EMPTY_ARRAY;
                }
            }
        }
        depth--;
        wholeObject(schema, seen, at, start);
        tick();
        if (schema.after != null) {
            schema.after.check(this, target, at);
        }
        return target;
    }

    private static Set<String> names(Set<String> names) {
        return names != null ? names : new HashSet<>();
    }

    /** The errors of an object as a whole, found at its end and listed where it begins. */
    private <T> void wholeObject(Schema<T> schema, byte[] seen, Ptr at, int start) {
        int now = position;
        position = start;
        for (int i = 0; i < schema.fields.size(); i++) { // no iterator: this runs for every object
            Field<T, ?> f = schema.fields.get(i);
            if (f.required && seen[f.index] <= NULL) {
                error(at.field(f.name), "required field \"" + f.name + "\" is "
                        + (seen[f.index] == MISSING ? "missing" : "null"));
            }
        }
        if (schema.before != null) {
            schema.before.check(this, new PlanSchema.Fields() {
                @Override
                public boolean isAbsent(String name) {
                    return seen[schema.byName.get(name).index] <= NULL;
                }

                @Override
                public boolean isEmptyArray(String name) {
                    return seen[schema.byName.get(name).index] == EMPTY_ARRAY;
                }
            }, at);
        }
        position = now;
    }

    /**
     * In an array a type takes: moves to its next element.
     *
     * @param at    the array
     * @param index the index of the element to come
     * @return the element (as for {@link Type#read}), or null at the end of the array
     */
    JsonNode element(Ptr at, int index) {
        JsonToken t = next(true);
        if (t == JsonToken.END_ARRAY) {
            depth--;
            return null;
        }
        JsonNode value = value(t);
        checkLength(at, index);
        if (t.isStructStart()) {
            enter(at, null, index);
        }
        return value;
    }

    /** One object or array being passed over. */
    private static final class Open {
        final Ptr at;
        final boolean array;
        String name;
        int count;
        Set<String> names;

        Open(Ptr at, boolean array) {
            this.at = at;
            this.array = array;
        }
    }

    /**
     * Passes over the object or array the parser is at (its start token taken), to its end token,
     * checking it as JSON under the limits all the same. Without recursion: the nesting depth
     * limit may be high.
     */
    private void skip(Ptr at) {
        Deque<Open> open = new ArrayDeque<>();
        open.push(new Open(at, p.currentToken() == JsonToken.START_ARRAY));
        while (!open.isEmpty()) {
            Open o = open.peek();
            JsonToken t = next(o.array);
            switch (t) {
                case END_OBJECT, END_ARRAY -> {
                    open.pop();
                    depth--;
                    continue;
                }
                case FIELD_NAME -> {
                    o.name = currentName();
                    if (repeats && !(o.names = names(o.names)).add(o.name)) {
                        throw new RepeatedKey();
                    }
                    continue;
                }
                default -> {
                    // a value, below
                }
            }
            value(t);
            int index = -1;
            if (o.array) {
                checkLength(o.at, o.count);
                index = o.count++;
            }
            if (t.isStructStart()) {
                enter(o.at, o.array ? null : o.name, index);
                open.push(new Open(o.array ? o.at.index(index) : o.at.field(o.name), t == JsonToken.START_ARRAY));
            }
        }
    }

    // ------------------------------------------------------------------ tokens

    private JsonToken advance() {
        try {
            tokens++;
            return p.nextToken();
        } catch (IOException e) {
            throw JsonStream.failure(p, e);
        }
    }

    /** The next token inside an object or array, which the document must not end in. */
    private JsonToken next(boolean inArray) {
        JsonToken t = advance();
        if (t == null) {
            throw new Failure(JsonStream.path(p), "the document ends too early, inside an "
                    + (inArray ? "array" : "object") + JsonStream.at(p.currentLocation()));
        }
        return t;
    }

    private String currentName() {
        try {
            return p.currentName();
        } catch (IOException e) {
            throw JsonStream.failure(p, e);
        }
    }

    /**
     * The value the parser is at: a scalar read exactly (a string whole, a number as its exact
     * decimal, never through double), an object or array as its stand-in.
     */
    private JsonNode value(JsonToken t) {
        try {
            return switch (t) {
                case START_OBJECT -> AN_OBJECT;
                case START_ARRAY -> AN_ARRAY;
                case VALUE_STRING -> text();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> DecimalNode.valueOf(p.getDecimalValue());
                case VALUE_TRUE -> BooleanNode.TRUE;
                case VALUE_FALSE -> BooleanNode.FALSE;
                case VALUE_NULL -> NullNode.instance;
                default -> throw unexpected(t);
            };
        } catch (IOException e) {
            throw JsonStream.failure(p, e);
        }
    }

    /** The string the parser is at, of a field whose values seldom repeat: not looked up. */
    private JsonNode distinctText() {
        try {
            return TextNode.valueOf(p.getText());
        } catch (IOException e) {
            throw JsonStream.failure(p, e);
        }
    }

    /** The string the parser is at, as the node of the same text read lately when there is one. */
    private TextNode text() throws IOException {
        int length = p.getTextLength();
        if (length == 0 || length > CANONICAL_MAX_LENGTH) {
            return TextNode.valueOf(p.getText());
        }
        char[] chars = p.getTextCharacters();
        int offset = p.getTextOffset();
        int hash = 0;
        for (int i = offset; i < offset + length; i++) {
            hash = 31 * hash + chars[i]; // String.hashCode's
        }
        if (canonical == null) {
            canonical = new TextNode[CANONICAL_SLOTS];
            parsed = new Object[CANONICAL_SLOTS];
            parsedBy = new Type<?>[CANONICAL_SLOTS];
            hashes = new int[CANONICAL_SLOTS];
        }
        int slot = slot(hash);
        TextNode known = canonical[slot];
        if (known != null && hashes[slot] == hash && sameText(known.textValue(), chars, offset, length)) {
            return known;
        }
        TextNode node = TextNode.valueOf(new String(chars, offset, length));
        canonical[slot] = node;
        hashes[slot] = hash;
        parsedBy[slot] = null;
        parsed[slot] = null;
        return node;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 16)) & (CANONICAL_SLOTS - 1);
    }

    private static boolean sameText(String s, char[] chars, int offset, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * @return the value {@code type} read from this same string node before (dates and decimals
     *         written as strings are immutable, so one value serves every place the string is
     *         repeated), or null
     */
    Object memo(Type<?> type, JsonNode n) {
        if (canonical == null || !n.isTextual()) {
            return null;
        }
        int slot = slot(n.textValue().hashCode());
        return canonical[slot] == n && parsedBy[slot] == type ? parsed[slot] : null;
    }

    /** Remembers what {@code type} read from a string node without error, for {@link #memo}. */
    void memo(Type<?> type, JsonNode n, Object value) {
        if (canonical == null || !n.isTextual()) {
            return;
        }
        int slot = slot(n.textValue().hashCode());
        if (canonical[slot] == n) {
            parsedBy[slot] = type;
            parsed[slot] = value;
        }
    }

    private Failure unexpected(JsonToken t) {
        return new Failure(JsonStream.path(p), "unexpected JSON token " + t + JsonStream.at(p.currentTokenLocation()));
    }

    /** Before an element of the array at {@code at} is taken as its {@code index}th. */
    private void checkLength(Ptr at, int index) {
        if (index >= limits.maxArrayLength()) {
            throw new Failure(at.toString(), "the array has more than " + limits.maxArrayLength()
                    + " elements, the limit is " + limits.maxArrayLength());
        }
    }

    /** Opens an object or array: the field {@code name}, or the element {@code index}, of {@code parent}. */
    private void enter(Ptr parent, String name, int index) {
        if (depth + 1 > limits.maxNestingDepth()) {
            Ptr at = name != null ? parent.field(name) : parent.index(index);
            throw new Failure(at.toString(), "objects and arrays are nested more than " + limits.maxNestingDepth()
                    + " levels deep, the limit is " + limits.maxNestingDepth() + JsonStream.at(p.currentTokenLocation()));
        }
        depth++;
    }

    // ------------------------------------------------------------------ whole-document checks

    void key(Field<?, ?> f, String key, Ptr at) {
        Ptr first = keys.computeIfAbsent(f.keySet, k -> new HashMap<>()).putIfAbsent(key, at.frozen());
        if (first != null && f.unique) {
            error(at, "duplicate " + f.keySet + " " + PlanSchema.quoteShort(key) + ": it is already used at " + first);
        }
    }

    void resolveReferences() {
        Map<String, Ptr> counties = keys.getOrDefault(PlanSchema.COUNTY_CODES, Map.of());
        Map<String, Ptr> prefectures = keys.getOrDefault(PlanSchema.PREFECTURE_CODES, Map.of());
        for (Reference r : references) {
            boolean resolved = counties.containsKey(r.code())
                    || (r.target() == RefTarget.COUNTY_OR_PREFECTURE && prefectures.containsKey(r.code()));
            if (!resolved) {
                String expected = r.target() == RefTarget.COUNTY
                        ? "the code of a county listed in counties"
                        : "the code of a county listed in counties or of a prefecture in prefecturePromotions";
                add(new Found(r.position(), order++, r.at(), "expected " + expected + ", found \"" + r.code()
                        + "\", which is not listed"), false);
            }
        }
    }
}
