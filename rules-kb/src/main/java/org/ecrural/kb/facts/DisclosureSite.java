package org.ecrural.kb.facts;

import org.ecrural.kb.report.SubjectType;

/**
 * A website that must carry the dedicated disclosure column of 六（四）: the provincial
 * department's website (the province, when the plan has one) or a listed demo area's government
 * portal (each area in {@code areas}). A classification fact, so that the disclosure column rule, one
 * obligation over two kinds of subject, is one pattern.
 */
@PlanData({"province: code, name, disclosureColumn", "areas[]: code, disclosureColumn"})
public final class DisclosureSite {
    private final SubjectType type;
    private final String code;
    private final String name;
    private final DisclosureWebsite website;
    private final Boolean column;

    /**
     * @param type   PROVINCE or AREA: the subject of a finding about the site
     * @param name   the province's or the area's name, or null
     * @param column the disclosureColumn field as the plan gives it: null is not evidenced
     */
    public DisclosureSite(SubjectType type, String code, String name, Boolean column) {
        this.type = type;
        this.code = code;
        this.name = name;
        this.website = type == SubjectType.PROVINCE ? DisclosureWebsite.DEPARTMENT_WEBSITE : DisclosureWebsite.GOVERNMENT_PORTAL;
        this.column = column;
    }

    public SubjectType getType() {
        return type;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    /** @return which website it is: the provincial department's or the area government's */
    public DisclosureWebsite getWebsite() {
        return website;
    }

    /** @return whether the site has the column: TRUE, FALSE, or null (not evidenced) */
    public Boolean getColumn() {
        return column;
    }

    @Override
    public String toString() {
        return "DisclosureSite{" + type + " " + code + "}";
    }
}
