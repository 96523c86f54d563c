package org.ecrural.kb.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.TraineeGroup;
import org.junit.jupiter.api.Test;

/**
 * A template keeps the texts it wrote from values that cannot change and gives the same text for
 * the same values again, never a text kept from other values or from a fact that has changed since.
 */
class TemplateMemoTest {
    private static final Labels LABELS = WordsTest.BUILT_IN;

    private static Template template(String text) {
        List<RuleProblem> problems = new ArrayList<>();
        Template t = Template.parse("test.words.yaml", 1, text, problems);
        assertThat(problems).isEmpty();
        return t;
    }

    /** The text as written afresh by a template of its own (nothing kept). */
    private static String fresh(String text, Map<String, Object> values, Language lang) {
        return template(text).render(values, lang, LABELS);
    }

    @Test
    void theSameValuesGiveTheSameTextOnceWritten() {
        Template t = template("one of {groups}");
        List<TraineeGroup> groups = List.of(TraineeGroup.values()[0], TraineeGroup.values()[1]);
        String first = t.render(Map.of("groups", groups), Language.ZH, LABELS);
        String again = t.render(Map.of("groups", new ArrayList<>(groups)), Language.ZH, LABELS);
        assertThat(again).isSameAs(first).isEqualTo(fresh("one of {groups}", Map.of("groups", groups), Language.ZH));
        assertThat(t.render(Map.of("groups", groups), Language.EN, LABELS))
                .isEqualTo(fresh("one of {groups}", Map.of("groups", groups), Language.EN))
                .isNotEqualTo(first);
    }

    @Test
    void aListChangedAfterItsTextWasKeptIsWrittenAnew() {
        Template t = template("one of {groups}");
        List<TraineeGroup> groups = new ArrayList<>(List.of(TraineeGroup.values()[0]));
        String before = t.render(Map.of("groups", groups), Language.EN, LABELS);
        groups.add(TraineeGroup.values()[1]);
        String after = t.render(Map.of("groups", groups), Language.EN, LABELS);
        assertThat(after).isNotEqualTo(before).isEqualTo(fresh("one of {groups}", Map.of("groups", groups), Language.EN));
    }

    @Test
    void aListInATemplateThatNamesItsSubjectIsKeptPerPlaceholder_andWrittenAnewWhenItChanges() {
        String text = "record {subject}: one of {groups}, codes {groups:code}";
        Template t = template(text);
        List<TraineeGroup> groups = new ArrayList<>(List.of(TraineeGroup.values()[0], TraineeGroup.values()[1]));
        for (String id : List.of("T-1", "T-2", "T-3")) {
            Map<String, Object> values = Map.of("subject", Values.named(id, null), "groups", groups);
            assertThat(t.render(values, Language.EN, LABELS)).isEqualTo(fresh(text, values, Language.EN));
            assertThat(t.render(values, Language.ZH, LABELS)).isEqualTo(fresh(text, values, Language.ZH));
        }
        groups.remove(0);
        Map<String, Object> values = Map.of("subject", Values.named("T-4", null), "groups", groups);
        assertThat(t.render(values, Language.EN, LABELS)).isEqualTo(fresh(text, values, Language.EN))
                .doesNotContain(TraineeGroup.values()[0].name());
        List<Object> facts = List.of(new ProjectItem());
        Map<String, Object> withFacts = Map.of("subject", Values.named("T-5", null), "groups", facts);
        assertThat(t.render(withFacts, Language.EN, LABELS)).isEqualTo(fresh(text, withFacts, Language.EN));
    }

    @Test
    void aFactIsReadAtEveryRendering() {
        Template t = template("project {project}, funds {project.centralFunds}");
        ProjectItem p = new ProjectItem();
        p.setId("P-1");
        p.setName("冷链");
        p.setCentralFunds(new BigDecimal("100.00"));
        String before = t.render(Map.of("project", p), Language.EN, LABELS);
        p.setName("仓储");
        p.setCentralFunds(new BigDecimal("200.00"));
        String after = t.render(Map.of("project", p), Language.EN, LABELS);
        assertThat(before).isEqualTo("project 冷链 (P-1), funds 100.00 yuan");
        assertThat(after).isEqualTo("project 仓储 (P-1), funds 200.00 yuan");
    }

    @Test
    void aPropertyOfAFactIsKeptByItsValueNotByTheFact() {
        Template t = template("funds {project.centralFunds}");
        ProjectItem p = new ProjectItem();
        p.setCentralFunds(new BigDecimal("100.00"));
        assertThat(t.render(Map.of("project", p), Language.EN, LABELS)).isEqualTo("funds 100.00 yuan");
        p.setCentralFunds(new BigDecimal("250.50"));
        assertThat(t.render(Map.of("project", p), Language.EN, LABELS)).isEqualTo("funds 250.50 yuan");
    }

    @Test
    void decimalsOfTheSameValueButAnotherScaleAreNotTheSameValues() {
        Template t = template("{share:percent}");
        assertThat(t.render(Map.of("share", new BigDecimal("0.5")), Language.EN, LABELS)).isEqualTo("50.00%");
        assertThat(t.render(Map.of("share", new BigDecimal("0.123")), Language.EN, LABELS)).isEqualTo("12.30%");
        Template m = template("{amount}");
        assertThat(m.render(Map.of("amount", Values.money(new BigDecimal("2.0"))), Language.EN, LABELS)).isEqualTo("2.00 yuan");
        assertThat(m.render(Map.of("amount", Values.money(new BigDecimal("2.005"))), Language.EN, LABELS)).isEqualTo("2.005 yuan");
    }

    @Test
    void aValueTheRuleDidNotRecordIsStillAnErrorAfterTextsWereKept() {
        Template t = template("one of {groups}");
        t.render(Map.of("groups", List.of()), Language.EN, LABELS);
        assertThatThrownBy(() -> t.render(Map.of("other", List.of()), Language.EN, LABELS))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("names {groups}, which the rule did not record");
    }

    @Test
    void aTemplateWithoutPlaceholdersIsItsText() {
        assertThat(template("Focus on {{the}} groups.").render(Map.of(), Language.EN, LABELS)).isEqualTo("Focus on {the} groups.");
    }

    @Test
    void manyValuesInTurnAndFromManyThreadsReadAsWrittenAfresh() throws Exception {
        String text = "{n} of {total}: {share} at {amount}, {group}, {groups}";
        Template t = template(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int thread = 0; thread < 4; thread++) {
                long seed = 2018 + thread;
                done.add(pool.submit(() -> {
                    Random random = new Random(seed);
                    TraineeGroup[] all = TraineeGroup.values();
                    int checked = 0;
                    for (int i = 0; i < 2_000; i++) {
                        Map<String, Object> values = new HashMap<>();
                        values.put("n", (long) random.nextInt(3));
                        values.put("total", (long) random.nextInt(3));
                        values.put("share", Values.share(BigDecimal.valueOf(random.nextInt(3)), BigDecimal.valueOf(3),
                                random.nextBoolean() ? RoundingMode.FLOOR : RoundingMode.CEILING));
                        values.put("amount", Values.money(BigDecimal.valueOf(random.nextInt(3), random.nextInt(3))));
                        values.put("group", random.nextInt(4) == 0 ? null : all[random.nextInt(all.length)]);
                        values.put("groups", List.of(all[random.nextInt(2)], all[random.nextInt(all.length)]));
                        Language lang = random.nextBoolean() ? Language.ZH : Language.EN;
                        assertThat(t.render(values, lang, LABELS)).isEqualTo(fresh(text, values, lang));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get()).isEqualTo(2_000);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
