package org.ecrural.model;
import java.util.List;
/** The final submission of 五（二）. */
public class FinalSubmission {
    private java.time.LocalDate sentOn;
    private SubmissionForm form;
    private List<String> counties = new java.util.ArrayList<>();

    public FinalSubmission() {
    }

    /**
     * A FinalSubmission with every field given (null for an absent optional field; a null list is empty).
     *
     * @param sentOn the day it was sent
     * @param form its form
     * @param counties the final demo-county list (county codes, or a promoted prefecture's code)
     */
    public FinalSubmission(java.time.LocalDate sentOn, SubmissionForm form, List<String> counties) {
        setSentOn(sentOn);
        setForm(form);
        setCounties(counties);
    }

    /** @return the day it was sent */
    public java.time.LocalDate getSentOn() {
        return sentOn;
    }

    /** Sets the day it was sent. */
    public void setSentOn(java.time.LocalDate sentOn) {
        this.sentOn = sentOn;
    }

    /** @return its form */
    public SubmissionForm getForm() {
        return form;
    }

    /** Sets its form. */
    public void setForm(SubmissionForm form) {
        this.form = form;
    }

    /** @return the final demo-county list (county codes, or a promoted prefecture's code) */
    public List<String> getCounties() {
        return counties;
    }

    /** Sets the final demo-county list (county codes, or a promoted prefecture's code) (null is taken as empty). */
    public void setCounties(List<String> counties) {
        this.counties = counties == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(counties);
    }

    @Override
    public String toString() {
        return "FinalSubmission{" + "sentOn=" + sentOn + ", " + "form=" + form + ", " + "counties=" + counties + "}";
    }
}
