package org.ecrural.kb.facts;

/** The websites of 六（四） that carry a dedicated demonstration column (labels in labels.yaml). */
public enum DisclosureWebsite {
    /** 省级主管部门的部门政府网站. */
    DEPARTMENT_WEBSITE,
    /** 示范地区人民政府门户网站. */
    GOVERNMENT_PORTAL
}
