package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ecrural.model.json.TestJson.doc;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every limit and bound of the reader from both sides: the last value accepted and the first refused. */
class ReaderBoundariesTest {

    /** A valid document of exactly {@code bytes} bytes of UTF-8: {@code rest} then spaces. */
    private static String ofSize(String rest, int bytes) {
        String json = doc(rest);
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(size).isLessThanOrEqualTo(bytes);
        return json + " ".repeat(bytes - size);
    }

    private static List<InputError> errors(PlanReader reader, String json) {
        return catchThrowableOfType(PlanInputException.class, () -> reader.readDocument(json)).errors();
    }

    @Test
    void aDocumentOfExactlyTheByteLimitIsReadFromEverySource(@TempDir Path dir) throws Exception {
        int limit = 200;
        PlanReader reader = PlanReader.withLimits(new Limits(limit, 64, 100));
        String json = ofSize("'evaluationDate': '2018-10-31'", limit);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("plan.json"), bytes);
        assertThat(reader.readDocument(json).getEvaluationDate()).hasToString("2018-10-31");
        assertThat(reader.readDocument(bytes).getEvaluationDate()).hasToString("2018-10-31");
        assertThat(reader.readDocument(new ByteArrayInputStream(bytes)).getEvaluationDate()).hasToString("2018-10-31");
        assertThat(reader.readDocument(file).getEvaluationDate()).hasToString("2018-10-31");
    }

    @Test
    void oneByteOverTheLimitIsRefusedFromEverySource(@TempDir Path dir) throws Exception {
        int limit = 200;
        PlanReader reader = PlanReader.withLimits(new Limits(limit, 64, 100));
        String json = ofSize("'evaluationDate': '2018-10-31'", limit + 1);
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("plan.json"), bytes);
        InputError counted = new InputError("/", "document is 201 bytes, the limit is 200");
        assertThat(errors(reader, json)).containsExactly(counted);
        assertThat(catchThrowableOfType(PlanInputException.class, () -> reader.readDocument(bytes)).errors())
                .containsExactly(counted);
        assertThat(catchThrowableOfType(PlanInputException.class, () -> reader.readDocument(file)).errors())
                .containsExactly(counted);
        assertThat(catchThrowableOfType(PlanInputException.class,
                () -> reader.readDocument(new ByteArrayInputStream(bytes))).errors())
                .containsExactly(new InputError("/", "document is more than 200 bytes, the limit is 200"));
    }

    @Test
    void textIsMeasuredInUtf8Bytes() {
        // é is 2 bytes, 通 3, 😀 4 (a surrogate pair in Java)
        String json = doc("'counties': [{'code': '621121', 'name': 'é通😀'}]");
        int size = json.getBytes(StandardCharsets.UTF_8).length;
        assertThat(size).isEqualTo(json.length() - 4 + 2 + 3 + 4);
        assertThat(PlanReader.withLimits(new Limits(size, 64, 10)).readDocument(json).getCounties().get(0).getName())
                .isEqualTo("é通😀");
        assertThat(errors(PlanReader.withLimits(new Limits(size - 1, 64, 10)), json))
                .containsExactly(new InputError("/", "document is " + size + " bytes, the limit is " + (size - 1)));
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhereverItIs() {
        for (String bad : new String[] {"\ud800", "\udc00", "a\ud83d", "\ud83d\ud83d"}) {
            assertThat(errors(PlanReader.withLimits(Limits.DEFAULT), doc("'edition': '" + bad + "'")))
                    .containsExactly(new InputError("/", "the text is not valid Unicode: it has an unpaired surrogate character"));
        }
    }

    @Test
    void theNestingDepthLimitIsInclusive() {
        String full = TestJson.full(); // plan format v1 nests 5 levels deep at most
        assertThatCode(() -> PlanReader.withLimits(new Limits(1 << 20, 5, 100)).readDocument(full)).doesNotThrowAnyException();
        assertThat(errors(PlanReader.withLimits(new Limits(1 << 20, 4, 100)), full)).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("objects and arrays are nested more than 4 levels deep"));
        // passed-over values count as well, down to the last level accepted
        String deep = doc("'x': " + "[".repeat(63) + "]".repeat(63));
        assertThat(TestJson.errors(deep)).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("unknown field \"x\""));
        assertThat(TestJson.error(doc("'x': " + "[".repeat(64) + "]".repeat(64))).message())
                .startsWith("objects and arrays are nested more than 64 levels deep");
        assertThat(TestJson.error(doc("'x': " + "{\"a\": ".repeat(63) + "1" + "}".repeat(63))).message())
                .startsWith("unknown field \"x\"");
    }

    @Test
    void theArrayLengthLimitIsInclusive() {
        PlanReader reader = PlanReader.withLimits(new Limits(1 << 20, 64, 3));
        String three = doc("'counties': [{'code': '621121'}, {'code': '621122'}, {'code': '621123'}]");
        assertThat(reader.readDocument(three).getCounties()).hasSize(3);
        // in passed-over values too
        assertThat(errors(reader, doc("'x': [[1, 2, 3], [4, 5, 6], []]"))).singleElement()
                .satisfies(e -> assertThat(e.message()).startsWith("unknown field"));
        assertThat(errors(reader, doc("'x': [[1, 2, 3], [4, 5, 6, 7]]")))
                .containsExactly(new InputError("/x/1", "the array has more than 3 elements, the limit is 3"));
        assertThat(errors(reader, doc("'x': {'a': [1, 2, 3, 4]}")))
                .containsExactly(new InputError("/x/a", "the array has more than 3 elements, the limit is 3"));
    }

    @Test
    void limitsAcceptTheirBoundsAndRefuseWhatLiesBeyond() {
        assertThat(new Limits(Limits.MAX_BYTES_CEILING, 1, 1).maxBytes()).isEqualTo(Integer.MAX_VALUE - 16L);
        assertThat(new Limits(1, 1, 1)).isEqualTo(new Limits(1, 1, 1));
        assertThatThrownBy(() -> new Limits(Limits.MAX_BYTES_CEILING + 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes must be between 1 and");
        assertThatThrownBy(() -> new Limits(-1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Limits(1, -1, 1)).hasMessage("maxNestingDepth must be positive: -1");
        assertThatThrownBy(() -> new Limits(1, 1, -1)).hasMessage("maxArrayLength must be positive: -1");
        PlanReader one = PlanReader.withLimits(new Limits(1, 1, 1));
        assertThat(one.limits()).isEqualTo(new Limits(1, 1, 1));
        assertThat(PlanReader.withLimits(Limits.DEFAULT).limits()).isSameAs(Limits.DEFAULT);
        assertThat(errors(one, "{}")).containsExactly(new InputError("/", "document is 2 bytes, the limit is 1"));
    }

    /** A county whose online retail growth is {@code growth} (a JSON value as written). */
    private static String growth(String growth) {
        return doc("'counties': [{'code': '621121', 'onlineRetailGrowth': " + growth + "}]");
    }

    private static BigDecimal growthOf(String growth) {
        return TestJson.read(growth(growth)).getCounties().get(0).getOnlineRetailGrowth();
    }

    private static String growthError(String growth) {
        InputError e = TestJson.error(growth(growth));
        assertThat(e.path()).isEqualTo("/counties/0/onlineRetailGrowth");
        return e.message();
    }

    @Test
    void decimalsOfExactlyAHundredDigitsAreAccepted() {
        String hundred = "9".repeat(100);
        assertThat(growthOf("'" + hundred + "'")).isEqualTo(new BigDecimal(hundred));
        assertThat(growthOf(hundred)).isEqualTo(new BigDecimal(hundred));
        assertThat(growthOf("'0." + hundred + "'").scale()).isEqualTo(100);
        assertThat(growthOf("0." + hundred).scale()).isEqualTo(100);
        // the longest string there can be: a sign, 100 digits, a point and 100 digits
        String longest = "-" + hundred + "." + hundred;
        assertThat(longest).hasSize(202);
        assertThat(growthOf("'" + longest + "'")).isEqualTo(new BigDecimal(longest));
        // an exponent is read as its digits, 1e99 having 100 of them
        assertThat(growthOf("1e99")).isEqualTo(BigDecimal.TEN.pow(99)).satisfies(v -> assertThat(v.scale()).isZero());
        assertThat(growthOf("1.5e1")).isEqualTo(new BigDecimal("15"));
    }

    @Test
    void decimalsOfAHundredAndOneDigitsAreRefused() {
        String more = "9".repeat(101);
        String why = "(at most 100 digits before and after the decimal point)";
        assertThat(growthError("'" + more + "'")).endsWith(why);
        assertThat(growthError(more)).endsWith(why);
        assertThat(growthError("'0." + more + "'")).endsWith(why);
        assertThat(growthError("0." + more)).endsWith(why);
        assertThat(growthError("1e100")).endsWith(why);
        assertThat(growthError("1e-101")).endsWith(why);
        assertThat(growthError("'-" + "9".repeat(100) + "." + more + "'"))
                .isEqualTo("expected a growth rate as a decimal fraction (0.35 for 35%), found a string of 203 characters "
                        + why);
    }

    @Test
    void decimalStringsArePlainDigitsWithAtMostOnePoint() {
        assertThat(growthOf("'-0.5'")).isEqualTo(new BigDecimal("-0.5"));
        assertThat(growthOf("'7'")).isEqualTo(new BigDecimal("7"));
        for (String bad : new String[] {"''", "'-'", "'.5'", "'5.'", "'1.2.3'", "'+1'", "'--1'", "'1-'", "' 1'", "'1,5'", "'٣'"}) {
            assertThat(growthError(bad)).as(bad).startsWith("expected a growth rate").doesNotContain("exponent");
        }
        assertThat(growthError("'1e5'")).endsWith("(exponent notation is not allowed in a string; write all digits)");
        assertThat(TestJson.error(doc("'projects': [{'id': 'P', 'area': '621121', 'direction': 'UPWARD',"
                + " 'expenseType': 'GRADING_PACKAGING', 'centralFunds': '-0.01'}]")).message())
                .endsWith(", which is negative");
    }

    @Test
    void datesAreDaysOfTheCalendarInIsoForm() {
        PlanDocument d = TestJson.read(doc("'evaluationDate': '2020-02-29'"));
        assertThat(d.getEvaluationDate()).isEqualTo(java.time.LocalDate.of(2020, 2, 29));
        assertThat(TestJson.read(doc("'evaluationDate': '0000-01-01'")).getEvaluationDate().getYear()).isZero();
        for (String notADay : new String[] {"2019-02-29", "2018-13-01", "2018-00-10", "2018-04-31", "2018-01-00"}) {
            assertThat(TestJson.error(doc("'evaluationDate': '" + notADay + "'")).message()).as(notADay)
                    .endsWith(", which is not a day of the calendar");
        }
        for (String notIso : new String[] {"2018-1-01", "2018/01/01", "20180101", "2018-01-011", "x018-01-01",
            "2018-0a-01", "2018-01-0b", "2018-01-01 ", "٢٠١٨-01-01"}) {
            assertThat(TestJson.error(doc("'evaluationDate': '" + notIso + "'")).message()).as(notIso)
                    .startsWith("expected an ISO date YYYY-MM-DD as a string, found");
        }
    }

    @Test
    void codesAreSixDigitsNotStartingWithZero() {
        assertThat(TestJson.read(doc("'counties': [{'code': '100000'}, {'code': '999999'}]")).getCounties()).hasSize(2);
        for (String bad : new String[] {"012345", "12345", "1234567", "12a456", "62112١", ""}) {
            assertThat(TestJson.error(doc("'counties': [{'code': '" + bad + "'}]")).message()).as(bad)
                    .startsWith("expected a 6-digit GB/T 2260 code as a string (six digits, the first not 0), found");
        }
    }
}
