package org.ecrural.model;
/** Central funds allocated to a demo area for one recipient. */
public class FundAllocation {
    private String area;
    private String recipient;
    private java.math.BigDecimal centralFunds;

    public FundAllocation() {
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
