package org.ecrural.model;
import java.util.List;
/** The province's filing with the three ministries (五（一）). */
public class Filing {
    private java.time.LocalDate receivedOn;
    private List<FilingContent> contents = new java.util.ArrayList<>();

    public Filing() {
    }

    /**
     * A Filing with every field given (null for an absent optional field; a null list is empty).
     *
     * @param receivedOn the day the filing reached the ministries
     * @param contents what the filing holds
     */
    public Filing(java.time.LocalDate receivedOn, List<FilingContent> contents) {
        setReceivedOn(receivedOn);
        setContents(contents);
    }

    /** @return the day the filing reached the ministries */
    public java.time.LocalDate getReceivedOn() {
        return receivedOn;
    }

    /** Sets the day the filing reached the ministries. */
    public void setReceivedOn(java.time.LocalDate receivedOn) {
        this.receivedOn = receivedOn;
    }

    /** @return what the filing holds */
    public List<FilingContent> getContents() {
        return contents;
    }

    /** Sets what the filing holds (null is taken as empty). */
    public void setContents(List<FilingContent> contents) {
        this.contents = contents == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(contents);
    }

    @Override
    public String toString() {
        return "Filing{" + "receivedOn=" + receivedOn + ", " + "contents=" + contents + "}";
    }
}
