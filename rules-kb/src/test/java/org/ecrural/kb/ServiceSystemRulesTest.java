package org.ecrural.kb;

import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.allocation;
import static org.ecrural.kb.Plans.area;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.project;
import static org.ecrural.kb.Plans.with;

import java.util.List;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.StationFunction;
import org.junit.jupiter.api.Test;

/**
 * The rule of 四（二） (service-system.drl): what a service station offers. What a scenario can say
 * is in service-system.scenarios.json; here only the finding's full words, evidence and remedy.
 */
class ServiceSystemRulesTest {
    static final String RULE = "SERV-STATION-FUNCTIONS";
    static final String AREA = "621121";

    /** A compliant demo area with one village service station offering the given functions. */
    static PlanDocument station(StationFunction... functions) {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(Plans.povertyCounty(AREA, "621100"));
        p.getAreas().add(area(AREA));
        p.getFundAllocations().add(allocation(AREA, AREA, "2000000.00"));
        p.getProjects().add(project("P-U1", AREA, Direction.UPWARD, ExpenseType.GRADING_PACKAGING, "1000000.00"));
        p.getProjects().add(with(project("P-S1", AREA, Direction.SERVICE_STATION, ExpenseType.STATION_CONSTRUCTION, "300000.00"),
                s -> s.setStationFunctions(List.of(functions))));
        return p;
    }

    @Test
    void aStationWithoutFunctionsIsAdvisedWithoutBlocking() {
        Report r = evaluate(station());
        Finding f = r.finding(RULE, SubjectType.PROJECT, "P-S1").orElseThrow();
        assertThat(f.clause()).isEqualTo("4.2");
        assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
        assertThat(f.justified()).isFalse();
        assertThat(f.blocking()).isFalse();
        assertThat(f.measured()).isEqualTo("no station functions");
        assertThat(f.measuredText()).isEqualTo(new Text("未列明服务功能", "no station functions"));
        assertThat(f.limit()).isEqualTo("at least one of: collection and payment, buying and selling, microcredit, convenience services");
        assertThat(f.limitText().zh()).isEqualTo("至少具备其中一项：代收代缴、代买代卖、小额信贷、便民服务");
        assertThat(f.message().zh()).isEqualTo("服务站点项目项目P-S1（P-S1）未列明任何服务功能；站点应拓展代收代缴、代买代卖、小额信贷、便民服务等功能。");
        assertThat(f.message().en()).isEqualTo("Service-station project 项目P-S1 (P-S1) offers none of the functions the notice names:"
                + " collection and payment, buying and selling, microcredit, convenience services.");
        assertThat(f.remedy().zh()).contains("代收代缴、代买代卖、小额信贷、便民服务中的至少一项");
        Text line = new Text("乡村电子商务服务站点项目项目P-S1（P-S1），服务功能：无",
                "village service station project 项目P-S1 (P-S1), station functions: none");
        assertThat(f.evidence()).containsExactly(new Evidence("PROJECT", "P-S1", line.en(), line));
        assertThat(r.verdict(SubjectType.PROJECT, "P-S1")).contains(Outcome.ACCEPTABLE);
        assertThat(r.findings(RULE)).hasSize(1);
    }
}
