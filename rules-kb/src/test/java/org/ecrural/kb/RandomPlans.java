package org.ecrural.kb;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.DivisionType;
import org.ecrural.model.ExpenseType;
import org.ecrural.model.Filing;
import org.ecrural.model.FilingContent;
import org.ecrural.model.FinalSubmission;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.Justification;
import org.ecrural.model.Ledger;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.Nomination;
import org.ecrural.model.OldAreaRegion;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.PrefecturePromotion;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.ProjectStatus;
import org.ecrural.model.Province;
import org.ecrural.model.StationFunction;
import org.ecrural.model.SubmissionForm;
import org.ecrural.model.SupportMethod;
import org.ecrural.model.TraineeGroup;
import org.ecrural.model.TrainingRecord;
import org.ecrural.model.TrainingTopic;
import org.ecrural.model.Track;
import org.ecrural.model.Villages;
import org.ecrural.model.WorkPlan;
import org.ecrural.model.WorkPlanItem;

/**
 * Random but valid plans for property tests: every part of format v1, mixes of compliant and
 * violating values, boundaries (shares at exactly 50% and 15%, deadline days) more often than
 * chance would give them. The same seed gives the same plan.
 */
final class RandomPlans {
    private static final String[] PROVINCES = {"620000", "360000", "450000", "640000", "110000"};

    private RandomPlans() {
    }

    static PlanDocument plan(long seed) {
        Random r = new Random(seed);
        PlanDocument p = new PlanDocument();
        p.setEvaluationDate(LocalDate.of(2018, 5, 1).plusDays(r.nextInt(400)));
        String province = PROVINCES[r.nextInt(PROVINCES.length)];
        String pp = province.substring(0, 2);
        Province prov = new Province();
        prov.setCode(province);
        prov.setName("省" + pp);
        prov.setDisclosureColumn(bool(r));
        prov.setReportingChannel(bool(r));
        p.setProvince(prov);

        int nCounties = 1 + r.nextInt(8);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < nCounties; i++) {
            County c = new County();
            // now and then a county of a neighbouring province (ELIG-OWN-PROVINCE)
            String cp = r.nextInt(7) == 0 ? PROVINCES[r.nextInt(PROVINCES.length)].substring(0, 2) : pp;
            String prefecture = cp + String.format("%02d", 1 + r.nextInt(2)) + "00";
            c.setCode(prefecture.substring(0, 4) + String.format("%02d", 21 + i));
            c.setName("县" + i);
            c.setPrefectureCode(prefecture);
            c.setDivisionType(r.nextInt(5) == 0 ? DivisionType.DISTRICT : DivisionType.COUNTY);
            c.setNationalKeyCounty(bool(r));
            c.setContiguousArea(r.nextBoolean() ? "六盘山区" : null);
            c.setOldAreaRegion(r.nextInt(3) == 0 ? OldAreaRegion.values()[r.nextInt(OldAreaRegion.values().length)] : null);
            c.setSupportedInYear(r.nextInt(5) == 0 ? 2014 + r.nextInt(6) : null);
            if (r.nextBoolean()) {
                Villages v = new Villages();
                int admin = r.nextInt(400);
                int poor = r.nextInt(200);
                v.setAdministrative(admin);
                v.setAdministrativeServed(admin == 0 ? 0 : r.nextInt(admin + 1));
                v.setRegisteredPoor(poor);
                v.setRegisteredPoorServed(poor == 0 ? 0 : r.nextInt(poor + 1));
                c.setVillages(v);
            }
            if (r.nextBoolean()) {
                c.setOnlineRetailGrowth(new BigDecimal(r.nextInt(60) - 10).movePointLeft(2));
                c.setAgriOnlineRetailGrowth(new BigDecimal(r.nextInt(60) - 10).movePointLeft(2));
            }
            p.getCounties().add(c);
            codes.add(c.getCode());
        }
        if (r.nextBoolean()) {
            NationalRuralAverage avg = new NationalRuralAverage();
            avg.setOnlineRetailGrowth(new BigDecimal("0.30"));
            avg.setAgriOnlineRetailGrowth(new BigDecimal("0.33"));
            p.setNationalRuralAverage(avg);
        }
        if (r.nextInt(4) > 0) {
            Filing f = new Filing();
            f.setReceivedOn(LocalDate.of(2018, 5, 29).plusDays(r.nextInt(5)));
            List<FilingContent> contents = new ArrayList<>(List.of(FilingContent.values()));
            if (r.nextInt(4) == 0) {
                contents.remove(r.nextInt(contents.size()));
            }
            f.setContents(contents);
            p.setFiling(f);
        }
        int[] rank = new int[2];
        for (String code : codes) {
            int k = r.nextInt(4);
            if (k == 0) {
                continue;
            }
            Track t = k == 1 ? Track.OLD_AREA : Track.POVERTY;
            Nomination n = new Nomination();
            n.setCounty(code);
            n.setTrack(t);
            n.setRank(r.nextInt(10) == 0 ? null : ++rank[t.ordinal()] + (r.nextInt(10) == 0 ? 1 : 0));
            p.getNominations().add(n);
            if (r.nextInt(10) == 0) {
                Nomination again = new Nomination();
                again.setCounty(code);
                again.setTrack(Track.values()[r.nextInt(2)]);
                again.setRank(1);
                p.getNominations().add(again);
            }
        }
        if (r.nextInt(4) == 0) {
            PrefecturePromotion promotion = new PrefecturePromotion();
            promotion.setPrefecture(pp + "0100");
            List<String> agreed = new ArrayList<>();
            for (String code : codes) {
                if (code.startsWith(pp + "01") && r.nextBoolean()) {
                    agreed.add(code);
                }
            }
            promotion.setAgreedCounties(agreed);
            p.getPrefecturePromotions().add(promotion);
        }
        if (r.nextBoolean()) {
            FinalSubmission fs = new FinalSubmission();
            fs.setSentOn(LocalDate.of(2018, 6, 13).plusDays(r.nextInt(4)));
            fs.setForm(r.nextInt(5) == 0 ? SubmissionForm.OTHER : SubmissionForm.PROVINCIAL_GOVERNMENT_LETTER);
            List<String> list = new ArrayList<>();
            for (String code : codes) {
                if (r.nextBoolean()) {
                    list.add(code);
                }
            }
            fs.setCounties(list);
            p.setFinalSubmission(fs);
            p.setQuota(r.nextBoolean() ? r.nextInt(6) : null);
        }
        if (r.nextBoolean()) {
            WorkPlan wp = new WorkPlan();
            List<WorkPlanItem> items = new ArrayList<>();
            for (WorkPlanItem item : WorkPlanItem.values()) {
                if (r.nextInt(8) > 0) {
                    items.add(item);
                }
            }
            wp.setItems(items);
            p.setWorkPlan(wp);
        }

