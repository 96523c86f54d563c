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

    /**
     * A IdleFundReallocation with every field given (null for an absent optional field; a null list is empty).
     *
     * @param id unique id
     * @param fromArea the area the idle funds come from
     * @param toCounty the county rewarded
     * @param amount amount in yuan
     * @param recipientRatedOutstanding the recipient is rated outstanding in poverty alleviation or production–marketing linkage
     */
    public IdleFundReallocation(String id, String fromArea, String toCounty, java.math.BigDecimal amount, Boolean recipientRatedOutstanding) {
        setId(id);
        setFromArea(fromArea);
        setToCounty(toCounty);
        setAmount(amount);
        setRecipientRatedOutstanding(recipientRatedOutstanding);
    }

    /**
     * @return a builder of a IdleFundReallocation: one call per field that is present, then {@link Builder#build()};
     *         fields not given stay null (absent), lists empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a IdleFundReallocation field by field. Each {@link #build()} gives a new, independent IdleFundReallocation
     * with the values given so far. The builder checks nothing: {@code PolicyEngine.evaluate}
     * (or {@code PlanReader.validate}) checks the plan as the JSON reader does.
     */
    public static final class Builder {
        private String id;
        private String fromArea;
        private String toCounty;
        private java.math.BigDecimal amount;
        private Boolean recipientRatedOutstanding;

        private Builder() {
        }

        /**
         * @param id unique id
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * @param fromArea the area the idle funds come from
         * @return this builder
         */
        public Builder fromArea(String fromArea) {
            this.fromArea = fromArea;
            return this;
        }

        /**
         * @param toCounty the county rewarded
         * @return this builder
         */
        public Builder toCounty(String toCounty) {
            this.toCounty = toCounty;
            return this;
        }

        /**
         * @param amount amount in yuan
         * @return this builder
         */
        public Builder amount(java.math.BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /**
         * @param recipientRatedOutstanding the recipient is rated outstanding in poverty alleviation or production–marketing linkage
         * @return this builder
         */
        public Builder recipientRatedOutstanding(Boolean recipientRatedOutstanding) {
            this.recipientRatedOutstanding = recipientRatedOutstanding;
            return this;
        }

        /** @return a new IdleFundReallocation with the values given */
        public IdleFundReallocation build() {
            IdleFundReallocation built = new IdleFundReallocation();
            built.setId(id);
            built.setFromArea(fromArea);
            built.setToCounty(toCounty);
            built.setAmount(amount);
            built.setRecipientRatedOutstanding(recipientRatedOutstanding);
            return built;
        }
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
