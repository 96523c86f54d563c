package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.full;
import static org.ecrural.model.json.TestJson.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.Filing;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.Justification;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.Province;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.junit.jupiter.api.Test;

/** Canonical writing, and the round trip through the reader. */
class PlanWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void theFullExampleRoundTrips() {
        String once = PlanWriter.write(read(full()));
        assertThat(PlanWriter.write(read(once))).isEqualTo(once);
    }

    @Test
    void writingTheFullExampleGivesTheSameJsonLessNullsAndEmptyLists() throws Exception {
        ObjectNode expected = (ObjectNode) MAPPER.readTree(full());
        ObjectNode tongwei = (ObjectNode) expected.get("counties").get(0);
        tongwei.remove(List.of("oldAreaRegion", "supportedInYear"));
        ((ObjectNode) expected.get("projects").get(0)).remove("stationFunctions");
        JsonNode written = MAPPER.readTree(PlanWriter.write(read(full())));
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void theOutputIsCanonical() {
        String out = PlanWriter.write(read(full()));
        assertThat(out).startsWith("{\n  \"format\": 1,\n  \"edition\": \"2018\",\n  \"evaluationDate\": \"2018-10-31\",\n"
                + "  \"province\": {\n    \"code\": \"620000\",\n    \"name\": \"甘肃省\",\n");
        assertThat(out).endsWith("\n}\n").doesNotContain("null", " : ", "\\u");
        assertThat(out).contains("\"centralFunds\": \"20000000.00\"",
                "\"contents\": [\"ELIGIBILITY_CONDITIONS\", \"POVERTY_RANKED_LIST\", \"OLD_AREA_RANKED_LIST\", \"WORK_PLAN\"]",
                "\"villages\": {\n        \"administrative\": 332,",
                "\"projects\": [\n    {\n      \"id\": \"P-001\",");
        assertThat(out.indexOf("\"counties\"")).isLessThan(out.indexOf("\"nationalRuralAverage\""));
        assertThat(out.indexOf("\"trainingRecords\"")).isLessThan(out.indexOf("\"idleFundReallocations\""));
    }

    @Test
    void theSmallestDocument() {
        assertThat(PlanWriter.write(new PlanDocument())).isEqualTo("{\n  \"format\": 1,\n  \"edition\": \"2018\"\n}\n");
        assertThat(PlanWriter.write(read(doc("'counties': [], 'projects': null")))).isEqualTo(
                "{\n  \"format\": 1,\n  \"edition\": \"2018\"\n}\n");
    }

    @Test
    void aDocumentBuiltInJavaRoundTrips() {
        PlanDocument d = new PlanDocument();
        d.setEvaluationDate(LocalDate.of(2018, 10, 31));
        Province province = new Province();
        province.setCode("450000");
        province.setName("广西壮族自治区");
        d.setProvince(province);
        Filing filing = new Filing();
        filing.setReceivedOn(LocalDate.of(2018, 5, 31));
        d.setFiling(filing);
        County county = new County();
        county.setCode("451027");
        county.setName("凌云县 \"quoted\" \\ back\tslash");
        county.setOnlineRetailGrowth(new BigDecimal("-0.125"));
        d.setCounties(List.of(county));
        DemoArea area = new DemoArea();
        area.setCode("451027");
        Justification j = new Justification();
        j.setRule("FUND-UPWARD-MIN-SHARE");
        area.setJustifications(List.of(j));
        d.setAreas(List.of(area));
        FundAllocation a = new FundAllocation();
        a.setArea("451027");
        a.setRecipient("451027");
        a.setCentralFunds(new BigDecimal("1E+20"));
        d.setFundAllocations(List.of(a));
        ProjectItem p = new ProjectItem();
        p.setId("P-1");
        p.setArea("451027");
        p.setDirection(Direction.TRAINING);
        p.setExpenseType(ExpenseType.TRAINING);
        p.setCentralFunds(new BigDecimal("0.10"));
        p.setSignage(false);
        d.setProjects(List.of(p));
        TrainingRecord t = new TrainingRecord();
        t.setId("T-1");
        t.setArea("451027");
        t.setTopics(List.of(TrainingTopic.DESIGN));
        t.setHours(BigDecimal.ZERO);
        d.setTrainingRecords(List.of(t));

        String out = PlanWriter.write(d);
        assertThat(out).contains("\"centralFunds\": \"100000000000000000000\"", "\"centralFunds\": \"0.10\"",
                "\"signage\": false", "\"contents\": []", "\"hours\": \"0\"", "\"onlineRetailGrowth\": \"-0.125\"",
                "\"name\": \"凌云县 \\\"quoted\\\" \\\\ back\\tslash\"");
        PlanDocument back = read(out);
        assertThat(PlanWriter.write(back)).isEqualTo(out);
        assertThat(back.getFundAllocations().get(0).getCentralFunds()).isEqualByComparingTo("1E+20");
        assertThat(back.getProjects().get(0).getCentralFunds()).isEqualTo(new BigDecimal("0.10"));
        assertThat(back.getCounties().get(0).getName()).isEqualTo(county.getName());
        assertThat(back.getFiling().getContents()).isEmpty();
    }

    @Test
    void moneyWrittenAsNumbersIsWrittenBackAsPlainStrings() {
        String out = PlanWriter.write(read(doc(
                "'fundAllocations': [{'area': '621121', 'recipient': '621121', 'centralFunds': 1e20}]")));
        assertThat(out).contains("\"centralFunds\": \"100000000000000000000\"");
    }
}
