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
