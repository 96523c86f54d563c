package org.ecrural.kb.mutation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.ecrural.kb.folder.RuleFolder;

/**
 * The equivalent mutants each rule's words list: {@code equivalentMutants: [ {mutant: "<before> ->
 * <after>", why: "…"} ]} under the rule in its section's words file. A listed mutant that survives is
 * reported as equivalent, with its reason, never dropped; one that matches no mutant of its rule is a
 * problem of {@code validate}.
 */
final class EquivalentMutants {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** One listed equivalent mutant: where it is written, its change (whitespace collapsed) and why it is equivalent. */
    record Entry(String file, int line, String change, String why) {
    }

    private EquivalentMutants() {
    }

    /** @return rule id to (change to entry), for every words file of the folder; malformed files are left to validate */
    static Map<String, Map<String, Entry>> read(RuleFolder folder) {
        Map<String, Map<String, Entry>> out = new TreeMap<>();
        folder.wordsFiles().forEach((file, text) -> {
            JsonNode root;
            try {
                root = YAML.readTree(text);
            } catch (IOException e) {
                return;
            }
            if (root == null) {
                return;
            }
            root.path("rules").fields().forEachRemaining(r -> {
                JsonNode list = r.getValue().path("equivalentMutants");
                if (!list.isArray()) {
                    return;
                }
                for (JsonNode e : list) {
                    String mutant = e.path("mutant").asText("");
                    if (mutant.isBlank()) {
                        continue;
                    }
                    String change = Mutator.collapse(mutant);
                    out.computeIfAbsent(r.getKey(), k -> new LinkedHashMap<>())
                            .put(change, new Entry(file, lineOf(text, mutant), change, e.path("why").asText("")));
                }
            });
        });
        return out;
    }

    private static int lineOf(String text, String mutant) {
        int at = text.indexOf(mutant);
        return at < 0 ? 0 : Mutator.line(text, at);
    }
}
