package org.ecrural.kb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ecrural.kb.Plans.allocation;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.nominate;
import static org.ecrural.kb.Plans.oldAreaCounty;
import static org.ecrural.kb.Plans.povertyCounty;
import static org.ecrural.kb.Plans.promotion;
import static org.ecrural.kb.Plans.with;

import org.ecrural.model.DivisionType;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.Track;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** 三、示范范围 and 五（一）: eligibility.drl. */
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

    @Nested
    class ProvinceAddressed {
        @Test
        void firesForACountyOfAProvinceNotAddressed() {
            // 宁夏 lies in 陕甘宁 but is not addressed in 2018
            PlanDocument p = gansuWith(with(oldAreaCounty("640324", "640300"), c -> c.setName("同心县")), Track.OLD_AREA);
            Report r = evaluate(p);
            Finding f = only(r, "ELIG-PROVINCE-ADDRESSED", SubjectType.NOMINATION, "640324");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.clause()).isEqualTo("preamble");
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("province 640000");
            assertThat(f.message().zh()).contains("同心县").contains("640000");
            assertThat(f.message().en()).contains("同心县 (640324)");
            assertThat(r.verdict(SubjectType.NOMINATION, "640324")).contains(Outcome.INELIGIBLE);
        }

        @Test
        void silentForAnAddressedProvince() {
            Report r = evaluate(gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA));
            assertThat(r.findings("ELIG-PROVINCE-ADDRESSED")).isEmpty();
            assertThat(r.verdict(SubjectType.NOMINATION, "621021")).contains(Outcome.ELIGIBLE);
        }

        @Test
        void silentForACountyNotNominated() {
            PlanDocument p = Plans.gansu();
            p.getCounties().add(oldAreaCounty("640324", "640300"));
            assertThat(evaluate(p).findings("ELIG-PROVINCE-ADDRESSED")).isEmpty();
        }
    }

    @Nested
    class PovertyTrack {
        @Test
        void firesForANonPovertyCountyOnThePovertyTrack() {
            Report r = evaluate(gansuWith(oldAreaCounty("621021", "621000"), Track.POVERTY));
            Finding f = only(r, "ELIG-POVERTY-TRACK", SubjectType.NOMINATION, "621021");
            assertThat(f.blocking()).isTrue();
            assertThat(f.clause()).isEqualTo("3");
        }

        @Test
        void silentForANationalKeyCounty() {
            assertThat(evaluate(gansuWith(povertyCounty("621121", "621100"), Track.POVERTY)).findings()).isEmpty();
        }

        @Test
        void aContiguousAreaCountyIsAPovertyCounty() {
            var c = with(oldAreaCounty("621021", "621000"), x -> x.setContiguousArea("六盘山区"));
            assertThat(evaluate(gansuWith(c, Track.POVERTY)).findings("ELIG-POVERTY-TRACK")).isEmpty();
        }

        @Test
        void aBlankContiguousAreaIsNone() {
            var c = with(oldAreaCounty("621021", "621000"), x -> x.setContiguousArea(" "));
            assertThat(evaluate(gansuWith(c, Track.POVERTY)).findings("ELIG-POVERTY-TRACK")).hasSize(1);
        }
    }

    @Nested
    class OldAreaTrack {
        @Test
        void firesWithoutARegion() {
            Report r = evaluate(gansuWith(povertyCounty("621121", "621100"), Track.OLD_AREA));
            Finding f = only(r, "ELIG-OLD-AREA-TRACK", SubjectType.NOMINATION, "621121");
            assertThat(f.measured()).isEqualTo("no old-area region");
        }

        @Test
        void firesWhenTheRegionDoesNotLieInTheProvince() {
            // 大别山 lies in 湖北, 河南, 安徽 — not in 甘肃
            var c = with(oldAreaCounty("621021", "621000"), x -> x.setOldAreaRegion(OldAreaRegion.DABIE_SHAN));
            Finding f = only(evaluate(gansuWith(c, Track.OLD_AREA)), "ELIG-OLD-AREA-TRACK", SubjectType.NOMINATION, "621021");
            assertThat(f.measured()).contains("DABIE_SHAN").contains("620000");
        }

        @Test
        void silentWhenTheRegionLiesInTheProvince() {
            assertThat(evaluate(gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA)).findings()).isEmpty();
        }
    }

    @Nested
    class OldAreaNotDistrict {
        @Test
        void firesForADistrictOnTheOldAreaTrack() {
            var c = with(oldAreaCounty("621002", "621000"), x -> x.setDivisionType(DivisionType.DISTRICT));
            Report r = evaluate(gansuWith(c, Track.OLD_AREA));
            assertThat(only(r, "ELIG-OLD-AREA-NOT-DISTRICT", SubjectType.NOMINATION, "621002").blocking()).isTrue();
        }

        @Test
        void aPovertyCountyThatIsADistrictStaysEligible() {
            var c = with(povertyCounty("621102", "621100"), x -> x.setDivisionType(DivisionType.DISTRICT));
            Report r = evaluate(gansuWith(c, Track.POVERTY));
            assertThat(r.findings()).isEmpty();
            assertThat(r.verdict(SubjectType.NOMINATION, "621102")).contains(Outcome.ELIGIBLE);
        }

        @Test
        void silentForACountyOnTheOldAreaTrack() {
            assertThat(evaluate(gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA))
                    .findings("ELIG-OLD-AREA-NOT-DISTRICT")).isEmpty();
        }
    }

    @Nested
    class NotSupportedBefore {
        @Test
        void firesForACountySupportedIn2017() {
            var c = with(povertyCounty("621121", "621100"), x -> x.setSupportedInYear(2017));
            Finding f = only(evaluate(gansuWith(c, Track.POVERTY)), "ELIG-NOT-SUPPORTED-BEFORE", SubjectType.NOMINATION, "621121");
            assertThat(f.measured()).isEqualTo("supported in 2017");
            assertThat(f.clause()).isEqualTo("3, 5.1");
        }

        @Test
        void silentForACountyNeverSupported() {
            assertThat(evaluate(gansuWith(povertyCounty("621121", "621100"), Track.POVERTY))
                    .findings("ELIG-NOT-SUPPORTED-BEFORE")).isEmpty();
        }

        @Test
        void theEditionYearItselfIsNotAnEarlierRound() {
            var c = with(povertyCounty("621121", "621100"), x -> x.setSupportedInYear(2018));
            assertThat(evaluate(gansuWith(c, Track.POVERTY)).findings("ELIG-NOT-SUPPORTED-BEFORE")).isEmpty();
        }
    }

    @Nested
    class OneNomination {
        @Test
        void firesOnBothTracks() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().get(0).setNationalKeyCounty(true);
            p.getNominations().add(nominate("621021", Track.POVERTY, 1));
            Finding f = only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621021");
            assertThat(f.measured()).startsWith("2 nomination(s)");
        }

        @Test
        void firesTwiceOnOneTrack() {
            PlanDocument p = gansuWith(povertyCounty("621121", "621100"), Track.POVERTY);
            p.getNominations().add(nominate("621121", Track.POVERTY, 2));
            assertThat(only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621121").blocking()).isTrue();
        }

        @Test
        void firesForACountyNominatedAloneWhileItsPrefectureIsPromoted() {
            PlanDocument p = gansuWith(povertyCounty("621121", "621100"), Track.POVERTY);
            p.getPrefecturePromotions().add(promotion("621100", "621121"));
            Finding f = only(evaluate(p), "ELIG-ONE-NOMINATION", SubjectType.NOMINATION, "621121");
            assertThat(f.measured()).contains("621100");
        }

        @Test
        void silentForOneNominationOutsideAPromotedPrefecture() {
            PlanDocument p = gansuWith(povertyCounty("621121", "621100"), Track.POVERTY);
            p.getPrefecturePromotions().add(promotion("621200"));
            assertThat(evaluate(p).findings("ELIG-ONE-NOMINATION")).isEmpty();
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
        void fiveOldAreaNominationsPass() {
            Report r = evaluate(withOldArea(5));
            assertThat(r.findings()).isEmpty();
        }

        @Test
        void sixDoNot() {
            Report r = evaluate(withOldArea(6));
            Finding f = only(r, "ELIG-OLD-AREA-QUOTA", SubjectType.PROVINCE, "620000");
            assertThat(f.measured()).isEqualTo("6 old-area nominations");
            assertThat(f.limit()).isEqualTo("<= 5");
            assertThat(f.remedy().en()).contains("Withdraw 1 ");
            assertThat(f.evidence()).hasSize(6);
            // a quota finding is not a withdrawal, but the province carries a blocking finding (1.1)
            assertThat(r.verdict(SubjectType.PROVINCE, "620000")).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void povertyNominationsDoNotCount() {
            PlanDocument p = withOldArea(5);
            p.getCounties().add(povertyCounty("621121", "621100"));
            p.getNominations().add(nominate("621121", Track.POVERTY, 1));
            assertThat(evaluate(p).findings("ELIG-OLD-AREA-QUOTA")).isEmpty();
        }
    }

    @Nested
    class PovertyFirst {
        @Test
        void firesWhenAPovertyCountyWaitsWhileOldAreaCountiesAreNominated() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().add(povertyCounty("621121", "621100"));
            Report r = evaluate(p);
            Finding f = only(r, "ELIG-POVERTY-FIRST", SubjectType.PROVINCE, "620000");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.blocking()).isFalse();
            assertThat(f.message().en()).contains("621121");
        }

        @Test
        void silentWhenThePovertyCountyIsNominated() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().add(povertyCounty("621121", "621100"));
            p.getNominations().add(nominate("621121", Track.POVERTY, 1));
            assertThat(evaluate(p).findings("ELIG-POVERTY-FIRST")).isEmpty();
        }

        @Test
        void silentWhenTheWaitingCountyWasSupportedBeforeOrIsUnderPromotion() {
            PlanDocument p = gansuWith(oldAreaCounty("621021", "621000"), Track.OLD_AREA);
            p.getCounties().add(with(povertyCounty("621121", "621100"), c -> c.setSupportedInYear(2016)));
            p.getCounties().add(povertyCounty("621221", "621200"));
            p.getPrefecturePromotions().add(promotion("621200", "621221"));
            assertThat(evaluate(p).findings("ELIG-POVERTY-FIRST")).isEmpty();
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
            Report r = evaluate(promoted("621121"));
            Finding f = only(r, "ELIG-WHOLE-PREFECTURE-COVERAGE", SubjectType.PREFECTURE, "621100");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621122");
            assertThat(f.message().en()).contains("621122").doesNotContain("621102").doesNotContain("621123");
        }

        @Test
        void coverageSilentWhenEveryRequiredCountyAgrees() {
            // the old-area district and the county supported before need not agree
            assertThat(evaluate(promoted("621121", "621122")).findings()).isEmpty();
        }

        @Test
        void fundsToARecipientOutsideTheCoveredCountiesFire() {
            PlanDocument p = promoted("621121", "621122");
            p.getFundAllocations().add(allocation("621100", "621121", "10000000"));
            p.getFundAllocations().add(allocation("621100", "621100", "2000000.50"));
            p.getFundAllocations().add(allocation("621100", "621123", "1000000"));
            p.getFundAllocations().add(allocation("621100", "621102", "0"));
            Finding f = only(evaluate(p), "ELIG-WHOLE-PREFECTURE-FUNDS", SubjectType.PREFECTURE, "621100");
            assertThat(f.measured()).isEqualTo("3000000.50 yuan to other recipients");
            assertThat(f.evidence()).extracting(Evidence::id).containsExactly("621100", "621123");
        }

        @Test
        void fundsAllToCoveredCountiesAreSilent() {
            PlanDocument p = promoted("621121", "621122");
            p.getFundAllocations().add(allocation("621100", "621121", "10000000"));
            p.getFundAllocations().add(allocation("621100", "621122", "10000000"));
            assertThat(evaluate(p).findings("ELIG-WHOLE-PREFECTURE-FUNDS")).isEmpty();
        }
    }

    @Nested
    class ContiguousPrefecture {
        private PlanDocument twoContiguous(boolean promoted) {
            PlanDocument p = Plans.gansu();
            for (String code : new String[] {"621121", "621122"}) {
                p.getCounties().add(with(povertyCounty(code, "621100"), c -> c.setContiguousArea("六盘山区")));
            }
            p.getNominations().add(nominate("621121", Track.POVERTY, 1));
            p.getNominations().add(nominate("621122", Track.POVERTY, 2));
            if (promoted) {
                p.getPrefecturePromotions().add(promotion("621100", "621121", "621122"));
            }
            return p;
        }

        @Test
        void suggestsPromotionForTwoContiguousCountiesOfOnePrefecture() {
            Report r = evaluate(twoContiguous(false));
            Finding f = only(r, "ELIG-CONTIGUOUS-PREFECTURE", SubjectType.PREFECTURE, "621100");
            assertThat(f.blocking()).isFalse();
            assertThat(r.findings("ELIG-CONTIGUOUS-PREFECTURE")).hasSize(1);
        }

        @Test
        void silentForOneCounty() {
            PlanDocument p = twoContiguous(false);
            p.getNominations().remove(1);
            assertThat(evaluate(p).findings("ELIG-CONTIGUOUS-PREFECTURE")).isEmpty();
        }

        @Test
        void silentUnderPromotion() {
            assertThat(evaluate(twoContiguous(true)).findings("ELIG-CONTIGUOUS-PREFECTURE")).isEmpty();
        }
    }
}
