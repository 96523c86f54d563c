package org.ecrural.model;

/** How central funds support a project item (以奖代补, 贷款贴息, ...). */
public enum SupportMethod {
    AWARD_IN_LIEU_OF_SUBSIDY,
    LOAN_INTEREST_SUBSIDY,
    DIRECT_SUBSIDY,
    PURCHASE_OF_SERVICES,
    OTHER
}
