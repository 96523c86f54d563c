package org.ecrural.kb;

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
}
