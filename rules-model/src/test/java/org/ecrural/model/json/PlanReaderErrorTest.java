package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.error;
import static org.ecrural.model.json.TestJson.errors;
import static org.ecrural.model.json.TestJson.full;
import static org.ecrural.model.json.TestJson.paths;
import static org.ecrural.model.json.TestJson.q;
import static org.ecrural.model.json.TestJson.read;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Each kind of input error, with its path and message. */
class PlanReaderErrorTest {

    private static final String PROVINCE = "'province': {'code': '620000', 'name': '甘肃省'}";

    /** A document with one project whose field {@code field} is {@code value} (single-quoted JSON). */
    private static String project(String field, String value) {
        return doc("'projects': [{'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING', '"
                + field + "': " + value + "}]");
    }

    private static String county(String members) {
        return doc("'counties': [{'code': '621121', " + members + "}]");
    }

    private static String training(String members) {
        return doc("'trainingRecords': [{'id': 'T-1', 'area': '621121', " + members + "}]");
    }

    // ------------------------------------------------------------------ unknown fields

    @Test
    void aMisspeltCentralFundIsAnUnknownFieldNotZero() {
        InputError e = error(project("centralFund", "'3000000.00'"));
        assertThat(e.path()).isEqualTo("/projects/0/centralFund");
        assertThat(e.message()).contains("unknown field \"centralFund\"", "did you mean \"centralFunds\"?",
                "allowed fields: id, area, name, direction, expenseType, centralFunds");
    }

    @Test
    void unknownFieldsAreFoundAtEveryLevel() {
        List<InputError> errors = errors(doc("""
                'projets': [], 'province': {'code': '620000', 'name': '甘肃省', 'Name': 'x'},
                'counties': [{'code': '621121', 'villages': {'poorVillages': 3}}],
                'projects': [{'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING',
                              'ledger': {'responsible': 'x', 'dead~line/': '2018-01-01'}}]"""));
        assertThat(paths(errors)).containsExactly("/projets", "/province/Name", "/counties/0/villages/poorVillages",
                "/projects/0/ledger/dead~0line~1");
        assertThat(errors.get(0).message()).contains("did you mean \"projects\"?");
        assertThat(errors.get(2).message()).contains("allowed fields: administrative, administrativeServed");
    }

    // ------------------------------------------------------------------ JSON types

    @Test
    void wrongJsonTypesAreErrors() {
        List<InputError> errors = errors(doc("""
                'province': '甘肃省', 'counties': {'code': '621121'}, 'filing': {'receivedOn': '2018-05-30', 'contents': 'WORK_PLAN'},
                'areas': [{'code': '621121', 'disclosureColumn': 'yes'}, 'x', null],
                'projects': [{'id': 7, 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING', 'name': 5,
                              'ledger': []}]"""));
        assertThat(errors).containsExactly(
                new InputError("/province", "expected an object, found \"甘肃省\""),
                new InputError("/counties", "expected an array, found an object"),
                new InputError("/filing/contents", "expected an array, found \"WORK_PLAN\""),
                new InputError("/areas/0/disclosureColumn", "expected true or false, found \"yes\""),
                new InputError("/areas/1", "expected an object, found \"x\""),
                new InputError("/areas/2", "expected an object, found null"),
                new InputError("/projects/0/id", "expected a non-blank string, found 7"),
                new InputError("/projects/0/name", "expected a string, found 5"),
                new InputError("/projects/0/ledger", "expected an object, found an array"));
    }

    // ------------------------------------------------------------------ enums

    @Test
    void unknownEnumValuesListTheAllowedOnes() {
        List<InputError> errors = errors(doc(PROVINCE + """
                , 'counties': [{'code': '621121', 'divisionType': 'PREFECTURE'}],
                'nominations': [{'county': '621121', 'track': 'poverty'}],
                'trainingRecords': [{'id': 'T-1', 'area': '621121', 'topics': ['PACKAGING', 'SEWING', 3]}]"""));
        assertThat(paths(errors)).containsExactly("/counties/0/divisionType", "/nominations/0/track",
                "/trainingRecords/0/topics/1", "/trainingRecords/0/topics/2");
        assertThat(errors.get(0).message()).isEqualTo("expected one of COUNTY, AUTONOMOUS_COUNTY, COUNTY_LEVEL_CITY, "
                + "BANNER, AUTONOMOUS_BANNER, DISTRICT, FORESTRY_AREA, SPECIAL_AREA, found \"PREFECTURE\"");
        assertThat(errors.get(1).message()).isEqualTo("expected one of POVERTY, OLD_AREA, found \"poverty\""
                + " (did you mean POVERTY?)");
        assertThat(errors.get(2).message()).contains("PACKAGING, DESIGN", "found \"SEWING\"");
        assertThat(errors.get(3).message()).endsWith("found 3");
    }

