package org.ecrural.model;

/** divisionType: the kind of county-level division (DISTRICT is a 市辖区). */
public enum DivisionType {
    COUNTY,
    AUTONOMOUS_COUNTY,
    COUNTY_LEVEL_CITY,
    BANNER,
    AUTONOMOUS_BANNER,
    DISTRICT,
    FORESTRY_AREA,
    SPECIAL_AREA
}
