package org.ecrural.kb.edition;

import org.ecrural.kb.report.RuleProblem;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The editions a rule base holds: its base edition ({@code edition.json}) and the overlays of
 * {@code editions/NAME.json}, each naming the edition it extends and giving only the parameters
 * it changes (and, optionally, {@code excludeRules}: the ids of rules that do not apply in it,
 * added to those of the edition it extends). Immutable.
 *
 * <pre>{@code
 * {"edition": "2018-甘肃", "extends": "2018",
 *  "parameters": {"upwardMinShare": {"value": "0.60", "note": "..."}},
 *  "excludeRules": []}
 * }</pre>
 *
 * <p>Internal: public only for the engine and the rule-folder reader; not for hosts.
 */
public final class Editions {
    /** The folder of a rule folder that holds the overlays, one {@code NAME.json} each. */
    public static final String DIR = "editions";
    private static final Set<String> OVERLAY_KEYS = Set.of("edition", "extends", "year", "notice", "parameters", "excludeRules");

    private final EditionParameters base;
    private final Map<String, EditionParameters> byName;

    private Editions(EditionParameters base, Map<String, EditionParameters> byName) {
        this.base = base;
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** @return the base edition alone */
    public static Editions of(EditionParameters base) {
        return new Editions(base, Map.of(base.getEdition(), base));
    }

    /** @return the file of an overlay in a rule folder, e.g. {@code editions/2018-甘肃.json} */
    public static String file(String name) {
        return DIR + "/" + name + ".json";
    }

    /**
     * Reads the base edition and resolves every overlay against the edition it extends.
     *
     * @param overlays overlay name (its file name without {@code .json}) to the file's text
     * @return the editions that resolved (the base and every good overlay), or null when the base
     *         edition cannot be read; every problem is added to problems, and any problem means
     *         the rule base must not be used
     */
    public static Editions read(String baseText, String baseFile, Map<String, String> overlays, List<RuleProblem> problems) {
        byte[] baseBytes = baseText.getBytes(StandardCharsets.UTF_8);
        ObjectNode baseTree;
        EditionParameters base;
        try {
            baseTree = EditionParameters.tree(baseBytes, baseFile);
            base = EditionParameters.fromTree(baseTree, baseFile, EditionParameters.origins(baseBytes, baseFile));
        } catch (EditionParameters.InvalidParametersException e) {
            problems.addAll(e.located());
            return null;
        }
        Resolver r = new Resolver(overlays, problems);
        r.trees.put(base.getEdition(), baseTree);
        r.origins.put(base.getEdition(), EditionParameters.origins(baseBytes, baseFile));
        r.resolved.put(base.getEdition(), base);
        for (String name : new TreeSet<>(overlays.keySet())) {
            if (name.equals(base.getEdition())) {
                problems.add(RuleProblem.of(file(name), "names the base edition " + name + " of " + baseFile
                        + "; an overlay needs a name of its own"));
                continue;
            }
            r.resolve(name);
        }
        return new Editions(base, r.resolved);
    }

    /** Resolves overlays depth first, each once, refusing a cycle. */
    private static final class Resolver {
        final Map<String, String> texts;
        final List<RuleProblem> problems;
        final Map<String, ObjectNode> trees = new HashMap<>();
        final Map<String, Map<String, EditionParameters.Origin>> origins = new HashMap<>();
        final Map<String, EditionParameters> resolved = new LinkedHashMap<>();
        final Set<String> failed = new java.util.HashSet<>();
        final Set<String> resolving = new LinkedHashSet<>();

        Resolver(Map<String, String> texts, List<RuleProblem> problems) {
            this.texts = texts;
            this.problems = problems;
        }

        /** @return whether the edition resolved */
        boolean resolve(String name) {
            if (resolved.containsKey(name)) {
                return true;
            }
            if (failed.contains(name)) {
                return false;
            }
            String file = file(name);
            if (!resolving.add(name)) {
                problems.add(RuleProblem.of(file, "extends itself through " + String.join(" → ", resolving) + " → " + name));
                failed.add(name);
                return false;
            }
            try {
                boolean ok = overlay(name, file);
                if (!ok) {
                    failed.add(name);
                }
                return ok;
            } finally {
                resolving.remove(name);
            }
        }

        private boolean overlay(String name, String file) {
            byte[] bytes = texts.get(name).getBytes(StandardCharsets.UTF_8);
            ObjectNode tree;
            try {
                tree = EditionParameters.tree(bytes, file);
            } catch (EditionParameters.InvalidParametersException e) {
                problems.addAll(e.located());
                return false;
            }
            Map<String, EditionParameters.Origin> at = EditionParameters.origins(bytes, file);
            int before = problems.size();
            tree.fieldNames().forEachRemaining(k -> {
                if (!OVERLAY_KEYS.contains(k)) {
                    problems.add(RuleProblem.of(file, "unknown field \"" + k + "\"; an overlay has "
                            + String.join(", ", new TreeSet<>(OVERLAY_KEYS))));
                }
            });
            JsonNode named = tree.path("edition");
            if (!named.isMissingNode() && !name.equals(named.asText())) {
                problems.add(RuleProblem.of(file, "names edition \"" + named.asText() + "\", but its file name says " + name));
            }
            JsonNode parentNode = tree.path("extends");
            if (!parentNode.isTextual()) {
                problems.add(RuleProblem.of(file, "\"extends\" must name the edition it overlays, such as \"2018\""));
                return false;
            }
            String parentName = parentNode.textValue();
            if (!trees.containsKey(parentName) && !texts.containsKey(parentName)) {
                problems.add(RuleProblem.of(file, "extends edition " + parentName + ", which this rule base does not hold"
                        + didYouMean(parentName, allNames()) + "; it holds " + String.join(", ", allNames())));
                return false;
            }
            if (!resolve(parentName)) {
                problems.add(RuleProblem.of(file, "extends edition " + parentName + ", which cannot be used"));
                return false;
            }
            ObjectNode merged = trees.get(parentName).deepCopy();
            Map<String, EditionParameters.Origin> mergedAt = new HashMap<>(origins.get(parentName));
            merged.put("edition", name);
            merged.put("extends", parentName);
            for (String k : List.of("year", "notice")) {
                if (tree.has(k)) {
                    merged.set(k, tree.get(k));
                }
            }
            JsonNode ex = tree.path("excludeRules");
            if (!ex.isMissingNode()) {
                ArrayNode all = merged.path("excludeRules").isArray() ? (ArrayNode) merged.get("excludeRules").deepCopy()
                        : merged.arrayNode();
                if (ex.isArray()) {
                    all.addAll((ArrayNode) ex);
                    merged.set("excludeRules", all);
                } else {
                    merged.set("excludeRules", ex); // reported by the reader
                }
            }
            JsonNode params = tree.path("parameters");
            if (!params.isMissingNode() && !params.isObject()) {
                problems.add(RuleProblem.of(file, "parameters must be an object of parameter name to {value, note, clause}"));
            }
            ObjectNode parentParams = (ObjectNode) merged.path("parameters");
            params.fields().forEachRemaining(e -> {
                EditionParameters.Origin o = at.get(e.getKey());
                int line = o == null ? 0 : o.line();
                JsonNode was = parentParams.get(e.getKey());
                if (was == null || !was.isObject()) {
                    problems.add(new RuleProblem(file, line, 0, "parameter " + e.getKey() + " is not a parameter of edition "
                            + parentName + didYouMean(e.getKey(), fieldNames(parentParams))
                            + "; an overlay changes parameters, it adds none"));
                    return;
                }
                if (!e.getValue().isObject()) {
                    problems.add(new RuleProblem(file, line, 0, "parameter " + e.getKey()
                            + " must be an object such as {\"value\": ...}"));
                    return;
                }
                JsonNode type = e.getValue().path("type");
                if (!type.isMissingNode() && !type.equals(was.path("type"))) {
                    problems.add(new RuleProblem(file, line, 0, "parameter " + e.getKey() + " is a " + was.path("type").asText()
                            + " in edition " + parentName + "; an overlay cannot change its type"));
                    return;
                }
                ObjectNode copy = ((ObjectNode) was).deepCopy();
                copy.setAll((ObjectNode) e.getValue());
                parentParams.set(e.getKey(), copy);
                mergedAt.put(e.getKey(), o == null ? new EditionParameters.Origin(file, 0) : o);
            });
            if (problems.size() > before) {
                return false;
            }
            try {
                resolved.put(name, EditionParameters.fromTree(merged, file, mergedAt));
            } catch (EditionParameters.InvalidParametersException e) {
                problems.addAll(e.located());
                return false;
            }
            trees.put(name, merged);
            origins.put(name, mergedAt);
            return true;
        }

        private Set<String> allNames() {
            Set<String> names = new TreeSet<>(trees.keySet());
            names.addAll(texts.keySet());
            return names;
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    /** @return " (did you mean X?)" for the nearest candidate within a third of the word's length, else "" */
    public static String didYouMean(String word, java.util.Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), c.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(1, word.length() / 3)
                ? " (did you mean " + best + "?)" : "";
    }

    private static int distance(String a, String b) {
        return org.ecrural.model.Spelling.distance(a, b);
    }

    /** @return the base edition (edition.json) */
    public EditionParameters base() {
        return base;
    }

    /** @return the edition of that name, or null */
    public EditionParameters get(String name) {
        return byName.get(name);
    }

    /** @return every edition's name, sorted */
    public Set<String> names() {
        return byName.keySet();
    }
}
