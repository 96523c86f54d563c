package org.ecrural.kb.mutation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.ecrural.kb.folder.RuleFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MutationTestingTest {
    private static final String RULE = "ELIG-NOT-SUPPORTED-BEFORE";
    private static final String BOUNDARY = "supportedInYear < $year -> supportedInYear <= $year";

    @TempDir
    Path dir;

    @Test
    void mutatesConditionsInTheRulesOwnWordsWithKeysThatDoNotDependOnLines() throws Exception {
        List<Mutant> mutants = Mutator.mutants(RuleFolder.builtIn(), Set.of(RULE));
        assertThat(mutants).extracting(Mutant::change).contains(BOUNDARY,
                "supportedInYear != null -> supportedInYear == null",
                "exists Nomination(county == $code) -> not Nomination(county == $code)",
                "Nomination(county == $code) -> Nomination()");
        Mutant boundary = mutants.stream().filter(m -> m.change().equals(BOUNDARY)).findFirst().orElseThrow();
        assertThat(boundary.description()).matches("eligibility\\.drl:\\d+  supportedInYear < \\$year  ->  supportedInYear <= \\$year");
        assertThat(boundary.key()).isEqualTo(RULE + " | COMPARISON | " + BOUNDARY + " | #0");

        // the same folder with lines added above the rule: same keys, other lines
        RuleFolder.builtIn().writeTo(dir);
        Path drl = dir.resolve("eligibility.drl");
        Files.writeString(drl, "// one\n// two\n" + Files.readString(drl));
        List<Mutant> moved = Mutator.mutants(RuleFolder.read(dir), Set.of(RULE));
        assertThat(moved).extracting(Mutant::key).isEqualTo(mutants.stream().map(Mutant::key).toList());
        assertThat(moved.get(0).line()).isEqualTo(mutants.get(0).line() + 2);
    }

    @Test
    void neverChangesAStringOrAComment() throws Exception {
        RuleFolder.builtIn().writeTo(dir);
        Path drl = dir.resolve("service-system.drl");
        String text = Files.readString(drl);
        int when = text.indexOf("when", text.indexOf("\nrule "));
        Files.writeString(drl, text.substring(0, when + 4) + "\n    // a < b && c == d, not exists\n    /* x >= y || z */\n"
                + text.substring(when + 4));
        List<Mutant> mutants = Mutator.mutants(RuleFolder.read(dir), Set.of());
        assertThat(mutants).noneMatch(m -> m.before().contains("a < b") || m.before().contains("x >= y"));
        String withString = "rule \"R\"\nwhen\n    $p : org.ecrural.model.ProjectItem(name == \"a < b, c\", id != null)\nthen\nend\n";
        RuleFolder folder = RuleFolder.read(writeFolder(withString));
        List<Mutant> inString = Mutator.mutants(folder, Set.of());
        assertThat(inString).extracting(Mutant::change).containsExactly(
                "org.ecrural.model.ProjectItem(name == \"a < b, c\", id != null) -> org.ecrural.model.ProjectItem(id != null)",
                "name == \"a < b, c\" -> name != \"a < b, c\"",
                "org.ecrural.model.ProjectItem(name == \"a < b, c\", id != null) -> org.ecrural.model.ProjectItem(name == \"a < b, c\")",
                "id != null -> id == null");
    }

    @Test
    void movesEachParameterTheRuleReadsByOneStep() {
        List<Mutant> mutants = Mutator.mutants(RuleFolder.builtIn(), Set.of("FUND-UPWARD-MIN-SHARE", "ELIG-OLD-AREA-QUOTA",
                "PROC-FILING-DEADLINE", "FUND-PREFERRED-METHODS"));
        assertThat(mutants).filteredOn(m -> m.kind() == Mutant.Kind.PARAMETER).extracting(Mutant::change).containsExactly(
                "oldAreaQuotaPerProvince = 5 -> oldAreaQuotaPerProvince = 4",
                "oldAreaQuotaPerProvince = 5 -> oldAreaQuotaPerProvince = 6",
                "filingDeadline = 2018-05-31 -> filingDeadline = 2018-05-30",
                "filingDeadline = 2018-05-31 -> filingDeadline = 2018-06-01",
                "upwardMinShare = 0.50 -> upwardMinShare = 0.49",
                "upwardMinShare = 0.50 -> upwardMinShare = 0.51",
                "preferredSupportMethods holds AWARD_IN_LIEU_OF_SUBSIDY -> preferredSupportMethods without AWARD_IN_LIEU_OF_SUBSIDY",
                "preferredSupportMethods holds LOAN_INTEREST_SUBSIDY -> preferredSupportMethods without LOAN_INTEREST_SUBSIDY");
        assertThat(mutants).filteredOn(m -> m.kind() == Mutant.Kind.PARAMETER).allMatch(m -> m.file().equals("edition.json"));
    }

    @Test
    void aBoundaryScenarioKillsItsMutantAndWithoutItTheConditionIsNamedAsUnpinned() throws Exception {
        MutationTesting builtIn = new MutationTesting(RuleFolder.builtIn(), true, 2);
        List<Mutant> boundary = builtIn.mutants(Set.of(RULE)).stream().filter(m -> m.change().equals(BOUNDARY)).toList();
        assertThat(builtIn.run(boundary).results()).extracting(MutantResult::status).containsExactly(MutantResult.Status.KILLED);

        RuleFolder.builtIn().writeTo(dir);
        removeScenario("eligibility.scenarios.json", "a county recorded as supported in 2018 itself was not supported in an earlier round");
        MutationTesting weaker = new MutationTesting(RuleFolder.read(dir), true, 2);
        MutationReport report = weaker.run(weaker.mutants(Set.of(RULE)).stream().filter(m -> m.change().equals(BOUNDARY)).toList());
        assertThat(report.results()).extracting(MutantResult::status).containsExactly(MutantResult.Status.SURVIVED);
        assertThat(report.render()).containsPattern("survived: +eligibility\\.drl:\\d+  supportedInYear < \\$year  ->  supportedInYear <= \\$year");
        assertThat(report.passed()).isFalse();

        // listed as equivalent in the rule's words, it is shown with its reason and no longer fails the run
        Path words = dir.resolve("eligibility.words.yaml");
        String text = withoutEquivalents(Files.readString(words));
        int at = text.indexOf("  " + RULE + ":\n") + ("  " + RULE + ":\n").length();
        Files.writeString(words, text.substring(0, at) + "    equivalentMutants:\n      - mutant: \"" + BOUNDARY + "\"\n"
                + "        why: \"for this test only\"\n" + text.substring(at));
        MutationTesting listed = new MutationTesting(RuleFolder.read(dir), true, 2);
        MutationReport again = listed.run(listed.mutants(Set.of(RULE)).stream().filter(m -> m.change().equals(BOUNDARY)).toList());
        assertThat(again.results()).extracting(MutantResult::status).containsExactly(MutantResult.Status.EQUIVALENT);
        assertThat(again.render()).contains("why: for this test only");
        assertThat(again.passed()).isTrue();
        assertThat(listed.staleEquivalents()).isEmpty();
    }

    @Test
    void everyEquivalentMutantTheBuiltInWordsListMatchesAMutant() {
        assertThat(new MutationTesting(RuleFolder.builtIn(), true, 1).staleEquivalents()).isEmpty();
    }

    @Test
    void aDeterministicSampleTakesTheSameMutantsPerRuleWhateverTheirOrder() {
        List<Mutant> all = Mutator.mutants(RuleFolder.builtIn(), Set.of());
        List<Mutant> sample = MutationTesting.sample(all, 2);
        List<Mutant> reversed = new java.util.ArrayList<>(all);
        java.util.Collections.reverse(reversed);
        assertThat(MutationTesting.sample(reversed, 2)).containsExactlyInAnyOrderElementsOf(sample);
        assertThat(sample.stream().collect(java.util.stream.Collectors.groupingBy(Mutant::ruleId, java.util.stream.Collectors.counting())))
                .hasSize(46).allSatisfy((rule, n) -> assertThat(n).isBetween(1L, 2L));
    }

    @Test
    void aListedEquivalentThatMatchesNoMutantIsStale() throws Exception {
        RuleFolder.builtIn().writeTo(dir);
        Path words = dir.resolve("eligibility.words.yaml");
        String text = withoutEquivalents(Files.readString(words));
        int at = text.indexOf("  " + RULE + ":\n") + ("  " + RULE + ":\n").length();
        Files.writeString(words, text.substring(0, at) + "    equivalentMutants:\n      - mutant: \"year < 1 -> year <= 1\"\n"
                + "        why: \"gone\"\n" + text.substring(at));
        List<String> stale = new MutationTesting(RuleFolder.read(dir), true, 1).staleEquivalents();
        assertThat(stale).singleElement().asString()
                .matches("eligibility\\.words\\.yaml:\\d+: rule " + RULE + " lists the equivalent mutant \"year < 1 -> year <= 1\", "
                        + "which matches no mutant of the rule");
    }

    /** The words text with the rule's own equivalentMutants list taken out, so that a test writes its own. */
    private static String withoutEquivalents(String text) {
        int rule = text.indexOf("  " + RULE + ":\n");
        int next = text.indexOf("\n\n  ", rule);
        int list = text.indexOf("    equivalentMutants:\n", rule);
        if (list < 0 || (next >= 0 && list > next)) {
            return text;
        }
        int end = list + "    equivalentMutants:\n".length();
        while (text.startsWith("      ", end)) {
            end = text.indexOf('\n', end) + 1;
        }
        return text.substring(0, list) + text.substring(end);
    }

    private void removeScenario(String file, String name) throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(Files.readString(dir.resolve(file)));
        ArrayNode list = (ArrayNode) root.get("scenarios");
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).path("name").asText().equals(name)) {
                list.remove(i);
                Files.writeString(dir.resolve(file), json.writerWithDefaultPrettyPrinter().writeValueAsString(root), StandardCharsets.UTF_8);
                return;
            }
        }
        throw new AssertionError("no scenario " + name);
    }

    private Path writeFolder(String drl) throws Exception {
        Path d = Files.createDirectories(dir.resolve("tiny"));
        Files.writeString(d.resolve("tiny.drl"), "package org.ecrural.rules\n" + drl);
        Files.writeString(d.resolve("edition.json"), RuleFolder.builtIn().editionText());
        return d;
    }
}
