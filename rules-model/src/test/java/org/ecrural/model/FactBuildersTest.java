package org.ecrural.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every builder and all-fields constructor carries each value it is given to the fact it builds;
 * false stays false (not merely "present"), lists are copied, and toString names the identifying fields.
 */
class FactBuildersTest {

    @Test
    void aCountyBuilderCarriesEveryField() {
        Villages villages = new Villages(120, 60, 40, 20);
        County county = County.builder().code("621121").name("通渭县").prefectureCode("621100").prefecture("定西市")
                .divisionType(DivisionType.COUNTY).nationalKeyCounty(false).contiguousArea("六盘山区")
                .oldAreaRegion(OldAreaRegion.SHAAN_GAN_NING).supportedInYear(2016).villages(villages)
                .onlineRetailGrowth(new BigDecimal("0.35")).agriOnlineRetailGrowth(new BigDecimal("0.41")).build();
        assertThat(county.getCode()).isEqualTo("621121");
        assertThat(county.getName()).isEqualTo("通渭县");
        assertThat(county.getPrefectureCode()).isEqualTo("621100");
        assertThat(county.getPrefecture()).isEqualTo("定西市");
        assertThat(county.getDivisionType()).isEqualTo(DivisionType.COUNTY);
        assertThat(county.getNationalKeyCounty()).isFalse();
        assertThat(county.getContiguousArea()).isEqualTo("六盘山区");
        assertThat(county.getOldAreaRegion()).isEqualTo(OldAreaRegion.SHAAN_GAN_NING);
        assertThat(county.getSupportedInYear()).isEqualTo(2016);
        assertThat(county.getVillages()).isSameAs(villages);
        assertThat(county.getOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.35"));
        assertThat(county.getAgriOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.41"));
        assertThat(County.builder().nationalKeyCounty(true).build().getNationalKeyCounty()).isTrue();
        assertThat(county.toString()).contains("621121").contains("通渭县");
    }

    @Test
    void villagesKeepTheirFourFigures() {
        Villages villages = new Villages(120, 60, 40, 20);
        assertThat(villages.getAdministrative()).isEqualTo(120);
        assertThat(villages.getAdministrativeServed()).isEqualTo(60);
        assertThat(villages.getRegisteredPoor()).isEqualTo(40);
        assertThat(villages.getRegisteredPoorServed()).isEqualTo(20);
        assertThat(villages.toString()).contains("administrative=120").contains("administrativeServed=60")
                .contains("registeredPoor=40");
    }

    @Test
    void aDemoAreaBuilderAndConstructorCarryEveryField() {
        Justification why = new Justification("ELIG-CONTIGUOUS-PREFECTURE", "两县相邻");
        List<Justification> given = new ArrayList<>(List.of(why));
        DemoArea built = DemoArea.builder().code("621100").postTrainingService(false).infoSystemConnected(true)
                .disclosureColumn(false).justifications(given).build();
        given.clear();
        assertThat(built.getCode()).isEqualTo("621100");
        assertThat(built.getPostTrainingService()).isFalse();
        assertThat(built.getInfoSystemConnected()).isTrue();
        assertThat(built.getDisclosureColumn()).isFalse();
        assertThat(built.getJustifications()).containsExactly(why);
        assertThat(built.toString()).contains("code=621100").contains("postTrainingService=false")
                .contains("infoSystemConnected=true");

        DemoArea varargs = DemoArea.builder().justifications(why, why).build();
        assertThat(varargs.getJustifications()).containsExactly(why, why);
        assertThat(DemoArea.builder().justifications((List<Justification>) null).build().getJustifications()).isEmpty();
        assertThat(DemoArea.builder().build().getCode()).isNull();

        DemoArea constructed = new DemoArea("621122", true, false, true, List.of(why));
        assertThat(constructed.getCode()).isEqualTo("621122");
        assertThat(constructed.getPostTrainingService()).isTrue();
        assertThat(constructed.getInfoSystemConnected()).isFalse();
        assertThat(constructed.getDisclosureColumn()).isTrue();
        assertThat(constructed.getJustifications()).containsExactly(why);
        assertThat(new DemoArea("621123").getCode()).isEqualTo("621123");
        assertThat(new DemoArea("x", null, null, null, null).getJustifications()).isEmpty();
    }

    @Test
    void eachDemoAreaBuildIsIndependent() {
        DemoArea.Builder builder = DemoArea.builder().code("621100");
        DemoArea first = builder.build();
        DemoArea second = builder.code("621200").build();
        assertThat(first.getCode()).isEqualTo("621100");
        assertThat(second.getCode()).isEqualTo("621200");
        assertThat(first).isNotSameAs(second);
    }

    @Test
    void anIdleFundReallocationBuilderAndConstructorCarryEveryField() {
        IdleFundReallocation built = IdleFundReallocation.builder().id("R1").fromArea("621100").toCounty("621122")
                .amount(new BigDecimal("500000.00")).recipientRatedOutstanding(false).build();
        assertThat(built.getId()).isEqualTo("R1");
        assertThat(built.getFromArea()).isEqualTo("621100");
        assertThat(built.getToCounty()).isEqualTo("621122");
        assertThat(built.getAmount()).isEqualTo(new BigDecimal("500000.00"));
        assertThat(built.getRecipientRatedOutstanding()).isFalse();
        assertThat(built.toString()).contains("id=R1").contains("fromArea=621100").contains("toCounty=621122");

        IdleFundReallocation constructed = new IdleFundReallocation("R2", "621200", "621221", BigDecimal.TEN, true);
        assertThat(constructed.getId()).isEqualTo("R2");
        assertThat(constructed.getFromArea()).isEqualTo("621200");
        assertThat(constructed.getToCounty()).isEqualTo("621221");
        assertThat(constructed.getAmount()).isEqualTo(BigDecimal.TEN);
        assertThat(constructed.getRecipientRatedOutstanding()).isTrue();
    }

    @Test
    void aNominationNamesItsProvinceFromTheCountysFirstTwoDigits() {
        Nomination ranked = new Nomination("621121", Track.POVERTY, 3);
        assertThat(ranked.getCounty()).isEqualTo("621121");
        assertThat(ranked.getTrack()).isEqualTo(Track.POVERTY);
        assertThat(ranked.getRank()).isEqualTo(3);
        assertThat(ranked.getProvinceCode()).isEqualTo("620000");
        assertThat(ranked.toString()).contains("county=621121").contains("track=POVERTY").contains("rank=3");
        Nomination unranked = new Nomination("36", Track.OLD_AREA);
        assertThat(unranked.getTrack()).isEqualTo(Track.OLD_AREA);
        assertThat(unranked.getRank()).isNull();
        assertThat(unranked.getProvinceCode()).isEqualTo("360000");
        assertThat(new Nomination("3", Track.OLD_AREA).getProvinceCode()).isNull();
        assertThat(new Nomination(null, Track.OLD_AREA).getProvinceCode()).isNull();
    }

    @Test
    void aProvinceCarriesItsEvidence() {
        Province province = new Province("620000", "甘肃省", false, false);
        assertThat(province.getCode()).isEqualTo("620000");
        assertThat(province.getName()).isEqualTo("甘肃省");
        assertThat(province.getDisclosureColumn()).isFalse();
        assertThat(province.getReportingChannel()).isFalse();
        assertThat(province.toString()).contains("code=620000").contains("name=甘肃省").contains("disclosureColumn=false");
        Province yes = new Province("360000", "江西省", true, true);
        assertThat(yes.getDisclosureColumn()).isTrue();
        assertThat(yes.getReportingChannel()).isTrue();
        Province named = new Province("360000", "江西省");
        assertThat(named.getName()).isEqualTo("江西省");
        assertThat(named.getDisclosureColumn()).isNull();
    }

    @Test
    void smallFactsCarryWhatTheirConstructorsAreGiven() {
        LocalDate day = LocalDate.of(2018, 6, 30);
        Filing filing = new Filing(day, List.of(FilingContent.WORK_PLAN));
        assertThat(filing.getReceivedOn()).isEqualTo(day);
        assertThat(filing.getContents()).containsExactly(FilingContent.WORK_PLAN);
        assertThat(filing.toString()).contains("2018-06-30").contains("WORK_PLAN");
        assertThat(new Filing(day, null).getContents()).isEmpty();

        FinalSubmission submission = new FinalSubmission(day, SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER, List.of("621121"));
        assertThat(submission.getSentOn()).isEqualTo(day);
        assertThat(submission.getForm()).isEqualTo(SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
        assertThat(submission.getCounties()).containsExactly("621121");
        assertThat(submission.toString()).contains("2018-06-30").contains("PROVINCIAL_GOVERNMENT_LETTER").contains("621121");

        Justification why = new Justification("FUND-PREFERRED-METHODS", "理由");
        assertThat(why.getRule()).isEqualTo("FUND-PREFERRED-METHODS");
        assertThat(why.getText()).isEqualTo("理由");
        assertThat(why.toString()).contains("FUND-PREFERRED-METHODS");

        NationalRuralAverage average = new NationalRuralAverage(new BigDecimal("0.30"), new BigDecimal("0.25"));
        assertThat(average.getOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.30"));
        assertThat(average.getAgriOnlineRetailGrowth()).isEqualTo(new BigDecimal("0.25"));
        assertThat(average.toString()).contains("0.30").contains("0.25");

        PrefecturePromotion promotion = new PrefecturePromotion("621100", List.of("621121", "621122"));
        assertThat(promotion.getPrefecture()).isEqualTo("621100");
        assertThat(promotion.getAgreedCounties()).containsExactly("621121", "621122");
        assertThat(promotion.toString()).contains("621100").contains("621122");

        WorkPlanItem item = WorkPlanItem.TARGETS_AND_TASKS;
        WorkPlan plan = new WorkPlan(List.of(item));
        assertThat(plan.getItems()).containsExactly(item);
        assertThat(plan.toString()).isEqualTo("WorkPlan{items=[TARGETS_AND_TASKS]}");
        assertThat(new WorkPlan(null).getItems()).isEmpty();

        assertThat(new Ledger("张三", day).toString()).contains("张三").contains("2018-06-30");
        assertThat(new FundAllocation("621121", "某公司", BigDecimal.ONE).toString())
                .contains("621121").contains("某公司").contains("centralFunds=1");
    }

    @Test
    void aFilingHoldsTheRankedListOfATrackOnly() {
        assertThat(FilingContent.POVERTY_RANKED_LIST.getTrack()).isEqualTo(Track.POVERTY);
        assertThat(FilingContent.OLD_AREA_RANKED_LIST.getTrack()).isEqualTo(Track.OLD_AREA);
        assertThat(FilingContent.WORK_PLAN.getTrack()).isNull();
        assertThat(FilingContent.ELIGIBILITY_CONDITIONS.getTrack()).isNull();
    }

    @Test
    void aProjectItemBuilderCarriesEveryField() {
        Ledger ledger = new Ledger("李四", LocalDate.of(2019, 12, 31));
        ProjectItem item = ProjectItem.builder().id("P1").area("621121").name("县级服务中心").direction(Direction.SERVICE_CENTRE)
                .expenseType(ExpenseType.CENTRE_CONSTRUCTION).centralFunds(new BigDecimal("100")).localFunds(new BigDecimal("20"))
                .socialFunds(new BigDecimal("5")).supportMethod(SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY).ledger(ledger)
                .status(ProjectStatus.IN_PROGRESS).signage(false).transactionInfo(false).activityInfo(false)
                .poorHouseholdRecords(false).onlineSalesRecords(false).contractorAssessed(false).operationPlan(false)
                .stationFunctions(StationFunction.MICROCREDIT, StationFunction.BUYING_AND_SELLING).build();
        assertThat(item.getId()).isEqualTo("P1");
        assertThat(item.getArea()).isEqualTo("621121");
        assertThat(item.getName()).isEqualTo("县级服务中心");
        assertThat(item.getDirection()).isEqualTo(Direction.SERVICE_CENTRE);
        assertThat(item.getExpenseType()).isEqualTo(ExpenseType.CENTRE_CONSTRUCTION);
        assertThat(item.getCentralFunds()).isEqualTo(new BigDecimal("100"));
        assertThat(item.getLocalFunds()).isEqualTo(new BigDecimal("20"));
        assertThat(item.getSocialFunds()).isEqualTo(new BigDecimal("5"));
        assertThat(item.getSupportMethod()).isEqualTo(SupportMethod.AWARD_IN_LIEU_OF_SUBSIDY);
        assertThat(item.getLedger()).isSameAs(ledger);
        assertThat(item.getStatus()).isEqualTo(ProjectStatus.IN_PROGRESS);
        assertThat(item.getSignage()).isFalse();
        assertThat(item.getTransactionInfo()).isFalse();
        assertThat(item.getActivityInfo()).isFalse();
        assertThat(item.getPoorHouseholdRecords()).isFalse();
        assertThat(item.getOnlineSalesRecords()).isFalse();
        assertThat(item.getContractorAssessed()).isFalse();
        assertThat(item.getOperationPlan()).isFalse();
        assertThat(item.getStationFunctions()).containsExactly(StationFunction.MICROCREDIT, StationFunction.BUYING_AND_SELLING);
        assertThat(item.toString()).contains("id=P1").contains("area=621121").contains("name=县级服务中心");

        ProjectItem yes = ProjectItem.builder().signage(true).transactionInfo(true).activityInfo(true).poorHouseholdRecords(true)
                .onlineSalesRecords(true).contractorAssessed(true).operationPlan(true).build();
        assertThat(yes.getSignage()).isTrue();
        assertThat(yes.getTransactionInfo()).isTrue();
        assertThat(yes.getActivityInfo()).isTrue();
        assertThat(yes.getPoorHouseholdRecords()).isTrue();
        assertThat(yes.getOnlineSalesRecords()).isTrue();
        assertThat(yes.getContractorAssessed()).isTrue();
        assertThat(yes.getOperationPlan()).isTrue();
    }

    @Test
    void aTrainingRecordBuilderCarriesEveryField() {
        TrainingRecord record = TrainingRecord.builder().id("T1").area("621121").date(LocalDate.of(2018, 9, 1)).trainee("王五")
                .group(TraineeGroup.RURAL_YOUTH).topics(TrainingTopic.PACKAGING, TrainingTopic.LOGISTICS)
                .hours(new BigDecimal("2.5")).organiser("县商务局").build();
        assertThat(record.getId()).isEqualTo("T1");
        assertThat(record.getArea()).isEqualTo("621121");
        assertThat(record.getDate()).isEqualTo(LocalDate.of(2018, 9, 1));
        assertThat(record.getTrainee()).isEqualTo("王五");
        assertThat(record.getGroup()).isEqualTo(TraineeGroup.RURAL_YOUTH);
        assertThat(record.getTopics()).containsExactly(TrainingTopic.PACKAGING, TrainingTopic.LOGISTICS);
        assertThat(record.getHours()).isEqualTo(new BigDecimal("2.5"));
        assertThat(record.getOrganiser()).isEqualTo("县商务局");
        assertThat(record.getMissingFields()).isEmpty();
        assertThat(record.toString()).contains("id=T1").contains("area=621121").contains("date=2018-09-01");
    }

    @Test
    void aTrainingRecordListsWhatItLacksInRecordOrder() {
        assertThat(TrainingRecord.builder().build().getMissingFields()).containsExactly(TrainingRecordField.DATE,
                TrainingRecordField.TRAINEE, TrainingRecordField.GROUP, TrainingRecordField.TOPICS, TrainingRecordField.HOURS,
                TrainingRecordField.ORGANISER);
        TrainingRecord.Builder full = TrainingRecord.builder().date(LocalDate.of(2018, 9, 1)).trainee("王五")
                .group(TraineeGroup.CADRE).topics(TrainingTopic.DESIGN).hours(new BigDecimal("0.01")).organiser("县商务局");
        assertThat(full.build().getMissingFields()).isEmpty();
        assertThat(full.trainee(" ").build().getMissingFields()).containsExactly(TrainingRecordField.TRAINEE);
        full.trainee("王五");
        assertThat(full.organiser("\t").build().getMissingFields()).containsExactly(TrainingRecordField.ORGANISER);
        full.organiser("县商务局");
        assertThat(full.hours(BigDecimal.ZERO).build().getMissingFields()).containsExactly(TrainingRecordField.HOURS);
        assertThat(full.hours(new BigDecimal("-1")).build().getMissingFields()).containsExactly(TrainingRecordField.HOURS);
        full.hours(BigDecimal.ONE);
        assertThat(full.topics(List.of()).build().getMissingFields()).containsExactly(TrainingRecordField.TOPICS);
        full.topics(TrainingTopic.MARKETING);
        assertThat(full.group(null).build().getMissingFields()).containsExactly(TrainingRecordField.GROUP);
        full.group(TraineeGroup.CADRE);
        assertThat(full.date(null).build().getMissingFields()).containsExactly(TrainingRecordField.DATE);
    }

    @Test
    void aTrainingRecordCoversAnyOfSomeTopicsWhenOneOfItsTopicsIsAmongThem() {
        TrainingRecord r = TrainingRecord.builder().topics(TrainingTopic.PACKAGING, TrainingTopic.LOGISTICS).build();
        assertThat(r.coversAnyOf(java.util.List.of(TrainingTopic.MARKETING, TrainingTopic.PACKAGING))).isTrue();
        assertThat(r.coversAnyOf(java.util.Set.of(TrainingTopic.LOGISTICS))).isTrue();
        assertThat(r.coversAnyOf(java.util.List.of(TrainingTopic.MARKETING, TrainingTopic.DESIGN))).isFalse();
        assertThat(r.coversAnyOf(java.util.List.of())).isFalse();
        assertThat(r.coversAnyOf(null)).isFalse();
        assertThat(TrainingRecord.builder().build().coversAnyOf(java.util.List.of(TrainingTopic.PACKAGING))).isFalse();
    }
}
