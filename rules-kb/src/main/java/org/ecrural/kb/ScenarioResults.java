package org.ecrural.kb;

import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
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
    /** per passing scenario: the rules it covers (fires or stays silent) and the parameters it pins */
    private final List<Run> runs = new ArrayList<>();
    private final List<String> parameterWarnings = new ArrayList<>();

    private record Run(java.util.Set<String> covers, java.util.Set<String> pinned) {
    }

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
        add(file, name, passed, failures, fires, silent, java.util.Set.of());
    }

    void add(String file, String name, boolean passed, List<String> failures, List<String> fires, List<String> silent,
             java.util.Set<String> pinned) {
        outcomes.add(new Outcome(file, name, passed, List.copyOf(failures)));
        if (passed) {
            fires.forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[0]++);
            silent.forEach(id -> counts.computeIfAbsent(id, k -> new int[2])[1]++);
            java.util.Set<String> covers = new java.util.TreeSet<>(fires);
            covers.addAll(silent);
            runs.add(new Run(covers, java.util.Set.copyOf(pinned)));
        }
    }

    /**
     * Flags each parameter whose value the folder changed (from, to) that no passing scenario
     * exercises at its new value: none that leaves it unpinned covers a rule reading it.
     *
     * @param readers for each changed parameter, the ids of the rules whose DRL reads it
     */
    void checkChangedParameters(Map<String, String[]> changed, Map<String, java.util.Set<String>> readers) {
        changed.forEach((name, fromTo) -> {
            java.util.Set<String> reading = readers.getOrDefault(name, java.util.Set.of());
            boolean exercised = runs.stream().anyMatch(r -> !r.pinned().contains(name)
                    && r.covers().stream().anyMatch(reading::contains));
            if (!exercised) {
                parameterWarnings.add("parameter " + name + " changed from " + fromTo[0] + " to " + fromTo[1]
                        + "; no scenario exercises it at " + fromTo[1]
                        + (reading.isEmpty() ? " (no rule reads it by name)"
                        : " (rules reading it: " + String.join(", ", reading) + "; add a scenario that does not pin it)"));
            }
        });
    }

    /** @return one line per changed parameter that no scenario exercises at its new value (see {@code validate}) */
    public List<String> parameterWarnings() {
        return List.copyOf(parameterWarnings);
    }

    /**
     * @return one line per coverage gap: a rule without a passing scenario in which it fires or
     *         one in which it stays silent, then a clause key cited by a rule that is not covered
     */
    public List<String> gaps() {
        List<String> list = new ArrayList<>();
        for (Coverage c : coverage()) {
            if (c.fires() == 0) {
                list.add("coverage gap: rule " + c.rule().id() + " has no passing scenario in which it fires");
            }
            if (c.silent() == 0) {
                list.add("coverage gap: rule " + c.rule().id() + " has no passing scenario in which it stays silent");
            }
        }
        clauseCoverage().forEach((key, covered) -> {
            if (!covered) {
                list.add("coverage gap: clause " + key + " is cited by a rule that is not covered");
            }
        });
        return list;
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
        // the notice's keys in its order, then any other key (a folder's local clause) by name
        Map<String, Boolean> map = new TreeMap<>(java.util.Comparator
                .comparingInt((String k) -> ClauseKeys.ALL.contains(k) ? ClauseKeys.ALL.indexOf(k) : ClauseKeys.ALL.size())
                .thenComparing(java.util.Comparator.naturalOrder()));
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
