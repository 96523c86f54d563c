package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.errors;
import static org.ecrural.model.json.TestJson.full;
import static org.ecrural.model.json.TestJson.read;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.Nomination;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.Province;
import org.ecrural.model.Track;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.junit.jupiter.api.Test;

/**
 * A plan built in Java is checked by {@link PlanReader#validate} with the reader's own rules: each
 * class of error is reported with the same path and message as the same mistake in JSON.
 */
class JavaPlanValidationTest {

    private static final String AREA = "621121";

    /** One area, one allocation, one upward project, built with the constructors and builders. */
    static PlanDocument small() {
        PlanDocument p = new PlanDocument();
        p.setCounties(List.of(County.builder().code(AREA).name("通渭县").build()));
        p.setAreas(List.of(new DemoArea(AREA)));
        p.setFundAllocations(List.of(new FundAllocation(AREA, AREA, new BigDecimal("10000000.00"))));
        p.setProjects(List.of(ProjectItem.builder().id("P-1").area(AREA).direction(Direction.UPWARD)
                .expenseType(ExpenseType.SUPPLY_CHAIN).centralFunds(new BigDecimal("6000000.00")).build()));
        return p;
    }

    /** The same plan as JSON. */
    static String smallJson(String projectFields) {
        return doc("'counties': [{'code': '621121', 'name': '通渭县'}], 'areas': [{'code': '621121'}],"
                + " 'fundAllocations': [{'area': '621121', 'recipient': '621121', 'centralFunds': '10000000.00'}],"
                + " 'projects': [{" + projectFields + "}]");
    }

    private static final String GOOD_PROJECT =
            "'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'SUPPLY_CHAIN', 'centralFunds': '6000000.00'";

    static List<InputError> javaErrors(PlanDocument p) {
        PlanInputException e = catchThrowableOfType(() -> PlanReader.validate(p), PlanInputException.class);
        assertThat(e).as("validate must reject the plan").isNotNull();
        return e.errors();
    }

    static List<InputError> javaErrors(Consumer<PlanDocument> change) {
        PlanDocument p = small();
        change.accept(p);
        return javaErrors(p);
    }

    @Test
    void aPlanBuiltWithBuildersIsValidAndEqualsItsJson() {
        assertThatCode(() -> PlanReader.validate(small())).doesNotThrowAnyException();
        assertThat(PlanWriter.write(small())).isEqualTo(PlanWriter.write(read(smallJson(GOOD_PROJECT))));
    }

    @Test
    void theFullExampleBuiltFromJavaIsValid() {
        PlanDocument d = read(full());
        assertThatCode(() -> PlanReader.validate(d)).doesNotThrowAnyException();
    }

    @Test
    void aNullIdIsReportedAtItsPath() {
        List<InputError> java = javaErrors(p -> p.getProjects().get(0).setId(null));
        assertThat(java).containsExactly(new InputError("/projects/0/id", "required field \"id\" is null"));
        assertThat(java).isEqualTo(errors(smallJson(GOOD_PROJECT.replace("'id': 'P-1'", "'id': null"))));
    }

    @Test
    void negativeMoneyIsReportedAsFromJson() {
        List<InputError> java = javaErrors(p -> p.getProjects().get(0).setCentralFunds(new BigDecimal("-2.00")));
        assertThat(java).extracting(InputError::path).containsExactly("/projects/0/centralFunds");
        assertThat(java).isEqualTo(errors(smallJson(GOOD_PROJECT.replace("'6000000.00'", "'-2.00'"))));
        assertThat(javaErrors(p -> p.getFundAllocations().get(0).setCentralFunds(new BigDecimal("-1"))))
                .extracting(InputError::path).containsExactly("/fundAllocations/0/centralFunds");
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecond() {
        List<InputError> java = javaErrors(p -> p.setProjects(List.of(p.getProjects().get(0), p.getProjects().get(0))));
        assertThat(java).containsExactly(new InputError("/projects/1/id",
                "duplicate project id \"P-1\": it is already used at /projects/0/id"));
        assertThat(java).isEqualTo(errors(smallJson(GOOD_PROJECT + "}, {" + GOOD_PROJECT)));
    }

    @Test
    void aDanglingReferenceIsReportedWhereItIs() {
        List<InputError> java = javaErrors(p -> {
            p.setProvince(new Province("620000", "甘肃省"));
            p.setNominations(List.of(new Nomination(AREA, Track.POVERTY), new Nomination("621122", Track.POVERTY)));
        });
        assertThat(java).extracting(InputError::path).containsExactly("/nominations/1/county");
        assertThat(java.get(0).message()).contains("\"621122\", which is not listed");
    }

    @Test
    void aNullElementOfAListIsReportedAtItsIndex() {
        assertThat(javaErrors(p -> p.setProjects(Arrays.asList(p.getProjects().get(0), null))))
                .containsExactly(new InputError("/projects/1", "expected an object, found null"));
        List<InputError> topics = javaErrors(p -> p.setTrainingRecords(List.of(TrainingRecord.builder()
                .id("T-1").area(AREA).topics(TrainingTopic.values()[0], null).build())));
        assertThat(topics).extracting(InputError::path).containsExactly("/trainingRecords/0/topics/1");
    }

    @Test
    void blankIdsMalformedCodesAndMissingPartsAreReported() {
        List<InputError> java = javaErrors(p -> {
            p.getProjects().get(0).setId(" ");
            p.getAreas().get(0).setCode("62112");
            p.setQuota(-1);
        });
        assertThat(java).extracting(InputError::path)
                .containsExactlyInAnyOrder("/province", "/quota", "/areas/0/code", "/projects/0/id");
        assertThat(javaErrors(p -> p.setEdition(null))).containsExactly(
                new InputError("/edition", "required field \"edition\" is null"));
    }

    @Test
    void allErrorsAreListedAtOnceInDocumentOrder() {
        List<InputError> java = javaErrors(p -> {
            p.getProjects().get(0).setArea(null);
            p.getProjects().get(0).setLocalFunds(new BigDecimal("-5"));
            p.getFundAllocations().get(0).setRecipient(null);
        });
        assertThat(java).extracting(InputError::path)
                .containsExactly("/fundAllocations/0/recipient", "/projects/0/area", "/projects/0/localFunds");
    }

    @Test
    void theReaderMarksWhatItReadAndNothingElse() {
        assertThat(PlanReader.isRead(read(smallJson(GOOD_PROJECT)))).isTrue();
        assertThat(PlanReader.isRead(small())).isFalse();
        assertThat(PlanReader.isRead(null)).isFalse();
    }

    @Test
    void validatingChangesNothingAndANullDocumentIsRefusedClearly() {
        PlanDocument p = small();
        String before = PlanWriter.write(p);
        PlanReader.validate(p);
        assertThat(PlanWriter.write(p)).isEqualTo(before);
        NullPointerException e = catchThrowableOfType(() -> PlanReader.validate(null), NullPointerException.class);
        assertThat(e).hasMessageContaining("null");
    }

    @Test
    void planInputExceptionIsUncheckedSoHostsNeedNotDeclareIt() {
        assertThat(RuntimeException.class).isAssignableFrom(PlanInputException.class);
    }
}
