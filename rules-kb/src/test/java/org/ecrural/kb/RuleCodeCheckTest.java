package org.ecrural.kb;

import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile rule folders, each with a payload that would create a marker file: without trust the
 * folder is refused when it is compiled, and the marker never appears, because the check reads
 * the classes the DRL compiled to before any of them is loaded. Where the payload also compiles
 * in the classic DRL compiler, the same folder with trust does create the marker: the payload is real.
 */
class RuleCodeCheckTest {
    @TempDir
    Path dir;

    private Path marker() {
        return dir.resolve("marker");
    }

    /** A folder of the built-in edition and one DRL file, whose rule fires on every plan. */
    private Path folder(String drl) throws IOException {
        Path rules = Files.createDirectory(dir.resolve("rules"));
        Files.writeString(rules.resolve(RuleFolder.EDITION_FILE), RuleFolder.builtIn().editionText(), StandardCharsets.UTF_8);
        Files.writeString(rules.resolve("hostile.drl"), drl.replace("MARK", marker().toString()), StandardCharsets.UTF_8);
        return rules;
    }

    private static String rule(String imports, String when, String then) {
        return """
                package org.ecrural.rules
                import org.ecrural.kb.facts.PlanContext
                %s
                global org.ecrural.kb.rulesupport.FindingCollector findings

                rule "FUND-X-HOSTILE"
                    @id("FUND-X-HOSTILE") @clause("4.1") @severity("ADVISORY") @title("hostile")
                when
                    %s
                then
                    %s
                end
                """.formatted(imports, when, then);
    }

    private static final String WRITE = "java.nio.file.Files.writeString(java.nio.file.Path.of(\"MARK\"), \"x\");";

