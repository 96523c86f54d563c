package org.ecrural.kb;

import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.folder.RuleFolder;
import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.concurrent.atomic.AtomicInteger;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One engine shared by 16 threads gives every plan exactly its single-threaded report. */
class ConcurrencyTest {
    static final int THREADS = 16;
    static final int PLANS = 200;
    static final int ROUNDS = 10;

    @TempDir
    Path dir;

    @Test
    void sixteenThreadsThousandsOfEvaluationsEachEqualToItsSingleThreadedReport() throws Exception {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        List<PlanDocument> plans = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < PLANS; i++) {
            plans.add(RandomPlans.plan(1000 + i));
            expected.add(ReportJson.write(engine.evaluate(plans.get(i))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> futures = new ArrayList<>();
        AtomicInteger evaluations = new AtomicInteger();
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < PLANS; i++) {
                int k = (i * 7 + round * 13) % PLANS;
                futures.add(pool.submit(() -> {
                    assertThat(ReportJson.write(engine.evaluate(plans.get(k)))).isEqualTo(expected.get(k));
                    evaluations.incrementAndGet();
                }));
            }
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("concurrency: %d threads, %d evaluations of %d plans, all equal to single-threaded reports%n",
                THREADS, evaluations.get(), PLANS);
        assertThat(evaluations.get()).isEqualTo(PLANS * ROUNDS);
    }

    @Test
    void duringHotReloadEachEvaluationMatchesTheOldOrTheNewRuleBaseNeverAMix() throws Exception {
        PolicyEngine engine = new PolicyEngine(RuleBase.builtIn(), Clock.systemUTC());
        RuleFolder.builtIn().writeTo(dir);
        Path edition = dir.resolve(RuleFolder.EDITION_FILE);
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        Files.writeString(edition, text.replaceFirst("(\"upwardMinShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.50\"", "$1\"0.60\"")
                .replaceFirst("(\"serviceCentreMaxShare\"[^}]*\"value\"\\s*:\\s*)\"0\\.15\"", "$1\"0.10\""), StandardCharsets.UTF_8);
        PolicyEngine newRules = PolicyEngine.fromFolder(dir);

        List<PlanDocument> plans = new ArrayList<>();
        List<String> old = new ArrayList<>();
        List<String> updated = new ArrayList<>();
        int differ = 0;
        for (int i = 0; i < 100; i++) {
            plans.add(RandomPlans.plan(5000 + i));
            old.add(ReportJson.write(engine.evaluate(plans.get(i))));
            updated.add(ReportJson.write(newRules.evaluate(plans.get(i))));
            if (!old.get(i).equals(updated.get(i))) {
                differ++;
            }
        }
        assertThat(differ).as("plans whose reports differ between the two rule bases").isGreaterThan(20);

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger oldSeen = new AtomicInteger();
        AtomicInteger newSeen = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < plans.size(); i++) {
                int k = i;
                futures.add(pool.submit(() -> {
                    String json = ReportJson.write(engine.evaluate(plans.get(k)));
                    boolean isOld = json.equals(old.get(k));
                    boolean isNew = json.equals(updated.get(k));
                    assertThat(isOld || isNew).as("plan %d matches the old or the new rule base", k).isTrue();
                    if (isOld && !isNew) {
                        oldSeen.incrementAndGet();
                    }
                    if (isNew && !isOld) {
                        newSeen.incrementAndGet();
                    }
                }));
            }
            if (round == 5) {
                engine.reload(dir, false);
            }
        }
        for (Future<?> f : futures) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();
        System.out.printf("hot reload under load: %d evaluations, %d on the old rules, %d on the new, none mixed%n",
                futures.size(), oldSeen.get(), newSeen.get());
        assertThat(newSeen.get()).isPositive();
        for (int i = 0; i < plans.size(); i++) {
            assertThat(ReportJson.write(engine.evaluate(plans.get(i)))).isEqualTo(updated.get(i));
        }
    }
}
