package org.ecrural.model;
import java.util.List;
/** The provincial work plan (附件). */
public class WorkPlan {
    private List<WorkPlanItem> items = new java.util.ArrayList<>();

    public WorkPlan() {
    }

    /**
     * A WorkPlan with every field given (null for an absent optional field; a null list is empty).
     *
     * @param items the items the plan states
     */
    public WorkPlan(List<WorkPlanItem> items) {
        setItems(items);
    }

    /** @return the items the plan states */
    public List<WorkPlanItem> getItems() {
        return items;
    }

    /** Sets the items the plan states (null is taken as empty). */
    public void setItems(List<WorkPlanItem> items) {
        this.items = items == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(items);
    }

    @Override
    public String toString() {
        return "WorkPlan{" + "items=" + items + "}";
    }
}
