package org.ecrural.kb.facts;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.ecrural.model.County;
import org.ecrural.model.Villages;

/**
 * The e-commerce service coverage of a county listed in the plan with village figures (二（二）): of
 * its registered poor villages and of all its administrative villages. A half is measured when both
 * its figures are given and its total is above zero; a total of 0 counts as met. Shares are
 * compared exactly, by multiplication.
 */
@PlanData("counties[].villages: registeredPoor, registeredPoorServed, administrative, administrativeServed")
public final class VillageCoverage {
    private final County county;
    private final Villages villages;

    public VillageCoverage(County county) {
        this.county = county;
        this.villages = county.getVillages();
    }

    /** @return the county's code */
    public String getCode() {
        return county.getCode();
    }

    public County getCounty() {
        return county;
    }

    public Integer getPoorServed() {
        return villages.getRegisteredPoorServed();
    }

    public Integer getPoor() {
        return villages.getRegisteredPoor();
    }

    public Integer getAllServed() {
        return villages.getAdministrativeServed();
    }

    public Integer getAll() {
        return villages.getAdministrative();
    }

    /** @return whether the registered poor villages served are below the target share, exactly */
    public boolean poorBelow(BigDecimal target) {
        return below(getPoorServed(), getPoor(), target);
    }

    /** @return whether the administrative villages served are below the target share, exactly */
    public boolean allBelow(BigDecimal target) {
        return below(getAllServed(), getAll(), target);
    }

    /** @return how many more registered poor villages must be served to reach the target; 0 when met or not measured */
    public long poorToServe(BigDecimal target) {
        return toServe(getPoorServed(), getPoor(), target);
    }

    /** @return how many more administrative villages must be served to reach the target; 0 when met or not measured */
    public long allToServe(BigDecimal target) {
        return toServe(getAllServed(), getAll(), target);
    }

    private static boolean below(Integer served, Integer total, BigDecimal target) {
        return served != null && total != null && total > 0
                && BigDecimal.valueOf(served.longValue()).compareTo(BigDecimal.valueOf(total.longValue()).multiply(target)) < 0;
    }

    private static long toServe(Integer served, Integer total, BigDecimal target) {
        if (!below(served, total, target)) {
            return 0;
        }
        return BigDecimal.valueOf(total.longValue()).multiply(target).setScale(0, RoundingMode.CEILING).longValueExact() - served;
    }

    @Override
    public String toString() {
        return "VillageCoverage{" + getCode() + "}";
    }
}
