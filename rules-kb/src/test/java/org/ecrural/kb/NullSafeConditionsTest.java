package org.ecrural.kb;

import org.ecrural.kb.rulesupport.FindingCollector;
import org.ecrural.kb.facts.PlanContext;
import org.ecrural.kb.folder.RuleFolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule that dereferences an optional field the plan leaves out (the mistake a dropped null guard
 * makes) ends the evaluation with an {@link EvaluationIncompleteException} that names the rule, the
 * fact's subject and the condition, never a bare exception.
 */
class NullSafeConditionsTest {
    private static final String PLAN = """
            { "format": 1, "edition": "2018", "evaluationDate": "2018-10-31",
              "counties": [ { "code": "621121", "name": "通渭县", "prefectureCode": "621100", "prefecture": "定西市",
                              "divisionType": "COUNTY" } ],
              "projects": [ { "id": "P-1", "area": "621121", "name": "冷链", "direction": "UPWARD", "expenseType": "GRADING_PACKAGING",
                              "status": "IN_PROGRESS",
                              "ledger": { "responsible": "张三" } } ] }
            """;

    @TempDir
    Path dir;

    private Path folder(String when) throws Exception {
        Files.writeString(dir.resolve(RuleFolder.EDITION_FILE), RuleFolder.builtIn().editionText(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("nulls.drl"), """
                package org.ecrural.rules
                import org.ecrural.model.ProjectItem
                import org.ecrural.model.Ledger
                import org.ecrural.kb.facts.PlanContext
                global org.ecrural.kb.rulesupport.FindingCollector findings

                rule "FUND-X-NULL"
                    @id("FUND-X-NULL") @clause("4.1") @severity("ADVISORY") @title("reads an optional field without its guard")
                when
                    %s
                then
                    findings.about($p).emit();
                end
                """.formatted(when), StandardCharsets.UTF_8);
        return dir;
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aConditionOnTheFactAloneNamesTheRuleAndTheFactsSubject(boolean trusted) throws Exception {
        PolicyEngine engine = PolicyEngine.fromFolder(folder("$p : ProjectItem(centralFunds.signum() > 0)"), trusted);
        assertThatThrownBy(() -> engine.evaluate(PlanReader.read(PLAN)))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.RULE_FAILED);
                    assertThat(e.getMessage()).startsWith("rule FUND-X-NULL failed on project P-1 (ProjectItem)")
                            .contains("centralFunds").contains("NullPointerException");
                });
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void aConditionJoiningTwoFactsNamesTheFactThatCompletedTheMatch(boolean trusted) throws Exception {
        PolicyEngine engine = PolicyEngine.fromFolder(folder("""
                PlanContext($date : evaluationDate != null)
                    $p : ProjectItem($ledger : ledger != null)
                    Ledger(deadline.isBefore($date)) from $ledger"""), trusted);
        assertThatThrownBy(() -> engine.evaluate(PlanReader.read(PLAN)))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class, e -> {
                    assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.RULE_FAILED);
                    assertThat(e.getMessage()).startsWith("rule FUND-X-NULL failed on project P-1 (ProjectItem)")
                            .contains("NullPointerException");
                });
    }
}
