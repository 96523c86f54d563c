package org.ecrural.model.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.model.json.TestJson.doc;
import static org.ecrural.model.json.TestJson.errors;
import static org.ecrural.model.json.TestJson.paths;
import static org.ecrural.model.json.TestJson.read;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.TrainingRecord;
import org.junit.jupiter.api.Test;

/**
 * A value written many times is read once: the reader keeps one String for a repeated string
 * (an area's code, an organiser), one LocalDate for a repeated date and one BigDecimal for
 * repeated hours, so a large plan holds each only once. Sharing never changes what is read, nor
 * which errors are found where.
 */
class ReaderSharingTest {

    private static String record(int i, String area, String date, String trainee, String hours, String organiser) {
        return "{'id': 'T-" + i + "', 'area': '" + area + "', 'date': '" + date + "', 'trainee': '" + trainee
                + "', 'group': 'REGISTERED_POOR_HOUSEHOLD', 'topics': ['PACKAGING'], 'hours': '" + hours
                + "', 'organiser': '" + organiser + "'}";
    }

    private static String plan(List<String> records) {
        return doc("'counties': [{'code': '621121'}, {'code': '621122'}], 'trainingRecords': ["
                + String.join(", ", records) + "]");
    }

    @Test
    void repeatedValuesAreReadOnceAndSharedByTheRecords() {
        PlanDocument plan = read(plan(List.of(
                record(1, "621121", "2018-06-01", "甲", "7", "宕昌县电子商务公共服务中心"),
                record(2, "621121", "2018-06-01", "乙", "7", "宕昌县电子商务公共服务中心"),
                record(3, "621122", "2018-06-02", "丙", "7.5", "礼县电子商务公共服务中心"))));
        List<TrainingRecord> r = plan.getTrainingRecords();
        assertThat(r.get(1).getArea()).isEqualTo("621121").isSameAs(r.get(0).getArea());
        assertThat(r.get(1).getOrganiser()).isSameAs(r.get(0).getOrganiser());
        assertThat(r.get(1).getDate()).isEqualTo(LocalDate.of(2018, 6, 1)).isSameAs(r.get(0).getDate());
        assertThat(r.get(1).getHours()).isEqualTo(new BigDecimal("7")).isSameAs(r.get(0).getHours());
        assertThat(r.get(2).getArea()).isEqualTo("621122");
        assertThat(r.get(2).getDate()).isEqualTo(LocalDate.of(2018, 6, 2));
        assertThat(r.get(2).getHours()).isEqualTo(new BigDecimal("7.5"));
        assertThat(r.get(2).getOrganiser()).isEqualTo("礼县电子商务公共服务中心");
    }

    @Test
    void valuesThatSeldomRepeatAreReadAsWrittenWithoutTakingTheSlotsOfValuesThatDo() {
        // trainees and ids are not looked up: a trainee written twice is read twice, and does not push
        // the organiser of the same slot out of the table
        PlanDocument plan = read(plan(List.of(
                record(1, "621121", "2018-06-01", "宕昌县电子商务公共服务中心", "7", "宕昌县电子商务公共服务中心"),
                record(2, "621121", "2018-06-01", "宕昌县电子商务公共服务中心", "7", "宕昌县电子商务公共服务中心"))));
        List<TrainingRecord> r = plan.getTrainingRecords();
        assertThat(r.get(1).getTrainee()).isEqualTo(r.get(0).getTrainee()).isNotSameAs(r.get(0).getTrainee());
        assertThat(r.get(0).getOrganiser()).isEqualTo("宕昌县电子商务公共服务中心").isNotSameAs(r.get(0).getTrainee());
        assertThat(r.get(1).getOrganiser()).isSameAs(r.get(0).getOrganiser());
        assertThat(r.get(1).getId()).isEqualTo("T-2");
    }

    @Test
    void manyDistinctValuesAndStringsOfTheSameHashAreEachReadAsWritten() {
        // "Aa" and "BB" have the same String.hashCode, as have "AaAa", "AaBB", "BBAa" and "BBBB": they share a slot
        String[] sameHash = {"Aa", "BB", "AaAa", "AaBB", "BBAa", "BBBB"};
        Random random = new Random(2018);
        int n = 6000; // more distinct values than the reader keeps
        String[] trainee = new String[n];
        String[] date = new String[n];
        String[] hours = new String[n];
        List<String> records = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            trainee[i] = i % 3 == 0 ? sameHash[random.nextInt(sameHash.length)] : "trainee-" + random.nextInt(100_000);
            date[i] = LocalDate.of(2018, 1, 1).plusDays(random.nextInt(365)).toString();
            hours[i] = random.nextInt(40) + "." + random.nextInt(10);
            records.add(record(i, i % 2 == 0 ? "621121" : "621122", date[i], trainee[i], hours[i], "org-" + random.nextInt(50)));
        }
        List<TrainingRecord> read = read(plan(records)).getTrainingRecords();
        assertThat(read).hasSize(n);
        for (int i = 0; i < n; i++) {
            TrainingRecord r = read.get(i);
            assertThat(r.getId()).isEqualTo("T-" + i);
            assertThat(r.getTrainee()).as("record %d", i).isEqualTo(trainee[i]);
            assertThat(r.getDate()).as("record %d", i).isEqualTo(LocalDate.parse(date[i]));
            assertThat(r.getHours()).as("record %d", i).isEqualTo(new BigDecimal(hours[i]));
            assertThat(r.getArea()).isEqualTo(i % 2 == 0 ? "621121" : "621122");
        }
    }

    @Test
    void aRepeatedBadValueIsAnErrorAtEachPlace() {
        List<InputError> errors = errors(plan(List.of(
                record(1, "621121", "2018-02-30", "甲", "-1", "x"),
                record(2, "621121", "2018-02-30", "乙", "-1", "x"))));
        assertThat(paths(errors)).containsExactly("/trainingRecords/0/date", "/trainingRecords/0/hours",
                "/trainingRecords/1/date", "/trainingRecords/1/hours");
    }

    @Test
    void aValueThatIsRightForOneFieldIsStillCheckedForAnother() {
        // "-1" read as growth (a signed decimal) first, then as hours, which must not be negative
        String text = doc("'counties': [{'code': '621121', 'onlineRetailGrowth': '-1'}], 'trainingRecords': ["
                + record(1, "621121", "2018-06-01", "甲", "-1", "x") + "]");
        assertThat(paths(errors(text))).containsExactly("/trainingRecords/0/hours");
    }
}