    // ------------------------------------------------------------------ dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'2018-02-30' | found \"2018-02-30\", which is not a day of the calendar",
        "'2018-02-29' | which is not a day of the calendar",
        "'2018-13-01' | which is not a day of the calendar",
        "'2018-00-10' | which is not a day of the calendar",
        "'2018-5-30'  | expected an ISO date YYYY-MM-DD as a string, found \"2018-5-30\"",
        "'2018/05/30' | expected an ISO date YYYY-MM-DD as a string",
        "'30.05.2018' | expected an ISO date YYYY-MM-DD as a string",
        "'+2018-05-30'| expected an ISO date YYYY-MM-DD as a string",
        "'2018-05-30T00:00:00' | expected an ISO date YYYY-MM-DD as a string",
        "20180530     | expected an ISO date YYYY-MM-DD as a string, found 20180530",
    })
    void impossibleOrMalformedDatesAreErrors(String value, String fragment) {
        InputError e = error(doc(PROVINCE + ", 'filing': {'receivedOn': " + value + "}"));
        assertThat(e.path()).isEqualTo("/filing/receivedOn");
        assertThat(e.message()).contains(fragment);
    }

    // ------------------------------------------------------------------ money, growth, hours

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'abc'          | expected money as a non-negative decimal in yuan, found \"abc\"",
        "'-5.00'        | found \"-5.00\", which is negative",
        "-0.01          | found -0.01, which is negative",
        "'1e5'          | found \"1e5\" (exponent notation is not allowed in a string; write all digits)",
        "'2.5E+6'       | exponent notation is not allowed in a string",
        "'NaN'          | found \"NaN\"",
        "'Infinity'     | found \"Infinity\"",
        "'1,000.00'     | found \"1,000.00\"",
        "' 100'         | found \" 100\"",
        "'100.'         | found \"100.\"",
        "''             | found \"\"",
        "true           | found true",
        "{}             | found an object",
        "1e999999999    | at most 100 digits before and after the decimal point",
        "1e-999999999   | at most 100 digits before and after the decimal point",
    })
    void badMoneyIsAnError(String value, String fragment) {
        InputError e = error(project("centralFunds", value));
        assertThat(e.path()).isEqualTo("/projects/0/centralFunds");
        assertThat(e.message()).startsWith("expected money as a non-negative decimal in yuan").contains(fragment);
    }

    @Test
    void everyMoneyFieldIsChecked() {
        List<InputError> errors = errors(doc("""
                'fundAllocations': [{'area': '621121', 'recipient': '621121', 'centralFunds': '-1'}],
                'projects': [{'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING',
                              'localFunds': 'x', 'socialFunds': -2}],
                'idleFundReallocations': [{'id': 'R-1', 'toCounty': '621121', 'amount': '1.0.0'}]"""));
        assertThat(paths(errors)).containsExactly("/fundAllocations/0/centralFunds", "/projects/0/localFunds",
                "/projects/0/socialFunds", "/idleFundReallocations/0/amount");
        assertThat(errors).allSatisfy(e -> assertThat(e.message()).startsWith("expected money"));
    }

    @Test
    void nanAndInfinityTokensAreMalformedJson() {
        for (String token : List.of("NaN", "Infinity", "-Infinity")) {
            InputError e = error(project("centralFunds", token));
            assertThat(e.path()).isEqualTo("/projects/0/centralFunds");
            assertThat(e.message()).startsWith("malformed JSON at line 1, column ");
        }
    }

    @Test
    void growthFiguresMayBeNegativeButMustBeDecimals() {
        assertThat(read(county("'onlineRetailGrowth': -0.1, 'agriOnlineRetailGrowth': '-1.25'"))
                .getCounties().get(0).getAgriOnlineRetailGrowth()).isEqualByComparingTo("-1.25");
        List<InputError> errors = errors(doc("""
                'counties': [{'code': '621121', 'onlineRetailGrowth': '35%', 'agriOnlineRetailGrowth': false}],
                'nationalRuralAverage': {'onlineRetailGrowth': 'n/a', 'agriOnlineRetailGrowth': '0.33'}"""));
        assertThat(paths(errors)).containsExactly("/counties/0/onlineRetailGrowth", "/counties/0/agriOnlineRetailGrowth",
                "/nationalRuralAverage/onlineRetailGrowth");
        assertThat(errors.get(0).message())
                .isEqualTo("expected a growth rate as a decimal fraction (0.35 for 35%), found \"35%\"");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'-1'   | found \"-1\", which is negative",
        "-0.5   | found -0.5, which is negative",
        "'six'  | found \"six\"",
        "[6]    | found an array",
    })
    void trainingHoursMustBeANonNegativeDecimal(String value, String fragment) {
        InputError e = error(training("'hours': " + value));
        assertThat(e.path()).isEqualTo("/trainingRecords/0/hours");
        assertThat(e.message()).startsWith("expected training hours as a non-negative decimal").contains(fragment);
    }

    // ------------------------------------------------------------------ whole numbers

    @Test
    void villageFiguresMustBeNonNegativeAndServedAtMostTheTotal() {
        List<InputError> errors = errors(doc("""
                'counties': [{'code': '621121', 'villages': {'administrative': -1, 'administrativeServed': 3}},
                             {'code': '621122', 'villages': {'administrative': 332, 'administrativeServed': 333,
                                                             'registeredPoor': 10, 'registeredPoorServed': 11}},
                             {'code': '621123', 'villages': {'registeredPoor': '10', 'registeredPoorServed': 2.5}}]"""));
        assertThat(errors).containsExactly(
                new InputError("/counties/0/villages/administrative", "expected a whole number >= 0, found -1"),
                new InputError("/counties/1/villages/administrativeServed",
                        "expected at most administrative (332) villages served, found 333, more than the total"),
                new InputError("/counties/1/villages/registeredPoorServed",
                        "expected at most registeredPoor (10) villages served, found 11, more than the total"),
                new InputError("/counties/2/villages/registeredPoor", "expected a whole number >= 0, found \"10\""),
                new InputError("/counties/2/villages/registeredPoorServed", "expected a whole number >= 0, found 2.5"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "'quota': -1                                                      | /quota | expected a whole number >= 0, found -1",
        "'quota': 99999999999                                             | /quota | expected a whole number >= 0, found 99999999999",
        "'nominations': [{'county': '621121', 'track': 'POVERTY', 'rank': 0}] | /nominations/0/rank | expected a whole number >= 1, found 0",
        "'counties': [{'code': '621122', 'supportedInYear': 1989}]        | /counties/0/supportedInYear | expected a year between 1990 and 2100, found 1989",
        "'counties': [{'code': '621122', 'supportedInYear': 2101}]        | /counties/0/supportedInYear | found 2101",
        "'counties': [{'code': '621122', 'supportedInYear': '2016'}]      | /counties/0/supportedInYear | found \"2016\"",
    })
    void wholeNumbersAreCheckedForRange(String members, String path, String fragment) {
        String json = doc(PROVINCE + ", 'counties': [{'code': '621121'}], " + members)
                .replace(q("'counties': [{'code': '621121'}], 'counties'"), q("'counties'"));
        List<InputError> errors = errors(json);
        assertThat(errors).as("%s", errors).anySatisfy(e -> {
            assertThat(e.path()).isEqualTo(path);
            assertThat(e.message()).contains(fragment);
        });
    }

    @Test
    void formatAndEditionAreRequiredAndFixed() {
        assertThat(errors(q("{'quota': null}"))).containsExactly(
                new InputError("/format", "required field \"format\" is missing"),
                new InputError("/edition", "required field \"edition\" is missing"));
        assertThat(errors(q("{'format': 2, 'edition': '2019'}"))).containsExactly(
                new InputError("/format", "expected format 1 (the only format version this reader reads), found 2"));
        assertThatCode(() -> PlanReader.read(q("{'format': 1, 'edition': '2018-甘肃'}").getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .doesNotThrowAnyException(); // which editions exist is the rule base's to say
        assertThat(errors(q("{'format': 1, 'edition': '../x'}"))).containsExactly(
                new InputError("/edition", "expected an edition name as a string, such as \"2018\" (letters, digits, '-', '_' and '.', "
                        + "at most 64 characters), found \"../x\""));
        assertThat(paths(errors(q("{'format': '1', 'edition': 2018}")))).containsExactly("/format", "/edition");
        assertThat(errors(q("{'format': null, 'edition': '2018'}")))
                .containsExactly(new InputError("/format", "required field \"format\" is null"));
    }

    // ------------------------------------------------------------------ codes

    @Test
    void codesMustBeSixDigitStringsAndTheProvinceCodeMustEndIn0000() {
        List<InputError> errors = errors(doc("""
                'province': {'code': '621100', 'name': '甘肃省'},
                'counties': [{'code': '62112'}, {'code': 621121}, {'code': '021121', 'prefectureCode': '6211OO'}],
                'nominations': [{'county': '6211210', 'track': 'POVERTY'}],
                'prefecturePromotions': [{'prefecture': '62 1100', 'agreedCounties': ['６２１１２１']}],
                'finalSubmission': {'sentOn': '2018-06-14', 'form': 'OTHER', 'counties': ['']},
                'areas': [{'code': 'A1'}],
                'fundAllocations': [{'area': '621121', 'recipient': '621121 ', 'centralFunds': '1'}],
                'projects': [{'id': 'P-1', 'area': '000000', 'direction': 'UPWARD', 'expenseType': 'MARKETING'}],
                'trainingRecords': [{'id': 'T-1', 'area': ''}],
                'idleFundReallocations': [{'id': 'R-1', 'fromArea': 'x', 'toCounty': '1', 'amount': '1'}]"""));
        assertThat(paths(errors)).containsExactly("/province/code", "/counties/0/code", "/counties/1/code",
                "/counties/2/code", "/counties/2/prefectureCode", "/nominations/0/county",
                "/prefecturePromotions/0/prefecture", "/prefecturePromotions/0/agreedCounties/0",
                "/finalSubmission/counties/0", "/areas/0/code", "/fundAllocations/0/recipient", "/projects/0/area",
                "/trainingRecords/0/area", "/idleFundReallocations/0/fromArea", "/idleFundReallocations/0/toCounty");
        assertThat(errors.get(0).message()).isEqualTo("expected a 6-digit GB/T 2260 province code ending in 0000 "
                + "as a string, found \"621100\", which does not end in 0000");
        assertThat(errors.get(1).message()).isEqualTo("expected a 6-digit GB/T 2260 code as a string "
                + "(six digits, the first not 0), found \"62112\"");
        assertThat(errors.get(2).message()).isEqualTo("expected a 6-digit GB/T 2260 code as a string, found 621121 "
                + "(write the code in quotes)");
    }

    // ------------------------------------------------------------------ required fields

    @Test
    void everyRequiredFieldIsReportedWhenAbsent() {
        List<InputError> errors = errors(doc("""
                'province': {}, 'counties': [{}], 'filing': {}, 'nominations': [{}], 'prefecturePromotions': [{}],
                'finalSubmission': {}, 'areas': [{'justifications': [{}]}], 'fundAllocations': [{}],
                'projects': [{}], 'trainingRecords': [{}], 'idleFundReallocations': [{}]"""));
        assertThat(paths(errors)).containsExactly("/province/code", "/province/name", "/counties/0/code",
                "/filing/receivedOn", "/nominations/0/county", "/nominations/0/track", "/prefecturePromotions/0/prefecture",
                "/finalSubmission/sentOn", "/finalSubmission/form", "/areas/0/code", "/areas/0/justifications/0/rule",
                "/fundAllocations/0/area", "/fundAllocations/0/recipient", "/fundAllocations/0/centralFunds",
                "/projects/0/id", "/projects/0/area", "/projects/0/direction", "/projects/0/expenseType",
                "/trainingRecords/0/id", "/trainingRecords/0/area",
                "/idleFundReallocations/0/id", "/idleFundReallocations/0/toCounty", "/idleFundReallocations/0/amount");
        assertThat(errors.get(0).message()).isEqualTo("required field \"code\" is missing");
    }

    @Test
    void aRequiredFieldThatIsNullOrBlankIsAnError() {
        List<InputError> errors = errors(project("centralFunds", "'1'").replace(q("'id': 'P-1'"), q("'id': null"))
                .replace(q("'area': '621121'"), q("'area': '621121', 'name': null")));
        assertThat(errors).containsExactly(new InputError("/projects/0/id", "required field \"id\" is null"));
        assertThat(error(project("centralFunds", "'1'").replace(q("'id': 'P-1'"), q("'id': '  '"))))
                .isEqualTo(new InputError("/projects/0/id", "expected a non-blank string, found \"  \""));
    }

    @Test
    void provinceIsRequiredWhenAProvinceLevelPartIsPresent() {
        assertThat(error(doc("'filing': {'receivedOn': '2018-05-30'}, 'quota': 3")))
                .isEqualTo(new InputError("/province", "required field \"province\" (with code and name) is missing; "
                        + "it is required because the document has filing, quota"));
        assertThat(error(doc("'province': null, 'workPlan': {}")).message()).endsWith("the document has workPlan");
        assertThat(error(doc("'finalSubmission': {'sentOn': '2018-06-14', 'form': 'OTHER'}")).path())
                .isEqualTo("/province");
        assertThat(error(doc("'counties': [{'code': '621121'}], 'nominations': [{'county': '621121', 'track': 'POVERTY'}]"))
                .message()).endsWith("the document has nominations");
        assertThat(read(doc("'nominations': [], 'projects': []")).getProvince()).isNull();
        assertThat(error(doc("'province': {'code': '620000'}, 'quota': 3")))
                .isEqualTo(new InputError("/province/name", "required field \"name\" is missing"));
    }

    // ------------------------------------------------------------------ unique keys

    @Test
    void repeatedKeysAreReportedAtTheSecondOneNamingTheFirst() {
        List<InputError> errors = errors(doc("""
                'counties': [{'code': '621121'}, {'code': '621122'}, {'code': '621121'}],
                'areas': [{'code': '621121'}, {'code': '621121'}],
                'projects': [
                  {'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING'},
                  {'id': 'P-2', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING'},
                  {'id': 'P-1', 'area': '621122', 'direction': 'UPWARD', 'expenseType': 'MARKETING'},
                  {'id': 'P-1', 'area': '621122', 'direction': 'UPWARD', 'expenseType': 'MARKETING'}],
                'trainingRecords': [{'id': 'T-1', 'area': '621121'}, {'id': 'T-1', 'area': '621121'}],
                'idleFundReallocations': [{'id': 'R-1', 'toCounty': '621121', 'amount': '1'},
                                          {'id': 'R-1', 'toCounty': '621121', 'amount': '2'}]"""));
        assertThat(errors).containsExactly(
                new InputError("/counties/2/code", "duplicate county code \"621121\": it is already used at /counties/0/code"),
                new InputError("/areas/1/code", "duplicate area code \"621121\": it is already used at /areas/0/code"),
                new InputError("/projects/2/id", "duplicate project id \"P-1\": it is already used at /projects/0/id"),
                new InputError("/projects/3/id", "duplicate project id \"P-1\": it is already used at /projects/0/id"),
                new InputError("/trainingRecords/1/id",
                        "duplicate training record id \"T-1\": it is already used at /trainingRecords/0/id"),
                new InputError("/idleFundReallocations/1/id",
                        "duplicate reallocation id \"R-1\": it is already used at /idleFundReallocations/0/id"));
    }

    // ------------------------------------------------------------------ references

    @Test
    void referencesMustResolveToCounties() {
        List<InputError> errors = errors(doc(PROVINCE + """
                , 'nominations': [{'county': '621121', 'track': 'POVERTY'}, {'county': '621199', 'track': 'POVERTY'}],
                'prefecturePromotions': [{'prefecture': '621100', 'agreedCounties': ['621121', '621198']}],
                'finalSubmission': {'sentOn': '2018-06-14', 'form': 'OTHER', 'counties': ['621100', '621121', '621200']},
                'counties': [{'code': '621121'}]"""));
        assertThat(errors).containsExactly(
                new InputError("/nominations/1/county",
                        "expected the code of a county listed in counties, found \"621199\", which is not listed"),
                new InputError("/prefecturePromotions/0/agreedCounties/1",
                        "expected the code of a county listed in counties, found \"621198\", which is not listed"),
                new InputError("/finalSubmission/counties/2", "expected the code of a county listed in counties or of a "
                        + "prefecture in prefecturePromotions, found \"621200\", which is not listed"));
    }

    // ------------------------------------------------------------------ all at once, in order

    @Test
    void manyErrorsAreReportedAtOnceInDocumentOrder() {
        String json = full()
                .replace("\"edition\": \"2018\"", "\"edition\": \"2018/甘肃\"")
                .replace("\"name\": \"甘肃省\",", "\"name\": \"甘肃省\", \"colour\": \"red\",")
                .replace("\"registeredPoorServed\": 80", "\"registeredPoorServed\": 180")
                .replace("\"receivedOn\": \"2018-05-30\"", "\"receivedOn\": \"2018-02-30\"")
                .replace("{ \"county\": \"621123\"", "{ \"county\": \"621124\"")
                .replace("\"centralFunds\": \"3000000.00\"", "\"centralFund\": \"3000000.00\"")
                .replace("\"status\": \"PLANNED\"", "\"status\": \"DONE\"")
                .replace("\"hours\": \"2.5\"", "\"hours\": \"-2.5\"")
                .replace("{ \"id\": \"R-1\"", "{ \"id\": \"R-1\", \"toCounty\": \"621121\", \"amount\": 0 }, { \"id\": \"R-1\"");
        PlanInputException e = catchThrowableOfType(PlanInputException.class, () -> PlanReader.read(json));
        assertThat(paths(e.errors())).containsExactly("/edition", "/province/colour",
                "/counties/0/villages/registeredPoorServed", "/filing/receivedOn", "/nominations/1/county",
                "/projects/0/centralFund", "/projects/1/status", "/trainingRecords/1/hours", "/idleFundReallocations/1/id");
        assertThat(e.getMessage().split("\n")).hasSize(9)
                .contains("/filing/receivedOn: expected an ISO date YYYY-MM-DD, found \"2018-02-30\", "
                        + "which is not a day of the calendar");
    }

    @Test
    void danglingReferencesTakeTheirPlaceInDocumentOrder() {
        List<InputError> errors = errors(doc(PROVINCE + """
                , 'nominations': [{'county': '621199', 'track': 'POVERTY'}],
                'counties': [{'code': '621121', 'name': 3}]"""));
        assertThat(paths(errors)).containsExactly("/nominations/0/county", "/counties/0/name");
    }

    @Test
    void atMostTenThousandErrorsAreListedAndTheRestCounted() {
        StringBuilder records = new StringBuilder();
        for (int i = 0; i < 10_050; i++) {
            records.append(i == 0 ? "" : ", ").append("{'id': 'T-").append(i).append("', 'area': '621121', 'hours': -1}");
        }
        List<InputError> errors = errors(doc("'trainingRecords': [" + records + "]"));
        assertThat(errors).hasSize(10_001);
        assertThat(errors.get(9_999).path()).isEqualTo("/trainingRecords/9999/hours");
        assertThat(errors.get(10_000)).isEqualTo(new InputError("/", "and 50 more errors, not listed (at most 10000 are listed)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"'quota': 'x'", "'areas': [{'code': '621121', 'justifications': [{'rule': ''}]}]"})
    void theMessageListsEachErrorAsPathColonMessage(String members) {
        PlanInputException e = catchThrowableOfType(PlanInputException.class,
                () -> PlanReader.read(doc(PROVINCE + ", " + members)));
        assertThat(e.getMessage()).isEqualTo(e.errors().get(0).path() + ": " + e.errors().get(0).message());
    }
}
