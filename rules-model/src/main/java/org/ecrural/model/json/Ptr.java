package org.ecrural.model.json;

/**
 * A JSON Pointer built one step at a time and turned into text only when an error needs it.
 *
 * <p>Most places of a document are never named: their value is read and nothing goes wrong. So
 * that a large document does not make a pointer per value, an object or array being read moves
 * one <em>cursor</em> from field to field (element to element) instead; whatever keeps a place
 * beyond the moment (an error, a reference to resolve, a key) keeps {@link #frozen()}, which
 * never changes.
 */
final class Ptr {

    static final Ptr ROOT = new Ptr(null, null, -1, false);

    private final Ptr parent;
    private String name;
    private int index;
    /** whether {@link #at} moves this pointer */
    private final boolean cursor;
    /** whether neither this nor any parent is a cursor */
    private final boolean stable;
    /** the frozen copy of a cursor at its current place, made on first need */
    private Ptr frozen;

    private Ptr(Ptr parent, String name, int index, boolean cursor) {
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.cursor = cursor;
        this.stable = !cursor && (parent == null || parent.stable);
    }

    Ptr field(String fieldName) {
        return new Ptr(this, fieldName, -1, false);
    }

    Ptr index(int i) {
        return new Ptr(this, null, i, false);
    }

    /** @return a cursor under this pointer, to be placed with {@link #at(String)} or {@link #at(int)} */
    Ptr cursor() {
        return new Ptr(this, null, -1, true);
    }

    /** Moves this cursor to the field {@code fieldName} of its parent; returns it. */
    Ptr at(String fieldName) {
        if (!cursor) {
            throw new IllegalStateException("not a cursor");
        }
        name = fieldName;
        index = -1;
        frozen = null;
        return this;
    }

    /** Moves this cursor to the element {@code i} of its parent; returns it. */
    Ptr at(int i) {
        if (!cursor) {
            throw new IllegalStateException("not a cursor");
        }
        name = null;
        index = i;
        frozen = null;
        return this;
    }

    /** @return this place as a pointer that never changes (this one, when no cursor is in its path) */
    Ptr frozen() {
        if (stable) {
            return this;
        }
        if (!cursor) {
            return new Ptr(parent.frozen(), name, index, false);
        }
        if (frozen == null) {
            frozen = new Ptr(parent.frozen(), name, index, false);
        }
        return frozen;
    }

    /** @return the pointer text; {@code /} for the root */
    @Override
    public String toString() {
        if (parent == null) {
            return "/";
        }
        java.util.ArrayDeque<Ptr> steps = new java.util.ArrayDeque<>();
        for (Ptr p = this; p.parent != null; p = p.parent) {
            steps.push(p);
        }
        StringBuilder sb = new StringBuilder();
        for (Ptr p : steps) {
            sb.append('/');
            if (p.name != null) {
                sb.append(escape(p.name));
            } else {
                sb.append(p.index);
            }
        }
        return sb.toString();
    }

    /** Escapes one reference token (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}). */
    static String escape(String token) {
        if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
            return token;
        }
        return token.replace("~", "~0").replace("/", "~1");
    }
}
