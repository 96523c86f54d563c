package org.ecrural.model;

/** The form of the final submission (五（二）). */
public enum SubmissionForm {
    PROVINCIAL_GOVERNMENT_LETTER,
    OTHER
}
