package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.area;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.training;
import static org.ecrural.kb.Plans.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The rules of 四（三） (training.drl): records, groups, skills and post-training service. */
class TrainingRulesTest {
    static final String AREA = "621121";

    /** A listed demo area with the given training records. */
    static PlanDocument plan(TrainingRecord... records) {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(Plans.povertyCounty(AREA, "621100"));
        p.getAreas().add(area(AREA));
        p.getTrainingRecords().addAll(List.of(records));
        return p;
    }

    static Finding finding(Report r, String rule, SubjectType type, String id) {
        return r.finding(rule, type, id).orElseThrow(() -> new AssertionError(rule + " on " + type + " " + id
                + " not found in " + Plans.ruleIds(r)));
    }

    static List<String> trainFindings(Report r) {
        return Plans.ruleIds(r).stream().filter(s -> s.startsWith("TRAIN-")).toList();
    }

    @Nested
    class RecordComplete {
        static final String RULE = "TRAIN-RECORD-COMPLETE";

        static Stream<Arguments> missingFields() {
            return Stream.of(
                    Arguments.of("date", (Consumer<TrainingRecord>) t -> t.setDate(null)),
                    Arguments.of("trainee", (Consumer<TrainingRecord>) t -> t.setTrainee(null)),
                    Arguments.of("trainee", (Consumer<TrainingRecord>) t -> t.setTrainee("  ")),
                    Arguments.of("group", (Consumer<TrainingRecord>) t -> t.setGroup(null)),
                    Arguments.of("topics", (Consumer<TrainingRecord>) t -> t.setTopics(List.of())),
                    Arguments.of("hours", (Consumer<TrainingRecord>) t -> t.setHours(null)),
                    Arguments.of("hours", (Consumer<TrainingRecord>) t -> t.setHours(new BigDecimal("0.0"))),
                    Arguments.of("organiser", (Consumer<TrainingRecord>) t -> t.setOrganiser(null)),
                    Arguments.of("organiser", (Consumer<TrainingRecord>) t -> t.setOrganiser("")));
        }

        @ParameterizedTest
        @MethodSource("missingFields")
        void eachMissingFieldFires(String field, Consumer<TrainingRecord> change) {
            Report r = evaluate(plan(with(training("T-1", AREA), change), training("T-2", AREA)));
            Finding f = finding(r, RULE, SubjectType.TRAINING_RECORD, "T-1");
            assertThat(f.clause()).isEqualTo("4.3");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("missing " + field);
            assertThat(f.message().en()).contains("T-1", AREA, field);
            assertThat(f.remedy().en()).contains(field);
            assertThat(r.findings(RULE)).hasSize(1);
        }

        @Test
        void everyMissingFieldIsListed() {
            TrainingRecord t = new TrainingRecord();
            t.setId("T-9");
            t.setArea(AREA);
            t.setTrainee(" ");
            t.setOrganiser("");
            Finding f = finding(evaluate(plan(t)), RULE, SubjectType.TRAINING_RECORD, "T-9");
            assertThat(f.measured()).isEqualTo("missing date, trainee, group, topics, hours, organiser");
            assertThat(f.limit()).isEqualTo("date, trainee, group, topics, hours > 0, organiser");
            assertThat(f.measuredText().zh()).isEqualTo("缺少培训日期、学员、学员类别、培训内容、学时、组织单位");
            assertThat(f.message()).isEqualTo(new Text(
                    "培训记录T-9（县621121（621121））缺少培训日期、学员、学员类别、培训内容、学时、组织单位；应如实做好培训记录。",
                    "Training record T-9 (县621121 (621121)) lacks date, trainee, group, topics, hours, organiser;"
                            + " training must be truthfully recorded."));
            assertThat(f.remedy().zh()).isEqualTo("补全该记录的培训日期、学员、学员类别、培训内容、学时、组织单位。");
            Text line = new Text("培训记录T-9缺少培训日期、学员、学员类别、培训内容、学时、组织单位",
                    "training record T-9: missing date, trainee, group, topics, hours, organiser");
            assertThat(f.evidence()).containsExactly(new Evidence("TRAINING_RECORD", "T-9", line.en(), line));
        }
    }

    @Nested
    class TargetGroup {
        static final String RULE = "TRAIN-TARGET-GROUP";

