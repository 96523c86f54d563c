package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rule folder's own clause (clauses.yaml): cited by a rule, validated, explained and quoted in reports. */
class LocalClauseTest {
    private static final String GANSU_TEXT = "各示范县用于农村产品上行的中央财政资金占比不低于60%。";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;
    Path rules;

    @BeforeEach
    void initRules() throws IOException {
        rules = tmp.resolve("rules");
        assertThat(CliRun.of("init-rules", rules.toString()).exitCode()).isZero();
        Files.writeString(rules.resolve("clauses.yaml"), """
                # 甘肃省的补充规定
                gansu.3:
                  title: 甘肃省实施方案 三、资金使用
                  text: %s
                  label: {zh: 甘肃方案三, en: "Gansu plan, part 3"}
                """.formatted(GANSU_TEXT), StandardCharsets.UTF_8);
    }

    private void cite(String clause) throws IOException {
        Path words = rules.resolve("funds.words.yaml");
        String text = Files.readString(words, StandardCharsets.UTF_8);
        String from = "  FUND-UPWARD-MIN-SHARE:\n    clause: \"4.1\"\n";
        assertThat(text).contains(from);
        Files.writeString(words, text.replace(from, "  FUND-UPWARD-MIN-SHARE:\n    clause: \"" + clause + "\"\n"),
                StandardCharsets.UTF_8);
    }

    @Test
    void aRuleCitingALocalClauseValidatesAndTheClauseIsCovered() throws IOException {
        cite("4.1, gansu.3");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("ok\\s+FUND-UPWARD-MIN-SHARE\\s+4\\.1, gansu\\.3").containsPattern("ok\\s+gansu\\.3\n");
    }

    @Test
    void explainShowsTheLocalClausesText() throws IOException {
        cite("4.1, gansu.3");
        CliRun run = CliRun.of("explain", "FUND-UPWARD-MIN-SHARE", "--rules", rules.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("gansu.3 甘肃省实施方案 三、资金使用\n    " + GANSU_TEXT).doesNotContain("no such clause");
    }

    @Test
    void reportsQuoteTheLocalClauseAfterTheNoticesSentence() throws IOException {
        cite("4.1, gansu.3");
        CliRun json = CliRun.of("evaluate", "--rules", rules.toString(), "--format", "json");
        assertThat(json.exitCode()).isEqualTo(1);
        JsonNode upward = null;
        for (JsonNode f : JSON.readTree(json.out()).get("findings")) {
            if (f.get("rule").asText().equals("FUND-UPWARD-MIN-SHARE")) {
                upward = f;
            }
        }
        assertThat(upward).isNotNull();
        assertThat(upward.get("clause").asText()).isEqualTo("4.1, gansu.3");
        assertThat(upward.get("clauseQuotes")).hasSize(2);
        assertThat(upward.get("clauseQuotes").get(0).asText()).isEqualTo("中央财政资金支持农村产品上行的比例原则上不低于50%。");
        assertThat(upward.get("clauseQuotes").get(1).asText()).isEqualTo(GANSU_TEXT);
        assertThat(upward.get("clauseText").asText()).endsWith("\n\n" + GANSU_TEXT);
        String report = CliRun.of("evaluate", "--rules", rules.toString()).out();
        assertThat(report).contains("……" + GANSU_TEXT + "」");
        // a quote that is not all the notice's is not labelled as the notice's
        assertThat(report.lines().filter(l -> l.contains(GANSU_TEXT))).allMatch(l -> l.strip().startsWith("原文（"));
    }

    @Test
    void aClauseKeyFoundNeitherInTheNoticeNorInTheFolderIsRefusedWithDidYouMean() throws IOException {
        cite("4.1, gansu.4");
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).containsPattern("funds\\.words\\.yaml:\\d+: rule FUND-UPWARD-MIN-SHARE cites clause \"gansu\\.4\", "
                + "which is not a clause key of the notice nor of the folder's clauses\\.yaml \\(did you mean gansu\\.3\\?\\)");
    }

    @Test
    void aBadClausesFileIsReportedAtItsLines() throws IOException {
        Files.writeString(rules.resolve("clauses.yaml"), "gansu.3:\n  text: x\n  colour: red\n\"4.1\":\n  text: y\nGansu:\n  title: t\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("validate", rules.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("clauses.yaml:1: clause gansu.3: unknown key colour; allowed: label, text, title")
                .contains("clauses.yaml:4: clause 4.1 is a clause of the notice; give a local clause a key of its own")
                .contains("clauses.yaml:6: clause key \"Gansu\" is not of the form name.part")
                .contains("clauses.yaml:6: clause Gansu: text is missing");
    }
}