        int nAreas = 1 + r.nextInt(Math.min(4, codes.size()));
        for (int a = 0; a < nAreas; a++) {
            String area = codes.get(a);
            if (r.nextInt(5) > 0) {
                DemoArea d = new DemoArea();
                d.setCode(area);
                d.setPostTrainingService(bool(r));
                d.setInfoSystemConnected(bool(r));
                d.setDisclosureColumn(bool(r));
                if (r.nextInt(3) == 0) {
                    d.setJustifications(List.of(justification(r)));
                }
                p.getAreas().add(d);
            }
            long allocation = 1_000_000L * (1 + r.nextInt(30));
            if (r.nextInt(6) > 0) {
                FundAllocation fa = new FundAllocation();
                fa.setArea(area);
                fa.setRecipient(area);
                fa.setCentralFunds(BigDecimal.valueOf(allocation, 0).setScale(2));
                p.getFundAllocations().add(fa);
            }
            int nProjects = r.nextInt(8);
            for (int i = 0; i < nProjects; i++) {
                p.getProjects().add(project(r, area, "P-" + area + "-" + i, allocation));
            }
            int nRecords = r.nextInt(6);
            for (int i = 0; i < nRecords; i++) {
                p.getTrainingRecords().add(training(r, area, "T-" + area + "-" + i));
            }
        }
        if (r.nextInt(5) == 0) {
            // training records of an area that is no demo area of the plan
            String area = codes.get(codes.size() - 1);
            p.getTrainingRecords().add(training(r, area, "T-" + area + "-x"));
        }
        if (r.nextInt(4) == 0) {
            IdleFundReallocation re = new IdleFundReallocation();
            re.setId("R-1");
            re.setFromArea(r.nextInt(4) == 0 ? null : codes.get(r.nextInt(codes.size())));
            re.setToCounty(codes.get(r.nextInt(codes.size())));
            re.setAmount(new BigDecimal("500000.00"));
            re.setRecipientRatedOutstanding(bool(r));
            p.getIdleFundReallocations().add(re);
        }
        return p;
    }

    private static Justification justification(Random r) {
        String[] rules = {"FUND-UPWARD-MIN-SHARE", "FUND-SERVICE-CENTRE-MAX-SHARE", "TRAIN-POST-SERVICE"};
        Justification j = new Justification();
        j.setRule(rules[r.nextInt(rules.length)]);
        j.setText(r.nextInt(5) == 0 ? " " : "经省级主管部门书面同意");
        return j;
    }

    private static ProjectItem project(Random r, String area, String id, long allocation) {
        ProjectItem p = new ProjectItem();
        p.setId(id);
        p.setArea(area);
        p.setName("项目" + id);
        p.setDirection(Direction.values()[r.nextInt(Direction.values().length)]);
        p.setExpenseType(ExpenseType.values()[r.nextInt(ExpenseType.values().length)]);
        // shares at exactly 50% and 15% of the allocation turn up often
        long central = switch (r.nextInt(6)) {
            case 0 -> allocation / 2;
            case 1 -> allocation * 15 / 100;
            case 2 -> 0;
            default -> (long) (r.nextDouble() * allocation / 3);
        };
        p.setCentralFunds(BigDecimal.valueOf(central).add(BigDecimal.valueOf(r.nextInt(100), 2)));
        p.setLocalFunds(r.nextBoolean() ? BigDecimal.ZERO : BigDecimal.valueOf(r.nextInt(500_000)));
        p.setSocialFunds(r.nextBoolean() ? null : BigDecimal.valueOf(r.nextInt(500_000)));
        p.setSupportMethod(r.nextInt(6) == 0 ? null : SupportMethod.values()[r.nextInt(SupportMethod.values().length)]);
        if (r.nextInt(6) > 0) {
            Ledger l = new Ledger();
            l.setResponsible(r.nextInt(8) == 0 ? "" : "负责人");
            l.setDeadline(r.nextInt(8) == 0 ? null : LocalDate.of(2018, 9, 1).plusDays(r.nextInt(200)));
            p.setLedger(l);
        }
        p.setStatus(r.nextInt(8) == 0 ? null : ProjectStatus.values()[r.nextInt(ProjectStatus.values().length)]);
        p.setSignage(bool(r));
        p.setTransactionInfo(bool(r));
        p.setActivityInfo(bool(r));
        p.setPoorHouseholdRecords(bool(r));
        p.setOnlineSalesRecords(bool(r));
        p.setContractorAssessed(bool(r));
        p.setOperationPlan(bool(r));
        List<StationFunction> functions = new ArrayList<>();
        for (StationFunction f : StationFunction.values()) {
            if (r.nextInt(3) == 0) {
                functions.add(f);
            }
        }
        p.setStationFunctions(functions);
        return p;
    }

    private static TrainingRecord training(Random r, String area, String id) {
        TrainingRecord t = new TrainingRecord();
        t.setId(id);
        t.setArea(area);
        t.setDate(r.nextInt(10) == 0 ? null : LocalDate.of(2018, 7, 1).plusDays(r.nextInt(90)));
        t.setTrainee(r.nextInt(10) == 0 ? " " : "6211**********" + r.nextInt(10000));
        t.setGroup(r.nextInt(10) == 0 ? null : TraineeGroup.values()[r.nextInt(TraineeGroup.values().length)]);
        List<TrainingTopic> topics = new ArrayList<>();
        for (TrainingTopic topic : TrainingTopic.values()) {
            if (r.nextInt(4) == 0) {
                topics.add(topic);
            }
        }
        t.setTopics(topics);
        t.setHours(r.nextInt(10) == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(1 + r.nextInt(8)));
        t.setOrganiser(r.nextInt(10) == 0 ? "" : "县商务局");
        return t;
    }

    private static Boolean bool(Random r) {
        int k = r.nextInt(6);
        return k == 0 ? null : k > 1;
    }

    /** Shuffles every list of the plan, nested ones too. */
    static void shuffleEverything(PlanDocument p, Random r) {
        shuffle(p.getCounties(), r);
        shuffle(p.getNominations(), r);
        shuffle(p.getPrefecturePromotions(), r);
        p.getPrefecturePromotions().forEach(x -> shuffle(x.getAgreedCounties(), r));
        if (p.getFiling() != null) {
            shuffle(p.getFiling().getContents(), r);
        }
        if (p.getFinalSubmission() != null) {
            shuffle(p.getFinalSubmission().getCounties(), r);
        }
        if (p.getWorkPlan() != null) {
            shuffle(p.getWorkPlan().getItems(), r);
        }
        shuffle(p.getAreas(), r);
        p.getAreas().forEach(a -> shuffle(a.getJustifications(), r));
        shuffle(p.getFundAllocations(), r);
        shuffle(p.getProjects(), r);
        p.getProjects().forEach(x -> shuffle(x.getStationFunctions(), r));
        shuffle(p.getTrainingRecords(), r);
        p.getTrainingRecords().forEach(x -> shuffle(x.getTopics(), r));
        shuffle(p.getIdleFundReallocations(), r);
    }

    private static <T> void shuffle(List<T> list, Random r) {
        Collections.shuffle(list, r);
    }
}
