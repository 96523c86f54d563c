package org.ecrural.model;
import java.util.List;
/** A demo area (示范地区): a county or, under whole-prefecture promotion, a prefecture, as listed in <code>areas</code>. */
public class DemoArea {
    private String code;
    private Boolean postTrainingService;
    private Boolean infoSystemConnected;
    private Boolean disclosureColumn;
    private List<Justification> justifications = new java.util.ArrayList<>();

    public DemoArea() {
    }

    /** @param code the area's code */
    public DemoArea(String code) {
        setCode(code);
    }

    /**
     * A DemoArea with every field given (null for an absent optional field; a null list is empty).
     *
     * @param code the area's code
     * @param postTrainingService has a post-training service mechanism (四（三）); null means not evidenced
     * @param infoSystemConnected connected to the MOFCOM rural e-commerce information system (六（四）); null means not evidenced
     * @param disclosureColumn the area's government portal has a dedicated disclosure column (六（四）); null means not evidenced
     * @param justifications written justifications for PRINCIPLE deviations
     */
    public DemoArea(String code, Boolean postTrainingService, Boolean infoSystemConnected, Boolean disclosureColumn, List<Justification> justifications) {
        setCode(code);
        setPostTrainingService(postTrainingService);
        setInfoSystemConnected(infoSystemConnected);
        setDisclosureColumn(disclosureColumn);
        setJustifications(justifications);
    }

    /**
     * @return a builder of a DemoArea: one call per field that is present, then {@link Builder#build()};
     *         fields not given stay null (absent), lists empty
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a DemoArea field by field. Each {@link #build()} gives a new, independent DemoArea
     * with the values given so far. The builder checks nothing: {@code PolicyEngine.evaluate}
     * (or {@code PlanReader.validate}) checks the plan as the JSON reader does.
     */
    public static final class Builder {
        private String code;
        private Boolean postTrainingService;
        private Boolean infoSystemConnected;
        private Boolean disclosureColumn;
        private List<Justification> justifications;

        private Builder() {
        }

        /**
         * @param code the area's code
         * @return this builder
         */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /**
         * @param postTrainingService has a post-training service mechanism (四（三）); null means not evidenced
         * @return this builder
         */
        public Builder postTrainingService(Boolean postTrainingService) {
            this.postTrainingService = postTrainingService;
            return this;
        }

        /**
         * @param infoSystemConnected connected to the MOFCOM rural e-commerce information system (六（四）); null means not evidenced
         * @return this builder
         */
        public Builder infoSystemConnected(Boolean infoSystemConnected) {
            this.infoSystemConnected = infoSystemConnected;
            return this;
        }

        /**
         * @param disclosureColumn the area's government portal has a dedicated disclosure column (六（四）); null means not evidenced
         * @return this builder
         */
        public Builder disclosureColumn(Boolean disclosureColumn) {
            this.disclosureColumn = disclosureColumn;
            return this;
        }

        /**
         * @param justifications written justifications for PRINCIPLE deviations; the list is copied (null is empty)
         * @return this builder
         */
        public Builder justifications(List<Justification> justifications) {
            this.justifications = justifications == null ? null : new java.util.ArrayList<>(justifications);
            return this;
        }

        /**
         * @param justifications written justifications for PRINCIPLE deviations
         * @return this builder
         */
        public Builder justifications(Justification... justifications) {
            return justifications(java.util.Arrays.asList(justifications));
        }

        /** @return a new DemoArea with the values given */
        public DemoArea build() {
            DemoArea built = new DemoArea();
            built.setCode(code);
            built.setPostTrainingService(postTrainingService);
            built.setInfoSystemConnected(infoSystemConnected);
            built.setDisclosureColumn(disclosureColumn);
            built.setJustifications(justifications);
            return built;
        }
    }

    /** @return the area's code */
    public String getCode() {
        return code;
    }

    /** Sets the area's code. */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return has a post-training service mechanism (四（三）); null means not evidenced */
    public Boolean getPostTrainingService() {
        return postTrainingService;
    }

    /** Sets has a post-training service mechanism (四（三）); null means not evidenced. */
    public void setPostTrainingService(Boolean postTrainingService) {
        this.postTrainingService = postTrainingService;
    }

    /** @return connected to the MOFCOM rural e-commerce information system (六（四）); null means not evidenced */
    public Boolean getInfoSystemConnected() {
        return infoSystemConnected;
    }

    /** Sets connected to the MOFCOM rural e-commerce information system (六（四）); null means not evidenced. */
    public void setInfoSystemConnected(Boolean infoSystemConnected) {
        this.infoSystemConnected = infoSystemConnected;
    }

    /** @return the area's government portal has a dedicated disclosure column (六（四）); null means not evidenced */
    public Boolean getDisclosureColumn() {
        return disclosureColumn;
    }

    /** Sets the area's government portal has a dedicated disclosure column (六（四）); null means not evidenced. */
    public void setDisclosureColumn(Boolean disclosureColumn) {
        this.disclosureColumn = disclosureColumn;
    }

    /** @return written justifications for PRINCIPLE deviations */
    public List<Justification> getJustifications() {
        return justifications;
    }

    /** Sets written justifications for PRINCIPLE deviations (null is taken as empty). */
    public void setJustifications(List<Justification> justifications) {
        this.justifications = justifications == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(justifications);
    }

    @Override
    public String toString() {
        return "DemoArea{" + "code=" + code + ", " + "postTrainingService=" + postTrainingService + ", " + "infoSystemConnected=" + infoSystemConnected + "}";
    }
}
