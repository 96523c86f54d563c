package org.ecrural.kb;

import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.WorkPlan;
import org.ecrural.model.WorkPlanItem;
import org.junit.jupiter.api.Test;

/**
 * The rules of the annex on the provincial work plan (work-plan.drl). What a scenario can say is in
 * work-plan.scenarios.json; here the edition's item lists, the findings' full words and evidence, and
 * what the work-plan check runs.
 */
class WorkPlanRulesTest {
    private static final Set<Check> WORK_PLAN = Set.of(Check.WORK_PLAN);
    private static final List<String> RULES = List.of("PLAN-PRIOR-SUMMARY", "PLAN-2018-CONTENT", "PLAN-MANAGEMENT-MEASURES");

    /** The Gansu plan with a work plan stating every item except the given ones. */
    static PlanDocument planWithout(WorkPlanItem... missing) {
        PlanDocument p = Plans.gansu();
        List<WorkPlanItem> items = new ArrayList<>(List.of(WorkPlanItem.values()));
        items.removeAll(List.of(missing));
        WorkPlan w = new WorkPlan();
        w.setItems(items);
        p.setWorkPlan(w);
        return p;
    }

    static Report evaluate(PlanDocument p) {
        return Plans.ENGINE.evaluate(p, WORK_PLAN);
    }

    static Finding only(Report r, String rule) {
        List<Finding> fs = r.findings(rule);
        assertThat(fs).as("findings of " + rule + " in " + r.findings()).hasSize(1);
        return fs.get(0);
    }

    static void assertProvinceFinding(Finding f, String clause) {
        assertThat(f.subject()).isEqualTo(new Subject(SubjectType.PROVINCE, "620000"));
        assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
        assertThat(f.blocking()).isTrue();
        assertThat(f.clause()).isEqualTo(clause);
        assertThat(f.message().zh()).startsWith("甘肃省（620000）的省级工作方案缺少附件“");
        assertThat(f.message().en()).startsWith("The provincial work plan of 甘肃省 (620000) lacks");
        assertThat(f.remedy()).isNotNull();
    }

    @Test
    void theEditionStatesTheItemsOfEachPartOfTheAnnex() {
        EditionParameters ed = Plans.ENGINE.edition();
        assertThat(ed.getWorkPlanItems("annex.1")).containsExactly(WorkPlanItem.PRIOR_PROGRESS,
                WorkPlanItem.PRIOR_SUPERVISION, WorkPlanItem.PRIOR_PERFORMANCE, WorkPlanItem.PRIOR_RESULTS,
                WorkPlanItem.PRIOR_PROBLEMS_AND_SOLUTIONS);
        assertThat(ed.getWorkPlanItems("annex.2")).containsExactly(WorkPlanItem.TARGETS_AND_TASKS,
                WorkPlanItem.SELECTION_CONDITIONS, WorkPlanItem.SELECTION_PROCESS, WorkPlanItem.DEMO_AREA_LIST,
                WorkPlanItem.PERFORMANCE_INDICATORS, WorkPlanItem.EVALUATION_METHOD, WorkPlanItem.DEMO_AREA_PROFILES);
        assertThat(ed.getWorkPlanItems("annex.3")).containsExactly(WorkPlanItem.SUPPORT_DIRECTIONS_AND_STANDARDS,
                WorkPlanItem.ACCEPTANCE_REQUIREMENTS, WorkPlanItem.DISCLOSURE_AND_REPORTING,
                WorkPlanItem.THIRD_PARTY_MANAGEMENT, WorkPlanItem.PERFORMANCE_MANAGEMENT);
        assertThat(ed.getWorkPlanPriorSummaryItems()).isEqualTo(ed.getWorkPlanItems("annex.1"));
        assertThat(ed.getWorkPlan2018ContentItems()).isEqualTo(ed.getWorkPlanItems("annex.2"));
        assertThat(ed.getWorkPlanManagementItems()).isEqualTo(ed.getWorkPlanItems("annex.3"));
        assertThat(ed.getWorkPlanItems("4.1")).isEmpty();
        Set<WorkPlanItem> union = EnumSet.noneOf(WorkPlanItem.class);
        List.of("annex.1", "annex.2", "annex.3").forEach(k -> union.addAll(ed.getWorkPlanItems(k)));
        assertThat(union).containsExactlyInAnyOrder(WorkPlanItem.values());
        assertThat(ed.clauseOf("workPlanPriorSummaryItems")).isEqualTo("annex.1");
        assertThat(ed.clauseOf("workPlan2018ContentItems")).isEqualTo("annex.2");
        assertThat(ed.clauseOf("workPlanManagementItems")).isEqualTo("annex.3");
    }

