package org.ecrural.model.json;

/** A JSON Pointer built one step at a time and turned into text only when an error needs it. */
final class Ptr {

    static final Ptr ROOT = new Ptr(null, null, -1);

    private final Ptr parent;
    private final String name;
    private final int index;

    private Ptr(Ptr parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    Ptr field(String fieldName) {
        return new Ptr(this, fieldName, -1);
    }

    Ptr index(int i) {
        return new Ptr(this, null, i);
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
