package org.ecrural.kb.facts;

/** The growth figures 二（二） compares with the national rural averages. */
public enum GrowthMeasure {
    ONLINE_RETAIL,
    AGRI_ONLINE_RETAIL
}
