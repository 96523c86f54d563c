package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The catalogue is derived from the words files; it is the rule base's list, and it is the rule
 * catalogue of clauses.md 1.1: a copy of that table kept as test data
 * ({@code clauses-1.1-rules.tsv}), and clauses.md itself where the shared folder is present.
 */
class CatalogueTest {
    private static final Pattern SPEC_ROW = Pattern.compile(
            "(?m)^\\| ([A-Z]+(?:-[A-Z0-9]+)+) \\| ([^|]+) \\| ([A-Z]+) \\| ([^|]+) \\|");
    /** The subject column of clauses.md, and the subject type a words file names for it (the first of two). */
    private static final Map<String, SubjectType> SUBJECTS = Map.of("nomination", SubjectType.NOMINATION,
            "demo area", SubjectType.AREA, "demo area and province", SubjectType.AREA, "prefecture", SubjectType.PREFECTURE,
            "project", SubjectType.PROJECT, "province", SubjectType.PROVINCE, "reallocation", SubjectType.REALLOCATION,
            "training record", SubjectType.TRAINING_RECORD);

    /** id → "clause severity subject" of the rules of the words files. */
    private static Map<String, String> derived() {
        return Catalogue.rules().stream().collect(Collectors.toMap(RuleInfo::id,
                r -> r.clause() + " " + r.severity() + " " + r.subjectType(), (a, b) -> a, TreeMap::new));
    }

    private static Map<String, String> table(String text) {
        Map<String, String> rows = new TreeMap<>();
        Matcher m = SPEC_ROW.matcher(text);
        while (m.find()) {
            SubjectType subject = SUBJECTS.get(m.group(4).trim());
            assertThat(subject).as("subject of " + m.group(1) + ": " + m.group(4)).isNotNull();
            rows.put(m.group(1), m.group(2).trim() + " " + m.group(3) + " " + subject);
        }
        return rows;
    }

    /** @return the test data copy of the table, as clauses.md rows */
    private static String copy() throws IOException {
        try (InputStream in = CatalogueTest.class.getClassLoader().getResourceAsStream("clauses-1.1-rules.tsv")) {
            assertThat(in).as("clauses-1.1-rules.tsv").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> "| " + String.join(" | ", l.split("\t")) + " |")
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void theCatalogueIsTheRuleBaseAsItsWordsStateIt() {
        assertThat(Catalogue.rules()).hasSize(46);
        assertThat(new TreeMap<>(Catalogue.rules().stream().collect(Collectors.toMap(RuleInfo::id, r -> r))))
                .isEqualTo(new TreeMap<>(Plans.ENGINE.rules().stream().collect(Collectors.toMap(RuleInfo::id, r -> r))));
        assertThat(Catalogue.rule("FUND-UPWARD-MIN-SHARE")).get().extracting(RuleInfo::check).isEqualTo(Check.FUNDS);
        assertThat(Catalogue.rule("NO-SUCH-RULE")).isEmpty();
    }

    @Test
    void theCatalogueMatchesTheTableOfClausesMd11() throws IOException {
        Map<String, String> table = table(copy());
        assertThat(table).hasSize(46);
        assertThat(derived()).isEqualTo(table);
    }

    @Test
    void theCatalogueMatchesTheSpecificationWhereItIsPresent() throws IOException {
        Path spec = Path.of(System.getProperty("ecrural.shared", "../../shared"), "spec", "clauses.md");
        Assumptions.assumeTrue(Files.exists(spec), "shared/spec/clauses.md is absent: " + spec.toAbsolutePath());
        Map<String, String> fromSpec = table(Files.readString(spec, StandardCharsets.UTF_8));
        assertThat(fromSpec).hasSize(46);
        assertThat(derived()).isEqualTo(fromSpec);
        // and the copy kept as test data is still that table, statements included
        Matcher m = Pattern.compile("(?m)^\\| [A-Z]+(?:-[A-Z0-9]+)+ \\|.*\\|\\s*$").matcher(Files.readString(spec, StandardCharsets.UTF_8));
        StringBuilder rows = new StringBuilder();
        while (m.find()) {
            rows.append(rows.isEmpty() ? "" : "\n").append(m.group().strip());
        }
        assertThat(copy()).isEqualTo(rows.toString());
    }

    @Test
    void everyRuleIsWrittenInItsSectionsFileWithATitleInBothLanguages() {
        for (RuleInfo r : Plans.ENGINE.rules()) {
            assertThat(r.file()).as(r.id()).isNotNull();
            assertThat(r.titleText()).as(r.id()).isNotNull();
            assertThat(r.title()).as(r.id()).isNotEqualTo(r.id());
        }
    }
}
