package org.ecrural.kb.words;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Effect;
import org.ecrural.kb.report.Language;
import org.ecrural.kb.report.RuleInfo;
import org.ecrural.kb.report.RuleProblem;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import org.ecrural.kb.rulesupport.FindingCollector;
import org.ecrural.model.Direction;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.StationFunction;
import org.ecrural.model.Track;
import org.ecrural.model.WorkPlanItem;
import org.junit.jupiter.api.Test;

/** Words files, templates, the label table and formatting by type. */
class WordsTest {
    static final List<String> CLAUSES = List.of("preamble", "1", "2.1", "2.2", "3", "4", "4.1", "4.2", "4.3",
            "4.prohibited", "4.idle-funds", "5.1", "5.2", "5.3", "6.1", "6.2", "6.3", "6.4", "6.5",
            "annex.1", "annex.2", "annex.3");
    static final String LABELS = resource("org/ecrural/rules/labels.yaml");
    static final Labels BUILT_IN = labels(LABELS);

    static String resource(String name) {
        try (InputStream in = WordsTest.class.getClassLoader().getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static Labels labels(String text) {
        List<RuleProblem> problems = new ArrayList<>();
        Labels l = Labels.read("labels.yaml", text, CLAUSES, problems);
        assertThat(problems).isEmpty();
        return l;
    }

    static String fmt(Object value, Language lang) {
        return Format.format(value, null, lang, BUILT_IN);
    }

    // ---- formatting by type ----

    @Test
    void aCountShareShowsItsShareRoundedAwayFromTheLimitWithItsCountsInEachLanguage() {
        Object missed = Values.countShare(75, 152, RoundingMode.FLOOR);
        assertThat(fmt(missed, Language.EN)).isEqualTo("49.34% (75 of 152)");
        assertThat(fmt(missed, Language.ZH)).isEqualTo("49.34%（152 个中的 75 个）");
        assertThat(fmt(Values.countShare(2, 3, RoundingMode.CEILING), Language.EN)).isEqualTo("66.67% (2 of 3)");
        assertThat(fmt(Values.countShare(1, 3, RoundingMode.FLOOR), Language.EN)).isEqualTo("33.33% (1 of 3)");
        assertThat(fmt(Values.countShare(0, 0, RoundingMode.FLOOR), Language.EN)).isEqualTo("n/a (0 of 0)");
        assertThat(fmt(Values.countShare(0, 0, RoundingMode.FLOOR), Language.ZH)).isEqualTo("无从计算（0 个中的 0 个）");
        assertThat(fmt(Values.countShare(null, 10, RoundingMode.FLOOR), Language.EN)).isEqualTo("not stated");
        assertThat(fmt(Values.countShare(3, null, RoundingMode.FLOOR), Language.ZH)).isEqualTo("未填写");
    }

    @Test
    void pointsAreSignedAndRoundedAwayFromZeroInEachLanguage() {
        assertThat(fmt(Values.points(new BigDecimal("0.05")), Language.EN)).isEqualTo("+5.00 pp");
        assertThat(fmt(Values.points(new BigDecimal("0.05")), Language.ZH)).isEqualTo("+5.00 个百分点");
        assertThat(fmt(Values.points(new BigDecimal("0.00001")), Language.EN)).isEqualTo("+0.01 pp");
        assertThat(fmt(Values.points(new BigDecimal("-0.00001")), Language.EN)).isEqualTo("-0.01 pp");
        assertThat(fmt(Values.points(new BigDecimal("0.000")), Language.ZH)).isEqualTo("0.00 个百分点");
    }

    @Test
    void moneyHasThousandsSeparatorsAtLeastTwoDecimalsAndItsUnit() {
        assertThat(fmt(Values.money(new BigDecimal("1600000")), Language.ZH)).isEqualTo("1,600,000.00 元");
        assertThat(fmt(Values.money(new BigDecimal("1600000")), Language.EN)).isEqualTo("1,600,000.00 yuan");
        assertThat(fmt(Values.money(new BigDecimal("35000000.00")), Language.EN)).isEqualTo("35,000,000.00 yuan");
        assertThat(fmt(Values.money(new BigDecimal("999.5")), Language.EN)).isEqualTo("999.50 yuan");
        assertThat(fmt(Values.money(new BigDecimal("100")), Language.EN)).isEqualTo("100.00 yuan");
        assertThat(fmt(Values.money(new BigDecimal("1000")), Language.EN)).isEqualTo("1,000.00 yuan");
        assertThat(fmt(Values.money(new BigDecimal("1234567.125")), Language.EN)).isEqualTo("1,234,567.125 yuan");
        assertThat(fmt(Values.money(new BigDecimal("1.500")), Language.EN)).isEqualTo("1.50 yuan");
        assertThat(fmt(Values.money(new BigDecimal("-2500000")), Language.ZH)).isEqualTo("-2,500,000.00 元");
        assertThat(fmt(Values.money(BigDecimal.ZERO), Language.ZH)).isEqualTo("0.00 元");
    }

    @Test
    void sharesAreRoundedAwayFromTheLimit() {
        BigDecimal hundred = new BigDecimal("100");
        assertThat(fmt(Values.share(new BigDecimal("49.995"), hundred, RoundingMode.FLOOR), Language.ZH)).isEqualTo("49.99%");
        assertThat(fmt(Values.share(new BigDecimal("15.001"), hundred, RoundingMode.CEILING), Language.EN)).isEqualTo("15.01%");
        assertThat(fmt(Values.share(new BigDecimal("50"), hundred, RoundingMode.FLOOR), Language.EN)).isEqualTo("50.00%");
        assertThat(fmt(Values.share(BigDecimal.ONE, BigDecimal.ZERO, RoundingMode.FLOOR), Language.EN)).isEqualTo("n/a");
        assertThat(fmt(Values.percent(new BigDecimal("0.5")), Language.ZH)).isEqualTo("50.00%");
        assertThat(fmt(Values.percent(new BigDecimal("0.15")), Language.EN)).isEqualTo("15.00%");
    }

    @Test
    void theRecordingApiPicksTheRoundingFromTheLimit() {
        Wording w = wording(SECTION.replace("MESSAGE_EN", "{below} {above} {exact}"), DRL_SHARES);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        BigDecimal whole = new BigDecimal("100");
        c.area("621121").share("below", new BigDecimal("49.995"), whole, new BigDecimal("0.50"))
                .share("above", new BigDecimal("15.001"), whole, new BigDecimal("0.15"))
                .share("exact", new BigDecimal("50"), whole, new BigDecimal("0.50")).emit();
        assertThat(c.drafts().get(0).message().en()).isEqualTo("49.99% 15.01% 50.00%");
        c.area("621121").shareDown("below", new BigDecimal("1"), new BigDecimal("3"))
                .shareUp("above", new BigDecimal("1"), new BigDecimal("3")).code("exact", "X").emit();
        assertThat(c.drafts().get(1).message().en()).isEqualTo("33.33% 33.34% X");
    }

    @Test
    void datesInEachLanguage() {
        assertThat(fmt(LocalDate.of(2018, 5, 31), Language.ZH)).isEqualTo("2018年5月31日");
        assertThat(fmt(LocalDate.of(2018, 5, 31), Language.EN)).isEqualTo("31 May 2018");
        assertThat(fmt(LocalDate.of(2018, 12, 1), Language.EN)).isEqualTo("1 December 2018");
    }

    @Test
    void listsAreJoinedInEachLanguageAndEnumsShownByTheirLabels() {
        List<StationFunction> l = List.of(StationFunction.MICROCREDIT, StationFunction.CONVENIENCE);
        assertThat(fmt(l, Language.ZH)).isEqualTo("小额信贷、便民服务");
        assertThat(fmt(l, Language.EN)).isEqualTo("microcredit, convenience services");
        assertThat(Format.format(l, "code", Language.EN, BUILT_IN)).isEqualTo("MICROCREDIT, CONVENIENCE");
        assertThat(fmt(List.of(), Language.ZH)).isEqualTo("无");
        assertThat(fmt(List.of(), Language.EN)).isEqualTo("none");
        assertThat(fmt(List.of(Values.code("621121"), Values.code("621122")), Language.ZH)).isEqualTo("621121、621122");
        assertThat(fmt(Track.OLD_AREA, Language.ZH)).isEqualTo("革命老区县");
        assertThat(fmt(Track.OLD_AREA, Language.EN)).isEqualTo("old-area county");
        assertThat(fmt(WorkPlanItem.PRIOR_RESULTS, Language.ZH)).isEqualTo("取得的成效");
        assertThat(BUILT_IN.clause("annex.3")).isEqualTo(new Text("附件三", "annex, part 3"));
        assertThat(BUILT_IN.clause("4.2").zh()).isEqualTo("四（二）");
    }

    @Test
    void factsAreNamedByNameAndIdOrByTheirIdAlone() {
        ProjectItem p = new ProjectItem();
        p.setId("P-1");
        p.setName("马铃薯分级包装线");
        assertThat(fmt(p, Language.ZH)).isEqualTo("马铃薯分级包装线（P-1）");
        assertThat(fmt(p, Language.EN)).isEqualTo("马铃薯分级包装线 (P-1)");
        p.setName(null);
        assertThat(fmt(p, Language.ZH)).isEqualTo("P-1");
        assertThat(fmt(Values.named("620000", null), Language.EN)).isEqualTo("620000");
        assertThat(fmt(Values.named("620000", "620000"), Language.EN)).isEqualTo("620000");
        assertThat(Format.format(Format.property(p, "signage"), null, Language.ZH, BUILT_IN)).isEqualTo("未提供证明");
        assertThat(Format.format(Format.property(p, "signage"), null, Language.EN, BUILT_IN)).isEqualTo("not evidenced");
        assertThat(Format.format(Format.property(p, "name"), null, Language.EN, BUILT_IN)).isEqualTo("not stated");
        p.setDirection(Direction.UPWARD);
        assertThat(Format.format(Format.property(p, "direction"), null, Language.ZH, BUILT_IN)).isEqualTo("农产品上行");
        assertThat(Format.format(Format.property(p, "direction"), "code", Language.ZH, BUILT_IN)).isEqualTo("UPWARD");
    }

    @Test
    void everyEnumValueOfTheModelHasBothLabels() {
        for (Class<? extends Enum<?>> type : Labels.ENUMS) {
            for (Enum<?> v : type.getEnumConstants()) {
                assertThat(BUILT_IN.of(v, Language.ZH)).as(v.toString()).isNotEqualTo(v.name()).doesNotContainPattern("[A-Za-z]");
                assertThat(BUILT_IN.of(v, Language.EN)).as(v.toString()).isNotEqualTo(v.name()).doesNotContainPattern("\\p{IsHan}");
            }
        }
    }

    // ---- a words file against its DRL ----

    static final String SECTION = """
            section: FUNDS
            title: {zh: 四、中央财政资金, en: Central funds}
            evidence:
              ProjectItem:
                zh: "{item}：{item.centralFunds}"
                en: "{item}: {item.centralFunds}"
            rules:
              TEST-ONE:
                clause: "4.1"
                severity: PRINCIPLE
                subject: AREA
                effects: [DEEMED_WITHDRAWN]
                title: {zh: 测试, en: A test rule}
                message:
                  zh: 测试
                  en: "MESSAGE_EN"
            """;
    static final String DRL_SHARES = """
            rule "TEST-ONE"
            when
            then
                findings.area("1").share("below", a, b, c).share("above", a, b, c).share("exact", a, b, c)
                    .shareDown("below", a, b).shareUp("above", a, b).code("exact", "X").emit();
            end
            """;

    static Wording wording(String words, String drl) {
        List<RuleProblem> problems = new ArrayList<>();
        Wording w = Wording.read(Map.of("test.words.yaml", words), LABELS, Map.of("test.drl", drl), CLAUSES, problems);
        assertThat(problems).isEmpty();
        return w;
    }

    static List<String> problems(String words, String drl) {
        List<RuleProblem> problems = new ArrayList<>();
        Wording.read(Map.of("test.words.yaml", words), LABELS, Map.of("test.drl", drl), CLAUSES, problems);
        return problems.stream().map(RuleProblem::toString).toList();
    }

    @Test
    void aRulesMetadataComesFromItsWords() {
        Wording w = wording(SECTION.replace("MESSAGE_EN", "{below} {above} {exact}"), DRL_SHARES);
        RuleInfo info = w.rule("TEST-ONE").info();
        assertThat(info).isEqualTo(new RuleInfo("TEST-ONE", "4.1", Severity.PRINCIPLE, "A test rule", "test.drl",
                Check.FUNDS, SubjectType.AREA, new Text("测试", "A test rule"), java.util.Set.of(Effect.DEEMED_WITHDRAWN)));
        assertThat(w.sectionTitle(Check.FUNDS)).contains(new Text("四、中央财政资金", "Central funds"));
        assertThat(w.describes("test.drl")).isTrue();
        assertThat(w.rule("TEST-TWO")).isNull();
    }

    @Test
    void evidenceFactsAreWrittenByTheSectionsTemplateForTheirType() {
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n    findings.area(\"1\").evidence(\"projects\", list).emit();\nend\n";
        Wording w = wording(SECTION.replace("MESSAGE_EN", "{projects.size} projects: {projects}"), drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        ProjectItem p = new ProjectItem();
        p.setId("P-1");
        p.setCentralFunds(new BigDecimal("1200000"));
        c.area("621121").evidence("projects", List.of(p)).emit();
        FindingCollector.Draft d = c.drafts().get(0);
        assertThat(d.message().en()).isEqualTo("1 projects: P-1");
        assertThat(d.evidence()).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("PROJECT");
            assertThat(e.id()).isEqualTo("P-1");
            assertThat(e.text()).isEqualTo(new Text("P-1：1,200,000.00 元", "P-1: 1,200,000.00 yuan"));
            assertThat(e.detail()).isEqualTo("P-1: 1,200,000.00 yuan");
        });
        assertThat(d.measuredText()).isNull();
    }

    @Test
    void aVariantReplacesTheTemplatesItNames() {
        String words = SECTION.replace("MESSAGE_EN", "share {share}") + """
                    variants:
                      NO_FUNDS:
                        message: {zh: 没有中央资金, en: no central funds at all}
                """;
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").code(\"share\", s).emit();\n"
                + "  findings.area(\"1\").variant(\"NO_FUNDS\").emit();\nend\n";
        Wording w = wording(words, drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.area("1").variant("NO_FUNDS").emit();
        c.area("1").code("share", "10%").emit();
        assertThat(c.drafts()).extracting(d -> d.message().en()).containsExactly("no central funds at all", "share 10%");
        assertThatThrownBy(() -> c.area("1").variant("NO_SUCH").emit()).hasMessageContaining("has no variant NO_SUCH");
        assertThatThrownBy(() -> c.project("P-1").emit()).hasMessageContaining("is about a AREA in its words");
        assertThatThrownBy(() -> c.area("1").says("x", "y").emit()).hasMessageContaining("does not write text");
    }

    @Test
    void aVariantMayBeChosenOnAConditionAndTheFirstThatHoldsStays() {
        String words = SECTION.replace("MESSAGE_EN", "stated no") + """
                    variants:
                      NOT_EVIDENCED:
                        message: {zh: 未提供证明, en: not evidenced}
                """;
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").variant(\"NOT_EVIDENCED\", v == null).emit();\nend\n";
        Wording w = wording(words, drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.area("1").variant("NOT_EVIDENCED", false).emit();
        c.area("1").variant("NOT_EVIDENCED", true).emit();
        c.area("1").variant("NOT_EVIDENCED", true).variant("OTHER", false).emit();
        assertThat(c.drafts()).extracting(d -> d.message().en()).containsExactly("stated no", "not evidenced", "not evidenced");
    }

    @Test
    void aKeyWrittenTwiceInOneMapIsRefusedAtItsSecondLineNotSilentlyReplaced() {
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").emit();\nend\n";
        String twice = SECTION.replace("    severity: PRINCIPLE\n", "    severity: PRINCIPLE\n    severity: ADVISORY\n");
        assertThat(problems(twice, drl)).singleElement().asString()
                .contains("test.words.yaml:11").contains("\"severity\" is written twice").contains("line 10 and line 11");
        assertThat(problems(SECTION, drl)).isEmpty();
    }

    @Test
    void oneRuleMayBeAboutSeveralKindsOfSubjectTheFirstBeingItsSubjectType() {
        String words = SECTION.replace("MESSAGE_EN", "about {subject}").replace("subject: AREA", "subject: [AREA, PROVINCE]");
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").emit();\nend\n";
        Wording w = wording(words, drl);
        assertThat(w.rule("TEST-ONE").info().subjectType()).isEqualTo(SubjectType.AREA);
        assertThat(w.rule("TEST-ONE").subjectTypes()).containsExactlyInAnyOrder(SubjectType.AREA, SubjectType.PROVINCE);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.area("621121").emit();
        c.province("620000").named("甘肃省").emit();
        assertThat(c.drafts()).extracting(d -> d.message().en()).containsExactly("about 621121", "about 甘肃省 (620000)");
        assertThatThrownBy(() -> c.project("P-1").emit()).hasMessageContaining("is about a AREA in its words");
        assertThat(problems(SECTION.replace("subject: AREA", "subject: [AREA, PROVINC]"), drl))
                .singleElement().asString().contains("\"PROVINC\" is not one of").contains("did you mean PROVINCE?");
    }

    @Test
    void aListNamedWithLinesReadsEachElementThroughItsEvidenceTemplateInOrder() {
        String words = SECTION.replace("MESSAGE_EN", "wrong: {problems:lines}; funds: {projects:lines}; none: {empty:lines}")
                + """
                    evidence:
                      problems: {zh: "{item}名单", en: "{item} list"}
                      empty: {zh: "{item}", en: "{item}"}
                """;
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").values(\"problems\", a).values(\"projects\", b)"
                + ".values(\"empty\", c).emit();\nend\n";
        Wording w = wording(words, drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        ProjectItem p = new ProjectItem();
        p.setId("P-1");
        p.setCentralFunds(new BigDecimal("1200000"));
        c.area("621121").values("problems", List.of(Track.OLD_AREA, Track.POVERTY)).values("projects", List.of(p))
                .values("empty", List.of()).emit();
        FindingCollector.Draft d = c.drafts().get(0);
        // the rule's own template by the value's name; the section's template for the element's type; an empty list
        assertThat(d.message().en()).isEqualTo("wrong: old-area county list, poverty county list; funds: P-1: 1,200,000.00 yuan; none: none");
        assertThat(d.evidence()).isEmpty();
    }

    @Test
    void anAbsentValueOrADateIsAnEvidenceLineToo() {
        String words = SECTION.replace("MESSAGE_EN", "x") + """
                    evidence:
                      form: {zh: "形式：{item}", en: "form: {item}"}
                      sentOn: {zh: "报送日期：{item}", en: "sent on {item}"}
                """;
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.area(\"1\").evidence(\"form\", f).evidence(\"sentOn\", d).emit();\nend\n";
        Wording w = wording(words, drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.area("1").evidence("form", (Object) null).evidence("sentOn", LocalDate.of(2018, 6, 16)).emit();
        assertThat(c.drafts().get(0).evidence()).containsExactly(
                new org.ecrural.kb.report.Evidence("FORM", "", "form: not stated", new Text("形式：未填写", "form: not stated")),
                new org.ecrural.kb.report.Evidence("SENT_ON", "2018-06-16", "sent on 16 June 2018", new Text("报送日期：2018年6月16日", "sent on 16 June 2018")));
    }

    @Test
    void yesNoFieldsNotStatedYesAreListedWithWhatThePlanStates() {
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n    findings.area(\"1\").unlessYes(\"missing\", a, x)"
                + ".unlessYes(\"missing\", b, y).unlessYes(\"missing\", c, z).emit();\nend\n";
        Wording w = wording(SECTION.replace("MESSAGE_EN", "{missing.size}: {missing}")
                .replace("zh: 测试\n", "zh: \"{missing.size}：{missing}\"\n"), drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.area("1").unlessYes("missing", org.ecrural.model.ProjectEvidence.TRANSACTION_INFO, false)
                .unlessYes("missing", org.ecrural.model.ProjectEvidence.ACTIVITY_INFO, true)
                .unlessYes("missing", org.ecrural.model.ProjectEvidence.ONLINE_SALES_RECORDS, null).emit();
        assertThat(c.drafts().get(0).message()).isEqualTo(new Text("2：交易信息（否）、网上销售产品记录（未提供证明）",
                "2: transaction information (no), records of products sold online (not evidenced)"));
        // every field stated yes: the list is still recorded, empty
        c.area("1").unlessYes("missing", org.ecrural.model.ProjectEvidence.TRANSACTION_INFO, true).emit();
        assertThat(c.drafts().get(1).message().en()).isEqualTo("0: none");
        assertThat(problems(SECTION.replace("MESSAGE_EN", "{missing}"), "rule \"TEST-ONE\"\nwhen\nthen\n"
                + "    findings.area(\"1\").emit();\nend\n")).singleElement().asString().contains("does not record");
    }

    // ---- validation problems, with file:line ----

    @Test
    void aPlaceholderTheRuleDoesNotRecordIsAProblemAtItsLine() {
        assertThat(problems(SECTION.replace("MESSAGE_EN", "{belwo}"), DRL_SHARES)).containsExactly(
                "test.words.yaml:16: template \"{belwo}\" names {belwo}, which rule TEST-ONE does not record"
                + " (did you mean below?) (it records above, below, exact, subject)");
    }

    @Test
    void aRuleQuotesSentencesOfItsOwnClausesVerbatimOrStatesABasis() {
        String quoted = SECTION.replace("MESSAGE_EN", "{below} {above} {exact}").replace("    title: {zh: 测试, en: A test rule}\n",
                "    title: {zh: 测试, en: A test rule}\n    quotes:\n      - \"QUOTE\"\n");
        Wording w = wording(quoted.replace("QUOTE", "中央财政资金支持农村产品上行的比例原则上不低于50%。"), DRL_SHARES);
        assertThat(w.rule("TEST-ONE").info().quotes()).containsExactly("中央财政资金支持农村产品上行的比例原则上不低于50%。");
        assertThat(w.rule("TEST-ONE").info().basis()).isNull();
        // a sentence of another clause (4.2), or one changed by a character, is not a quote of 4.1
        assertThat(problems(quoted.replace("QUOTE", "公共服务中心建设应坚持实用、节约原则"), DRL_SHARES)).containsExactly(
                "test.words.yaml:15: rule TEST-ONE quotes \"公共服务中心建设应坚持实用、节约原则\", which is not in the text of its clause(s) 4.1");
        assertThat(problems(quoted.replace("QUOTE", "中央财政资金支持农村产品上行的比例原则上不低于60%。"), DRL_SHARES)).hasSize(1);
        String based = SECTION.replace("MESSAGE_EN", "{below} {above} {exact}").replace("    title: {zh: 测试, en: A test rule}\n",
                "    title: {zh: 测试, en: A test rule}\n    basis: {zh: 方案自身的一致性, en: the plan's own consistency}\n");
        assertThat(wording(based, DRL_SHARES).rule("TEST-ONE").info().basis()).isEqualTo(new Text("方案自身的一致性", "the plan's own consistency"));
        assertThat(problems(based.replace("    basis:", "    quotes: [\"中央财政资金支持农村产品上行的比例原则上不低于50%。\"]\n    basis:"), DRL_SHARES))
                .singleElement().asString().contains("has both quotes and a basis");
        assertThat(problems(quoted.replace("quotes:\n      - \"QUOTE\"", "quotes: 中央财政资金"), DRL_SHARES))
                .singleElement().asString().startsWith("test.words.yaml:14: rule TEST-ONE: quotes is a list");
    }

    @Test
    void anUnknownFormatOrPropertyOrKeyIsAProblemAtItsLine() {
        assertThat(problems(SECTION.replace("MESSAGE_EN", "{below:mony}"), DRL_SHARES)).singleElement().asString()
                .startsWith("test.words.yaml:16: template \"{below:mony}\": unknown format :mony (did you mean money?)");
        assertThat(problems(SECTION.replace("{item.centralFunds}\"\n", "{item.centralFund}\"\n")
                .replace("MESSAGE_EN", "{below} {above} {exact}"), DRL_SHARES)).containsExactly(
                "test.words.yaml:5: template \"{item}：{item.centralFund}\": ProjectItem has no property centralFund"
                + " (did you mean centralFunds?)",
                "test.words.yaml:6: template \"{item}: {item.centralFund}\": ProjectItem has no property centralFund"
                + " (did you mean centralFunds?)");
        assertThat(problems(SECTION.replace("message:", "mesage:").replace("MESSAGE_EN", "x"), DRL_SHARES))
                .contains("test.words.yaml:14: unknown key \"mesage\" (did you mean message?); expected clause, severity,"
                        + " subject, title, quotes, basis, effects, message, measured, limit, remedy, evidence, variants, equivalentMutants",
                        "test.words.yaml:8: rule TEST-ONE has no message");
        assertThat(problems(SECTION.replace("\"4.1\"", "\"4.11\"").replace("MESSAGE_EN", "x"), DRL_SHARES))
                .containsExactly("test.words.yaml:9: rule TEST-ONE cites clause \"4.11\", which is not a clause key of"
                        + " the notice nor of the folder's clauses.yaml (did you mean 4.1?)");
        assertThat(problems(SECTION.replace("{zh: 测试, en: A test rule}", "{zh: 测试}").replace("MESSAGE_EN", "x"), DRL_SHARES))
                .containsExactly("test.words.yaml:13: rule TEST-ONE: title in English is missing");
    }

    @Test
    void aRuleWithoutWordsAndWordsWithoutARuleAreProblemsAtTheirLines() {
        String drl = DRL_SHARES + "\nrule \"TEST-TWO\"\nwhen\nthen\nend\n";
        assertThat(problems(SECTION.replace("MESSAGE_EN", "x"), drl)).containsExactly(
                "test.drl:8:1: rule \"TEST-TWO\" has no words in test.words.yaml (its section's rules take their"
                + " metadata and text from there)");
        assertThat(problems(SECTION.replace("MESSAGE_EN", "x").replace("TEST-ONE:", "TEST-ONF:"), DRL_SHARES)).containsExactly(
                "test.words.yaml:8: words for rule TEST-ONF, but test.drl has no rule \"TEST-ONF\" (did you mean TEST-ONE?)",
                "test.drl:1:1: rule \"TEST-ONE\" has no words in test.words.yaml (its section's rules take their"
                + " metadata and text from there)");
    }

    @Test
    void aMissingOrUnknownLabelIsAProblemAtItsLine() {
        List<RuleProblem> problems = new ArrayList<>();
        String text = LABELS.replace("    OLD_AREA: {zh: \"革命老区县\", en: \"old-area county\"}\n", "")
                .replace("    POVERTY: ", "    POVERTI: ");
        Labels.read("labels.yaml", text, CLAUSES, problems);
        int line = lineOf(text, "  Track:");
        assertThat(problems).extracting(RuleProblem::toString).containsExactlyInAnyOrder(
                "labels.yaml:" + (line + 1) + ": \"POVERTI\" is not a value of Track (did you mean POVERTY?)",
                "labels.yaml:" + line + ": Track.POVERTY has no label",
                "labels.yaml:" + line + ": Track.OLD_AREA has no label");
    }

    @Test
    void aTemplateStartingWithABraceMustBeQuoted() {
        assertThat(problems(SECTION.replace("\"MESSAGE_EN\"", "{below}"), DRL_SHARES)).anySatisfy(p ->
                assertThat(p).startsWith("test.words.yaml:16: rule TEST-ONE: message in English: expected a text"
                        + " (quote a template that starts with {)"));
    }

    // ---- provinces, sorted lists, conditional variants (eligibility) ----

    @Test
    void aProvinceIsNamedFromTheLabelTableWithItsCode() {
        assertThat(fmt(Values.province("610000"), Language.ZH)).isEqualTo("陕西省（610000）");
        assertThat(fmt(Values.province("610000"), Language.EN)).isEqualTo("Shaanxi (province 610000)");
        assertThat(fmt(Values.province("640000"), Language.ZH)).isEqualTo("宁夏回族自治区（640000）");
        assertThat(Format.format(Values.province("610000"), "code", Language.EN, BUILT_IN)).isEqualTo("610000");
        assertThat(fmt(Values.province("990000"), Language.ZH)).isEqualTo("省份 990000");
        assertThat(fmt(Values.province("990000"), Language.EN)).isEqualTo("province 990000");
        assertThat(fmt(Values.province(null), Language.EN)).isEqualTo("not stated");
        assertThat(BUILT_IN.province("610622")).isEqualTo(new Text("陕西省", "Shaanxi"));
        assertThat(labels(LABELS.substring(0, LABELS.indexOf("\nprovinces:"))).province("610000")).isNull();
    }

    @Test
    void aProvinceCodeThatIsNoProvinceIsAProblemAtItsLine() {
        List<RuleProblem> problems = new ArrayList<>();
        String text = LABELS.replace("  \"610000\": ", "  \"610600\": ");
        Labels.read("labels.yaml", text, CLAUSES, problems);
        assertThat(problems).extracting(RuleProblem::toString).containsExactly("labels.yaml:" + lineOf(text, "  \"610600\"")
                + ": \"610600\" is not the code of a province-level division (two digits and 0000, e.g. 610000)");
    }

    @Test
    void sortedListsDoNotDependOnTheOrderGiven() {
        assertThat(Values.sorted(List.of(Track.OLD_AREA, Track.POVERTY, Track.POVERTY)))
                .containsExactly(Track.POVERTY, Track.POVERTY, Track.OLD_AREA);
        assertThat(Values.sorted(java.util.Arrays.asList("621122", null, "621021"))).containsExactly("621021", "621122", null);
        org.ecrural.model.County a = new org.ecrural.model.County();
        a.setCode("621122");
        a.setName("陇西县");
        org.ecrural.model.County b = new org.ecrural.model.County();
        b.setCode("621121");
        b.setName("通渭县");
        assertThat(Values.sorted(List.of(a, b))).containsExactly(b, a);
        assertThat(fmt(Values.sorted(List.of(a, b)), Language.ZH)).isEqualTo("通渭县（621121）、陇西县（621122）");
        org.ecrural.model.FundAllocation f = new org.ecrural.model.FundAllocation();
        f.setArea("621100");
        f.setRecipient("621123");
        assertThat(Format.id(f)).isEqualTo("621123");
    }

    @Test
    void theRecordingApiRecordsProvincesSortedListsAndConditionalVariants() {
        String words = SECTION.replace("MESSAGE_EN", "{where} {list}").replace("subject: AREA", "subject: NOMINATION") + """
                    variants:
                      TWICE:
                        message: {zh: 两次, en: "twice: {list}"}
                """;
        String drl = "rule \"TEST-ONE\"\nwhen\nthen\n  findings.nomination(c).province(\"where\", p).sorted(\"list\", t)"
                + ".variant($t.size() > 1, \"TWICE\").emit();\nend\n";
        Wording w = wording(words, drl);
        FindingCollector c = new FindingCollector(w);
        c.firing(w.rule("TEST-ONE").info());
        c.nomination("610622").province("where", "610000").sorted("list", List.of(Track.OLD_AREA, Track.POVERTY))
                .variant("TWICE", false).emit();
        c.nomination("610622").province("where", "610000").sorted("list", List.of(Track.OLD_AREA, Track.POVERTY))
                .variant("TWICE", true).emit();
        assertThat(c.drafts()).extracting(d -> d.message().en())
                .containsExactly("Shaanxi (province 610000) poverty county, old-area county", "twice: poverty county, old-area county");
        // the validation finds the variant the DRL asks for under a condition, and complains of one it never asks for
        assertThat(problems(words, drl.replace("\"TWICE\"", "\"TWICE2\""))).containsExactly(
                "test.words.yaml:8: rule TEST-ONE asks for variant TWICE2, which its words do not have (did you mean TWICE?)",
                "test.words.yaml:8: rule TEST-ONE: variant TWICE is never asked for by its DRL (.variant(\"TWICE\"))");
    }

    static int lineOf(String text, String start) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith(start)) {
                return i + 1;
            }
        }
        throw new AssertionError(start);
    }
}
