package org.ecrural.kb.mutation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What mutation testing showed, per rule: how many mutants, how many the scenarios noticed, and
 * each that none noticed (in the rule's own words, at file:line), each listed equivalent, each that
 * did not compile or crashed the engine. Output is the same for the same folder, byte for byte
 * (the elapsed time is not part of it).
 */
public final class MutationReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String origin;
    private final List<String> ruleOrder;
    private final List<MutantResult> results;
    private final Map<String, Map<String, EquivalentMutants.Entry>> equivalents;
    private final List<String> staleEquivalents;
    private final long millis;

    MutationReport(String origin, List<String> ruleOrder, List<MutantResult> results,
                   Map<String, Map<String, EquivalentMutants.Entry>> equivalents, List<String> staleEquivalents, long millis) {
        this.origin = origin;
        this.ruleOrder = List.copyOf(ruleOrder);
        this.results = List.copyOf(results);
        this.equivalents = equivalents;
        this.staleEquivalents = List.copyOf(staleEquivalents);
        this.millis = millis;
    }

    /** @return every mutant's result, in mutant order */
    public List<MutantResult> results() {
        return results;
    }

    /** @return the results with that status */
    public List<MutantResult> with(MutantResult.Status status) {
        return results.stream().filter(r -> r.status() == status).toList();
    }

    /** @return a problem for each listed equivalent mutant that matches no mutant of its rule */
    public List<String> staleEquivalents() {
        return staleEquivalents;
    }

    /** @return how long the run took, in milliseconds */
    public long millis() {
        return millis;
    }

    /** @return whether every mutant was killed, listed as equivalent, pinned or did not compile, and no listed equivalent is stale */
    public boolean passed() {
        return results.stream().noneMatch(MutantResult::fails) && staleEquivalents.isEmpty();
    }

    private Map<String, List<MutantResult>> byRule() {
        Map<String, List<MutantResult>> out = new LinkedHashMap<>();
        ruleOrder.forEach(id -> out.put(id, new ArrayList<>()));
        results.forEach(r -> out.computeIfAbsent(r.mutant().ruleId(), k -> new ArrayList<>()).add(r));
        out.values().removeIf(List::isEmpty);
        return out;
    }

    private static Map<MutantResult.Status, Integer> counts(List<MutantResult> rs) {
        Map<MutantResult.Status, Integer> c = new EnumMap<>(MutantResult.Status.class);
        for (MutantResult.Status s : MutantResult.Status.values()) {
            c.put(s, 0);
        }
        rs.forEach(r -> c.merge(r.status(), 1, Integer::sum));
        return c;
    }

    /** @return the report as text: a block per rule, then a summary line */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("Mutation testing of ").append(origin).append('\n');
        for (Map.Entry<String, List<MutantResult>> e : byRule().entrySet()) {
            List<MutantResult> rs = e.getValue();
            Map<MutantResult.Status, Integer> c = counts(rs);
            out.append('\n').append(e.getKey()).append(" (").append(rs.get(0).mutant().section()).append("): ")
                    .append(rs.size()).append(" mutants, ").append(c.get(MutantResult.Status.KILLED)).append(" killed, ")
                    .append(c.get(MutantResult.Status.SURVIVED)).append(" survived, ")
                    .append(c.get(MutantResult.Status.EQUIVALENT)).append(" equivalent, ")
                    .append(c.get(MutantResult.Status.PINNED)).append(" pinned, ")
                    .append(c.get(MutantResult.Status.NOT_COMPILED)).append(" not compiled, ")
                    .append(c.get(MutantResult.Status.CRASHED)).append(" crashed\n");
            for (MutantResult.Status s : List.of(MutantResult.Status.SURVIVED, MutantResult.Status.CRASHED,
                    MutantResult.Status.EQUIVALENT, MutantResult.Status.PINNED, MutantResult.Status.NOT_COMPILED)) {
                for (MutantResult r : rs) {
                    if (r.status() != s) {
                        continue;
                    }
                    out.append("  ").append(label(s)).append(' ').append(r.mutant().description());
                    if (!r.detail().isEmpty() && s != MutantResult.Status.SURVIVED) {
                        out.append("\n      ").append(s == MutantResult.Status.EQUIVALENT ? "why: " : "").append(r.detail());
                    }
                    out.append('\n');
                }
            }
        }
        staleEquivalents.forEach(p -> out.append('\n').append("stale equivalent: ").append(p));
        if (!staleEquivalents.isEmpty()) {
            out.append('\n');
        }
        out.append('\n').append(summary()).append('\n');
        return out.toString();
    }

    private static String label(MutantResult.Status s) {
        return switch (s) {
            case SURVIVED -> "survived:    ";
            case CRASHED -> "crashed:     ";
            case EQUIVALENT -> "equivalent:  ";
            case PINNED -> "pinned:      ";
            case NOT_COMPILED -> "not compiled:";
            case KILLED -> "killed:      ";
        };
    }

    /** @return one line: every count over all rules */
    public String summary() {
        Map<MutantResult.Status, Integer> c = counts(results);
        int judged = results.size() - c.get(MutantResult.Status.EQUIVALENT) - c.get(MutantResult.Status.PINNED)
                - c.get(MutantResult.Status.NOT_COMPILED);
        String score = judged == 0 ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", 100.0 * c.get(MutantResult.Status.KILLED) / judged);
        return results.size() + " mutants of " + byRule().size() + " rules: " + c.get(MutantResult.Status.KILLED) + " killed ("
                + score + " of those that count), " + c.get(MutantResult.Status.SURVIVED) + " survived, "
                + c.get(MutantResult.Status.EQUIVALENT) + " equivalent, " + c.get(MutantResult.Status.PINNED) + " pinned, "
                + c.get(MutantResult.Status.NOT_COMPILED) + " not compiled, " + c.get(MutantResult.Status.CRASHED) + " crashed";
    }

    /** @return the report as JSON: per rule its counts and mutants (key, file, line, kind, before, after, status, detail) */
    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("origin", origin);
        ArrayNode rules = root.putArray("rules");
        for (Map.Entry<String, List<MutantResult>> e : byRule().entrySet()) {
            ObjectNode r = rules.addObject();
            r.put("rule", e.getKey());
            r.put("section", e.getValue().get(0).mutant().section());
            ObjectNode counts = r.putObject("counts");
            counts(e.getValue()).forEach((s, n) -> counts.put(s.name(), n));
            ArrayNode ms = r.putArray("mutants");
            for (MutantResult m : e.getValue()) {
                ObjectNode o = ms.addObject();
                o.put("key", m.mutant().key());
                o.put("file", m.mutant().file());
                o.put("line", m.mutant().line());
                o.put("kind", m.mutant().kind().name());
                o.put("before", m.mutant().before());
                o.put("after", m.mutant().after());
                o.put("status", m.status().name());
                if (!m.detail().isEmpty()) {
                    o.put("detail", m.detail());
                }
            }
        }
        ArrayNode stale = root.putArray("staleEquivalents");
        staleEquivalents.forEach(stale::add);
        root.put("summary", summary());
        root.put("passed", passed());
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return one line per surviving mutant: {@code RULE-ID <TAB> section <TAB> key <TAB> description} */
    public String survivorLines() {
        StringBuilder out = new StringBuilder();
        for (MutantResult r : with(MutantResult.Status.SURVIVED)) {
            out.append(r.mutant().ruleId()).append('\t').append(r.mutant().section()).append('\t').append(r.mutant().key())
                    .append('\t').append(r.mutant().description()).append('\n');
        }
        return out.toString();
    }
}
