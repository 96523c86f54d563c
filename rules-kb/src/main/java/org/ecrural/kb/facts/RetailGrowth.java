package org.ecrural.kb.facts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.ecrural.model.County;
import org.ecrural.model.NationalRuralAverage;

/**
 * The online retail growth of a county listed in the plan beside the national rural averages
 * (二（二））, for a county that gives both its figures when the plan gives both averages.
 */
@PlanData({"counties[]: onlineRetailGrowth, agriOnlineRetailGrowth", "nationalRuralAverage: onlineRetailGrowth, agriOnlineRetailGrowth"})
public final class RetailGrowth {
    private final County county;
    private final NationalRuralAverage average;

    public RetailGrowth(County county, NationalRuralAverage average) {
        this.county = county;
        this.average = average;
    }

    public String getCode() {
        return county.getCode();
    }

    public County getCounty() {
        return county;
    }

    public NationalRuralAverage getAverage() {
        return average;
    }

    public BigDecimal getOnline() {
        return county.getOnlineRetailGrowth();
    }

    public BigDecimal getAgri() {
        return county.getAgriOnlineRetailGrowth();
    }

    public BigDecimal getOnlineAverage() {
        return average.getOnlineRetailGrowth();
    }

    public BigDecimal getAgriAverage() {
        return average.getAgriOnlineRetailGrowth();
    }

    /** @return the figures that do not exceed their national average, in declaration order */
    public List<GrowthMeasure> getMissed() {
        List<GrowthMeasure> missed = new ArrayList<>();
        if (getOnline().compareTo(getOnlineAverage()) <= 0) {
            missed.add(GrowthMeasure.ONLINE_RETAIL);
        }
        if (getAgri().compareTo(getAgriAverage()) <= 0) {
            missed.add(GrowthMeasure.AGRI_ONLINE_RETAIL);
        }
        return List.copyOf(missed);
    }

    @Override
    public String toString() {
        return "RetailGrowth{" + getCode() + "}";
    }
}