    static Stream<Arguments> hostileFolders() {
        return Stream.of(
                Arguments.of("a whole rule on the package line", false,
                        "package org.ecrural.rules; import org.ecrural.kb.facts.PlanContext; rule \"FUND-X-HOSTILE\" @id(\"FUND-X-HOSTILE\") "
                                + "@clause(\"4.1\") @severity(\"ADVISORY\") @title(\"h\") when PlanContext() then " + WRITE + " end\n"),
                Arguments.of("a forbidden import after ';' on an allowed import line", true,
                        rule("import org.ecrural.model.County; import java.nio.file.Files; import java.nio.file.Path;",
                                "PlanContext()", "Files.writeString(Path.of(\"MARK\"), \"x\");")),
                Arguments.of("spaces inside a qualified name", true,
                        rule("", "PlanContext()", "java . nio . file . Files . writeString(java . nio . file . Path . of(\"MARK\"), \"x\");")),
                Arguments.of("comments inside a qualified name", true,
                        rule("", "PlanContext()", "java/**/.nio/**/.file/**/.Files.writeString(java/**/.nio.file.Path.of(\"MARK\"), \"x\");")),
                Arguments.of("\\u000a ending a // comment", false,
                        rule("", "PlanContext()", "// harmless \\u000a " + WRITE)),
                Arguments.of("\\u0022 closing a string", false,
                        rule("", "PlanContext()", "String s = \"a\\u0022; " + WRITE + " String t = \\u0022b\";")),
                Arguments.of("java.util.logging.FileHandler", true,
                        rule("", "PlanContext()", "new java.util.logging.FileHandler(\"MARK\").close();")),
                Arguments.of("java.util.Formatter(String)", true,
                        rule("", "PlanContext()", "new java.util.Formatter(\"MARK\").close();")),
                Arguments.of("org.mvel2.MVEL.eval", true,
                        rule("", "PlanContext()", "org.mvel2.MVEL.eval(\"new java.io.File('MARK').createNewFile()\");")),
                Arguments.of("java.beans.Expression", true,
                        rule("", "PlanContext()", "new java.beans.Expression(new java.io.File(\"MARK\"), \"createNewFile\", new Object[0]).getValue();")),
                Arguments.of("java.beans.Statement through a string class name", false,
                        rule("", "PlanContext()", "new java.beans.Statement(Class.forName(\"java.io.File\").getConstructor(String.class)"
                                + ".newInstance(\"MARK\"), \"createNewFile\", new Object[0]).execute();")),
                Arguments.of("eval(...) in the when part", true,
                        rule("", "PlanContext() eval(new java.io.File(\"MARK\").createNewFile())", "")),
                Arguments.of("a method call in a constraint", true,
                        rule("", "PlanContext(provinceCode != (new java.io.File(\"MARK\").createNewFile() ? \"a\" : \"b\"))", "")),
                Arguments.of("an MVEL-dialect consequence", true,
                        rule("", "PlanContext()", "new java.io.File(\"MARK\").createNewFile();")
                                .replace("@title(\"hostile\")", "@title(\"hostile\")\n    dialect \"mvel\"")),
                Arguments.of("a DRL function", false,
                        "package org.ecrural.rules\nimport org.ecrural.kb.facts.PlanContext\n"
                                + "function boolean mark() { return new java.io.File(\"MARK\").createNewFile(); }\n"
                                + rule("", "PlanContext() eval(mark())", "").substring(rule("", "", "").indexOf("global"))),
                Arguments.of("Runtime.exec", true,
                        rule("", "PlanContext()", "Runtime.getRuntime().exec(new String[] {\"touch\", \"MARK\"}).waitFor();")),
                Arguments.of("reflection by name", true,
                        rule("", "PlanContext()", "Class.forName(\"java.io.File\").getConstructor(String.class).newInstance(\"MARK\")"
                                + ".getClass().getMethod(\"createNewFile\").invoke(new java.io.File(\"MARK\"));")),
                Arguments.of("a method reference to a forbidden method", false,
                        rule("", "PlanContext()", "java.util.function.Supplier s = Runtime::getRuntime; "
                                + "((Runtime) s.get()).exec(new String[] {\"touch\", \"MARK\"});")),
                Arguments.of("getClass() on an allowed value", true,
                        rule("", "PlanContext()", "Object o = \"x\".getClass().getClassLoader(); " + WRITE)),
                Arguments.of("System.exit", false,
                        rule("", "PlanContext()", WRITE + " System.exit(3);")),
                Arguments.of("the Drools context: kcontext and drools", false,
                        rule("", "PlanContext()", "drools.getKieRuntime().getKieBase(); " + WRITE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFolders")
    void refusedBeforeAnyOfItsCodeRuns(String name, boolean compilesWithTrust, String drl) throws IOException {
        Path rules = folder(drl);
        assertThatThrownBy(() -> PolicyEngine.fromFolder(rules).evaluate(Plans.gansu()))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems()).isNotEmpty());
        assertThat(marker()).doesNotExist();
        assertThatThrownBy(() -> PolicyEngine.builtIn().reload(rules, false)).isInstanceOf(RuleBaseException.class);
        assertThat(marker()).doesNotExist();
        if (compilesWithTrust) {
            try {
                PolicyEngine.fromFolder(rules, true).withTimeout(Duration.ZERO).evaluate(Plans.gansu());
            } catch (EvaluationIncompleteException ignored) {
                // a payload that throws after writing (System.exit is not reached: see below)
            }
            assertThat(marker()).as("the payload with trust").exists();
        }
    }

    @Test
    void aRefusalNamesTheCallAndTheFileAndLineWhereItIsWritten() throws IOException {
        Path rules = folder(rule("", "PlanContext()", "\n\n    Runtime.getRuntime().exec(\"true\");"));
        assertThatThrownBy(() -> PolicyEngine.fromFolder(rules))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                        .anySatisfy(p -> {
                            assertThat(p.file()).isEqualTo("hostile.drl");
                            assertThat(p.line()).isEqualTo(13);
                            assertThat(p.message()).contains("java.lang.Runtime.getRuntime").contains("--trust-rules");
                        }));
    }

    @Test
    void theBuiltInRulesPassTheCheck() throws IOException {
        RuleFolder.builtIn().writeTo(dir);
        assertThat(PolicyEngine.fromFolder(dir).rules()).hasSize(Plans.ENGINE.rules().size());
    }

    @Test
    void anEndlessLoopEndsAtTheDeadline() throws IOException {
        Path rules = folder(rule("", "PlanContext()", "long n = 0; while (n >= 0) { n = n + 1 - 1; }"));
        PolicyEngine engine = PolicyEngine.fromFolder(rules).withTimeout(Duration.ofMillis(300));
        assertThatThrownBy(() -> engine.evaluate(Plans.gansu()))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.TIMEOUT));
    }

    @Test
    void anUntrustedFolderHasADeadlineByDefault() throws IOException {
        assertThat(PolicyEngine.fromFolder(folder(rule("", "PlanContext()", ""))).timeout())
                .isEqualTo(PolicyEngine.UNTRUSTED_TIMEOUT);
        assertThat(PolicyEngine.builtIn().timeout()).isZero();
    }

    @Test
    void rulesThatFireEachOtherForeverEndAtTheDeadline() throws IOException {
        Path rules = folder(rule("", "$c : PlanContext()", "insert(new java.util.ArrayList());")
                + "\nrule \"FUND-X-AGAIN\" @id(\"FUND-X-AGAIN\") @clause(\"4.1\") @severity(\"ADVISORY\") @title(\"t\")\n"
                + "when\n    $l : java.util.ArrayList()\nthen\n    delete($l); insert(new java.util.ArrayList());\nend\n");
        PolicyEngine engine = PolicyEngine.fromFolder(rules).withTimeout(Duration.ofMillis(300));
        assertThatThrownBy(() -> engine.evaluate(Plans.gansu()))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.TIMEOUT));
    }

    @Test
    void aRecursionWithoutEndIsAStackOverflowNotACrash() throws IOException {
        Path rules = folder("package org.ecrural.rules\nimport org.ecrural.kb.facts.PlanContext\n"
                + "function int down(int n) { return down(n + 1) + 1; }\n"
                + rule("", "PlanContext()", "down(1);")
                        .substring(rule("", "", "").indexOf("global")));
        assertThatThrownBy(() -> PolicyEngine.fromFolder(rules).evaluate(Plans.gansu()))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.STACK_OVERFLOW));
    }

    @Test
    void aRecursionRunWhileTheRulesLoadRefusesTheFolder() throws IOException {
        Path rules = folder("package org.ecrural.rules\nimport org.ecrural.kb.facts.PlanContext\n"
                + "function int down(int n) { return down(n + 1) + 1; }\n"
                + rule("", "PlanContext() eval(down(0) > 0)", "").substring(rule("", "", "").indexOf("global")));
        assertThatThrownBy(() -> PolicyEngine.fromFolder(rules))
                .isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("overflowed the stack");
    }

    @Test
    void exhaustingMemoryIsAnIncompleteEvaluationNotACrash() throws IOException {
        Path rules = folder(rule("", "PlanContext()", "long[] big = new long[Integer.MAX_VALUE - 8];"));
        assertThatThrownBy(() -> PolicyEngine.fromFolder(rules).evaluate(Plans.gansu()))
                .isInstanceOfSatisfying(EvaluationIncompleteException.class,
                        e -> assertThat(e.reason()).isEqualTo(EvaluationIncompleteException.Reason.OUT_OF_MEMORY));
    }

    @Test
    void hotReloadNeverRunsTheScenariosOfAFolderItRefuses() throws IOException {
        Path rules = folder(rule("", "PlanContext()", WRITE));
        Files.writeString(rules.resolve("hostile.scenarios.json"), """
                { "scenarios": [ { "name": "fires", "plan": { "evaluationDate": "2018-10-31" },
                                   "expect": [ { "rule": "FUND-X-HOSTILE" } ] } ] }""", StandardCharsets.UTF_8);
        PolicyEngine engine = PolicyEngine.builtIn();
        assertThatThrownBy(() -> engine.reload(rules, false)).isInstanceOf(RuleBaseException.class);
        assertThat(marker()).doesNotExist();
        assertThat(engine.rules()).hasSize(Plans.ENGINE.rules().size());
    }
}
