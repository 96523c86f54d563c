package org.ecrural.kb.facts;

/**
 * A demo area of the plan: every code in {@code areas}, in {@code fundAllocations} (as area) or in
 * {@code projects} (as area). A classification fact: {@code listed} says whether the area is in
 * {@code areas} (and so has management fields), {@code county} whether it is a listed county.
 */
@PlanData({"areas[]: code", "fundAllocations[]: area", "projects[]: area", "counties[]: code"})
public final class AreaOfPlan {
    private final String code;
    private final String name;
    private final boolean listed;
    private final boolean county;

    public AreaOfPlan(String code, String name, boolean listed, boolean county) {
        this.code = code;
        this.name = name;
        this.listed = listed;
        this.county = county;
    }

    public String getCode() {
        return code;
    }

    /** @return the area's name where the plan lists it as a county, or its code */
    public String getName() {
        return name;
    }

    public boolean isListed() {
        return listed;
    }

    public boolean isCounty() {
        return county;
    }

    @Override
    public String toString() {
        return "AreaOfPlan{" + code + "}";
    }
}
