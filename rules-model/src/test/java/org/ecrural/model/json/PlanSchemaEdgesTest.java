package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.errors;
import static org.ecrural.model.json.TestJson.read;

import com.fasterxml.jackson.databind.node.BinaryNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The schema's words and limits at their exact edges. */
class PlanSchemaEdgesTest {

    @Test
    void aStringOf80CharactersIsQuotedWholeAndOneMoreIsShortened() {
        String eighty = "字".repeat(80);
        assertThat(PlanSchema.quoteShort(eighty)).isEqualTo('"' + eighty + '"');
        assertThat(PlanSchema.quoteShort(eighty + "x")).isEqualTo('"' + eighty + "\"… (81 characters)");
        assertThat(PlanSchema.quoteShort("a\"b")).isEqualTo("\"a\\\"b\"");
    }

    @Test
    void whatAValueIsIsSaidInAFewWords() {
        assertThat(PlanSchema.describe(null)).isEqualTo("nothing");
        assertThat(PlanSchema.describe(MissingNode.getInstance())).isEqualTo("nothing");
        assertThat(PlanSchema.describe(JsonNodeFactory.instance.nullNode())).isEqualTo("null");
        assertThat(PlanSchema.describe(JsonNodeFactory.instance.booleanNode(false))).isEqualTo("false");
        assertThat(PlanSchema.describe(JsonNodeFactory.instance.objectNode())).isEqualTo("an object");
        assertThat(PlanSchema.describe(JsonNodeFactory.instance.arrayNode())).isEqualTo("an array");
        assertThat(PlanSchema.describe(BinaryNode.valueOf(new byte[] {1}))).isEqualTo("binary");
        String eightyDigits = "1".repeat(80);
        assertThat(PlanSchema.describe(DecimalNode.valueOf(new BigDecimal(eightyDigits)))).isEqualTo(eightyDigits);
        assertThat(PlanSchema.describe(DecimalNode.valueOf(new BigDecimal(eightyDigits + "2")))).isEqualTo(eightyDigits + "…");
    }

    @Test
    void theClosestNameIsWithinTwoEditsAndTheFirstOfEquals() {
        assertThat(PlanSchema.closest("cod", List.of("code", "name"))).isEqualTo("code");
        assertThat(PlanSchema.closest("CODE", List.of("name", "code"))).isEqualTo("code");
        assertThat(PlanSchema.closest("cd", List.of("code"))).isEqualTo("code");
        assertThat(PlanSchema.closest("c", List.of("code"))).isNull(); // three edits away
        assertThat(PlanSchema.closest("nam", List.of("name", "nama"))).isEqualTo("name"); // one edit from each: the first
        assertThat(PlanSchema.closest("nbme", List.of("nxme", "name", "nyme"))).isEqualTo("nxme");
        String long64 = "a".repeat(64);
        assertThat(PlanSchema.closest(long64, List.of(long64.toUpperCase()))).isEqualTo(long64.toUpperCase());
        assertThat(PlanSchema.closest(long64 + "a", List.of(long64 + "A"))).isNull();
    }

    @Test
    void aDecimalMayHaveAHundredDigitsAfterThePointButNotMore() {
        String hundred = "0." + "1".repeat(100);
        assertThat(read(doc("'nationalRuralAverage': {'onlineRetailGrowth': '" + hundred + "'}"))
                .getNationalRuralAverage().getOnlineRetailGrowth()).isEqualTo(new BigDecimal(hundred));
        String hundredBefore = "9".repeat(100);
        assertThat(read(doc("'nationalRuralAverage': {'onlineRetailGrowth': '" + hundredBefore + "'}"))
                .getNationalRuralAverage().getOnlineRetailGrowth()).isEqualTo(new BigDecimal(hundredBefore));
        assertThat(errors(doc("'nationalRuralAverage': {'onlineRetailGrowth': '" + hundredBefore + "9'}")))
                .extracting(InputError::path).containsExactly("/nationalRuralAverage/onlineRetailGrowth");
        List<InputError> tooMany = errors(doc("'nationalRuralAverage': {'onlineRetailGrowth': '" + hundred + "1'}"));
        assertThat(tooMany).hasSize(1);
        assertThat(tooMany.get(0).path()).isEqualTo("/nationalRuralAverage/onlineRetailGrowth");
        assertThat(tooMany.get(0).message()).endsWith("(at most 100 digits before and after the decimal point)");
    }

    @Test
    void aValueInErrorIsNotAlsoTakenForAnotherValue() {
        // two ids that are not strings, or blank: each is one error, and neither is taken for the other's duplicate
        List<InputError> notStrings = errors(doc("""
                'projects': [{'id': 1, 'area': '621121'}, {'id': 2, 'area': '621121'}],
                'counties': [{'code': '621121'}]"""));
        assertThat(notStrings).extracting(InputError::path).contains("/projects/0/id", "/projects/1/id");
        assertThat(notStrings).extracting(InputError::message).noneMatch(m -> m.contains("duplicate"));
        List<InputError> numericCodes = errors(doc("'counties': [{'code': 621121}, {'code': 621122}]"));
        assertThat(numericCodes).extracting(InputError::path).containsExactly("/counties/0/code", "/counties/1/code");
        assertThat(numericCodes.get(0).message()).endsWith("(write the code in quotes)");
        List<InputError> blank = errors(doc("""
                'projects': [{'id': ' ', 'area': '621121'}, {'id': '', 'area': '621121'}],
                'counties': [{'code': '621121'}]"""));
        assertThat(blank).extracting(InputError::path).contains("/projects/0/id", "/projects/1/id");
        assertThat(blank).extracting(InputError::message).noneMatch(m -> m.contains("duplicate"));
    }
}
