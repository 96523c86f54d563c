package org.ecrural.kb;

import org.ecrural.kb.report.Check;
import org.ecrural.kb.report.Evidence;
import org.ecrural.kb.report.Finding;
import org.ecrural.kb.report.Outcome;
import org.ecrural.kb.report.Report;
import org.ecrural.kb.report.Severity;
import org.ecrural.kb.report.SubjectType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.ecrural.kb.Plans.allocation;
import static org.ecrural.kb.Plans.area;
import static org.ecrural.kb.Plans.evaluate;
import static org.ecrural.kb.Plans.justification;
import static org.ecrural.kb.Plans.project;
import static org.ecrural.kb.Plans.with;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SupportMethod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The rules of 四 (funds.drl): shares, prohibited uses, allocations, support methods, idle funds. Which
 * findings fire on which plans, blocking, measured and verdicts is in funds.scenarios.json; here the
 * findings' words, remedies and evidence, one finding per area, a plan without a province, and what the
 * funds check runs.
 */
class FundsRulesTest {
    static final String AREA = "621121";
    static final String OTHER_AREA = "621122";

    /**
     * A compliant Gansu demo area 621121 with 10,000,000.00 yuan of central funds: upward items of
     * the given amount, a 1,500,000.00 service centre (15.00%) and a 1,000,000.00 village station.
     */
    static PlanDocument plan(String upward) {
        PlanDocument p = Plans.gansu();
        p.getCounties().add(Plans.povertyCounty(AREA, "621100"));
        p.getAreas().add(area(AREA));
        p.getFundAllocations().add(allocation(AREA, AREA, "10000000.00"));
        p.getProjects().add(project("P-U1", AREA, Direction.UPWARD, ExpenseType.GRADING_PACKAGING, upward));
        p.getProjects().add(project("P-C1", AREA, Direction.SERVICE_CENTRE, ExpenseType.CENTRE_CONSTRUCTION, "1500000.00"));
        p.getProjects().add(with(project("P-S1", AREA, Direction.SERVICE_STATION, ExpenseType.STATION_CONSTRUCTION, "1000000.00"),
                s -> s.setStationFunctions(List.of(StationFunction.CONVENIENCE))));
        return p;
    }

    static PlanDocument compliant() {
        return plan("5000000.00");
    }

    static ProjectItem projectById(PlanDocument p, String id) {
        return p.getProjects().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
    }

    static Finding finding(Report r, String rule, SubjectType type, String id) {
        return r.finding(rule, type, id).orElseThrow(() -> new AssertionError(rule + " on " + type + " " + id
                + " not found in " + Plans.ruleIds(r)));
    }

    static List<String> fundFindings(Report r) {
        return Plans.ruleIds(r).stream().filter(s -> s.startsWith("FUND-")).toList();
    }

    @Nested
    class UpwardMinShare {
        static final String RULE = "FUND-UPWARD-MIN-SHARE";

