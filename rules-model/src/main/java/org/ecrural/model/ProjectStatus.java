package org.ecrural.model;

/** The state of a project item. */
public enum ProjectStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    ACCEPTED
}
