package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.words.RuleWords;
import org.ecrural.kb.words.Wording;
import org.junit.jupiter.api.Test;

/**
 * The built-in rule base reads its words at start-up without checking them against its DRL
 * ({@link Wording#readBuiltIn}); this is the build's check that it may.
 */
class BuiltInWordsTest {

    @Test
    void theBuiltInWordsPassEveryCheckAgainstTheirDrl() {
        List<RuleProblem> problems = new ArrayList<>();
        Wording checked = RuleBase.wording(RuleFolder.builtIn(), ClauseTexts.Local.NONE, problems);
        assertThat(problems).isEmpty();
        assertThat(checked.rules()).hasSize(46);
    }

    @Test
    void theBuiltInReadGivesTheSameWordsAsTheCheckedOne() {
        List<RuleProblem> problems = new ArrayList<>();
        Wording checked = RuleBase.wording(RuleFolder.builtIn(), ClauseTexts.Local.NONE, problems);
        Wording builtIn = RuleBase.builtInWording();
        assertThat(builtIn.rules()).extracting(w -> w.info()).containsExactlyElementsOf(
                checked.rules().stream().map(RuleWords::info).toList());
        for (RuleWords w : checked.rules()) {
            assertThat(builtIn.rule(w.info().id()).subjectTypes()).as(w.info().id()).isEqualTo(w.subjectTypes());
        }
    }

    @Test
    void onlyTheCheckedReadLooksAtTheDrl() {
        RuleFolder folder = RuleFolder.builtIn();
        // a DRL whose rules ask for nothing: every words file no longer matches it
        Map<String, String> emptyDrl = new java.util.TreeMap<>();
        folder.drlFiles().keySet().forEach(f -> emptyDrl.put(f, "package org.ecrural.rules;\n"));
        List<RuleProblem> checked = new ArrayList<>();
        Wording.read(folder.wordsFiles(), folder.labelsText(), emptyDrl, ClauseKeys.ALL, checked);
        assertThat(checked).isNotEmpty();
        List<RuleProblem> unchecked = new ArrayList<>();
        Wording w = Wording.readBuiltIn(folder.wordsFiles(), folder.labelsText(), emptyDrl, ClauseKeys.ALL, unchecked);
        assertThat(unchecked).isEmpty();
        assertThat(w.rules()).hasSize(46);
        assertThat(w.describes("funds.drl")).isTrue();
    }
}
