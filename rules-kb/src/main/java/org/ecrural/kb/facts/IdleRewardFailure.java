package org.ecrural.kb.facts;

/**
 * What keeps a reallocation of idle central funds from being a reward, out of idle funds of a demo
 * county of the province, to an outstanding demo county of the province (财预〔2015〕15号 as 四 quotes it).
 * SOURCE_* are about the county the funds come from, RECIPIENT_* about the county receiving them.
 */
public enum IdleRewardFailure {
    PROVINCE_UNKNOWN,
    SOURCE_NOT_GIVEN,
    SOURCE_NOT_LISTED,
    SOURCE_OTHER_PROVINCE,
    SOURCE_NOT_DEMO_COUNTY,
    RECIPIENT_NOT_LISTED,
    RECIPIENT_OTHER_PROVINCE,
    RECIPIENT_NOT_DEMO_COUNTY,
    RATING_NOT_EVIDENCED,
    NOT_RATED_OUTSTANDING
}
