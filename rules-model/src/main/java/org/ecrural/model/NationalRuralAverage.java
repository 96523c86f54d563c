package org.ecrural.model;
/** National rural averages that the growth target of 二（二） is measured against. */
public class NationalRuralAverage {
    private java.math.BigDecimal onlineRetailGrowth;
    private java.math.BigDecimal agriOnlineRetailGrowth;

    public NationalRuralAverage() {
    }

    /** @return national rural online retail growth, as a fraction */
    public java.math.BigDecimal getOnlineRetailGrowth() {
        return onlineRetailGrowth;
    }

    /** Sets national rural online retail growth, as a fraction. */
    public void setOnlineRetailGrowth(java.math.BigDecimal onlineRetailGrowth) {
        this.onlineRetailGrowth = onlineRetailGrowth;
    }

    /** @return national agricultural products' online retail growth, as a fraction */
    public java.math.BigDecimal getAgriOnlineRetailGrowth() {
        return agriOnlineRetailGrowth;
    }

    /** Sets national agricultural products' online retail growth, as a fraction. */
    public void setAgriOnlineRetailGrowth(java.math.BigDecimal agriOnlineRetailGrowth) {
        this.agriOnlineRetailGrowth = agriOnlineRetailGrowth;
    }

    @Override
    public String toString() {
        return "NationalRuralAverage{" + "onlineRetailGrowth=" + onlineRetailGrowth + ", " + "agriOnlineRetailGrowth=" + agriOnlineRetailGrowth + "}";
    }
}
