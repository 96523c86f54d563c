package org.ecrural.kb;

import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.RuleProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleFolderTest {
    @TempDir
    Path dir;

    @Test
    void theBuiltInRuleBaseCompilesAtRunTimeToTheSameRules() throws IOException {
        RuleFolder.builtIn().writeTo(dir);
        PolicyEngine runtime = PolicyEngine.fromFolder(dir);
        assertThat(runtime.rules()).isEqualTo(Plans.ENGINE.rules());
        assertThat(dir.resolve("work-plan.words.yaml")).exists();
        assertThat(dir.resolve("labels.yaml")).exists();
    }

    @Test
    void scenariosRun() {
        ScenarioResults results = Scenarios.run(Plans.ENGINE);
        System.out.println(results.render());
        assertThat(results.passed()).isTrue();
    }

    @Test
    void aSyntaxErrorIsReportedWithFileAndLine() throws IOException {
        RuleFolder.builtIn().writeTo(dir);
        Path funds = dir.resolve("funds.drl");
        String text = Files.readString(funds, StandardCharsets.UTF_8).replaceFirst("then", "thenn");
        Files.writeString(funds, text, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PolicyEngine.fromFolder(dir))
                .isInstanceOf(RuleBaseException.class)
                .satisfies(e -> {
                    System.out.println(((RuleBaseException) e).problems());
                    assertThat(((RuleBaseException) e).problems()).anySatisfy(p -> {
                        assertThat(p.file()).isEqualTo("funds.drl");
                        assertThat(p.line()).isPositive();
                    });
                });
    }

    @Test
    void aWordsProblemInARuleFolderIsReportedWithFileAndLine() throws IOException {
        RuleFolder.builtIn().writeTo(dir);
        Path words = dir.resolve("work-plan.words.yaml");
        String text = Files.readString(words, StandardCharsets.UTF_8);
        String broken = text.replace("缺少 {missing.size} 项（共", "缺少 {mising.size} 项（共");
        assertThat(broken).isNotEqualTo(text);
        Files.writeString(words, broken, StandardCharsets.UTF_8);
        Path drl = dir.resolve("service-system.drl");
        Files.writeString(drl, Files.readString(drl, StandardCharsets.UTF_8)
                .replace("rule \"SERV-STATION-FUNCTIONS\"\n", "rule \"SERV-STATION-FUNCTIONS\"\n    @id(\"SERV-STATION-FUNCTIONS\")\n"),
                StandardCharsets.UTF_8);
        int line = java.util.Arrays.asList(broken.split("\n")).indexOf("      zh: 缺少 {mising.size} 项（共 {required.size} 项）：{missing}") + 1;
        assertThat(line).isPositive();
        assertThatThrownBy(() -> PolicyEngine.fromFolder(dir))
                .isInstanceOfSatisfying(RuleBaseException.class, e -> assertThat(e.problems()).extracting(RuleProblem::toString)
                        .contains("work-plan.words.yaml:" + line + ": template \"缺少 {mising.size} 项（共 {required.size} 项）：{missing}\""
                                + " names {mising}, which rule PLAN-PRIOR-SUMMARY does not record (did you mean missing?)"
                                + " (it records missing, required, subject)")
                        .anySatisfy(p -> assertThat(p).startsWith("service-system.drl:").contains(
                                "takes its metadata from its words file; remove its [@id]")));
    }
}