    @Test
    void anEditionMustNotRequireAnItemTwiceNorAPartWithoutItems() throws Exception {
        String text;
        try (var in = EditionParameters.class.getResourceAsStream(EditionParameters.BUILT_IN_RESOURCE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String twice = text.replace("\"THIRD_PARTY_MANAGEMENT\", \"PERFORMANCE_MANAGEMENT\"]",
                "\"THIRD_PARTY_MANAGEMENT\", \"PRIOR_RESULTS\"]");
        assertThat(twice).isNotEqualTo(text);
        assertThatThrownBy(() -> EditionParameters.read(new ByteArrayInputStream(twice.getBytes(StandardCharsets.UTF_8)), "twice"))
                .isInstanceOfSatisfying(EditionParameters.InvalidParametersException.class, e -> assertThat(e.problems())
                        .containsExactly("work-plan item PRIOR_RESULTS is required by more than one part of the annex"));
        String empty = text.replaceFirst("\\[\"PRIOR_PROGRESS\"[^\\]]*\\]", "[]");
        assertThat(empty).isNotEqualTo(text);
        assertThatThrownBy(() -> EditionParameters.read(new ByteArrayInputStream(empty.getBytes(StandardCharsets.UTF_8)), "empty"))
                .isInstanceOfSatisfying(EditionParameters.InvalidParametersException.class, e -> assertThat(e.problems())
                        .containsExactly("the work-plan items of annex.1 are empty"));
    }

    @Test
    void aCompleteWorkPlanIsSilent() {
        assertThat(evaluate(planWithout()).findings()).isEmpty();
        assertThat(Plans.ENGINE.evaluate(planWithout()).findings()).isEmpty();
    }

    @Test
    void oneMissingSummaryItemIsReported() {
        Report r = evaluate(planWithout(WorkPlanItem.PRIOR_RESULTS));
        assertThat(Plans.ruleIds(r)).containsExactly("PLAN-PRIOR-SUMMARY@620000");
        Finding f = only(r, "PLAN-PRIOR-SUMMARY");
        assertProvinceFinding(f, "annex.1");
        assertThat(f.measured()).isEqualTo("missing 1 of 5: PRIOR_RESULTS");
        assertThat(f.limit()).isEqualTo("all 5 items: PRIOR_PROGRESS, PRIOR_SUPERVISION, PRIOR_PERFORMANCE, PRIOR_RESULTS,"
                + " PRIOR_PROBLEMS_AND_SOLUTIONS");
        assertThat(f.measuredText().zh()).isEqualTo("缺少 1 项（共 5 项）：取得的成效");
        assertThat(f.limitText().zh()).isEqualTo("全部 5 项：前期综合示范工作开展情况、对示范地区进行监督、检查和指导的工作措施、"
                + "绩效评价和绩效目标完成情况、取得的成效、目前存在的主要问题和困难以及解决措施");
        assertThat(f.message().zh()).isEqualTo("甘肃省（620000）的省级工作方案缺少附件“一、前期综合示范工作总结”要求的 1 项内容：取得的成效。");
        assertThat(f.message().en()).isEqualTo("The provincial work plan of 甘肃省 (620000) lacks 1 item(s) the annex requires"
                + " under \"1. Summary of the earlier demonstration work\": results achieved.");
        assertThat(f.remedy()).isEqualTo(new Text("在工作方案中补充：取得的成效。", "Add to the work plan: results achieved."));
        Text line = new Text("工作方案未列明：取得的成效", "not stated in the work plan: results achieved");
        assertThat(f.evidence()).containsExactly(new Evidence("WORK_PLAN_ITEM", "PRIOR_RESULTS", line.en(), line));
    }

    @Test
    void everyMissingItemIsListedInAnnexOrder() {
        Report r = evaluate(planWithout(WorkPlanItem.DEMO_AREA_PROFILES, WorkPlanItem.TARGETS_AND_TASKS,
                WorkPlanItem.EVALUATION_METHOD));
        Finding f = only(r, "PLAN-2018-CONTENT");
        assertProvinceFinding(f, "annex.2");
        assertThat(f.measured()).isEqualTo("missing 3 of 7: TARGETS_AND_TASKS, EVALUATION_METHOD, DEMO_AREA_PROFILES");
        assertThat(f.message().en()).contains("targets and main tasks, performance evaluation method, basic situation of the new demo areas");
        assertThat(f.message().zh()).contains("工作目标、主要任务、绩效评价办法、新增示范地区基本情况");
        assertThat(f.evidence()).extracting(Evidence::id)
                .containsExactlyInAnyOrder("TARGETS_AND_TASKS", "EVALUATION_METHOD", "DEMO_AREA_PROFILES");
        assertThat(r.findings()).hasSize(1);
    }

    @Test
    void anEmptyWorkPlanMissesEveryItemOfEveryPart() {
        Report r = evaluate(planWithout(WorkPlanItem.values()));
        assertThat(Plans.ruleIds(r)).containsExactly("PLAN-2018-CONTENT@620000", "PLAN-MANAGEMENT-MEASURES@620000",
                "PLAN-PRIOR-SUMMARY@620000");
        assertThat(only(r, "PLAN-PRIOR-SUMMARY").measured()).startsWith("missing 5 of 5: ");
        assertThat(only(r, "PLAN-2018-CONTENT").measured()).startsWith("missing 7 of 7: ");
        assertThat(only(r, "PLAN-MANAGEMENT-MEASURES").evidence()).hasSize(5);
    }

    @Test
    void aPlanWithoutProvinceHasNoPlanFinding() {
        PlanDocument p = planWithout(WorkPlanItem.values());
        p.setProvince(null);
        p.setFiling(null);
        assertThatThrownBy(() -> evaluate(p)).hasMessageContaining("/province: required field \"province\"");
        assertThat(Plans.evaluateAsGiven(p).findings()).isEmpty();
    }

    @Test
    void checkingTheWorkPlanRunsNoOtherSectionsRules() {
        PlanDocument p = planWithout(WorkPlanItem.PRIOR_PROGRESS);
        p.getProvince().setReportingChannel(false);
        assertThat(Plans.ENGINE.evaluate(p).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("PLAN-PRIOR-SUMMARY", "MGMT-REPORTING-CHANNEL");
        assertThat(evaluate(p).findings()).extracting(Finding::ruleId).containsExactly("PLAN-PRIOR-SUMMARY");
        for (String rule : RULES) {
            assertThat(Plans.ENGINE.rules()).extracting(RuleInfo::id).contains(rule);
        }
    }
}
