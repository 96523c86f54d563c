package org.ecrural.model;
/** National rural averages that the growth target of 二（二） is measured against. */
public class NationalRuralAverage {
    private java.math.BigDecimal onlineRetailGrowth;
    private java.math.BigDecimal agriOnlineRetailGrowth;

    public NationalRuralAverage() {
    }

    /**
     * A NationalRuralAverage with every field given (null for an absent optional field; a null list is empty).
     *
     * @param onlineRetailGrowth national rural online retail growth, as a fraction
     * @param agriOnlineRetailGrowth national agricultural products' online retail growth, as a fraction
     */
    public NationalRuralAverage(java.math.BigDecimal onlineRetailGrowth, java.math.BigDecimal agriOnlineRetailGrowth) {
        setOnlineRetailGrowth(onlineRetailGrowth);
        setAgriOnlineRetailGrowth(agriOnlineRetailGrowth);
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
