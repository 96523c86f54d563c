package org.ecrural.kb.facts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.NationalRuralAverage;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.TrainingRecord;

/**
 * The facts one evaluation of a plan works on: the edition parameters, the plan's own parts, and
 * the classification facts derived from them ({@link PlanContext}, {@link AreaOfPlan},
 * {@link TrainingArea}, {@link RankedLists}, {@link DisclosureSite}, {@link AreaFunds}, {@link IdleRewardCheck},
 * {@link VillageCoverage}, {@link RetailGrowth}). The engine inserts exactly these; tools that drive a session themselves
 * (benchmarks, experiments) use the same list.
 */
public final class PlanFacts {
    private PlanFacts() {
    }

    /** @return the facts of the plan, judged on the given date */
    public static List<Object> of(PlanDocument plan, EditionParameters edition, LocalDate date) {
        List<Object> facts = new ArrayList<>();
        Consumer<Object> add = fact -> {
            if (fact != null) {
                facts.add(fact);
            }
        };
        add.accept(edition);
        Map<String, String> countyNames = new HashMap<>();
        for (County c : plan.getCounties()) {
            countyNames.put(c.getCode(), c.getName() == null ? "" : c.getName());
        }
        String provinceCode = plan.getProvince() == null ? null : plan.getProvince().getCode();
        String provinceName = plan.getProvince() == null ? null : plan.getProvince().getName();
        add.accept(new PlanContext(date, provinceCode, provinceName == null ? provinceCode : provinceName, countyNames,
                plan.getQuota()));
        add.accept(plan.getProvince());
        add.accept(plan.getNationalRuralAverage());
        add.accept(plan.getFiling());
        add.accept(plan.getFinalSubmission());
        add.accept(plan.getWorkPlan());
        facts.addAll(plan.getCounties());
        facts.addAll(plan.getNominations());
        facts.add(RankedLists.of(plan.getNominations()));
        facts.addAll(plan.getPrefecturePromotions());
        facts.addAll(plan.getAreas());
        facts.addAll(plan.getFundAllocations());
        facts.addAll(plan.getProjects());
        facts.addAll(plan.getTrainingRecords());
        Map<String, List<TrainingRecord>> recordsByArea = new LinkedHashMap<>();
        String lastArea = null; // a plan lists an area's records together, mostly: one lookup per run of them
        List<TrainingRecord> lastRecords = null;
        for (TrainingRecord r : plan.getTrainingRecords()) {
            if (r != null && r.getArea() != null) {
                if (!r.getArea().equals(lastArea)) {
                    lastArea = r.getArea();
                    lastRecords = recordsByArea.computeIfAbsent(lastArea, k -> new ArrayList<>());
                }
                lastRecords.add(r);
            }
        }
        recordsByArea.forEach((code, records) -> {
            String name = countyNames.get(code);
            facts.add(new TrainingArea(code, name == null || name.isBlank() ? code : name, records));
        });
        facts.addAll(plan.getIdleFundReallocations());
        if (plan.getProvince() != null && plan.getProvince().getCode() != null) {
            facts.add(new DisclosureSite(SubjectType.PROVINCE, provinceCode, provinceName, plan.getProvince().getDisclosureColumn()));
        }
        for (DemoArea a : plan.getAreas()) {
            if (a.getCode() != null) {
                facts.add(new DisclosureSite(SubjectType.AREA, a.getCode(), countyNames.get(a.getCode()), a.getDisclosureColumn()));
            }
        }
        Set<String> listed = new HashSet<>();
        plan.getAreas().forEach(a -> listed.add(a.getCode()));
        Set<String> areaCodes = areaCodes(plan);
        for (String code : areaCodes) {
            String name = countyNames.get(code);
            facts.add(new AreaOfPlan(code, name == null || name.isBlank() ? code : name,
                    listed.contains(code), countyNames.containsKey(code)));
            if (code != null) {
                facts.add(AreaFunds.of(code, plan.getFundAllocations(), plan.getProjects(), edition));
            }
        }
        Set<String> finalList = plan.getFinalSubmission() == null || plan.getFinalSubmission().getCounties() == null ? Set.of()
                : new HashSet<>(plan.getFinalSubmission().getCounties());
        for (IdleFundReallocation r : plan.getIdleFundReallocations()) {
            facts.add(new IdleRewardCheck(r, plan.getProvince(), plan.getCounties(), areaCodes, finalList));
        }
        NationalRuralAverage average = plan.getNationalRuralAverage();
        boolean averages = average != null && average.getOnlineRetailGrowth() != null && average.getAgriOnlineRetailGrowth() != null;
        for (County c : plan.getCounties()) {
            if (c.getVillages() != null) {
                facts.add(new VillageCoverage(c));
            }
            if (averages && c.getOnlineRetailGrowth() != null && c.getAgriOnlineRetailGrowth() != null) {
                facts.add(new RetailGrowth(c, average));
            }
        }
        return facts;
    }

    /** @return the demo areas: every code in areas, in fundAllocations (as area) or in projects (as area) */
    public static Set<String> areaCodes(PlanDocument plan) {
        Set<String> codes = new TreeSet<>();
        plan.getAreas().forEach(a -> codes.add(a.getCode()));
        plan.getFundAllocations().forEach(a -> codes.add(a.getArea()));
        plan.getProjects().forEach(p -> codes.add(p.getArea()));
        return codes;
    }
}
