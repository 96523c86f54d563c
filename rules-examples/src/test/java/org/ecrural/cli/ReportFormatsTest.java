package org.ecrural.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ecrural.kb.Catalogue;
import org.ecrural.kb.edition.ClauseTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text, JSON and HTML reports show the same findings and verdicts, each with clause text and evidence. */
class ReportFormatsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static String run(String... args) {
        CliRun run = CliRun.of(args);
        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        return run.out();
    }

    private void assertFormatsAgree(String... plan) {
        String json = run(concat(plan, "--format", "json"));
        ReportViews fromJson = ReportViews.ofJson(json);
        assertThat(fromJson.findings()).isNotEmpty();
        for (String lang : List.of("en", "zh")) {
            ReportViews html = ReportViews.ofHtml(run(concat(plan, "--format", "html", "--lang", lang)));
            assertThat(html.findings()).as("html " + lang).containsExactlyElementsOf(fromJson.findings());
            assertThat(html.verdicts()).as("html " + lang).isEqualTo(fromJson.verdicts());
            assertThat(html.bySeverity()).as("html " + lang).isEqualTo(fromJson.bySeverity());
        }
        ReportViews text = ReportViews.ofText(run(concat(plan, "--format", "text", "--lang", "en")));
        assertThat(text.findings()).containsExactlyElementsOf(fromJson.findings());
        assertThat(text.verdicts()).isEqualTo(fromJson.verdictsWithFindings());
        assertThat(text.cleanCounts()).isEqualTo(fromJson.cleanCounts());
        assertThat(text.bySeverity()).isEqualTo(fromJson.bySeverity());
    }

    private static String[] concat(String[] a, String... b) {
        List<String> all = new ArrayList<>(List.of(a));
        all.addAll(List.of(b));
        return all.toArray(String[]::new);
    }

    @Test
    void theThreeFormatsAgreeOnTheSamplePlan() {
        assertFormatsAgree("evaluate");
    }

    @Test
    void onTheAllRulesPlanEveryRuleFiresAndTheThreeFormatsAgree() throws IOException {
        Path plan = AllRulesPlan.write(dir);
        JsonNode report = JSON.readTree(run("evaluate", plan.toString(), "--format", "json"));
        Set<String> fired = new TreeSet<>();
        report.get("findings").forEach(f -> fired.add(f.get("rule").asText()));
        Set<String> all = new TreeSet<>();
        Catalogue.rules().forEach(e -> all.add(e.id()));
        assertThat(all).hasSize(46);
        assertThat(fired).isEqualTo(all);
        assertThat(report.get("verdicts").toString()).contains("DEEMED_WITHDRAWN");
        assertFormatsAgree("evaluate", plan.toString());
    }

    @Test
    void everyJsonFindingCarriesItsClauseTextQuotesAndEvidence() throws IOException {
        for (String[] args : List.of(new String[] {"evaluate", "--format", "json"},
                new String[] {"evaluate", AllRulesPlan.write(dir).toString(), "--format", "json"})) {
            JsonNode report = JSON.readTree(run(args));
            for (JsonNode f : report.get("findings")) {
                String rule = f.get("rule").asText();
                List<String> texts = new ArrayList<>();
                ClauseTexts.texts(f.get("clause").asText()).forEach(c -> texts.add(c.text()));
                assertThat(texts).as(rule).isNotEmpty();
                assertThat(f.get("clauseText").asText()).as(rule).isEqualTo(String.join("\n\n", texts));
                if (f.has("basis")) {
                    // a rule no sentence states says what it rests on and quotes nothing as if it did (catalogue 1.1)
                    assertThat(f.has("clauseQuotes")).as(rule).isFalse();
                    assertThat(f.get("basis").get("zh").asText()).as(rule).isNotBlank();
                    assertThat(f.get("basis").get("en").asText()).as(rule).isNotBlank();
                } else {
                    assertThat(f.get("clauseQuotes").size()).as(rule).isPositive();
                    f.get("clauseQuotes").forEach(q -> assertThat(f.get("clauseText").asText()).contains(q.asText()));
                }
                assertThat(f.get("evidence").size()).as(rule).isPositive();
            }
            JsonNode summary = report.get("summary");
            assertThat(summary.get("findings").asInt()).isEqualTo(report.get("findings").size());
            assertThat(summary.get("fundsAtStake").get("nonCompliantAreas").get("centralFunds").asText()).matches("\\d+\\.\\d\\d");
        }
    }

    @Test
    void everyTextFindingShowsItsClauseSentenceAndEvidenceInBothLanguages() throws IOException {
        Path allRules = AllRulesPlan.write(dir);
        for (String plan : List.of("", allRules.toString())) {
            for (String lang : List.of("zh", "en")) {
                String[] args = plan.isEmpty() ? new String[] {"evaluate", "--lang", lang}
                        : new String[] {"evaluate", plan, "--lang", lang};
                List<List<String>> blocks = findingBlocks(run(args));
                assertThat(blocks).isNotEmpty();
                String clauseLabel = lang.equals("zh") ? "      通知原文（" : "      The notice, ";
                String evidenceLabel = lang.equals("zh") ? "      依据：" : "      evidence: ";
                String basisLabel = lang.equals("zh") ? "      依据说明：" : "      basis: ";
                for (List<String> block : blocks) {
                    assertThat(block).as(block.get(0)).anyMatch(l -> l.startsWith(clauseLabel) && l.contains("「")
                            || l.startsWith(basisLabel));
                    assertThat(block).as(block.get(0)).anyMatch(l -> l.startsWith(evidenceLabel));
                }
            }
        }
    }

    /** @return the lines of each finding of a text report, its heading line first */
    private static List<List<String>> findingBlocks(String text) {
        List<List<String>> blocks = new ArrayList<>();
        List<String> current = null;
        for (String line : text.split("\n")) {
            if (line.matches("^  [✗≈•] \\[.*")) {
                current = new ArrayList<>();
                blocks.add(current);
                current.add(line);
            } else if (current != null && line.startsWith("      ")) {
                current.add(line);
            } else {
                current = null;
            }
        }
        return blocks;
    }

    @Test
    void everyHtmlFindingOpensToItsClauseTextMeasuredLimitRemedyAndEvidence() throws IOException {
        Path allRules = AllRulesPlan.write(dir);
        for (String lang : List.of("zh", "en")) {
            String html = run("evaluate", allRules.toString(), "--format", "html", "--lang", lang);
            Matcher m = Pattern.compile("(?s)<details class=\"finding.*?</details>").matcher(html);
            int n = 0;
            while (m.find()) {
                n++;
                String block = m.group();
                assertThat(block).contains("<blockquote class=\"clause-text\"")
                        .contains("<table class=\"evidence\">").contains("class=\"remedy\"");
                assertThat(block.contains("<mark>") || block.contains("class=\"basis\"")).as(block).isTrue();
            }
            assertThat(n).isEqualTo(JSON.readTree(run("evaluate", allRules.toString(), "--format", "json")).get("findings").size());
            assertThat(html).contains(lang.equals("zh") ? "<html lang=\"zh-CN\">" : "<html lang=\"en\">");
        }
    }

    @Test
    void theHtmlReportIsWrittenToTheOutputFileAndIsSelfContained() throws IOException {
        Path out = dir.resolve("report.html");
        CliRun run = CliRun.of("evaluate", "--format", "html", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(Ecrural.BLOCKING);
        assertThat(run.out()).isEmpty();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("通知原文").contains("id=\"notice\"")
                .doesNotContain("<link").doesNotContain(" src=").doesNotContain("@import").doesNotContain("url(")
                .doesNotContain("http://").doesNotContain("https://");
    }
}
