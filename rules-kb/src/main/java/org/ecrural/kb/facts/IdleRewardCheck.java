package org.ecrural.kb.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ecrural.model.County;
import org.ecrural.model.IdleFundReallocation;
import org.ecrural.model.Province;

/**
 * One reallocation of idle central funds, classified when the plan's facts are built: the province
 * the funds belong to (the plan's, or else the one of the county they come from), the counties at
 * both ends as the plan lists them, and every {@link IdleRewardFailure} that keeps it from being a
 * reward. A county is a demo county of the province when it is listed in the plan, its code starts
 * with the province's two digits, and it is a demo area of the plan, is on the final list, or was
 * supported in a round of the demonstration.
 */
@PlanData({"idleFundReallocations[]: fromArea, toCounty, amount, recipientRatedOutstanding", "counties[]: code, supportedInYear", "areas[]: code", "finalSubmission: counties", "province: code"})
public final class IdleRewardCheck {
    private final IdleFundReallocation reallocation;
    private final Province province;
    private final County source;
    private final County recipient;
    private final boolean sourceDemoArea;
    private final boolean sourceOnFinalList;
    private final boolean recipientDemoArea;
    private final boolean recipientOnFinalList;
    private final List<IdleRewardFailure> failures;

    /**
     * @param plansProvince the province filing the plan, or null
     * @param counties      the counties listed in the plan
     * @param demoAreas     the codes of the plan's demo areas
     * @param finalList     the codes on the plan's final list
     */
    public IdleRewardCheck(IdleFundReallocation r, Province plansProvince, List<County> counties, Set<String> demoAreas,
                           Set<String> finalList) {
        this.reallocation = r;
        this.province = plansProvince != null && plansProvince.getCode() != null ? plansProvince : provinceOf(r.getFromArea());
        this.source = find(counties, r.getFromArea());
        this.recipient = find(counties, r.getToCounty());
        this.sourceDemoArea = r.getFromArea() != null && demoAreas.contains(r.getFromArea());
        this.sourceOnFinalList = r.getFromArea() != null && finalList.contains(r.getFromArea());
        this.recipientDemoArea = r.getToCounty() != null && demoAreas.contains(r.getToCounty());
        this.recipientOnFinalList = r.getToCounty() != null && finalList.contains(r.getToCounty());
        List<IdleRewardFailure> f = new ArrayList<>();
        if (province == null) {
            f.add(IdleRewardFailure.PROVINCE_UNKNOWN);
        } else {
            String p = province.getCode().substring(0, 2);
            if (r.getFromArea() == null) {
                f.add(IdleRewardFailure.SOURCE_NOT_GIVEN);
            } else {
                add(f, problem(p, source, sourceDemoArea || sourceOnFinalList), IdleRewardFailure.SOURCE_NOT_LISTED,
                        IdleRewardFailure.SOURCE_OTHER_PROVINCE, IdleRewardFailure.SOURCE_NOT_DEMO_COUNTY);
            }
            add(f, problem(p, recipient, recipientDemoArea || recipientOnFinalList), IdleRewardFailure.RECIPIENT_NOT_LISTED,
                    IdleRewardFailure.RECIPIENT_OTHER_PROVINCE, IdleRewardFailure.RECIPIENT_NOT_DEMO_COUNTY);
        }
        if (r.getRecipientRatedOutstanding() == null) {
            f.add(IdleRewardFailure.RATING_NOT_EVIDENCED);
        } else if (!r.getRecipientRatedOutstanding()) {
            f.add(IdleRewardFailure.NOT_RATED_OUTSTANDING);
        }
        f.sort(Comparator.comparing(Enum::name));
        this.failures = List.copyOf(f);
    }

    private static Province provinceOf(String code) {
        if (code == null || code.length() < 2) {
            return null;
        }
        Province p = new Province();
        p.setCode(code.substring(0, 2) + "0000");
        return p;
    }

    private static County find(List<County> counties, String code) {
        return code == null ? null : counties.stream().filter(c -> code.equals(c.getCode())).findFirst().orElse(null);
    }

    /** @return 0 not listed, 1 other province, 2 not a demo county, -1 a demo county of the province */
    private static int problem(String provincePrefix, County c, boolean demoOfPlan) {
        if (c == null) {
            return 0;
        }
        if (c.getCode() == null || !c.getCode().startsWith(provincePrefix)) {
            return 1;
        }
        return !demoOfPlan && c.getSupportedInYear() == null ? 2 : -1;
    }

    private static void add(List<IdleRewardFailure> f, int problem, IdleRewardFailure... byProblem) {
        if (problem >= 0) {
            f.add(byProblem[problem]);
        }
    }

    public IdleFundReallocation getReallocation() {
        return reallocation;
    }

    /** @return the province the funds belong to, or null when neither the plan nor the source tells */
    public Province getProvince() {
        return province;
    }

    /** @return the county the funds come from as the plan lists it; its code when not listed; null when not given */
    public Object getFrom() {
        return source != null ? source : reallocation.getFromArea();
    }

    /** @return the county receiving the funds as the plan lists it; its code when not listed */
    public Object getTo() {
        return recipient != null ? recipient : reallocation.getToCounty();
    }

    /** @return the source county as the plan lists it: one county, or none */
    public List<County> getSources() {
        return source == null ? List.of() : List.of(source);
    }

    /** @return the recipient county as the plan lists it: one county, or none */
    public List<County> getRecipients() {
        return recipient == null ? List.of() : List.of(recipient);
    }

    public boolean isSourceDemoArea() {
        return sourceDemoArea;
    }

    public boolean isSourceOnFinalList() {
        return sourceOnFinalList;
    }

    public boolean isRecipientDemoArea() {
        return recipientDemoArea;
    }

    public boolean isRecipientOnFinalList() {
        return recipientOnFinalList;
    }

    /** @return every failure, sorted by name; empty for a reward as the notice allows it */
    public List<IdleRewardFailure> getFailures() {
        return failures;
    }

    @Override
    public String toString() {
        return "IdleRewardCheck{" + reallocation.getId() + " " + failures + "}";
    }
}
