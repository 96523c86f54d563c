package org.ecrural.kb;

import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Clause;
import org.ecrural.kb.edition.ClauseKeys;
import org.ecrural.kb.edition.ClauseTexts;
import org.ecrural.kb.report.RuleInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.PlanDocument;
import org.junit.jupiter.api.Test;

class ClauseTextsTest {
    @Test
    void everyClauseKeyOfClausesMdHasATextInTheNoticesOrder() {
        assertThat(ClauseTexts.all()).extracting(Clause::key).containsExactlyElementsOf(ClauseKeys.ALL);
        for (Clause c : ClauseTexts.all()) {
            assertThat(c.text()).as(c.key()).isNotBlank();
            assertThat(c.title()).as(c.key()).isNotBlank();
        }
        assertThat(ClauseTexts.text("no-such-key")).isNull();
    }

    @Test
    void everyClauseKeyCitedByARuleHasAText() {
        assertThat(Plans.ENGINE.rules()).hasSize(46);
        for (RuleInfo rule : Plans.ENGINE.rules()) {
            List<String> keys = ClauseTexts.keys(rule.clause());
            assertThat(keys).as(rule.id()).isNotEmpty();
            for (String key : keys) {
                assertThat(ClauseTexts.text(key)).as(rule.id() + " cites " + key).isNotBlank();
            }
            assertThat(ClauseTexts.texts(rule.clause())).hasSameSizeAs(keys);
        }
    }

    @Test
    void everyRuleQuotesSentencesFoundVerbatimInItsOwnClauses() {
        for (RuleInfo r : Catalogue.rules()) {
            List<String> quotes = r.quotes();
            // a rule no sentence states says what it rests on instead, and quotes nothing as if it did
            assertThat(quotes.isEmpty()).as(r.id()).isEqualTo(r.basis() != null);
            List<Clause> clauses = ClauseTexts.texts(r.clause());
            for (String q : quotes) {
                assertThat(clauses).as(r.id() + " quotes " + q).anyMatch(c -> c.text().contains(q));
            }
        }
        assertThat(Catalogue.rule("FUND-WITHIN-ALLOCATION").orElseThrow().basis().en()).startsWith("No sentence of the notice");
    }

    @Test
    void theNoticeFileHoldsOnlyTheNoticesTextByClauseKey() throws IOException {
        try (var in = ClauseTexts.class.getClassLoader().getResourceAsStream(ClauseTexts.RESOURCE)) {
            var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
            List<String> keys = new java.util.ArrayList<>();
            root.fieldNames().forEachRemaining(keys::add);
            assertThat(keys).containsExactly("notice", "comment", "clauses");
        }
    }

    @Test
    void theSpecialClausesHoldTheParagraphsClausesMdNames() {
        assertThat(ClauseTexts.text("4.prohibited")).contains("财建〔2015〕256号").contains("不得用于网络交易平台");
        assertThat(ClauseTexts.text("4.idle-funds")).contains("财预〔2015〕15号").contains("长期闲置的中央财政资金");
        assertThat(ClauseTexts.text("4")).startsWith("鼓励各地优先采取以奖代补、贷款贴息等支持方式");
        assertThat(ClauseTexts.text("5.1")).contains("每个省（区）不超过5个");
        assertThat(ClauseTexts.text("annex.2")).startsWith("2018年工作目标");
    }

    @Test
    void eachTextIsFoundVerbatimInTheNoticeWhenSharedIsPresent() throws IOException {
        String shared = System.getProperty("ecrural.shared");
        Path notice = shared == null ? null : Path.of(shared, "spec", "notice-2018.zh.txt");
        assumeTrue(notice != null && Files.isRegularFile(notice),
                "shared/spec/notice-2018.zh.txt not found (system property ecrural.shared=" + shared + "): skipped");
        String text = Files.readString(notice, StandardCharsets.UTF_8);
        for (Clause c : ClauseTexts.all()) {
            assertThat(text).as("clause " + c.key()).contains(c.text());
        }
    }

    @Test
    void aFindingOfAMultiKeyClauseGetsEachText() {
        PlanDocument plan = Plans.gansu();
        var county = Plans.povertyCounty("621121", "621100");
        county.setSupportedInYear(2016);
        plan.getCounties().add(county);
        plan.getNominations().add(Plans.nominate("621121", org.ecrural.model.Track.POVERTY, 1));
        Finding f = Plans.evaluate(plan).findings("ELIG-NOT-SUPPORTED-BEFORE").get(0);
        assertThat(ClauseTexts.textsFor(f)).extracting(Clause::key).containsExactly("3", "5.1");
        assertThat(ClauseTexts.joinedTextFor(f)).isEqualTo(ClauseTexts.text("3") + "\n\n" + ClauseTexts.text("5.1"));
        assertThat(ClauseTexts.quotesFor(f)).isEqualTo(f.rule().quotes()).isNotEmpty();
    }

    @Test
    void aFindingOfASingleKeyClauseGetsItsText() {
        PlanDocument plan = new PlanDocument();
        plan.getProjects().add(Plans.project("P-1", "621121", Direction.OTHER, ExpenseType.BUILDING, "100"));
        Finding f = Plans.evaluate(plan).findings("FUND-PROHIBITED-USE").get(0);
        assertThat(ClauseTexts.textsFor(f)).extracting(Clause::text).containsExactly(ClauseTexts.text("4.prohibited"));
    }
}
