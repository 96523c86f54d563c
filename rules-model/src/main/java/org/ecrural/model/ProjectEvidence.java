package org.ecrural.model;

/**
 * Yes/no evidence fields of a project that a finding may list with what the plan states of them
 * (六（三）, 六（四）): records of registered poor households served and of products sold online,
 * transaction and activity information.
 */
public enum ProjectEvidence {
    POOR_HOUSEHOLD_RECORDS, ONLINE_SALES_RECORDS, TRANSACTION_INFO, ACTIVITY_INFO
}
