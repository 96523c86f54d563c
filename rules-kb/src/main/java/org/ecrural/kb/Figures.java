package org.ecrural.kb;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ecrural.kb.facts.PlanFacts;
import org.ecrural.kb.report.PlanFigures;
import org.ecrural.kb.report.Subject;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.model.County;
import org.ecrural.model.DemoArea;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.Justification;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;

/** Reads from a plan what its report shows besides the findings ({@link PlanFigures}). */
final class Figures {
    private Figures() {
    }

    static PlanFigures of(PlanDocument plan) {
        Map<Subject, String> names = new HashMap<>();
        Map<String, String> countyNames = new HashMap<>();
        Map<String, String> prefectureNames = new HashMap<>();
        if (plan.getProvince() != null && plan.getProvince().getCode() != null && plan.getProvince().getName() != null) {
            names.put(new Subject(SubjectType.PROVINCE, plan.getProvince().getCode()), plan.getProvince().getName());
        }
        List<County> counties = new ArrayList<>(plan.getCounties());
        counties.sort(Comparator.comparing(County::getCode, Comparator.nullsLast(Comparator.naturalOrder())));
        for (County c : counties) {
            if (c.getCode() != null && c.getName() != null && !c.getName().isBlank()) {
                countyNames.put(c.getCode(), c.getName());
            }
            if (c.getPrefectureCode() != null && c.getPrefecture() != null && !c.getPrefecture().isBlank()) {
                prefectureNames.putIfAbsent(c.getPrefectureCode(), c.getPrefecture());
            }
        }
        countyNames.forEach((code, name) -> names.put(new Subject(SubjectType.NOMINATION, code), name));
        prefectureNames.forEach((code, name) -> names.put(new Subject(SubjectType.PREFECTURE, code), name));
        Map<String, BigDecimal> areaFunds = new HashMap<>();
        for (String code : PlanFacts.areaCodes(plan)) {
            if (code == null) {
                continue;
            }
            String name = countyNames.getOrDefault(code, prefectureNames.get(code));
            if (name != null) {
                names.put(new Subject(SubjectType.AREA, code), name);
            }
            areaFunds.put(code, BigDecimal.ZERO);
        }
        for (FundAllocation a : plan.getFundAllocations()) {
            if (a.getArea() != null && a.getCentralFunds() != null) {
                areaFunds.merge(a.getArea(), a.getCentralFunds(), BigDecimal::add);
            }
        }
        Map<String, BigDecimal> projectFunds = new HashMap<>();
        for (ProjectItem p : plan.getProjects()) {
            if (p.getId() == null) {
                continue;
            }
            projectFunds.put(p.getId(), p.centralFundsOrZero());
            if (p.getName() != null && !p.getName().isBlank()) {
                names.put(new Subject(SubjectType.PROJECT, p.getId()), p.getName());
            }
        }
        Map<String, Set<String>> texts = new HashMap<>();
        for (DemoArea a : plan.getAreas()) {
            for (Justification j : a.getJustifications()) {
                if (a.getCode() != null && j.getRule() != null && j.getText() != null && !j.getText().isBlank()) {
                    texts.computeIfAbsent(PlanFigures.justificationKey(a.getCode(), j.getRule()), k -> new TreeSet<>()).add(j.getText());
                }
            }
        }
        Map<String, String> justifications = new HashMap<>();
        texts.forEach((key, set) -> justifications.put(key, String.join("\n", set)));
        return new PlanFigures(names, areaFunds, projectFunds, justifications);
    }
}
