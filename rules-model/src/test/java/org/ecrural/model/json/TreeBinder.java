package org.ecrural.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanSchema.Field;
import org.ecrural.model.json.PlanSchema.ListOf;
import org.ecrural.model.json.PlanSchema.Obj;
import org.ecrural.model.json.PlanSchema.Schema;
import org.ecrural.model.json.PlanSchema.Type;

/**
 * The reader's former second half, kept as a test oracle: walks a whole {@link JsonTree} depth
 * first, in document order, binding it along {@link PlanSchema} as the reader did before it
 * streamed (scalars through the schema's own types, errors into a {@link Binder}'s list, so that
 * they are ordered and capped alike).
 */
final class TreeBinder {

    private final Binder b = new Binder(null, Limits.DEFAULT, false);

    /** Reads {@code text} as the former reader did under {@code limits}: the whole tree first, then the binding. */
    static PlanDocument read(String text, Limits limits) {
        char[] chars = text.toCharArray();
        return read(chars, 0, chars.length, limits);
    }

    /** Reads {@code text[offset..offset+length)} as the former reader did under {@code limits}. */
    static PlanDocument read(char[] text, int offset, int length, Limits limits) {
        ObjectNode root = new JsonTree(limits).parse(text, offset, length);
        TreeBinder binder = new TreeBinder();
        PlanDocument doc = binder.bind(root);
        if (doc == null) {
            throw new PlanInputException(binder.b.errors());
        }
        return doc;
    }

    private PlanDocument bind(ObjectNode root) {
        PlanDocument doc = bindObject(PlanSchema.DOCUMENT, root, Ptr.ROOT);
        b.resolveReferences();
        return b.errors().isEmpty() ? doc : null;
    }

    private static boolean isAbsent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    private <T> T bindObject(Schema<T> schema, ObjectNode n, Ptr at) {
        T target = schema.create.get();
        for (Field<T, ?> f : schema.fields) {
            if (f.required && isAbsent(n.get(f.name))) {
                b.error(at.field(f.name), "required field \"" + f.name + "\" is "
                        + (n.get(f.name) == null ? "missing" : "null"));
            }
        }
        if (schema.before != null) {
            schema.before.check(b, new PlanSchema.Fields() {
                @Override
                public boolean isAbsent(String name) {
                    return TreeBinder.isAbsent(n.get(name));
                }

                @Override
                public boolean isEmptyArray(String name) {
                    return n.get(name) != null && n.get(name).isArray() && n.get(name).isEmpty();
                }
            }, at);
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            b.tick();
            String name = e.getKey();
            JsonNode value = e.getValue();
            Field<T, ?> f = schema.byName.get(name);
            if (f == null) {
                String near = PlanSchema.closest(name, schema.byName.keySet());
                b.error(at.field(name), "unknown field " + PlanSchema.quoteShort(name)
                        + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                        + "; allowed fields: " + schema.allowed);
            } else if (!isAbsent(value) && !(f.blankIsAbsent && value.isTextual() && value.textValue().isBlank())) {
                Ptr here = at.field(name);
                Object v = readInto(f, target, value, here);
                if (v != null && f.keySet != null) {
                    b.key(f, v.toString(), here);
                }
            }
        }
        b.tick();
        if (schema.after != null) {
            schema.after.check(b, target, at);
        }
        return target;
    }

    private <T, V> V readInto(Field<T, V> f, T target, JsonNode n, Ptr at) {
        V v = read(f.type, n, at);
        if (v != null) {
            f.setter.accept(target, v);
        }
        return v;
    }

    @SuppressWarnings("unchecked")
    private <V> V read(Type<V> type, JsonNode n, Ptr at) {
        if (type instanceof ListOf<?> list) {
            if (!n.isArray()) {
                b.error(at, "expected an array, found " + PlanSchema.describe(n));
                return null;
            }
            List<Object> values = new ArrayList<>(n.size());
            for (int i = 0; i < n.size(); i++) {
                b.tick();
                Object x = read(list.element, n.get(i), at.index(i));
                if (x != null) {
                    values.add(x);
                }
            }
            return (V) values;
        }
        if (type instanceof Obj<?> obj) {
            if (!n.isObject()) {
                b.error(at, "expected an object, found " + PlanSchema.describe(n));
                return null;
            }
            return (V) bindObject(obj.schema, (ObjectNode) n, at);
        }
        return type.read(b, n, at); // a scalar type reads its node and reports through b alone
    }
}
