package org.ecrural.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.PolicyEngine;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Verdict;
import org.ecrural.model.County;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.json.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanGeneratorTest {
    private static final PlanGenerator.Options SMALL = new PlanGenerator.Options(22, 4, 12, 60, 7);

    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedOtherFiles() throws IOException {
        List<Path> a = new PlanGenerator(SMALL).writeAll(dir.resolve("a"));
        List<Path> b = new PlanGenerator(SMALL).writeAll(dir.resolve("b"));
        List<Path> c = new PlanGenerator(new PlanGenerator.Options(22, 4, 12, 60, 8)).writeAll(dir.resolve("c"));
        assertThat(a).hasSize(22);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).getFileName()).isEqualTo(b.get(i).getFileName());
            assertThat(Files.readAllBytes(a.get(i))).isEqualTo(Files.readAllBytes(b.get(i)));
            assertThat(Files.readAllBytes(a.get(i))).isNotEqualTo(Files.readAllBytes(c.get(i)));
        }
        assertThat(a.stream().map(p -> p.getFileName().toString()).sorted().toList())
                .isEqualTo(a.stream().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void anAreaDoesNotChangeWhenThePlanGrows() {
        PlanDocument small = new PlanGenerator(new PlanGenerator.Options(1, 2, 5, 10, 3)).plan(0);
        PlanDocument large = new PlanGenerator(new PlanGenerator.Options(1, 6, 5, 10, 3)).plan(0);
        assertThat(large.getTrainingRecords().subList(0, 20)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(small.getTrainingRecords());
        assertThat(large.getProjects().subList(0, 10)).usingRecursiveFieldByFieldElementComparator()
                .isEqualTo(small.getProjects());
    }

    @Test
    void everyPlanIsValidFormatV1WithAddressedProvincesAndUniqueCountyCodes() throws Exception {
        List<Path> files = new PlanGenerator(SMALL).writeAll(dir);
        Set<String> addressed = new HashSet<>();
        PlanGenerator.PROVINCES.forEach(p -> addressed.add(p[0]));
        Set<String> provinces = new HashSet<>();
        for (Path f : files) {
            PlanDocument plan = PlanReader.read(f); // throws on any error
            String code = plan.getProvince().getCode();
            assertThat(addressed).contains(code);
            assertThat(provinces.add(code)).as("one plan per province").isTrue();
            Set<String> counties = new HashSet<>();
            for (County c : plan.getCounties()) {
                assertThat(c.getCode()).matches("\\d{6}").startsWith(code.substring(0, 2)).doesNotEndWith("0000");
                assertThat(counties.add(c.getCode())).as("unique county %s", c.getCode()).isTrue();
            }
            assertThat(plan.getAreas()).hasSize(4);
            assertThat(plan.getProjects()).hasSize(4 * 12);
            assertThat(plan.getTrainingRecords()).hasSize(4 * 60);
        }
    }

    @Test
    void countyCodesStayUniqueAtScaleAndTotalAreasSpreadEvenly() {
        PlanGenerator.Options big = new PlanGenerator.Options(1, PlanGenerator.MAX_AREAS_PER_PROVINCE, 0, 0, 1);
        PlanDocument plan = new PlanGenerator(big).plan(0);
        assertThat(plan.getCounties().stream().map(County::getCode).distinct().count())
                .isEqualTo(PlanGenerator.MAX_AREAS_PER_PROVINCE);
        PlanGenerator.Options total = new PlanGenerator.Options(22, 0, 1000, 1, 1, 1);
        assertThat(total.areas()).isEqualTo(1000);
        assertThat(total.areasOf(0)).isEqualTo(46);
        assertThat(total.areasOf(21)).isEqualTo(45);
        assertThatThrownBy(() -> new PlanGenerator.Options(23, 1, 1, 1, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlanGenerator.Options(1, PlanGenerator.MAX_AREAS_PER_PROVINCE + 1, 1, 1, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void mostAreasAreCompliantAndTheTypicalViolationsAllOccur() throws Exception {
        PolicyEngine engine = PolicyEngine.builtIn();
        PlanGenerator gen = new PlanGenerator(SMALL);
        Map<String, Integer> rules = new HashMap<>();
        int areas = 0;
        int compliant = 0;
        for (int i = 0; i < 22; i++) {
            // read back what is written, as a host would
            Report report = engine.evaluate(PlanReader.read(gen.json(i)));
            report.findings().forEach(f -> rules.merge(f.ruleId(), 1, Integer::sum));
            for (Verdict v : report.verdicts()) {
                if (v.subject().type() == SubjectType.AREA) {
                    areas++;
                    compliant += v.outcome() == Outcome.COMPLIANT ? 1 : 0;
                }
            }
        }
        assertThat(areas).isEqualTo(88);
        assertThat(compliant).isGreaterThan(areas / 2).isLessThan(areas);
        assertThat(rules).containsKeys("FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE", "FUND-PROHIBITED-USE",
                "TRAIN-RECORD-COMPLETE", "ACPT-SIGNAGE", "ACPT-LEDGER", "ACPT-OVERDUE", "PROC-FILING-DEADLINE");
    }
}