        @Test
        void firesBelowTheShareWithTheShortfall() {
            Report r = evaluate(plan("4200000.00"));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4.1");
            assertThat(f.severity()).isEqualTo(Severity.PRINCIPLE);
            assertThat(f.justified()).isFalse();
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("42.00%");
            assertThat(f.limit()).isEqualTo(">= 50.00%");
            assertThat(f.message().zh()).isEqualTo("县621121（621121）支持农村产品上行的中央财政资金为 4,200,000.00 元，占其中央财政资金 10,000,000.00 元的 42.00%，低于原则上不低于 50.00% 的要求。");
            assertThat(f.message().en()).contains("621121", "42.00%", "50.00%");
            assertThat(f.remedy().zh()).contains("至少 800,000.00 元");
            assertThat(f.remedy().en()).isEqualTo("Move at least 800,000.00 yuan of central funds to upward items to reach 50.00%, or give a written justification.");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).contains(tuple("PROJECT", "P-U1", "upward item 项目P-U1 (P-U1), grading and packaging: 4,200,000.00 yuan of central funds"),
                    tuple("ALLOCATION", AREA, "10,000,000.00 yuan allocated to 县621121 (621121) in 1 allocation(s)"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void anAreaWhoseAllocationsAddUpToZeroGetsAFindingThatSaysSoInsteadOfADivisionByZero() {
            PlanDocument p = plan("0");
            p.getProjects().removeIf(x -> !x.getId().equals("P-U1"));
            p.getFundAllocations().get(0).setCentralFunds(new java.math.BigDecimal("0.00"));
            Finding f = finding(evaluate(p), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("no central funds (0.00 yuan allocated)");
            assertThat(f.message().en()).isEqualTo("The central funds allocated to 县621121 (621121) add up to 0.00 yuan, so its upward share cannot be measured.");
            assertThat(f.remedy()).isNotNull();
        }

        @Test
        void oneHundredthOfAPointBelowFires() {
            Finding f = finding(evaluate(plan("4999000.00")), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("49.99%");
            assertThat(f.remedy().en()).contains(" 1,000.00 yuan");
        }

        @Test
        void halfAHundredthBelowFiresAndReadsBelowTheLimit() {
            Finding f = finding(evaluate(plan("4999500.00")), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("49.99%");
            assertThat(f.remedy().en()).contains(" 500.00 yuan");
        }

        @Test
        void oneFenShortFires() {
            Finding f = finding(evaluate(plan("4999999.99")), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("49.99%");
            assertThat(f.remedy().en()).contains(" 0.01 yuan");
        }

        @Test
        void shortfallIsRoundedUpToTheFen() {
            PlanDocument p = plan("5000000.00");
            p.getFundAllocations().set(0, allocation(AREA, AREA, "10000000.01"));
            Finding f = finding(evaluate(p), RULE, SubjectType.AREA, AREA);
            // half of 10,000,000.01 is 5,000,000.005: half a fen short, so one fen must move
            assertThat(f.measured()).isEqualTo("49.99%");
            assertThat(f.remedy().zh()).contains(" 0.01 元");
        }

        @Test
        void denominatorIsEveryAllocationOfTheAreaAndOnlyUpwardItemsCount() {
            PlanDocument p = plan("4000000.00");
            p.getFundAllocations().set(0, allocation(AREA, AREA, "6000000.00"));
            p.getFundAllocations().add(allocation(AREA, "621199", "4000000.00"));
            p.getFundAllocations().add(allocation(OTHER_AREA, OTHER_AREA, "1000000.00"));
            p.getProjects().add(project("P-O1", AREA, Direction.OTHER, ExpenseType.LOGISTICS, "1000000.00"));
            p.getProjects().add(project("P-X1", OTHER_AREA, Direction.UPWARD, ExpenseType.BRANDING, "900000.00"));
            Report r = evaluate(p);
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("40.00%");
            assertThat(f.remedy().en()).contains(" 1,000,000.00 yuan");
            assertThat(f.evidence()).extracting(Evidence::id).doesNotContain("P-O1", "P-X1");
            assertThat(r.finding(RULE, SubjectType.AREA, OTHER_AREA)).isEmpty();
        }

        @Test
        void firesOncePerArea() {
            PlanDocument p = plan("1000000.00");
            p.getProjects().add(project("P-U2", AREA, Direction.UPWARD, ExpenseType.BRANDING, "1000000.00"));
            Report r = evaluate(p);
            assertThat(r.findings(RULE)).hasSize(1);
            assertThat(r.findings(RULE).get(0).measured()).isEqualTo("20.00%");
            assertThat(r.findings(RULE).get(0).evidence()).extracting(Evidence::id).contains("P-U1", "P-U2");
        }
    }

    @Nested
    class ServiceCentreMaxShare {
        static final String RULE = "FUND-SERVICE-CENTRE-MAX-SHARE";

        static PlanDocument centre(String central) {
            PlanDocument p = compliant();
            projectById(p, "P-C1").setCentralFunds(new BigDecimal(central));
            return p;
        }

        @Test
        void firesAboveTheShareWithTheExcess() {
            Report r = evaluate(centre("2000000.00"));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4.2");
            assertThat(f.severity()).isEqualTo(Severity.PRINCIPLE);
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("20.00%");
            assertThat(f.limit()).isEqualTo("<= 15.00%");
            assertThat(f.message().zh()).isEqualTo("县621121（621121）用于县域电子商务公共服务中心建设改造的中央财政资金为 2,000,000.00 元，占其中央财政资金 10,000,000.00 元的 20.00%，高于原则上不得高于 15.00% 的比例。");
            assertThat(f.remedy().zh()).contains("至少 500,000.00 元");
            assertThat(f.remedy().en()).isEqualTo("Move at least 500,000.00 yuan of central funds out of the service centre to get down to 15.00%, or give a written justification.");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).contains(tuple("PROJECT", "P-C1", "county public service centre item 项目P-C1 (P-C1), building the public service centre: 2,000,000.00 yuan of central funds"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void oneHundredthOfAPointAboveFires() {
            Finding f = finding(evaluate(centre("1501000.00")), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("15.01%");
            assertThat(f.remedy().en()).contains(" 1,000.00 yuan");
        }

        @Test
        void aSliverAboveReadsAboveTheLimit() {
            Finding f = finding(evaluate(centre("1500000.01")), RULE, SubjectType.AREA, AREA);
            assertThat(f.measured()).isEqualTo("15.01%");
            assertThat(f.remedy().en()).contains(" 0.01 yuan");
        }
    }

    @Nested
    class ProhibitedUse {
        static final String RULE = "FUND-PROHIBITED-USE";

        @Test
        void centralFundsOnABuildingFire() {
            PlanDocument p = compliant();
            p.getProjects().add(project("P-B1", AREA, Direction.OTHER, ExpenseType.BUILDING, "200000.00"));
            Report r = evaluate(p);
            Finding f = finding(r, RULE, SubjectType.PROJECT, "P-B1");
            assertThat(f.clause()).isEqualTo("4.prohibited");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("200,000.00 yuan central funds on buildings and halls");
            assertThat(f.limit()).startsWith("0.00 yuan");
            assertThat(f.message().zh()).isEqualTo("项目 项目P-B1（P-B1） 使用中央财政资金 200,000.00 元 用于楼堂馆所；中央财政资金不得用于网络交易平台、楼堂馆所建设、工作经费及购买流量等支出。");
            assertThat(f.message().en()).startsWith("Project 项目P-B1 (P-B1) spends 200,000.00 yuan of central funds on buildings and halls; ");
            assertThat(f.remedy().zh()).isEqualTo("将这 200,000.00 元 改由地方或社会资金支付，或取消该项目。");
            assertThat(f.remedy().en()).isEqualTo("Pay these 200,000.00 yuan from local or social funds instead, or drop the item.");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).containsExactly(tuple("PROJECT", "P-B1", "other direction project 项目P-B1 (P-B1), expense type buildings and halls, 200,000.00 yuan of central funds"));
            assertThat(r.verdict(SubjectType.PROJECT, "P-B1")).contains(Outcome.NOT_ACCEPTABLE);
            assertThat(r.verdict(SubjectType.PROJECT, "P-U1")).contains(Outcome.ACCEPTABLE);
        }
    }

    @Nested
    class WithinAllocation {
        static final String RULE = "FUND-WITHIN-ALLOCATION";

        /** Items of exactly 10,000,000.00 yuan of central funds, plus the given extra. */
        static PlanDocument items(String extra) {
            PlanDocument p = plan("5000000.00");
            p.getProjects().add(project("P-O1", AREA, Direction.OTHER, ExpenseType.LOGISTICS, "2500000.00"));
            p.getProjects().add(project("P-O2", AREA, Direction.OTHER, ExpenseType.SUPPLY_CHAIN, extra));
            return p;
        }

        @Test
        void oneFenOverFires() {
            Report r = evaluate(items("0.01"));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("10,000,000.01 yuan in items");
            assertThat(f.limit()).isEqualTo("<= 10,000,000.00 yuan allocated");
            assertThat(f.message().zh()).startsWith("县621121（621121）各项目安排的中央财政资金合计 10,000,000.01 元，超过下达该地区的中央财政资金 10,000,000.00 元（1 笔资金分配）");
            assertThat(f.remedy().zh()).contains(" 0.01 元");
            assertThat(f.remedy().en()).contains("by 0.01 yuan");
            assertThat(f.evidence()).extracting(Evidence::id).contains("P-U1", "P-C1", "P-S1", "P-O1", "P-O2", AREA);
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.NON_COMPLIANT);
        }

        @Test
        void anAreaWithCentralFundedItemsAndNoAllocationBreaksIt() {
            PlanDocument p = compliant();
            p.getProjects().add(project("P-Z1", OTHER_AREA, Direction.UPWARD, ExpenseType.BRANDING, "300000.00"));
            Report r = evaluate(p);
            Finding f = finding(r, RULE, SubjectType.AREA, OTHER_AREA);
            assertThat(f.measured()).isEqualTo("300,000.00 yuan in items");
            assertThat(f.limit()).isEqualTo("<= 0.00 yuan allocated");
            assertThat(f.message().en()).contains("more than the 0.00 yuan allocated to it in 0 allocation(s)");
            assertThat(f.remedy().en()).isEqualTo("Cut the items' central funds by 300,000.00 yuan so that they fit the allocation.");
            assertThat(r.verdict(SubjectType.AREA, OTHER_AREA)).contains(Outcome.NON_COMPLIANT);
            assertThat(r.finding(RULE, SubjectType.AREA, AREA)).isEmpty();
        }
    }

    @Nested
    class PreferredMethods {
        static final String RULE = "FUND-PREFERRED-METHODS";

        static PlanDocument methods(SupportMethod method) {
            PlanDocument p = compliant();
            p.getProjects().forEach(x -> x.setSupportMethod(method));
            return p;
        }

        @Test
        void noPreferredMethodIsAdvisedWithoutBlocking() {
            Report r = evaluate(methods(SupportMethod.DIRECT_SUBSIDY));
            Finding f = finding(r, RULE, SubjectType.AREA, AREA);
            assertThat(f.clause()).isEqualTo("4");
            assertThat(f.severity()).isEqualTo(Severity.ADVISORY);
            assertThat(f.blocking()).isFalse();
            assertThat(f.measured()).isEqualTo("0 of 3 central-funded items");
            assertThat(f.limit()).isEqualTo("at least one item by award in lieu of subsidy, loan interest subsidy");
            assertThat(f.message().zh()).contains("县621121", "以奖代补");
            assertThat(f.remedy()).isNotNull();
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).contains(tuple("PROJECT", "P-U1", "item 项目P-U1 (P-U1): support method direct subsidy"));
            assertThat(r.verdict(SubjectType.AREA, AREA)).contains(Outcome.COMPLIANT);
        }
    }

    @Nested
    class IdleReward {
        static final String RULE = "FUND-IDLE-REWARD";
        static final String TO = "621123";

        static IdleFundReallocation reallocation(String to, Boolean outstanding) {
            IdleFundReallocation r = new IdleFundReallocation();
            r.setId("R-1");
            r.setFromArea(AREA);
            r.setToCounty(to);
            r.setAmount(new BigDecimal("1000000.00"));
            r.setRecipientRatedOutstanding(outstanding);
            return r;
        }

        /** A compliant plan with county 621123 listed and a demo area of the plan, and the reallocation. */
        static PlanDocument plan(IdleFundReallocation r) {
            PlanDocument p = compliant();
            p.getCounties().add(Plans.povertyCounty(TO, "621100"));
            p.getAreas().add(area(TO));
            p.getIdleFundReallocations().add(r);
            return p;
        }

        @Test
        void aRecipientNotRatedOutstandingFires() {
            Finding f = finding(evaluate(plan(reallocation(TO, false))), RULE, SubjectType.REALLOCATION, "R-1");
            assertThat(f.clause()).isEqualTo("4.idle-funds");
            assertThat(f.severity()).isEqualTo(Severity.MANDATORY);
            assertThat(f.blocking()).isTrue();
            assertThat(f.measured()).isEqualTo("NOT_RATED_OUTSTANDING");
            assertThat(f.limit()).isEqualTo("idle funds of a demo county of 甘肃省 (620000) rewarding a demo county of it rated outstanding");
            assertThat(f.message().zh()).contains("R-1", "调往 县621123（621123）", "未被评为");
            assertThat(f.message().en()).isEqualTo("Idle-fund reallocation R-1 (1,000,000.00 yuan from 县621121 (621121) to 县621123 (621123)) is not a reward, out of idle central funds of a demo county of the province, to an outstanding demo county of it: the recipient is not rated outstanding in poverty alleviation or production–marketing linkage.");
            assertThat(f.remedy()).isNotNull();
            assertThat(f.evidence()).extracting(Evidence::kind).contains("REALLOCATION");
        }

        @Test
        void aListedCountyOfTheProvinceThatIsNoDemoCountyFires() {
            PlanDocument p = plan(reallocation("621124", true));
            p.getCounties().add(Plans.povertyCounty("621124", "621100"));
            Finding f = finding(evaluate(p), RULE, SubjectType.REALLOCATION, "R-1");
            assertThat(f.measured()).isEqualTo("RECIPIENT_NOT_DEMO_COUNTY");
            assertThat(f.message().en()).contains("not a demo county");
            assertThat(f.evidence()).extracting(Evidence::kind, Evidence::id, Evidence::detail).contains(tuple("COUNTY", "621124",
                    "recipient 县621124 (621124): province 620000, demo area of the plan: no, on the final list: no, supported in: not stated"));
        }

        @Test
        void withoutAProvinceTheFromAreaGivesIt() {
            PlanDocument ok = plan(reallocation(TO, true));
            ok.setProvince(null);
            ok.setFiling(null);
            assertThat(evaluate(ok).findings(RULE)).isEmpty();

            PlanDocument other = plan(reallocation("610822", true));
            other.setProvince(null);
            other.setFiling(null);
            other.getCounties().add(Plans.povertyCounty("610822", "610800"));
            other.getAreas().add(area("610822"));
            Finding f = finding(evaluate(other), RULE, SubjectType.REALLOCATION, "R-1");
            assertThat(f.measured()).isEqualTo("RECIPIENT_OTHER_PROVINCE");
            assertThat(f.limit()).contains("620000");
        }
    }

    @Test
    void onlyTheSelectedChecksRun() {
        PlanDocument p = plan("1000000.00");
        p.getProjects().add(project("P-B1", AREA, Direction.OTHER, ExpenseType.BUILDING, "200000.00"));
        DemoArea a = p.getAreas().get(0);
        a.setPostTrainingService(false);
        Report all = evaluate(p);
        assertThat(fundFindings(all)).contains("FUND-UPWARD-MIN-SHARE@" + AREA, "FUND-PROHIBITED-USE@P-B1");

        Report training = Plans.ENGINE.evaluate(p, Set.of(Check.TRAINING));
        assertThat(fundFindings(training)).isEmpty();
        assertThat(Plans.ruleIds(training)).containsExactly("TRAIN-POST-SERVICE@" + AREA);
        assertThat(training.verdict(SubjectType.PROJECT, "P-B1")).isEmpty();

        Report funds = Plans.ENGINE.evaluate(p, Set.of(Check.FUNDS));
        assertThat(Plans.ruleIds(funds)).allMatch(s -> s.startsWith("FUND-"));
        assertThat(funds.verdict(SubjectType.PROJECT, "P-B1")).contains(Outcome.NOT_ACCEPTABLE);
    }
}
