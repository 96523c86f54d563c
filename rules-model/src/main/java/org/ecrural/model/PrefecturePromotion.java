package org.ecrural.model;
import java.util.List;
/** A prefecture applying for whole-prefecture promotion (整体推进, section 三). */
public class PrefecturePromotion {
    private String prefecture;
    private List<String> agreedCounties = new java.util.ArrayList<>();

    public PrefecturePromotion() {
    }

    /**
     * A PrefecturePromotion with every field given (null for an absent optional field; a null list is empty).
     *
     * @param prefecture the prefecture's code
     * @param agreedCounties codes of the counties that agreed
     */
    public PrefecturePromotion(String prefecture, List<String> agreedCounties) {
        setPrefecture(prefecture);
        setAgreedCounties(agreedCounties);
    }

    /** @return the prefecture's code */
    public String getPrefecture() {
        return prefecture;
    }

    /** Sets the prefecture's code. */
    public void setPrefecture(String prefecture) {
        this.prefecture = prefecture;
    }

    /** @return codes of the counties that agreed */
    public List<String> getAgreedCounties() {
        return agreedCounties;
    }

    /** Sets codes of the counties that agreed (null is taken as empty). */
    public void setAgreedCounties(List<String> agreedCounties) {
        this.agreedCounties = agreedCounties == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(agreedCounties);
    }

    @Override
    public String toString() {
        return "PrefecturePromotion{" + "prefecture=" + prefecture + ", " + "agreedCounties=" + agreedCounties + "}";
    }
}
