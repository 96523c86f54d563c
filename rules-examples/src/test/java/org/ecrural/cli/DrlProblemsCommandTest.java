package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DRL problems through {@code ecrural validate} on a folder from init-rules with one deliberate
 * mistake: reported once, at the file, line and column of the mistake itself, in plain words.
 */
class DrlProblemsCommandTest {
    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void initRules() {
        rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
    }

    /**
     * Replaces from by to in funds.drl.
     *
     * @param mark where in to the problem is (a substring of it), or null
     * @return "funds.drl:LINE:COLUMN" of mark's start (plus shift characters) in the edited file
     */
    private String edit(String from, String to, String mark, int shift) throws IOException {
        Path p = rules.resolve("funds.drl");
        String text = Files.readString(p, StandardCharsets.UTF_8);
        int at = text.indexOf(from);
        assertThat(at).as("funds.drl holds %s", from).isNotNegative();
        String changed = text.substring(0, at) + to + text.substring(at + from.length());
        Files.writeString(p, changed, StandardCharsets.UTF_8);
        int offset = at + to.indexOf(mark) + shift;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (changed.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "funds.drl:" + line + ":" + (offset - lineStart + 1) + ": ";
    }

    /** validate exits 1 with exactly one problem: at, message; nothing of the compiler's own words. */
    private void reportsOnce(String at, String message) {
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(at + message + "\n")
                .contains(": 1 problem(s); the folder cannot be used")
                .doesNotContain("Parser returned a null Package", "undefined for the", "Unable to", "\tat ", "Lambda");
    }

    @Test
    void aMissingSemicolonAtTheEndOfAConsequenceIsReportedWhereItIsMissing() throws IOException {
        String at = edit(".evidence(\"excluded\", $f.getExcludedUpwardItems()).emit();",
                ".evidence(\"excluded\", $f.getExcludedUpwardItems()).emit()", "emit()", "emit()".length());
        reportsOnce(at, "missing ';' at the end of this statement");
    }

    @Test
    void aMissingSemicolonBetweenTwoStatementsIsReportedAfterTheFirst() throws IOException {
        String at = edit("    findings.about($p).values(\"prohibited\"",
                "    int count = 1\n    findings.about($p).values(\"prohibited\"", "= 1", 3);
        reportsOnce(at, "missing ';' at the end of this statement");
    }

    @Test
    void aMisspeltFieldIsReportedWithTheFieldItMeant() throws IOException {
        String at = edit("ProjectItem(centralFunds > 0, $ed.isProhibited",
                "ProjectItem(centralFund > 0, $ed.isProhibited", "centralFund ", 0);
        reportsOnce(at, "ProjectItem has no field centralFund; did you mean centralFunds?");
    }

    @Test
    void aMisspeltGetterInAConsequenceIsReportedInTheDrlNotInGeneratedJava() throws IOException {
        String at = edit("    findings.about($p).values(\"prohibited\"",
                "    java.math.BigDecimal funds = $p.getCentralFund();\n    findings.about($p).values(\"prohibited\"",
                "getCentralFund", 0);
        reportsOnce(at, "ProjectItem has no method getCentralFund(); did you mean getCentralFunds()?");
    }

    @Test
    void aMisspeltParameterIsReportedWithTheParameterItMeant() throws IOException {
        String at = edit("EditionParameters($min : upwardMinShare)", "EditionParameters($min : upwardMinShar)", "upwardMinShar", 0);
        reportsOnce(at, "EditionParameters has no parameter or field upwardMinShar; did you mean upwardMinShare?");
    }

    @Test
    void aTypeErrorIsReportedInPlainWords() throws IOException {
        String at = edit("    findings.about($p).values(\"prohibited\"",
                "    java.math.BigDecimal twice = $p.getId() * 2;\n    findings.about($p).values(\"prohibited\"", "* 2", 0);
        reportsOnce(at, "cannot multiply a String by a number");
    }

    @Test
    void anUnknownClassIsReportedWithTheClassItMeant() throws IOException {
        String at = edit("$p : ProjectItem(centralFunds > 0, $ed.isProhibited",
                "$p : ProjectItm(centralFunds > 0, $ed.isProhibited", "ProjectItm", 0);
        reportsOnce(at, "unknown class ProjectItm; did you mean ProjectItem?");
    }

    @Test
    void anUnbalancedParenthesisIsReportedWhereItOpensAndOnlyOnce() throws IOException {
        String at = edit("$p : ProjectItem(centralFunds > 0, $ed.isProhibited(expenseType))",
                "$p : ProjectItem(centralFunds > 0, $ed.isProhibited(expenseType)", "(", 0);
        reportsOnce(at, "unbalanced parenthesis: the '(' after ProjectItem is never closed (1 ')' missing before 'then')");
    }

    @Test
    void withTrustTheSameMistakesReadTheSame() throws IOException {
        String at = edit("    findings.about($p).values(\"prohibited\"",
                "    java.math.BigDecimal twice = $p.getId() * 2;\n    findings.about($p).values(\"prohibited\"", "* 2", 0);
        CliRun run = CliRun.of("validate", rules.toString(), "--trust-rules");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(at + "cannot multiply a String by a number\n").contains(": 1 problem(s)");
    }
}
