package org.ecrural.kb;

import org.ecrural.kb.folder.RuleBaseException;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.authoring.ReportAssert;
import org.ecrural.kb.folder.RuleFolder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A running engine takes a new rule folder only when it is good, and never mid-evaluation. */
class HotReloadTest {
    @TempDir
    Path dir;

    /** An area at 55% upward: compliant at the 2018 minimum of 50%, not at 60%. */
    private static PlanDocument plan() {
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(java.time.LocalDate.of(2018, 10, 31));
        p.getAreas().add(Plans.area("621121"));
        p.getFundAllocations().add(Plans.allocation("621121", "621121", "10000000"));
        p.getProjects().add(Plans.project("P-1", "621121", Direction.UPWARD, ExpenseType.SUPPLY_CHAIN, "5500000"));
        return p;
    }

    private static void setUpwardMinimum(Path folder, String value) throws IOException {
        Path edition = folder.resolve(RuleFolder.EDITION_FILE);
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        String changed = text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"" + value + "\"");
        assertThat(changed).isNotEqualTo(text);
        Files.writeString(edition, changed, StandardCharsets.UTF_8);
    }

    @Test
    void aGoodFolderIsSwappedIn() throws IOException {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        assertThat(engine.evaluate(plan()).findings("FUND-UPWARD-MIN-SHARE")).isEmpty();
        RuleFolder.builtIn().writeTo(dir);
        setUpwardMinimum(dir, "0.60");
        engine.reload(dir, false);
        ReportAssert.assertThat(engine.evaluate(plan())).hasFinding("FUND-UPWARD-MIN-SHARE").on("621121")
                .withMeasured("55.00%").blocking();
        assertThat(engine.edition().getUpwardMinShare()).isEqualByComparingTo("0.60");
    }

    @Test
    void aFolderWhoseScenariosFailIsRefused() throws IOException {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        RuleFolder.builtIn().writeTo(dir);
        // the rule now never fires: its scenarios that expect it to fire fail
        Path drl = dir.resolve("service-system.drl");
        Files.writeString(drl, Files.readString(drl).replace("stationFunctions.isEmpty()", "stationFunctions.size() > 99")
                .replace("stationFunctions == null || $p.getStationFunctions().isEmpty()", "false"));
        assertThatThrownBy(() -> engine.reload(dir, false)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("service-system.scenarios.json");
        assertThat(engine.source().origin()).isEqualTo("built-in");
    }

    @Test
    void aBrokenFolderOfferedUnderConcurrentEvaluationsIsRefusedAndEvaluationsGoOnUnchanged() throws Exception {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        PlanDocument plan = plan();
        plan.getProjects().add(Plans.project("P-2", "621121", Direction.OTHER, ExpenseType.BUILDING, "100000"));
        String expected = ReportJson.write(engine.evaluate(plan));

        RuleFolder.builtIn().writeTo(dir);
        Path funds = dir.resolve("funds.drl");
        Files.writeString(funds, Files.readString(funds).replaceFirst("then", "then this is not java ;"));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        AtomicBoolean stop = new AtomicBoolean();
        List<Future<Integer>> workers = new ArrayList<>();
        for (int t = 0; t < 4; t++) {
            workers.add(pool.submit(() -> {
                int n = 0;
                while (!stop.get() || n < 20) {
                    assertThat(ReportJson.write(engine.evaluate(plan))).isEqualTo(expected);
                    n++;
                }
                return n;
            }));
        }
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> engine.reload(dir, false)).isInstanceOf(RuleBaseException.class)
                    .satisfies(e -> assertThat(((RuleBaseException) e).problems())
                            .anySatisfy(p -> {
                                assertThat(p.file()).isEqualTo("funds.drl");
                                assertThat(p.line()).isPositive();
                            }));
        }
        stop.set(true);
        int evaluations = 0;
        for (Future<Integer> w : workers) {
            evaluations += w.get(2, TimeUnit.MINUTES);
        }
        pool.shutdown();
        assertThat(evaluations).isGreaterThanOrEqualTo(80);
        assertThat(ReportJson.write(engine.evaluate(plan))).isEqualTo(expected);
        assertThat(engine.source().origin()).isEqualTo("built-in");
    }

    @Test
    void aFolderWhoseParametersBreakAnInvariantIsRefused() throws IOException {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        RuleFolder.builtIn().writeTo(dir);
        setUpwardMinimum(dir, "0.90");
        assertThatThrownBy(() -> engine.reload(dir, false)).isInstanceOf(RuleBaseException.class)
                .hasMessageContaining("edition.json").hasMessageContaining("more than 100%");
        assertThat(engine.edition().getUpwardMinShare()).isEqualByComparingTo("0.50");
    }
}
