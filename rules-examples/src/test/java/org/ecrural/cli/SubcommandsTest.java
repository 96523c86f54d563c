package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line adds only the subcommand it runs; usage, help and a misspelt name still see all of them. */
class SubcommandsTest {

    @Test
    void eachSubcommandIsListedUnderTheNameItsAnnotationGives() {
        Map<String, Class<?>> subcommands = Ecrural.subcommands();
        assertThat(subcommands).hasSize(9);
        subcommands.forEach((name, type) -> assertThat(type.getAnnotation(Command.class).name()).isEqualTo(name));
        CommandLine full = Ecrural.commandLine();
        assertThat(full.getSubcommands().keySet()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(subcommands.keySet().stream(), java.util.stream.Stream.of("help")).toList());
    }

    @Test
    void theUsageListsEverySubcommandInOrderWithHelpLast() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        int last = -1;
        for (String name : Ecrural.subcommands().keySet()) {
            int at = run.out().indexOf("\n  " + name + " ");
            assertThat(at).as(name).isGreaterThan(last);
            last = at;
        }
        assertThat(run.out().indexOf("\n  help ")).isGreaterThan(last);
    }

    @Test
    void helpOfOneSubcommandAndItsOwnHelpOptionGiveTheSameUsage() {
        CliRun viaHelp = CliRun.of("help", "evaluate");
        CliRun viaOption = CliRun.of("evaluate", "--help");
        assertThat(viaHelp.exitCode()).isZero();
        assertThat(viaOption.exitCode()).isZero();
        assertThat(viaOption.out()).startsWith("Usage: ecrural evaluate").isEqualTo(viaHelp.out());
    }

    @Test
    void aMisspeltSubcommandIsAnsweredWithTheNearestName() {
        CliRun run = CliRun.of("evalute", "plan.json");
        assertThat(run.exitCode()).isEqualTo(Ecrural.BAD_INPUT);
        assertThat(run.err()).contains("evalute").contains("evaluate");
    }

    @Test
    void theBuiltInEngineIsStartedEarlyOnlyForCommandsThatUseIt() {
        assertThat(RuleSource.usesBuiltIn("evaluate")).isTrue();
        assertThat(RuleSource.usesBuiltIn("evaluate", "plan.json", "--lang", "en")).isTrue();
        assertThat(RuleSource.usesBuiltIn("serve", "--port", "8080")).isTrue();
        assertThat(RuleSource.usesBuiltIn("evaluate", "plan.json", "--rules", "my-rules")).isFalse();
        assertThat(RuleSource.usesBuiltIn("evaluate", "--rules=my-rules")).isFalse();
        assertThat(RuleSource.usesBuiltIn("compare", "--rules-a", "a", "--rules-b", "b", "plan.json")).isFalse();
        assertThat(RuleSource.usesBuiltIn("evaluate", "--help")).isFalse();
        assertThat(RuleSource.usesBuiltIn("validate", "my-rules")).isFalse();
        assertThat(RuleSource.usesBuiltIn("generate", "-o", "plans")).isFalse();
        assertThat(RuleSource.usesBuiltIn()).isFalse();
    }
}
