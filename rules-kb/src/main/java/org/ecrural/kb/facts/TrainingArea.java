package org.ecrural.kb.facts;

/**
 * An area code that training records name (their {@code area}), inserted once per code by the
 * engine, so the training rules judge each area's records in one join instead of re-collecting
 * the codes of the whole plan. It need not be a demo area of the plan.
 */
@PlanData("trainingRecords[]: area")
public final class TrainingArea {
    private final String code;
    private final String name;

    public TrainingArea(String code) {
        this(code, code);
    }

    /** @param name the area's name where the plan lists it as a county, or its code */
    public TrainingArea(String code, String name) {
        this.code = code;
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    /** @return the area's name where the plan lists it as a county, or its code */
    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return "TrainingArea{" + code + "}";
    }
}
