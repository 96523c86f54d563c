package org.ecrural.kb.facts;

import java.util.List;
import org.ecrural.model.TrainingRecord;

/**
 * An area code that training records name (their {@code area}), inserted once per code by the
 * engine with the records that name it, so the training rules judge each area's records in one
 * join instead of re-collecting the codes and the records of the whole plan. It need not be a
 * demo area of the plan. It always has at least one record.
 */
@PlanData("trainingRecords[]: area")
public final class TrainingArea {
    private final String code;
    private final String name;
    private final List<TrainingRecord> records;

    /**
     * @param name    the area's name where the plan lists it as a county, or its code
     * @param records the plan's training records that name the area, in plan order (copied)
     */
    public TrainingArea(String code, String name, List<TrainingRecord> records) {
        this.code = code;
        this.name = name;
        this.records = List.copyOf(records);
    }

    public String getCode() {
        return code;
    }

    /** @return the area's name where the plan lists it as a county, or its code */
    public String getName() {
        return name;
    }

    /** @return the plan's training records that name the area, in plan order (never empty) */
    public List<TrainingRecord> getRecords() {
        return records;
    }

    @Override
    public String toString() {
        return "TrainingArea{" + code + "}";
    }
}
