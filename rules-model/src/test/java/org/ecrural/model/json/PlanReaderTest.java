package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.full;
import static org.ecrural.model.json.TestJson.read;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.ecrural.model.County;
import org.ecrural.model.Direction;
import org.ecrural.model.DivisionType;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.FilingContent;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.Track;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.WorkPlanItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Valid documents read into the right facts. */
class PlanReaderTest {

    @Test
    void fullExampleReadsIntoTheFacts() {
        PlanDocument d = read(full());

        assertThat(d.getFormat()).isEqualTo(1);
        assertThat(d.getEdition()).isEqualTo("2018");
        assertThat(d.getEvaluationDate()).isEqualTo(LocalDate.of(2018, 10, 31));
        assertThat(d.getProvince().getCode()).isEqualTo("620000");
        assertThat(d.getProvince().getName()).isEqualTo("甘肃省");
        assertThat(d.getProvince().getReportingChannel()).isTrue();

        assertThat(d.getCounties()).extracting(County::getCode).containsExactly("621121", "621123");
        County tongwei = d.getCounties().get(0);
        assertThat(tongwei.getDivisionType()).isEqualTo(DivisionType.COUNTY);
        assertThat(tongwei.getNationalKeyCounty()).isTrue();
        assertThat(tongwei.getContiguousArea()).isEqualTo("六盘山区");
        assertThat(tongwei.getOldAreaRegion()).isNull();
        assertThat(tongwei.getSupportedInYear()).isNull();
        assertThat(tongwei.getVillages().getAdministrative()).isEqualTo(332);
        assertThat(tongwei.getVillages().getRegisteredPoorServed()).isEqualTo(80);
        assertThat(tongwei.getOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.35"));
        County weiyuan = d.getCounties().get(1);
        assertThat(weiyuan.getOldAreaRegion()).isEqualTo(OldAreaRegion.SHAAN_GAN_NING);
        assertThat(weiyuan.getSupportedInYear()).isEqualTo(2016);
        assertThat(weiyuan.getVillages().getRegisteredPoor()).isNull();
        assertThat(weiyuan.getOnlineRetailGrowth()).isEqualTo(new BigDecimal("-0.05"));
        assertThat(d.getNationalRuralAverage().getAgriOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.33"));

        assertThat(d.getFiling().getReceivedOn()).isEqualTo(LocalDate.of(2018, 5, 30));
        assertThat(d.getFiling().getContents()).containsExactly(FilingContent.ELIGIBILITY_CONDITIONS,
                FilingContent.POVERTY_RANKED_LIST, FilingContent.OLD_AREA_RANKED_LIST, FilingContent.WORK_PLAN);
        assertThat(d.getNominations()).hasSize(2);
        assertThat(d.getNominations().get(1).getTrack()).isEqualTo(Track.OLD_AREA);
        assertThat(d.getNominations().get(1).getRank()).isEqualTo(2);
        assertThat(d.getPrefecturePromotions().get(0).getAgreedCounties()).containsExactly("621121", "621123");
        assertThat(d.getFinalSubmission().getSentOn()).isEqualTo(LocalDate.of(2018, 6, 14));
        assertThat(d.getFinalSubmission().getForm()).isEqualTo(SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
        assertThat(d.getFinalSubmission().getCounties()).containsExactly("621121", "621100");
        assertThat(d.getQuota()).isEqualTo(12);
        assertThat(d.getWorkPlan().getItems()).startsWith(WorkPlanItem.PRIOR_PROGRESS).hasSize(5);

        assertThat(d.getAreas()).hasSize(2);
        assertThat(d.getAreas().get(0).getJustifications().get(0).getRule()).isEqualTo("FUND-UPWARD-MIN-SHARE");
        assertThat(d.getAreas().get(1).getPostTrainingService()).isFalse();
        assertThat(d.getAreas().get(1).getInfoSystemConnected()).as("absent is not evidenced").isNull();

        BigDecimal allocated = d.getFundAllocations().get(0).getCentralFunds();
        assertThat(allocated.toPlainString()).isEqualTo("20000000.00");
        assertThat(allocated.scale()).isEqualTo(2);
        assertThat(d.getFundAllocations().get(2).getRecipient()).isEqualTo("621123");

        ProjectItem p1 = d.getProjects().get(0);
        assertThat(p1.getId()).isEqualTo("P-001");
        assertThat(p1.getDirection()).isEqualTo(Direction.UPWARD);
        assertThat(p1.getExpenseType()).isEqualTo(ExpenseType.GRADING_PACKAGING);
        assertThat(p1.getCentralFunds().toPlainString()).isEqualTo("3000000.00");
        assertThat(p1.getLocalFunds().toPlainString()).isEqualTo("500000.00");
        assertThat(p1.getSocialFunds()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(p1.getSupportMethod()).isEqualTo(SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY);
        assertThat(p1.getLedger().getResponsible()).isEqualTo("张某");
        assertThat(p1.getLedger().getDeadline()).isEqualTo(LocalDate.of(2018, 12, 31));
        assertThat(p1.getStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(p1.getOperationPlan()).isTrue();
        assertThat(p1.getStationFunctions()).isEmpty();
        ProjectItem p2 = d.getProjects().get(1);
        assertThat(p2.getCentralFunds().toPlainString()).isEqualTo("1200000.50");
        assertThat(p2.getLocalFunds()).isNull();
        assertThat(p2.getSignage()).isNull();
        assertThat(p2.getStationFunctions()).containsExactly(StationFunction.COLLECTION_AND_PAYMENT,
                StationFunction.BUYING_AND_SELLING, StationFunction.CONVENIENCE);

        TrainingRecord t1 = d.getTrainingRecords().get(0);
        assertThat(t1.getDate()).isEqualTo(LocalDate.of(2018, 8, 2));
        assertThat(t1.getGroup()).isEqualTo(TraineeGroup.REGISTERED_POOR_HOUSEHOLD);
        assertThat(t1.getTopics()).containsExactly(TrainingTopic.PACKAGING, TrainingTopic.MARKETING);
        assertThat(t1.getHours()).isEqualTo(new BigDecimal("6"));
        assertThat(d.getTrainingRecords().get(1).getHours()).isEqualTo(new BigDecimal("2.5"));

        assertThat(d.getIdleFundReallocations().get(0).getFromArea()).isEqualTo("620521");
        assertThat(d.getIdleFundReallocations().get(0).getAmount().toPlainString()).isEqualTo("1000000.00");
        assertThat(d.getIdleFundReallocations().get(0).getRecipientRatedOutstanding()).isTrue();
    }

    @Test
    void moneyIsReadExactlyFromNumbersAndStrings() {
        PlanDocument d = read(doc("""
                'fundAllocations': [
                  {'area': '621121', 'recipient': '621121', 'centralFunds': 20000000.00},
                  {'area': '621121', 'recipient': '621122', 'centralFunds': 0.1},
                  {'area': '621121', 'recipient': '621123', 'centralFunds': 1e20},
                  {'area': '621121', 'recipient': '621124', 'centralFunds': '100000000000000000000.01'},
                  {'area': '621121', 'recipient': '621125', 'centralFunds': 123456789012345678901234567890.123456789},
                  {'area': '621121', 'recipient': '621126', 'centralFunds': 1.5E+3},
                  {'area': '621121', 'recipient': '621127', 'centralFunds': '-0'}
                ]"""));
        assertThat(d.getFundAllocations()).extracting(a -> a.getCentralFunds().toPlainString()).containsExactly(
                "20000000.00", "0.1", "100000000000000000000", "100000000000000000000.01",
                "123456789012345678901234567890.123456789", "1500", "0");
        assertThat(d.getFundAllocations().get(2).getCentralFunds())
                .isEqualTo(new BigDecimal("100000000000000000000")).hasScaleOf(0);
    }

    @Test
    void smallestDocumentHasOnlyFormatAndEdition() {
        PlanDocument d = read(doc(""));
        assertThat(d.getEvaluationDate()).isNull();
        assertThat(d.getProvince()).isNull();
        assertThat(d.getCounties()).isEmpty();
        assertThat(d.getProjects()).isEmpty();
        assertThat(d.getQuota()).isNull();
    }

    @Test
    void nullIsTheSameAsAbsentForOptionalFieldsAndANullArrayIsEmpty() {
        PlanDocument d = read(doc("""
                'evaluationDate': null, 'province': null, 'counties': null, 'nationalRuralAverage': null,
                'filing': null, 'nominations': null, 'prefecturePromotions': null, 'finalSubmission': null,
                'quota': null, 'workPlan': null, 'areas': [{'code': '621121', 'disclosureColumn': null,
                'justifications': null}], 'fundAllocations': null, 'trainingRecords': null,
                'projects': [{'id': 'P-1', 'area': '621121', 'direction': 'OTHER', 'expenseType': 'OTHER',
                  'centralFunds': null, 'ledger': null, 'signage': null, 'stationFunctions': null}],
                'idleFundReallocations': null"""));
        assertThat(d.getProvince()).isNull();
        assertThat(d.getCounties()).isEmpty();
        assertThat(d.getAreas().get(0).getDisclosureColumn()).isNull();
        assertThat(d.getAreas().get(0).getJustifications()).isEmpty();
        ProjectItem p = d.getProjects().get(0);
        assertThat(p.getCentralFunds()).isNull();
        assertThat(p.getSignage()).isNull();
        assertThat(p.getLedger()).isNull();
        assertThat(p.getStationFunctions()).isEmpty();
    }

    @Test
    void incompleteTrainingRecordsAndLedgersAreFindingsNotInputErrors() {
        PlanDocument d = read(doc("""
                'projects': [{'id': 'P-1', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING',
                  'ledger': {'responsible': '  ', 'deadline': ''}},
                  {'id': 'P-2', 'area': '621121', 'direction': 'UPWARD', 'expenseType': 'MARKETING', 'ledger': {}}],
                'trainingRecords': [
                  {'id': 'T-1', 'area': '621121'},
                  {'id': 'T-2', 'area': '621121', 'date': '', 'trainee': '', 'group': ' ', 'topics': [],
                   'hours': '', 'organiser': ''},
                  {'id': 'T-3', 'area': '621121', 'hours': 0}]"""));
        assertThat(d.getProjects().get(0).getLedger().getResponsible()).isBlank();
        assertThat(d.getProjects().get(0).getLedger().getDeadline()).isNull();
        assertThat(d.getProjects().get(1).getLedger().getDeadline()).isNull();
        TrainingRecord t2 = d.getTrainingRecords().get(1);
        assertThat(t2.getDate()).isNull();
        assertThat(t2.getTrainee()).isEmpty();
        assertThat(t2.getGroup()).isNull();
        assertThat(t2.getHours()).isNull();
        assertThat(d.getTrainingRecords().get(2).getHours()).isEqualByComparingTo("0");
    }

    @Test
    void aCountyNominatedTwiceAndAPrefectureInTheFinalSubmissionAreNotInputErrors() {
        PlanDocument d = read(doc("""
                'province': {'code': '620000', 'name': '甘肃省'},
                'counties': [{'code': '621121'}],
                'nominations': [{'county': '621121', 'track': 'POVERTY'}, {'county': '621121', 'track': 'OLD_AREA'}],
                'prefecturePromotions': [{'prefecture': '621100'}],
                'finalSubmission': {'sentOn': '2018-06-14', 'form': 'OTHER', 'counties': ['621100', '621121']}"""));
        assertThat(d.getNominations()).hasSize(2);
        assertThat(d.getFinalSubmission().getCounties()).containsExactly("621100", "621121");
    }

    @Test
    void boundaryValuesAreAccepted() {
        PlanDocument d = read(doc("""
                'province': {'code': '650000', 'name': '新疆维吾尔自治区'}, 'quota': 0,
                'counties': [{'code': '100000', 'supportedInYear': 1990,
                              'villages': {'administrative': 0, 'administrativeServed': 0,
                                           'registeredPoor': 5, 'registeredPoorServed': 5}},
                             {'code': '999999', 'supportedInYear': 2100}],
                'nominations': [{'county': '100000', 'track': 'POVERTY', 'rank': 1}],
                'evaluationDate': '2016-02-29'"""));
        assertThat(d.getQuota()).isZero();
        assertThat(d.getCounties().get(1).getSupportedInYear()).isEqualTo(2100);
        assertThat(d.getEvaluationDate()).isEqualTo(LocalDate.of(2016, 2, 29));
    }

    @Test
    void wholeNumbersMayBeWrittenWithAZeroFraction() {
        assertThat(read(doc("'province': {'code': '620000', 'name': '甘肃省'}, 'quota': 12.0")).getQuota()).isEqualTo(12);
    }

    @Test
    void everySourceGivesTheSameDocument(@TempDir Path dir) throws Exception {
        String json = full();
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("plan.json"), bytes);
        String expected = PlanWriter.write(PlanReader.read(json));
        assertThat(PlanWriter.write(PlanReader.read(bytes))).isEqualTo(expected);
        assertThat(PlanWriter.write(PlanReader.read(file))).isEqualTo(expected);
        assertThat(PlanWriter.write(PlanReader.read(new ByteArrayInputStream(bytes)))).isEqualTo(expected);
        assertThat(PlanWriter.write(PlanReader.withLimits(Limits.DEFAULT).readDocument(json))).isEqualTo(expected);
    }

    @Test
    void aUtf8ByteOrderMarkIsSkipped() throws Exception {
        byte[] body = doc("'quota': 3, 'province': {'code': '620000', 'name': '甘肃省'}").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(PlanReader.read(withBom).getQuota()).isEqualTo(3);
    }
}
