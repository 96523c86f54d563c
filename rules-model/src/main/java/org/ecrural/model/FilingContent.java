package org.ecrural.model;

/** What a provincial filing (五（一）) holds. */
public enum FilingContent {
    ELIGIBILITY_CONDITIONS,
    POVERTY_RANKED_LIST,
    OLD_AREA_RANKED_LIST,
    WORK_PLAN
}
