package org.ecrural.model.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanSchema.Field;
import org.ecrural.model.json.PlanSchema.RefTarget;
import org.ecrural.model.json.PlanSchema.Schema;

/**
 * Walks a parsed document depth first, in document order, binding it to the fact classes along
 * {@link PlanSchema} and collecting every error. Checks that need the whole document (references
 * to counties) run after the walk and are put back at the position of the value they concern.
 */
final class Binder {

    /** An error with its place in the walk: the ordinal of the node, then the order found. */
    private record Found(int position, int order, InputError error) {
    }

    /** A code that must resolve once the whole document is read. */
    private record Reference(Ptr at, String code, RefTarget target, int position) {
    }

    /** The most errors listed; past it they are counted and summed up in one last error at {@code /}. */
    static final int MAX_ERRORS = 10_000;

    private final List<Found> errors = new ArrayList<>();
    private int unlisted;
    private final List<Reference> references = new ArrayList<>();
    /** key set name, then key, then where it was first seen */
    private final Map<String, Map<String, Ptr>> keys = new HashMap<>();
    private int position;

    /**
     * Binds a whole document.
     *
     * @return the document, or null when errors were found (see {@link #errors()})
     */
    PlanDocument bind(ObjectNode root) {
        PlanDocument doc = bindObject(PlanSchema.DOCUMENT, root, Ptr.ROOT);
        resolveReferences();
        return errors.isEmpty() && unlisted == 0 ? doc : null;
    }

    /** @return the errors found, in document order */
    List<InputError> errors() {
        List<InputError> sorted = new ArrayList<>(errors.stream()
                .sorted(Comparator.comparingInt(Found::position).thenComparingInt(Found::order))
                .map(Found::error)
                .toList());
        if (unlisted > 0) {
            sorted.add(new InputError("/", "and " + unlisted + " more errors, not listed (at most " + MAX_ERRORS
                    + " are listed)"));
        }
        return sorted;
    }

    /** Moves the walk on by one node. */
    void tick() {
        position++;
    }

    void error(Ptr at, String message) {
        add(position, at, message);
    }

    private void add(int where, Ptr at, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new Found(where, errors.size(), new InputError(at.toString(), message)));
        } else {
            unlisted++;
        }
    }

    void reference(Ptr at, String code, RefTarget target) {
        references.add(new Reference(at, code, target, position));
    }

    /** Whether a field is absent: missing, or a JSON null. */
    static boolean isAbsent(JsonNode n) {
        return n == null || n.isNull() || n.isMissingNode();
    }

    <T> T bindObject(Schema<T> schema, ObjectNode n, Ptr at) {
        T target = schema.create.get();
        for (Field<T, ?> f : schema.fields) {
            if (f.required && isAbsent(n.get(f.name))) {
                error(at.field(f.name), "required field \"" + f.name + "\" is "
                        + (n.get(f.name) == null ? "missing" : "null"));
            }
        }
        if (schema.before != null) {
            schema.before.check(this, n, at);
        }
        for (Map.Entry<String, JsonNode> e : n.properties()) {
            tick();
            String name = e.getKey();
            JsonNode value = e.getValue();
            Field<T, ?> f = schema.byName.get(name);
            if (f == null) {
                String near = PlanSchema.closest(name, schema.byName.keySet());
                error(at.field(name), "unknown field " + PlanSchema.quoteShort(name)
                        + (near == null ? "" : " (did you mean \"" + near + "\"?)")
                        + "; allowed fields: " + schema.allowed);
            } else if (!isAbsent(value) && !(f.blankIsAbsent && value.isTextual() && value.textValue().isBlank())) {
                Ptr here = at.field(name);
                Object v = f.readInto(this, target, value, here);
                if (v != null && f.keySet != null) {
                    key(f, v.toString(), here);
                }
            }
        }
        tick();
        if (schema.after != null) {
            schema.after.check(this, target, at);
        }
        return target;
    }

    private void key(Field<?, ?> f, String key, Ptr at) {
        Ptr first = keys.computeIfAbsent(f.keySet, k -> new HashMap<>()).putIfAbsent(key, at);
        if (first != null && f.unique) {
            error(at, "duplicate " + f.keySet + " " + PlanSchema.quoteShort(key) + ": it is already used at " + first);
        }
    }

    private void resolveReferences() {
        Map<String, Ptr> counties = keys.getOrDefault(PlanSchema.COUNTY_CODES, Map.of());
        Map<String, Ptr> prefectures = keys.getOrDefault(PlanSchema.PREFECTURE_CODES, Map.of());
        for (Reference r : references) {
            boolean found = counties.containsKey(r.code())
                    || (r.target() == RefTarget.COUNTY_OR_PREFECTURE && prefectures.containsKey(r.code()));
            if (!found) {
                String expected = r.target() == RefTarget.COUNTY
                        ? "the code of a county listed in counties"
                        : "the code of a county listed in counties or of a prefecture in prefecturePromotions";
                add(r.position(), r.at(), "expected " + expected + ", found \"" + r.code() + "\", which is not listed");
            }
        }
    }
}
