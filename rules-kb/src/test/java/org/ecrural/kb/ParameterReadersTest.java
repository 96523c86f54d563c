package org.ecrural.kb;

import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.folder.RuleFolder;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which rules read a parameter, and which parameters an edition changes: what validate's check of unexercised parameters rests on. */
class ParameterReadersTest {
    @TempDir
    Path tmp;

    private static List<RuleInfo> rules(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> new RuleInfo(id, "4.1", Severity.MANDATORY, id, "funds.drl", Check.FUNDS, SubjectType.AREA, null, java.util.Set.of())).toList();
    }

    @Test
    void aRuleReadsAParameterByItsTypedGetterOrAGenericAccessor() throws IOException {
        RuleFolder.builtIn().writeTo(tmp);
        Path drl = tmp.resolve("funds.drl");
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        Files.writeString(drl, text + """

                rule "FUND-GENERIC-READER"
                when
                    $ed : EditionParameters()
                    $area : AreaOfPlan()
                    eval($ed.share("upwardMinShare") != null)
                then
                end

                rule "FUND-GETTER-READER"
                when
                    $ed : EditionParameters()
                    $area : AreaOfPlan()
                    eval($ed.getUpwardMinShare() != null)
                then
                end

                rule "FUND-NO-READER"
                when
                    $area : AreaOfPlan()  // upwardMinShareX is another name
                then
                end
                """, StandardCharsets.UTF_8);
        RuleFolder folder = RuleFolder.read(tmp);
        assertThat(Scenarios.readers("upwardMinShare",
                rules("FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE", "FUND-GENERIC-READER", "FUND-GETTER-READER", "FUND-NO-READER"), folder))
                .containsExactly("FUND-GENERIC-READER", "FUND-GETTER-READER", "FUND-UPWARD-MIN-SHARE");
        assertThat(Scenarios.readers("serviceCentreMaxShare", rules("FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE"), folder))
                .containsExactly("FUND-SERVICE-CENTRE-MAX-SHARE");
    }

    @Test
    void onlyParametersWhoseValueDiffersAreChanged() throws IOException {
        String text = RuleFolder.builtIn().editionText();
        String changed = text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"0.60\"");
        assertThat(changed).isNotEqualTo(text);
        EditionParameters other = EditionParameters.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), "edition.json");
        Map<String, String[]> diff = Scenarios.changedParameters(EditionParameters.builtIn(), other);
        assertThat(diff).containsOnlyKeys("upwardMinShare");
        assertThat(diff.get("upwardMinShare")).containsExactly("0.50", "0.60");
        assertThat(Scenarios.changedParameters(EditionParameters.builtIn(), EditionParameters.builtIn())).isEmpty();
    }
}
