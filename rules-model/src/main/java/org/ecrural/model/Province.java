package org.ecrural.model;
/** The province whose plan is evaluated (plan-format.md <code>province</code>). */
public class Province {
    private String code;
    private String name;
    private Boolean disclosureColumn;
    private Boolean reportingChannel;

    public Province() {
    }

    /**
     * @param code the province's GB/T 2260 code, ending in 0000
     * @param name the province's name
     */
    public Province(String code, String name) {
        setCode(code);
        setName(name);
    }

    /**
     * A Province with every field given (null for an absent optional field; a null list is empty).
     *
     * @param code 6-digit GB/T 2260 code, e.g. 620000
     * @param name name, e.g. 甘肃省
     * @param disclosureColumn the provincial department's website has a dedicated disclosure column (六（四）); null means not evidenced
     * @param reportingChannel the provincial department offers a channel for public reports (六（三）); null means not evidenced
     */
    public Province(String code, String name, Boolean disclosureColumn, Boolean reportingChannel) {
        setCode(code);
        setName(name);
        setDisclosureColumn(disclosureColumn);
        setReportingChannel(reportingChannel);
    }

    /** @return 6-digit GB/T 2260 code, e.g. 620000 */
    public String getCode() {
        return code;
    }

    /** Sets 6-digit GB/T 2260 code, e.g. 620000. */
    public void setCode(String code) {
        this.code = code;
    }

    /** @return name, e.g. 甘肃省 */
    public String getName() {
        return name;
    }

    /** Sets name, e.g. 甘肃省. */
    public void setName(String name) {
        this.name = name;
    }

    /** @return the provincial department's website has a dedicated disclosure column (六（四）); null means not evidenced */
    public Boolean getDisclosureColumn() {
        return disclosureColumn;
    }

    /** Sets the provincial department's website has a dedicated disclosure column (六（四）); null means not evidenced. */
    public void setDisclosureColumn(Boolean disclosureColumn) {
        this.disclosureColumn = disclosureColumn;
    }

    /** @return the provincial department offers a channel for public reports (六（三）); null means not evidenced */
    public Boolean getReportingChannel() {
        return reportingChannel;
    }

    /** Sets the provincial department offers a channel for public reports (六（三）); null means not evidenced. */
    public void setReportingChannel(Boolean reportingChannel) {
        this.reportingChannel = reportingChannel;
    }

    @Override
    public String toString() {
        return "Province{" + "code=" + code + ", " + "name=" + name + ", " + "disclosureColumn=" + disclosureColumn + "}";
    }
}
