package org.ecrural.kb;

import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Verdict;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ecrural.model.PlanDocument;

/** The verdict invariant of plan-format.md 1.1, *Report*, asserted on one report. */
final class VerdictInvariants {
    private VerdictInvariants() {
    }

    static void assertHold(PlanDocument plan, Report report) {
        Map<String, String> recordArea = new HashMap<>();
        plan.getTrainingRecords().forEach(t -> recordArea.put(t.getId(), t.getArea()));
        Map<Subject, Outcome> verdicts = new HashMap<>();
        for (Verdict v : report.verdicts()) {
            assertThat(verdicts.put(v.subject(), v.outcome())).as("one verdict on " + v.subject()).isNull();
            assertThat(v.subject().type()).isNotEqualTo(SubjectType.TRAINING_RECORD);
        }
        Set<Subject> blocked = new HashSet<>();
        for (Finding f : report.findings()) {
            Subject s = f.subject().type() == SubjectType.TRAINING_RECORD
                    ? new Subject(SubjectType.AREA, recordArea.get(f.subject().id())) : f.subject();
            assertThat(verdicts).as("a verdict on %s, which carries %s", s, f.ruleId()).containsKey(s);
            if (f.blocking()) {
                blocked.add(s);
                assertThat(verdicts.get(s).isPositive()).as("%s blocks on %s, judged %s", f.ruleId(), s, verdicts.get(s))
                        .isFalse();
            }
        }
        Subject province = plan.getProvince() == null ? null : new Subject(SubjectType.PROVINCE, plan.getProvince().getCode());
        for (Map.Entry<Subject, Outcome> v : verdicts.entrySet()) {
            if (v.getValue() == Outcome.WITHDRAWN) {
                assertThat(verdicts.get(province)).as("%s is WITHDRAWN", v.getKey()).isEqualTo(Outcome.DEEMED_WITHDRAWN);
            } else if (!v.getValue().isPositive()) {
                assertThat(blocked).as("%s is %s: a blocking finding explains it", v.getKey(), v.getValue()).contains(v.getKey());
            }
        }
        if (province != null && verdicts.get(province) == Outcome.DEEMED_WITHDRAWN) {
            verdicts.forEach((s, o) -> {
                if (s.type() == SubjectType.NOMINATION) {
                    assertThat(o).as("%s of a withdrawn province", s).isEqualTo(Outcome.WITHDRAWN);
                }
            });
        }
        assertThat(ReportJson.write(report)).contains("\"blocking\": " + report.hasBlocking() + ",");
        assertThat(report.hasBlocking()).isEqualTo(!blocked.isEmpty());
    }
}
