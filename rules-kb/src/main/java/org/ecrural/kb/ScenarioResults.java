package org.ecrural.kb;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What running a rule base's scenarios showed: each scenario's outcome, and each rule's coverage. */
public final class ScenarioResults {
    /** One scenario's outcome. */
    public record Outcome(String file, String name, boolean passed, List<String> failures) {
    }

    /**
     * Whether passing scenarios make a rule fire at least once and stay silent at least once.
     */
    public record Coverage(RuleInfo rule, int fires, int silent) {
        public boolean complete() {
            return fires > 0 && silent > 0;
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();
    private final List<RuleProblem> fileProblems = new ArrayList<>();
    private final Map<String, int[]> counts = new TreeMap<>();
    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    ScenarioResults(List<RuleInfo> rules) {
        rules.forEach(r -> {
            this.rules.put(r.id(), r);
            counts.put(r.id(), new int[2]);
        });
    }

    void fileProblem(String file, String message) {
        fileProblems.add(RuleProblem.of(file, message));
    }

    void add(String file, String name, boolean passed, List<String> failures, List<String> fires, List<String> silent) {
        outcomes.add(new Outcome(file, name, passed, List.copyOf(failures)));
        if (passed) {
            fires.forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[0]++);
            silent.forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[1]++);
        }
    }

    /** @return every scenario's outcome, in file order */
    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    /** @return whether every scenario file was readable and every scenario passed */
    public boolean passed() {
        return fileProblems.isEmpty() && outcomes.stream().allMatch(Outcome::passed);
    }

    /** @return each rule's coverage, by rule id */
    public List<Coverage> coverage() {
        List<Coverage> list = new ArrayList<>();
        rules.values().stream().sorted().forEach(r -> {
            int[] c = counts.get(r.id());
            list.add(new Coverage(r, c[0], c[1]));
        });
        return list;
    }

    /** @return whether every rule fires in some passing scenario and stays silent in another */
    public boolean fullyCovered() {
        return coverage().stream().allMatch(Coverage::complete);
    }

    /** @return each clause key with whether every rule citing it is covered */
    public Map<String, Boolean> clauseCoverage() {
        Map<String, Boolean> map = new TreeMap<>(java.util.Comparator.comparingInt(ClauseKeys.ALL::indexOf));
        for (Coverage c : coverage()) {
            for (String key : c.rule().clause().split(",")) {
                map.merge(key.trim(), c.complete(), Boolean::logicalAnd);
            }
        }
        return map;
    }

    /** @return failures as problems with the scenario file they are in */
    public List<RuleProblem> problems() {
        List<RuleProblem> list = new ArrayList<>(fileProblems);
        for (Outcome o : outcomes) {
            for (String f : o.failures()) {
                list.add(RuleProblem.of(o.file(), "scenario \"" + o.name() + "\": " + f));
            }
        }
        return list;
    }

    /** @return the results as text: failures, then the coverage of each rule and each clause */
    public String render() {
        StringBuilder out = new StringBuilder();
        long passed = outcomes.stream().filter(Outcome::passed).count();
        out.append("Scenarios: ").append(passed).append(" passed, ").append(outcomes.size() - passed).append(" failed\n");
        for (RuleProblem p : problems()) {
            out.append("  FAIL ").append(p).append('\n');
        }
        out.append("\nRule coverage (fires / stays silent in passing scenarios):\n");
        for (Coverage c : coverage()) {
            out.append(String.format("  %-4s %-32s %-14s fires %-3d silent %-3d%n", c.complete() ? "ok" : "GAP",
                    c.rule().id(), c.rule().clause(), c.fires(), c.silent()));
        }
        out.append("\nClause coverage:\n");
        clauseCoverage().forEach((k, v) -> out.append(String.format("  %-4s %s%n", v ? "ok" : "GAP", k)));
        long covered = coverage().stream().filter(Coverage::complete).count();
        out.append(String.format("%nCovered: %d of %d rules%n", covered, coverage().size()));
        return out.toString();
    }
}
