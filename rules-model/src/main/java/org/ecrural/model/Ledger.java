package org.ecrural.model;
/** A project's entry in the area's project ledger (台账, 六（二）). */
public class Ledger {
    private String responsible;
    private java.time.LocalDate deadline;

    public Ledger() {
    }

    /**
     * A Ledger with every field given (null for an absent optional field; a null list is empty).
     *
     * @param responsible the responsible person
     * @param deadline the progress deadline
     */
    public Ledger(String responsible, java.time.LocalDate deadline) {
        setResponsible(responsible);
        setDeadline(deadline);
    }

    /** @return the responsible person */
    public String getResponsible() {
        return responsible;
    }

    /** Sets the responsible person. */
    public void setResponsible(String responsible) {
        this.responsible = responsible;
    }

    /** @return the progress deadline */
    public java.time.LocalDate getDeadline() {
        return deadline;
    }

    /** Sets the progress deadline. */
    public void setDeadline(java.time.LocalDate deadline) {
        this.deadline = deadline;
    }

    @Override
    public String toString() {
        return "Ledger{" + "responsible=" + responsible + ", " + "deadline=" + deadline + "}";
    }
}
