package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.RuleInfo;
import org.junit.jupiter.api.Test;

class ExplainCommandTest {
    @Test
    void explainsARuleWithClauseTextSeverityParametersPlanDataAndDrl() {
        CliRun run = CliRun.of("explain", "FUND-UPWARD-MIN-SHARE");
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("条款：四（一）（4.1）").contains("适用对象：示范地区")
                .contains(ClauseTexts.text("4.1"))
                .contains("「中央财政资金支持农村产品上行的比例原则上不低于50%。」")
                .contains("原则性（PRINCIPLE）").contains("除非方案对该偏离书面说明理由")
                .contains("upwardMinShare = \"0.50\"")
                .contains("fundAllocations[]: area, centralFunds")
                .contains("projects[]:").contains("direction")
                .contains("rule \"FUND-UPWARD-MIN-SHARE\"").contains("AreaFunds(").contains("\nend");
    }

    @Test
    void explainsInEnglishWithTheChineseClauseTextAndItsKey() {
        CliRun run = CliRun.of("explain", "ACPT-SIGNAGE", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Clause: section 6(3) (6.3)").contains("Subject: project").contains(ClauseTexts.text("6.3"))
                .contains("Severity: MANDATORY — mandatory: a violation blocks approval of its subject")
                .contains("signageText = \"电子商务进农村综合示范项目\"")
                .contains("projects[]:").contains("signage")
                .contains("DRL source (acceptance.drl):");
    }

    @Test
    void multiKeyClausesShowEachText() {
        CliRun run = CliRun.of("explain", "ELIG-NOT-SUPPORTED-BEFORE", "--lang", "en");
        assertThat(run.out()).contains("Clause: section 3, section 5(1) (3, 5.1)").contains(ClauseTexts.text("3")).contains(ClauseTexts.text("5.1"))
                .contains("counties[]:").contains("supportedInYear").contains("nominations[]");
    }

    @Test
    void everyRuleExplainsWithItsClauseTextAndSource() {
        PolicyEngine engine = PolicyEngine.builtIn();
        assertThat(engine.rules()).hasSize(46);
        for (RuleInfo rule : engine.rules()) {
            String out = ExplainCommand.explain(engine, rule, org.ecrural.kb.report.Language.EN);
            assertThat(out).as(rule.id())
                    .startsWith(rule.id())
                    .contains("rule \"" + rule.id() + "\"")
                    .contains(rule.basis() != null ? "It enforces no sentence of the notice. Basis:"
                            : "The sentence(s) it enforces:")
                    .doesNotContain("(not found)")
                    .doesNotContain("no such clause");
            for (String key : ClauseTexts.keys(rule.clause())) {
                assertThat(out).as(rule.id()).contains(ClauseTexts.text(key));
            }
            assertThat(out.substring(out.indexOf("Plan data it reads"))).as(rule.id()).doesNotStartWith(
                    "Plan data it reads (from its DRL and its words):\n  none");
        }
    }

    @Test
    void thePlanDataReadIsDerivedFromTheDrlTheWordsAndTheFactsThemselves() throws Exception {
        PolicyEngine engine = PolicyEngine.builtIn();
        java.util.function.Function<String, String> reads = id -> {
            String out = ExplainCommand.explain(engine, engine.rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow(),
                    org.ecrural.kb.report.Language.EN);
            return out.substring(out.indexOf("Plan data it reads"), out.indexOf("DRL source"));
        };
        // a derived property of the model (povertyCounty) reads the fields its code reads
        assertThat(PlanDataRead.fieldsRead(org.ecrural.model.County.class, org.ecrural.model.County.class.getMethod("isPovertyCounty")))
                .containsExactly("nationalKeyCounty", "contiguousArea");
        assertThat(reads.apply("ELIG-POVERTY-TRACK")).containsPattern("\n  counties\\[\\]: [^\n]*contiguousArea[^\n]*nationalKeyCounty")
                .containsPattern("\n  nominations\\[\\]: [^\n]*track");
        // a method of a classification fact states what it is computed from; a nested part of the plan is placed under its parent
        assertThat(reads.apply("ACPT-OVERDUE")).contains("\n  evaluationDate\n").contains("\n  projects[].ledger");
        assertThat(reads.apply("GOAL-VILLAGE-COVERAGE"))
                .contains("\n  counties[].villages: registeredPoor, registeredPoorServed, administrative, administrativeServed\n");
        // a rule that reads only the province's filing does not read the projects
        assertThat(reads.apply("PROC-FILING-DEADLINE")).doesNotContain("projects[]").contains("filing");
    }

    @Test
    void ruleIdsAreCaseInsensitive() {
        assertThat(CliRun.of("explain", "fund-prohibited-use").exitCode()).isZero();
    }

    @Test
    void anUnknownRuleIdExitsTwoWithOneLine() {
        CliRun run = CliRun.of("explain", "ELIG-NO-SUCH-RULE");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().strip()).startsWith("ecrural: no rule ELIG-NO-SUCH-RULE").doesNotContain("\n");
    }

    @Test
    void aMissingRuleIdIsAUsageError() {
        CliRun run = CliRun.of("explain");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.err()).contains("RULE-ID");
    }
}
