package org.ecrural.kb;

import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.render.ReportJson;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.kb.report.Text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.allocation;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.nominate;
import static org.ecrural.kb.Plans.oldAreaCounty;
import static org.ecrural.kb.Plans.povertyCounty;
import static org.ecrural.kb.Plans.promotion;
import static org.ecrural.kb.Plans.with;

import java.util.Collections;
import org.ecrural.model.DivisionType;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * 三、示范范围 and 五（一）: eligibility.drl. What a scenario of eligibility.scenarios.json shows (which rule
 * fires on which subject, blocking, measured, verdict) is not repeated here; these tests pin the words of the
 * findings in both languages, their evidence, and that a report does not depend on the order of the facts.
 */
class EligibilityRulesTest {

    private static PlanDocument gansuWith(org.ecrural.model.County county, Track track) {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(county);
        p.getNominations().add(nominate(county.getCode(), track, 1));
        return p;
    }

    private static Finding only(Report r, String rule, SubjectType type, String id) {
        return r.finding(rule, type, id).orElseThrow(() -> new AssertionError(rule + " on " + id + " not found in " + r.findings()));
    }

    private static Text measured(Finding f) {
        return f.measuredText();
    }

    @Nested
    class ProvinceAddressed {
        @Test
        void namesTheProvinceOfTheCountyInEachLanguage() {
            // 宁夏 lies in 陕甘宁 but is not addressed in 2018
            PlanDocument p = gansuWith(with(oldAreaCounty("640324", "640300"), c -> c.setName("同心县")), Track.OLD_AREA);
            Report r = evaluate(p);
            Finding f = only(r, "ELIG-PROVINCE-ADDRESSED", SubjectType.NOMINATION, "640324");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.clause()).isEqualTo("preamble");
            assertThat(f.message().zh()).isEqualTo("同心县（640324）所在的宁夏回族自治区（640000）不在本通知的发文范围内，不能申报综合示范。");
            assertThat(f.message().en()).isEqualTo("County 同心县 (640324) lies in Ningxia (province 640000), which the notice is not addressed to; it cannot be nominated.");
            assertThat(measured(f)).isEqualTo(new Text("所在省份：宁夏回族自治区（640000）", "province 640000"));
            assertThat(f.limitText()).isEqualTo(new Text("本通知发文范围内的 22 个省（区）之一", "one of 22 addressed provinces"));
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id).containsExactly(org.assertj.core.groups.Tuple.tuple("COUNTY", "640324"));
            assertThat(f.evidence().get(0).text()).isEqualTo(new Text("同心县（640324）位于宁夏回族自治区（640000）", "同心县 (640324) lies in Ningxia (province 640000)"));
        }
    }

    @Nested
    class OwnProvince {
        @Test
        void namesBothProvinces() {
            PlanDocument p = gansuWith(with(povertyCounty("610826", "610800"), c -> c.setName("绥德县")), Track.POVERTY);
            Finding f = only(evaluate(p), "ELIG-OWN-PROVINCE", SubjectType.NOMINATION, "610826");
            assertThat(f.message().zh()).isEqualTo("绥德县（610826）位于陕西省（610000），不在甘肃省（620000）范围内；各省（区）只能在本省（区）范围内组织申报。");
            assertThat(f.message().en()).isEqualTo("County 绥德县 (610826) lies in Shaanxi (province 610000), not in 甘肃省 (620000), which files the nominations;"
                    + " a province nominates counties of its own only.");
            assertThat(measured(f)).isEqualTo(new Text("所在省份：陕西省（610000）", "province 610000"));
            assertThat(f.limitText()).isEqualTo(new Text("申报省份：甘肃省（620000）", "province 620000"));
        }
    }

    @Nested
    class PovertyTrack {
        @Test
        void saysWhyTheCountyIsNoPovertyCounty() {
            Finding f = only(evaluate(gansuWith(oldAreaCounty("621021", "621000"), Track.POVERTY)), "ELIG-POVERTY-TRACK",
                    SubjectType.NOMINATION, "621021");
            assertThat(f.clause()).isEqualTo("3");
            assertThat(f.message().zh()).isEqualTo("县621021（621021）按贫困县申报，但既不是国家扶贫开发工作重点县，也不是集中连片特殊困难县。");
            assertThat(f.evidence().get(0).text()).isEqualTo(new Text("县621021（621021）：国家扶贫开发工作重点县：否；集中连片特殊困难地区：未填写",
                    "县621021 (621021): national key county: no; contiguous special-hardship area: not stated"));
        }
    }

    @Nested
    class OldAreaTrack {
        @Test
        void withoutARegionSaysSo() {
            Finding f = only(evaluate(gansuWith(povertyCounty("621121", "621100"), Track.OLD_AREA)), "ELIG-OLD-AREA-TRACK",
                    SubjectType.NOMINATION, "621121");
            assertThat(f.message()).isEqualTo(new Text("县621121（621121）按革命老区县申报，但不属于通知所列 9 个革命老区区域中的任何一个。",
                    "County 县621121 (621121) is nominated on the old-area track but belongs to none of the 9 old revolutionary base area regions the notice names."));
            assertThat(measured(f)).isEqualTo(new Text("不属于任何革命老区区域", "no old-area region"));
            assertThat(f.evidence().get(0).text().zh()).isEqualTo("县621121（621121）：未登记所属革命老区区域");
        }

        @Test
        void namesTheRegionAndTheProvinceItDoesNotLieIn() {
            // 大别山 lies in 湖北, 河南, 安徽 — not in 甘肃
            var c = with(oldAreaCounty("621021", "621000"), x -> x.setOldAreaRegion(OldAreaRegion.DABIE_SHAN));
            Finding f = only(evaluate(gansuWith(c, Track.OLD_AREA)), "ELIG-OLD-AREA-TRACK", SubjectType.NOMINATION, "621021");
            assertThat(f.message().zh()).isEqualTo("县621021（621021）按革命老区县申报，但其所属的大别山革命老区不涉及该县所在的甘肃省（620000）。");
            assertThat(f.message().en()).isEqualTo("County 县621021 (621021) is nominated on the old-area track but its region, the Dabie Mountains"
                    + " old revolutionary base area, does not lie in its province, Gansu (province 620000).");
            assertThat(measured(f)).isEqualTo(new Text("大别山革命老区不涉及甘肃省（620000）", "region DABIE_SHAN does not lie in 620000"));
        }
    }

    @Nested
    class OldAreaNotDistrict {
        @Test
        void namesTheDivisionTypeByItsLabel() {
            var c = with(oldAreaCounty("621002", "621000"), x -> x.setDivisionType(DivisionType.DISTRICT));
            Finding f = only(evaluate(gansuWith(c, Track.OLD_AREA)), "ELIG-OLD-AREA-NOT-DISTRICT", SubjectType.NOMINATION, "621002");
            assertThat(measured(f)).isEqualTo(new Text("行政区划类型：市辖区", "divisionType DISTRICT"));
            assertThat(f.evidence().get(0).text().en()).isEqualTo("县621002 (621002): a city district");
        }
    }

    @Nested
    class NotSupportedBefore {
        @Test
        void namesTheYearOfTheEarlierRound() {
            var c = with(povertyCounty("621121", "621100"), x -> x.setSupportedInYear(2017));
            Finding f = only(evaluate(gansuWith(c, Track.POVERTY)), "ELIG-NOT-SUPPORTED-BEFORE", SubjectType.NOMINATION, "621121");
            assertThat(f.clause()).isEqualTo("3, 5.1");
            assertThat(f.message().zh()).isEqualTo("县621121（621121）已于 2017 年获综合示范支持，已支持过的县不在申报范围内。");
            assertThat(measured(f)).isEqualTo(new Text("2017 年已获支持", "supported in 2017"));
            assertThat(f.limitText()).isEqualTo(new Text("2018 年以前未获支持", "not supported before 2018"));
        }
    }

    @Nested
    class OneNomination {
        @Test
        void namesEachNominationOnBothTracksInTrackOrder() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().get(0).setNationalKeyCounty(true);
            p.getNominations().add(nominate("621021", Track.POVERTY, 1));
            Finding f = only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621021");
            assertThat(f.message().zh()).isEqualTo("县621021（621021）被申报 2 次（贫困县、革命老区县）；每个县只能以一种方式申报一次。");
            assertThat(f.message().en()).isEqualTo("County 县621021 (621021) is nominated 2 time(s) (poverty county, old-area county);"
                    + " a county is nominated once, on one track.");
            assertThat(f.remedy()).isEqualTo(new Text("只保留该县的一项申报。", "Keep a single nomination of the county."));
            // evidence lines are sorted by kind, id and English line
            assertThat(f.evidence()).extracting(e -> e.text().zh())
                    .containsExactly("621021列入革命老区县名单，排序第 1 位", "621021列入贫困县名单，排序第 1 位");
        }

        @Test
        void namesATrackTwiceWhenTheCountyIsNominatedTwiceOnIt() {
            PlanDocument p = gansuWith(povertyCounty("621121", "621100"), Track.POVERTY);
            p.getNominations().add(nominate("621121", Track.POVERTY, 2));
            Finding f = only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621121");
            assertThat(f.message().zh()).contains("被申报 2 次（贫困县、贫困县）");
            assertThat(f.evidence()).extracting(e -> e.text().en())
                    .containsExactly("621121 nominated on the poverty county list, rank 1", "621121 nominated on the poverty county list, rank 2");
        }

        @Test
        void underWholePrefecturePromotionSaysSoAndAsksToWithdraw() {
            PlanDocument p = gansuWith(povertyCounty("621121", "621100"), Track.POVERTY);
            p.getPrefecturePromotions().add(promotion("621100", "621121"));
            Finding f = only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621121");
            assertThat(f.message().zh()).isEqualTo("县621121（621121）被申报 1 次（贫困县），且其所在地级市 621100 已申请整体推进；每个县只能以一种方式申报一次。");
            assertThat(measured(f)).isEqualTo(new Text("申报 1 次，所在地级市 621100 已申请整体推进",
                    "1 nomination(s) while prefecture 621100 is promoted as a whole"));
            assertThat(f.remedy().en()).isEqualTo("Withdraw the county's own nomination; the whole-prefecture promotion covers it.");
        }
    }

    @Nested
    class OldAreaQuota {
        private PlanDocument withOldArea(int n) {
            PlanDocument p = Plans.gansu();
            for (int i = 1; i <= n; i++) {
                String code = "6210" + (20 + i);
                p.getCounties().add(oldAreaCounty(code, "621000"));
                p.getNominations().add(nominate(code, Track.OLD_AREA, i));
            }
            return p;
        }

        @Test
        void sixDoNotAndTheRemedyCountsTheExcess() {
            Report r = evaluate(withOldArea(6));
            Finding f = only(r, "ELIG-OLD-AREA-QUOTA", SubjectType.PROVINCE, "620000");
            assertThat(f.message().zh()).isEqualTo("甘肃省（620000）申报革命老区县 6 个，超过每省（区）不超过 5 个的限额。");
            assertThat(measured(f)).isEqualTo(new Text("革命老区县申报 6 个", "6 old-area nominations"));
            assertThat(f.limitText()).isEqualTo(new Text("不超过 5 个", "<= 5"));
            assertThat(f.remedy()).isEqualTo(new Text("减少 1 个革命老区县申报。", "Withdraw 1 old-area nomination(s)."));
            assertThat(f.evidence()).extracting(Evidence::kind).containsOnly("NOMINATION");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621021", "621022", "621023", "621024", "621025", "621026");
            // a quota finding is not a withdrawal, but the province carries a blocking finding (1.1)
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.NON_COMPLIANT);
        }
    }

    @Nested
    class PovertyFirst {
        @Test
        void namesEachWaitingPovertyCountyInCodeOrder() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.getCounties().add(povertyCounty("621121", "621100"));
            Finding f = only(evaluate(p), "ELIG-POVERTY-FIRST", SubjectType.PROVINCE, "620000");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.message().zh()).isEqualTo("甘肃省（620000）申报了革命老区县，而贫困县县621121（621121）、县621122（621122）尚未申报；申报应优先考虑贫困县。");
            assertThat(measured(f)).isEqualTo(new Text("2 个贫困县未申报", "2 poverty county(ies) not nominated"));
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621121", "621122");
        }
    }

    @Nested
    class WholePrefecture {
        private PlanDocument promoted(String... agreed) {
            PlanDocument p = Plans.gansu();
            p.getCounties().add(povertyCounty("621121", "621100"));
            p.getCounties().add(povertyCounty("621122", "621100"));
            p.getCounties().add(with(oldAreaCounty("621102", "621100"), c -> c.setDivisionType(DivisionType.DISTRICT)));
            p.getCounties().add(with(povertyCounty("621123", "621100"), c -> c.setSupportedInYear(2016)));
            p.getPrefecturePromotions().add(promotion("621100", agreed));
            return p;
        }

        @Test
        void coverageNamesEachMissingCounty() {
            Report r = evaluate(promoted());
            Finding f = only(r, "ELIG-WHOLE-PREFECTURE-COVERAGE", SubjectType.PREFECTURE, "621100");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621121", "621122");
            assertThat(f.message().en()).isEqualTo("Prefecture 621100 applies for whole-prefecture promotion without the agreement of its"
                    + " unsupported poverty or old-area counties 县621121 (621121), 县621122 (621122).");
            assertThat(f.message().zh()).doesNotContain("621102").doesNotContain("621123");
        }

        @Test
        void fundsToARecipientOutsideTheCoveredCountiesAreSummedAsMoney() {
            PlanDocument p = promoted("621121", "621122");
            p.getFundAllocations().add(allocation("621100", "621121", "10000000"));
            p.getFundAllocations().add(allocation("621100", "621100", "2000000.50"));
            p.getFundAllocations().add(allocation("621100", "621123", "1000000"));
            p.getFundAllocations().add(allocation("621100", "621102", "0"));
            Finding f = only(evaluate(p), "ELIG-WHOLE-PREFECTURE-FUNDS", SubjectType.PREFECTURE, "621100");
            assertThat(measured(f)).isEqualTo(new Text("3,000,000.50 元分配给其他接收方", "3,000,000.50 yuan to other recipients"));
            assertThat(f.message().en()).isEqualTo("Prefecture 621100 allocates 3,000,000.50 yuan of central funds to 621100, 621123;"
                    + " under whole-prefecture promotion all central funds go to its unsupported poverty and old-area counties.");
            assertThat(f.evidence()).extracting(Evidence::kind).containsOnly("ALLOCATION");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621100", "621123");
            assertThat(f.evidence()).extracting(e -> e.text().zh())
                    .containsExactly("分配给 621100 的中央财政资金 2,000,000.50 元", "分配给 621123 的中央财政资金 1,000,000.00 元");
        }
    }

    @Nested
    class ContiguousPrefecture {
        private PlanDocument twoContiguous() {
            PlanDocument p = Plans.gansu();
            for (String code : new String[] {"621121", "621122"}) {
                p.getCounties().add(with(povertyCounty(code, "621100"), c -> {
                    c.setContiguousArea("六盘山区");
                    c.setPrefecture("定西市");
                }));
            }
            p.getNominations().add(nominate("621121", Track.POVERTY, 1));
            p.getNominations().add(nominate("621122", Track.POVERTY, 2));
            return p;
        }

        @Test
        void suggestsPromotionOnceNamingThePrefectureAndItsCounties() {
            Report r = evaluate(twoContiguous());
            assertThat(r.findings("ELIG-CONTIGUOUS-PREFECTURE")).hasSize(1);
            Finding f = only(r, "ELIG-CONTIGUOUS-PREFECTURE", SubjectType.PREFECTURE, "621100");
            assertThat(f.message().zh()).isEqualTo("地级市定西市（621100）的集中连片特困县县621121（621121）、县621122（621122）逐县申报；"
                    + "鼓励集中连片贫困地区采取地级市整体推进方式。");
            assertThat(f.evidence().get(0).text().en()).isEqualTo("县621121 (621121): a contiguous special-hardship area county (六盘山区), nominated on its own");
        }
    }

    /** The same plan with its counties, nominations and allocations in reverse order gives the same report, byte for byte. */
    @Test
    void theReportDoesNotDependOnTheOrderOfTheFacts() {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(with(oldAreaCounty("621021", "621000"), c -> c.setNationalKeyCounty(true)));
        for (String code : new String[] {"621121", "621122", "621123"}) {
            p.getCounties().add(with(povertyCounty(code, "621100"), c -> c.setContiguousArea("六盘山区")));
        }
        p.getCounties().add(povertyCounty("621221", "621200"));
        p.getCounties().add(povertyCounty("621222", "621200"));
        p.getCounties().add(povertyCounty("621223", "621200"));
        p.getNominations().add(nominate("621021", Track.OLD_AREA, 1));
        p.getNominations().add(nominate("621021", Track.POVERTY, 1));
        p.getNominations().add(nominate("621021", Track.OLD_AREA, 2));
        p.getNominations().add(nominate("621121", Track.POVERTY, 2));
        p.getNominations().add(nominate("621122", Track.POVERTY, 3));
        p.getPrefecturePromotions().add(promotion("621200", "621222"));
        p.getFundAllocations().add(allocation("621200", "621200", "100"));
        p.getFundAllocations().add(allocation("621200", "621299", "200"));
        Report forward = evaluate(p);
        assertThat(forward.findings()).extracting(Finding::ruleId).contains("ELIG-ONE-NOMINATION", "ELIG-POVERTY-FIRST",
                "ELIG-WHOLE-PREFECTURE-COVERAGE", "ELIG-WHOLE-PREFECTURE-FUNDS", "ELIG-CONTIGUOUS-PREFECTURE");
        Collections.reverse(p.getCounties());
        Collections.reverse(p.getNominations());
        Collections.reverse(p.getFundAllocations());
        assertThat(ReportJson.write(evaluate(p))).isEqualTo(ReportJson.write(forward));
    }
}
