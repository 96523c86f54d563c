package org.ecrural.kb.facts;

import java.time.LocalDate;
import java.util.Map;

/**
 * What the engine knows of the plan as a whole, inserted once per evaluation: the date it is
 * judged on and the province filing it.
 */
public final class PlanContext {
    private final LocalDate evaluationDate;
    private final String provinceCode;
    private final String provinceName;
    private final Map<String, String> countyNames;
    private final Integer quota;

    /**
     * @param countyNames the name of each county listed in the plan, by code
     * @param quota       the number of demo counties the ministries set for the province, or null
     */
    public PlanContext(LocalDate evaluationDate, String provinceCode, String provinceName,
                       Map<String, String> countyNames, Integer quota) {
        this.evaluationDate = evaluationDate;
        this.provinceCode = provinceCode;
        this.provinceName = provinceName;
        this.countyNames = Map.copyOf(countyNames);
        this.quota = quota;
    }

    /** @return the number of demo counties the three ministries set for the province (五（二）), or null */
    @PlanData("quota")
    public Integer getQuota() {
        return quota;
    }

    /** @return "通渭县 (621121)" for a listed county with a name, else the code itself */
    @PlanData("counties[]: code, name")
    public String nameOf(String code) {
        String name = countyNames.get(code);
        return name == null || name.isBlank() ? code : name + " (" + code + ")";
    }

    /** @return the name of a county listed in the plan, or null when it is not listed or has no name */
    @PlanData("counties[]: code, name")
    public String countyName(String code) {
        String name = countyNames.get(code);
        return name == null || name.isBlank() ? null : name;
    }

    /** @return the date deadlines of the plan are judged on */
    @PlanData("evaluationDate")
    public LocalDate getEvaluationDate() {
        return evaluationDate;
    }

    /** @return the code of the province filing the plan, or null when the plan names none */
    @PlanData("province: code")
    public String getProvinceCode() {
        return provinceCode;
    }

    /** @return the province's name, or its code */
    @PlanData("province: name")
    public String getProvinceName() {
        return provinceName;
    }

    /** @return whether a code is a county listed in the plan */
    @PlanData("counties[]: code")
    public boolean isListedCounty(String code) {
        return countyNames.containsKey(code);
    }
}
