package org.ecrural.model;
/** Central funds allocated to a demo area for one recipient. */
public class FundAllocation {
    private String area;
    private String recipient;
    private java.math.BigDecimal centralFunds;

    public FundAllocation() {
    }

    /**
     * A FundAllocation with every field given (null for an absent optional field; a null list is empty).
     *
     * @param area the demo area's code
     * @param recipient the recipient's code (the prefecture's own code means funds kept by the prefecture)
     * @param centralFunds central funds in yuan
     */
    public FundAllocation(String area, String recipient, java.math.BigDecimal centralFunds) {
        setArea(area);
        setRecipient(recipient);
        setCentralFunds(centralFunds);
    }

    /** @return the demo area's code */
    public String getArea() {
        return area;
    }

    /** Sets the demo area's code. */
    public void setArea(String area) {
        this.area = area;
    }

    /** @return the recipient's code (the prefecture's own code means funds kept by the prefecture) */
    public String getRecipient() {
        return recipient;
    }

    /** Sets the recipient's code (the prefecture's own code means funds kept by the prefecture). */
    public void setRecipient(String recipient) {
        this.recipient = recipient;
    }

    /** @return central funds in yuan */
    public java.math.BigDecimal getCentralFunds() {
        return centralFunds;
    }

    /** Sets central funds in yuan. */
    public void setCentralFunds(java.math.BigDecimal centralFunds) {
        this.centralFunds = centralFunds;
    }

    @Override
    public String toString() {
        return "FundAllocation{" + "area=" + area + ", " + "recipient=" + recipient + ", " + "centralFunds=" + centralFunds + "}";
    }
}
