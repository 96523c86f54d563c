package org.ecrural.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.junit.jupiter.api.Test;

/** The README's embedding snippets are the code of {@link ReadmeSnippets}, which compiles and runs. */
class ReadmeSnippetsTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCE = Path.of("src", "main", "java", "org", "ecrural", "examples", "ReadmeSnippets.java");

    /** The lines of the java blocks of the README's section "Embedding it in Java". */
    static List<String> snippetLines() throws Exception {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int start = readme.indexOf("## Embedding it in Java");
        String section = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> lines = new ArrayList<>();
        boolean inJava = false;
        for (String line : section.split("\n")) {
            if (line.startsWith("```")) {
                inJava = line.equals("```java");
            } else if (inJava && !line.isBlank()) {
                lines.add(line.strip());
            }
        }
        return lines;
    }

    @Test
    void everyLineOfTheReadmesSnippetsIsInTheCompiledExample() throws Exception {
        List<String> lines = snippetLines();
        assertThat(lines).hasSizeGreaterThan(30).anyMatch(l -> l.startsWith("import org.ecrural.kb.PolicyEngine;"))
                .anyMatch(l -> l.contains("ProjectItem.builder()"));
        List<String> source = Files.readAllLines(SOURCE, StandardCharsets.UTF_8).stream().map(String::strip).toList();
        assertThat(lines).allSatisfy(l -> assertThat(source).as("README line in ReadmeSnippets.java").contains(l));
    }

    @Test
    void theJavaBuiltPlanSnippetEvaluatesAndReportsBadInputWithPaths() {
        PolicyEngine engine = PolicyEngine.builtIn();
        Report report = ReadmeSnippets.buildAndEvaluate(engine, new BigDecimal("4200000.00"));
        assertThat(report.blockingFindings()).extracting(Finding::ruleId).contains("FUND-UPWARD-MIN-SHARE");

        PrintStream err = System.err;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertThat(ReadmeSnippets.buildAndEvaluate(engine, new BigDecimal("-1.00"))).isNull();
        } finally {
            System.setErr(err);
        }
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .startsWith("/projects/0/centralFunds: expected money as a non-negative decimal in yuan, found \"-1.00\"");
    }
}
