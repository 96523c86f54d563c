package org.ecrural.model;
/** A reallocation of long-idle central funds by the provincial finance department (财预〔2015〕15号). */
public class IdleFundReallocation {
    private String id;
    private String fromArea;
    private String toCounty;
    private java.math.BigDecimal amount;
    private Boolean recipientRatedOutstanding;

    public IdleFundReallocation() {
    }

    /** @return unique id */
    public String getId() {
        return id;
    }

    /** Sets unique id. */
    public void setId(String id) {
        this.id = id;
    }

    /** @return the area the idle funds come from */
    public String getFromArea() {
        return fromArea;
    }

    /** Sets the area the idle funds come from. */
    public void setFromArea(String fromArea) {
        this.fromArea = fromArea;
    }

    /** @return the county rewarded */
    public String getToCounty() {
        return toCounty;
    }

    /** Sets the county rewarded. */
    public void setToCounty(String toCounty) {
        this.toCounty = toCounty;
    }

    /** @return amount in yuan */
    public java.math.BigDecimal getAmount() {
        return amount;
    }

    /** Sets amount in yuan. */
    public void setAmount(java.math.BigDecimal amount) {
        this.amount = amount;
    }

    /** @return the recipient is rated outstanding in poverty alleviation or production–marketing linkage */
    public Boolean getRecipientRatedOutstanding() {
        return recipientRatedOutstanding;
    }

    /** Sets the recipient is rated outstanding in poverty alleviation or production–marketing linkage. */
    public void setRecipientRatedOutstanding(Boolean recipientRatedOutstanding) {
        this.recipientRatedOutstanding = recipientRatedOutstanding;
    }

    @Override
    public String toString() {
        return "IdleFundReallocation{" + "id=" + id + ", " + "fromArea=" + fromArea + ", " + "toCounty=" + toCounty + "}";
    }
}
