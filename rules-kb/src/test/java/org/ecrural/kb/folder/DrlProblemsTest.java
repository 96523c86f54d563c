package org.ecrural.kb.folder;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.ecrural.model.ProjectItem;
import org.junit.jupiter.api.Test;

/** The parts of DRL problem reporting that need no compiler: suggestions, fields, local clause files. */
class DrlProblemsTest {
    @Test
    void suggestsTheNearestNameOnlyWhenItIsNear() {
        assertThat(DrlProblems.suggest("centralFund", Set.of("centralFunds", "area", "id"))).isEqualTo("; did you mean centralFunds?");
        assertThat(DrlProblems.suggest("upwardMinShar", Set.of("upwardMinShare", "serviceCentreMaxShare")))
                .isEqualTo("; did you mean upwardMinShare?");
        assertThat(DrlProblems.suggest("zzzzzz", Set.of("centralFunds", "area"))).isEmpty();
    }

    @Test
    void readsTheFieldsOfModelClassesAndNoClassOutsideThem() {
        assertThat(DrlProblems.properties(ProjectItem.class)).contains("centralFunds", "direction", "expenseType").doesNotContain("class");
        assertThat(DrlProblems.load("ProjectItem")).isEqualTo(ProjectItem.class);
        assertThat(DrlProblems.load("EditionParameters")).isEqualTo(EditionParameters.class);
        assertThat(DrlProblems.load("java.lang.Runtime")).isNull();
        assertThat(DrlProblems.load("NoSuchClass")).isNull();
    }

    @Test
    void readsLocalClausesWithTheirLabels() {
        List<RuleProblem> problems = new ArrayList<>();
        ClauseTexts.Local local = ClauseTexts.readLocal("gansu.3:\n  title: 甘肃\n  text: 不低于60%。\n"
                + "gansu.4:\n  text: 另一条\n  label: {zh: 甘肃四, en: Gansu 4}\n", problems);
        assertThat(problems).isEmpty();
        assertThat(local.clauses().keySet()).containsExactly("gansu.3", "gansu.4");
        assertThat(local.clauses().get("gansu.3").text()).isEqualTo("不低于60%。");
        assertThat(local.labels().get("gansu.3")).isEqualTo(new Text("gansu.3", "gansu.3"));
        assertThat(local.labels().get("gansu.4")).isEqualTo(new Text("甘肃四", "Gansu 4"));
        assertThat(ClauseTexts.readLocal(null, problems)).isSameAs(ClauseTexts.Local.NONE);
        assertThat(ClauseTexts.readLocal("gansu.3: [unclosed", problems).clauses()).isEmpty();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.message()).startsWith("not valid YAML"));
    }
}
