package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rule folders and plans made to hurt: each ends the command with one line on standard error and
 * exit code 3 (the evaluation could not complete) or 2 (bad input), never a stack trace.
 */
class HostileInputCommandsTest {
    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void initRules() {
        rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
    }

    private void addRule(String then) throws IOException {
        addRule("", then);
    }

    private void addRule(String functions, String then) throws IOException {
        Files.writeString(rules.resolve("hostile.drl"), """
                package org.ecrural.rules
                import org.ecrural.kb.facts.PlanContext
                global org.ecrural.kb.rulesupport.FindingCollector findings
                %s
                rule "FUND-X-HOSTILE"
                    @id("FUND-X-HOSTILE") @clause("4.1") @severity("ADVISORY") @title("hostile")
                when
                    PlanContext()
                then
                    %s
                end
                """.formatted(functions, then), StandardCharsets.UTF_8);
    }

    private Path write(String name, String text) throws IOException {
        Path p = tmp.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    private static void assertOneLine(CliRun run, int exitCode, String contains) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err().lines().toList()).as(run.err()).hasSize(1);
        assertThat(run.err()).contains(contains).doesNotContain("\tat ").doesNotContain("Exception:");
    }

    // ---------------------------------------------------------------- untrusted rule code that does not end

    @Test
    void anEndlessLoopEndsEveryCommandWithExitThreeAndOneLine() throws IOException {
        addRule("long n = 0; while (n >= 0) { n = n + 1 - 1; }");
        Path plan = write("plan.json", EvaluateCommandTest.sampleText());
        String edition = rules.resolve("edition.json").toString();
        assertOneLine(CliRun.of("validate", rules.toString(), "--timeout", "0.3"), 3, "could not complete");
        assertOneLine(CliRun.of("test", "--rules", rules.toString(), "--timeout", "0.3"), 3, "could not complete");
        assertOneLine(CliRun.of("evaluate", "--rules", rules.toString(), "--timeout", "0.3"), 3, "could not complete");
        Path other = write("other.json", EvaluateCommandTest.sampleText());
        CliRun batch = CliRun.of("evaluate", plan.toString(), other.toString(), "--rules", rules.toString(), "--timeout", "0.3");
        assertThat(batch.exitCode()).isEqualTo(3);
        assertThat(batch.err().lines().toList()).as("one line per plan").satisfiesExactly(
                l -> assertThat(l).contains("plan.json: the evaluation could not complete"),
                l -> assertThat(l).contains("other.json: the evaluation could not complete"));
        assertOneLine(CliRun.of("compare", "--rules", rules.toString(), "--timeout", "0.3", "--params", edition,
                "--params", edition, plan.toString()), 3, "could not complete");
    }

    @Test
    void aRecursionWithoutEndIsExitThreeAndOneLine() throws IOException {
        addRule("function int down(int n) { return down(n + 1) + 1; }", "down(1);");
        assertOneLine(CliRun.of("evaluate", "--rules", rules.toString()), 3, "stack");
        assertOneLine(CliRun.of("validate", rules.toString()), 3, "stack");
    }

    @Test
    void exhaustingMemoryIsExitThreeAndOneLine() throws IOException {
        addRule("long[] big = new long[Integer.MAX_VALUE - 8];");
        assertOneLine(CliRun.of("evaluate", "--rules", rules.toString()), 3, "out of memory");
    }

    @Test
    void aBadTimeoutIsBadUsage() {
        assertOneLine(CliRun.of("evaluate", "--timeout", "-1"), 2, "--timeout");
        assertOneLine(CliRun.of("validate", rules.toString(), "--timeout", "0"), 2, "--timeout");
    }

    @Test
    void aRuleCallingOutsideTheAllowListIsRefusedWithFileAndLineAndNotRun() throws IOException {
        Path marker = tmp.resolve("marker");
        addRule("java.nio.file.Files.writeString(java . nio . file . Path.of(\"" + marker + "\"), \"x\");");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("hostile\\.drl:\\d+:\\d+: calls java\\.nio\\.file\\.Files\\.writeString");
        assertThat(CliRun.of("evaluate", "--rules", rules.toString()).exitCode()).isEqualTo(2);
        assertThat(marker).doesNotExist();
        assertThat(CliRun.of("evaluate", "--rules", rules.toString(), "--trust-rules").exitCode()).isIn(0, 1);
        assertThat(marker).as("the same rule with --trust-rules").exists();
    }

    // ---------------------------------------------------------------- rule folders on the file system

    @Test
    void aSymbolicLinkInARuleFolderIsRefused() throws IOException {
        Path outside = write("outside.drl", "package x\n");
        Files.createSymbolicLink(rules.resolve("linked.drl"), outside);
        CliRun run = CliRun.of("evaluate", "--rules", rules.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("linked.drl: is a symbolic link");
    }

    @Test
    void aRuleFileBeyondTheSizeCapIsRefused() throws IOException {
        Files.write(rules.resolve("huge.drl"), new byte[org.ecrural.kb.folder.RuleFolder.MAX_FILE_BYTES + 1]);
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("huge.drl: is larger than");
    }

    @Test
    void initRulesNeverWritesThroughAPlantedSymbolicLink() throws IOException {
        Path fresh = tmp.resolve("fresh");
        Files.createDirectory(fresh);
        Path target = write("precious.txt", "keep me");
        Files.createSymbolicLink(fresh.resolve("funds.scenarios.json"), target);
        CliRun refused = CliRun.of("init-rules", fresh.toString());
        assertOneLine(refused, 2, "--force");
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(CliRun.of("init-rules", fresh.toString(), "--force").exitCode()).isZero();
        assertThat(Files.readString(target)).isEqualTo("keep me");
        assertThat(Files.isSymbolicLink(fresh.resolve("funds.scenarios.json"))).isFalse();
        Path linkedFolder = tmp.resolve("linked-folder");
        Files.createSymbolicLink(linkedFolder, fresh);
        assertOneLine(CliRun.of("init-rules", linkedFolder.toString(), "--force"), 2, "symbolic link");
    }

    // ---------------------------------------------------------------- hostile plans

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void devZeroHonoursTheByteLimit() {
        assertOneLine(CliRun.of("evaluate", "/dev/zero", "--max-plan-bytes", "1000"), 2, "1000");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aFifoThatNeverEndsHonoursTheByteLimit() throws Exception {
        Path fifo = tmp.resolve("plan.json");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Thread writer = new Thread(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                byte[] chunk = new byte[4096];
                java.util.Arrays.fill(chunk, (byte) ' ');
                for (int i = 0; i < 1000; i++) {
                    out.write(chunk);
                }
            } catch (IOException expected) {
                // the reader stops at the limit and closes the pipe
            }
        });
        writer.setDaemon(true);
        writer.start();
        assertOneLine(CliRun.of("evaluate", fifo.toString(), "--max-plan-bytes", "10000"), 2, "10000");
    }

    @Test
    void aPrefecturePromotedTwiceIsBadInputAtTheSecondOnesPath() throws IOException {
        String twice = EvaluateCommandTest.sampleText().replaceFirst(
                "\\{\\s*\"prefecture\": \"621000\",\\s*\"agreedCounties\": \\[\\]\\s*}",
                "{ \"prefecture\": \"621000\", \"agreedCounties\": [] }, { \"prefecture\": \"621000\", \"agreedCounties\": [] }");
        assertThat(twice).isNotEqualTo(EvaluateCommandTest.sampleText());
        CliRun run = CliRun.of("evaluate", write("twice.json", twice).toString());
        assertOneLine(run, 2, "/prefecturePromotions/1/prefecture");
    }

    @Test
    void anEditionShareWithAHugeExponentIsRefusedWithItsName() throws IOException {
        String edition = Files.readString(rules.resolve("edition.json"));
        String tiny = edition.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"1E-20000000\"");
        assertThat(tiny).isNotEqualTo(edition);
        Path b = write("b.json", tiny);
        Path plan = write("plan.json", EvaluateCommandTest.sampleText());
        CliRun run = CliRun.of("compare", "--params", rules.resolve("edition.json").toString(), "--params", b.toString(),
                plan.toString());
        assertOneLine(run, 2, "upwardMinShare");
        assertThat(run.err()).contains("at most 4 decimals");
    }

    // ---------------------------------------------------------------- what reports show

    @Test
    void aFileNameIsEscapedBeforeAnHtmlPageInABatch() throws IOException {
        Path plans = Files.createDirectory(tmp.resolve("plans"));
        Files.writeString(plans.resolve("<img src=x onerror=alert(1)>.json"), EvaluateCommandTest.sampleText());
        Files.writeString(plans.resolve("b.json"), EvaluateCommandTest.sampleText());
        CliRun run = CliRun.of("evaluate", plans.toString(), "--format", "html");
        assertThat(run.exitCode()).isIn(0, 1);
        assertThat(run.out()).doesNotContain("<img").contains("&lt;img src=x onerror=alert(1)&gt;");
        for (String page : run.out().split("(?=<!-- ==>)")) {
            assertThat(page.lines().skip(1).findFirst().orElse("")).startsWith("<!DOCTYPE html>");
        }
    }

    @Test
    void controlAndBidiCharactersAreShownVisiblyInTextReports() throws IOException {
        String plan = EvaluateCommandTest.sampleText().replace("\"name\": \"西峰区\"",
                "\"name\": \"西峰\\u001b[2J\\u202Eevil\\u0085区\"");
        assertThat(plan).isNotEqualTo(EvaluateCommandTest.sampleText());
        CliRun run = CliRun.of("evaluate", write("plan.json", plan).toString(), "--lang", "en");
        assertThat(run.out()).doesNotContain("\u001b").doesNotContain("\u202E").doesNotContain("\u0085");
        assertThat(run.out()).contains("[2J\\u202Eevil\\u0085"); // the ESC itself reaches the report as a space
    }
}
