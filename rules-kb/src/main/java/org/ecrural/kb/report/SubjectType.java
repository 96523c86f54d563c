package org.ecrural.kb.report;

/** What a finding or a verdict is about. The declaration order is the sort order of reports. */
public enum SubjectType {
    /** The province filing the plan (id = province code). */
    PROVINCE,
    /** A county's nomination (id = county code). */
    NOMINATION,
    /** A prefecture under, or suggested for, whole-prefecture promotion (id = prefecture code). */
    PREFECTURE,
    /** A demo area (id = area code). */
    AREA,
    /** A project item (id = project id). */
    PROJECT,
    /** A training record (id = record id). */
    TRAINING_RECORD,
    /** A reallocation of idle funds (id = reallocation id). */
    REALLOCATION
}
