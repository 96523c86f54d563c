package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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

/** The rule base holds exactly the catalogue's ids, each with the catalogue's clause and severity. */
class CatalogueTest {
    private static final Pattern SPEC_ROW = Pattern.compile(
            "(?m)^\\| ([A-Z]+(?:-[A-Z0-9]+)+) \\| ([^|]+) \\| ([A-Z]+) \\|");

    private static Map<String, String> ruleBase() {
        return Plans.ENGINE.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, r -> r.clause() + " " + r.severity(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void theRuleBaseHoldsExactlyTheCatalogue() {
        Map<String, String> catalogue = Catalogue.entries().stream()
                .collect(Collectors.toMap(Catalogue.Entry::id, e -> e.clause() + " " + e.severity(), (a, b) -> a, TreeMap::new));
        assertThat(catalogue).hasSize(46);
        assertThat(ruleBase()).isEqualTo(catalogue);
    }

    @Test
    void theCatalogueMatchesTheSpecificationWhereItIsPresent() throws IOException {
        Path spec = Path.of(System.getProperty("ecrural.shared", "../../shared"), "spec", "clauses.md");
        Assumptions.assumeTrue(Files.exists(spec), "shared/spec/clauses.md is absent: " + spec.toAbsolutePath());
        Map<String, String> fromSpec = new TreeMap<>();
        Matcher m = SPEC_ROW.matcher(Files.readString(spec, StandardCharsets.UTF_8));
        while (m.find()) {
            fromSpec.put(m.group(1), m.group(2).trim() + " " + m.group(3));
        }
        assertThat(fromSpec).hasSize(46);
        assertThat(ruleBase()).isEqualTo(fromSpec);
    }

    @Test
    void everyRuleIsWrittenInItsSectionsFileWithATitle() {
        for (RuleInfo r : Plans.ENGINE.rules()) {
            assertThat(r.file()).as(r.id()).isNotNull();
            assertThat(r.title()).as(r.id()).isNotEqualTo(r.id());
        }
    }
}