        @Test
        void groupOtherIsAdvisedWithoutBlocking() {
            Report r = evaluate(plan(training("T-1", AREA), with(training("T-2", AREA), t -> t.setGroup(TraineeGroup.OTHER))));
            Finding f = finding(r, RULE, SubjectType.TRAINING_RECORD, "T-2");
            assertThat(f.clause()).isEqualTo("4.3");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.blocking()).isFalse();
            assertThat(f.measured()).isEqualTo("group OTHER");
            assertThat(f.limit()).startsWith("one of ").contains("REGISTERED_POOR_HOUSEHOLD", "FIRST_SECRETARY").doesNotContain("OTHER");
            assertThat(f.message().zh()).isEqualTo("培训记录T-2（县621121（621121））的学员类别为其他人员，不属于通知所列的培训对象"
                    + "（党政干部、合作社成员、返乡农民工、农村青年、驻村第一书记、建档立卡贫困户）。");
            assertThat(f.measuredText().zh()).isEqualTo("学员类别：其他人员");
            assertThat(f.remedy()).isNotNull();
            assertThat(r.findings(RULE)).hasSize(1);
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }
    }

    @Nested
    class PoorHouseholdFocus {
        static final String RULE = "TRAIN-POOR-HOUSEHOLD-FOCUS";

        static TrainingRecord cadre(String id, String area) {
            return with(training(id, area), t -> t.setGroup(TraineeGroup.CADRE));
        }

        @Test
        void anAreaWithoutPoorHouseholdTrainingIsAdvised() {
            Report r = evaluate(plan(cadre("T-1", AREA), cadre("T-2", AREA)));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4.3");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.blocking()).isFalse();
            assertThat(f.measured()).isEqualTo("0 of 2 records");
            assertThat(f.limit()).isEqualTo("at least one record of REGISTERED_POOR_HOUSEHOLD");
            assertThat(f.message().zh()).contains("县621121", "建档立卡贫困户");
            assertThat(f.remedy()).isNotNull();
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("T-1", "T-2");
            assertThat(r.findings(RULE)).hasSize(1);
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }
    }

    @Nested
    class PracticalSkills {
        static final String RULE = "TRAIN-PRACTICAL-SKILLS";

        static TrainingRecord on(String id, TrainingTopic... topics) {
            return with(training(id, AREA), t -> t.setTopics(List.of(topics)));
        }

        @Test
        void anAreaWithoutPracticalSkillsIsAdvised() {
            Report r = evaluate(plan(on("T-1", TrainingTopic.OPERATIONS), on("T-2", TrainingTopic.LOGISTICS, TrainingTopic.OTHER)));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4.3");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.blocking()).isFalse();
            assertThat(f.measured()).isEqualTo("0 of 2 records");
            assertThat(f.limit()).isEqualTo("at least one record on PACKAGING, DESIGN, PROMOTION, MARKETING");
            assertThat(f.message().zh()).isEqualTo("县621121（621121）的 2 条培训记录都不涉及包装、设计、推广、营销等实操技能。");
            assertThat(f.remedy()).isNotNull();
            assertThat(f.evidence()).extracting(Evidence::detail).containsExactly(
                    "training record T-1, topics: operations", "training record T-2, topics: logistics, other topic");
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }
    }

    @Nested
    class PostService {
        static final String RULE = "TRAIN-POST-SERVICE";

        @Test
        void noMechanismIsAdvisedAndNeverBlocks() {
            PlanDocument p = plan(training("T-1", AREA));
            p.getAreas().get(0).setPostTrainingService(false);
            Report r = evaluate(p);
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4.3");
            // ADVISORY since catalogue 1.1: 完善培训后服务机制 exhorts and carries no 原则上
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.justified()).isFalse();
            assertThat(f.blocking()).isFalse();
            assertThat(f.measured()).isEqualTo("no");
            assertThat(f.limit()).isEqualTo("post-training service mechanism in place");
            assertThat(f.message().zh()).contains("县621121", "培训后服务机制");
            assertThat(f.remedy()).isNotNull();
            assertThat(f.message()).isEqualTo(new Text("县621121（621121）没有建立培训后服务机制；通知提出完善培训后服务机制。",
                    "县621121 (621121) has no post-training service mechanism; the notice asks for one."));
            assertThat(f.evidence()).extracting(Evidence::id, Evidence::detail).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(AREA, "demo area 县621121 (621121), post-training service mechanism: no"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }

        @Test
        void anAbsentMechanismIsNotEvidenced() {
            PlanDocument p = plan();
            p.getAreas().get(0).setPostTrainingService(null);
            Report r = evaluate(p);
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("not evidenced");
            assertThat(f.measuredText()).isEqualTo(new Text("未提供证明", "not evidenced"));
            assertThat(f.message().en()).isEqualTo("The plan does not say whether 县621121 (621121) has a post-training service"
                    + " mechanism; the notice asks for one.");
            assertThat(f.message().zh()).isEqualTo("方案未说明县621121（621121）是否已建立培训后服务机制；通知提出完善培训后服务机制。");
            assertThat(f.remedy().en()).startsWith("State whether");
            assertThat(f.blocking()).isFalse();
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }
    }

    @Test
    void advisoryFindingsNeverBlockTheArea() {
        TrainingRecord t = with(training("T-1", AREA), x -> {
            x.setGroup(TraineeGroup.OTHER);
            x.setTopics(List.of(TrainingTopic.OPERATIONS));
        });
        Report r = evaluate(plan(t));
        assertThat(trainFindings(r)).containsExactlyInAnyOrder("TRAIN-PRACTICAL-SKILLS@" + AREA,
                "TRAIN-POOR-HOUSEHOLD-FOCUS@" + AREA, "TRAIN-TARGET-GROUP@T-1");
        assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        assertThat(r.hasBlocking()).isFalse();
    }

    @Test
    void onlyTrainingRulesRunWhenOnlyTrainingIsChecked() {
        PlanDocument p = plan(with(training("T-1", AREA), x -> x.setGroup(TraineeGroup.OTHER)));
        p.getFundAllocations().add(Plans.allocation(AREA, AREA, "100.00"));
        p.getProjects().add(Plans.project("P-B1", AREA, org.ecrural.model.Direction.OTHER,
                org.ecrural.model.ExpenseType.WORKING_EXPENSE, "200.00"));
        assertThat(Plans.ruleIds(evaluate(p))).anyMatch(s -> s.startsWith("FUND-"));
        Report r = Plans.ENGINE.evaluate(p, Set.of(Check.TRAINING));
        assertThat(Plans.ruleIds(r)).containsExactlyInAnyOrder("TRAIN-TARGET-GROUP@T-1", "TRAIN-POOR-HOUSEHOLD-FOCUS@" + AREA);
        assertThat(r.verdict(SubjectType.PROJECT, "P-B1")).isEmpty();
    }
}
