package org.ecrural.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.ecrural.kb.edition.EditionParameters;
import org.ecrural.kb.report.SubjectType;
import org.ecrural.model.DemoArea;
import org.ecrural.model.Direction;
import org.ecrural.model.FundAllocation;
import org.ecrural.model.PlanDocument;
import org.ecrural.model.ProjectItem;
import org.ecrural.model.TrainingRecord;

/**
 * The benchmark's yardstick: four rules of the rule base written by hand in plain Java, with the
 * same conditions as their DRL — FUND-UPWARD-MIN-SHARE, FUND-PROHIBITED-USE, TRAIN-RECORD-COMPLETE
 * and ACPT-SIGNAGE — and the same edition parameters. It finds the same (rule, subject) pairs as the
 * engine ({@code PlainJavaChecksTest}) and states what was measured, but it writes no messages,
 * remedies or evidence and gives no verdicts: it is the least a host would have to compute.
 * Not part of the library.
 */
public final class PlainJavaChecks {

    /** One finding: the rule, its subject, and what was measured. */
    public record Hit(String rule, SubjectType type, String id, String measured) {
    }

    private PlainJavaChecks() {
    }

    /** @return the findings of the four rules on the plan, sorted by subject type, id, then rule */
    public static List<Hit> evaluate(PlanDocument plan, EditionParameters edition) {
        List<Hit> hits = new ArrayList<>();
        upwardShare(plan, edition, edition.getUpwardMinShare(), hits);
        for (ProjectItem p : plan.getProjects()) {
            BigDecimal central = p.getCentralFunds();
            if (central != null && central.signum() > 0) {
                if (edition.isProhibited(p.getExpenseType())) {
                    hits.add(new Hit("FUND-PROHIBITED-USE", SubjectType.PROJECT, p.getId(), central.toPlainString()));
                }
                if (!Boolean.TRUE.equals(p.getSignage())) {
                    hits.add(new Hit("ACPT-SIGNAGE", SubjectType.PROJECT, p.getId(),
                            p.getSignage() == null ? "signage not evidenced" : "no signage"));
                }
            }
        }
        for (TrainingRecord t : plan.getTrainingRecords()) {
            String missing = missing(t);
            if (missing != null) {
                hits.add(new Hit("TRAIN-RECORD-COMPLETE", SubjectType.TRAINING_RECORD, t.getId(), missing));
            }
        }
        hits.sort((a, b) -> {
            int c = a.type().compareTo(b.type());
            if (c == 0) {
                c = a.id().compareTo(b.id());
            }
            return c != 0 ? c : a.rule().compareTo(b.rule());
        });
        return hits;
    }

    /** FUND-UPWARD-MIN-SHARE: for each demo area with allocations, upward central funds / allocated below the minimum. */
    private static void upwardShare(PlanDocument plan, EditionParameters edition, BigDecimal min, List<Hit> hits) {
        Map<String, BigDecimal> allocated = new HashMap<>();
        Map<String, BigDecimal> upward = new HashMap<>();
        TreeSet<String> areas = new TreeSet<>();
        for (DemoArea a : plan.getAreas()) {
            areas.add(a.getCode());
        }
        for (FundAllocation a : plan.getFundAllocations()) {
            areas.add(a.getArea());
            BigDecimal c = a.getCentralFunds();
            allocated.merge(a.getArea(), c == null ? BigDecimal.ZERO : c, BigDecimal::add);
        }
        for (ProjectItem p : plan.getProjects()) {
            areas.add(p.getArea());
            // catalogue 1.1: a prohibited use or a centre built under UPWARD supports nothing upward
            if (p.getDirection() == Direction.UPWARD && p.getExpenseType() != org.ecrural.model.ExpenseType.CENTRE_CONSTRUCTION
                    && !edition.isProhibited(p.getExpenseType())) {
                upward.merge(p.getArea(), p.centralFundsOrZero(), BigDecimal::add);
            }
        }
        for (String code : areas) {
            BigDecimal whole = allocated.get(code);
            if (whole == null) {
                continue; // no allocation: the rule needs one
            }
            if (whole.signum() == 0) {
                hits.add(new Hit("FUND-UPWARD-MIN-SHARE", SubjectType.AREA, code, "no central funds (0.00 yuan allocated)"));
                continue; // allocations adding up to zero: a finding that says so, no share
            }
            BigDecimal part = upward.getOrDefault(code, BigDecimal.ZERO);
            if (part.compareTo(whole.multiply(min)) < 0) {
                hits.add(new Hit("FUND-UPWARD-MIN-SHARE", SubjectType.AREA, code,
                        part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, java.math.RoundingMode.DOWN) + "%"));
            }
        }
    }

    /** TRAIN-RECORD-COMPLETE: the fields a record lacks, or null when it is complete. */
    private static String missing(TrainingRecord t) {
        StringBuilder m = null;
        if (t.getDate() == null) {
            m = add(m, "date");
        }
        if (t.getTrainee() == null || t.getTrainee().isBlank()) {
            m = add(m, "trainee");
        }
        if (t.getGroup() == null) {
            m = add(m, "group");
        }
        if (t.getTopics() == null || t.getTopics().isEmpty()) {
            m = add(m, "topics");
        }
        if (t.getHours() == null || t.getHours().signum() <= 0) {
            m = add(m, "hours");
        }
        if (t.getOrganiser() == null || t.getOrganiser().isBlank()) {
            m = add(m, "organiser");
        }
        return m == null ? null : m.toString();
    }

    private static StringBuilder add(StringBuilder m, String field) {
        return m == null ? new StringBuilder("missing ").append(field) : m.append(", ").append(field);
    }
}
