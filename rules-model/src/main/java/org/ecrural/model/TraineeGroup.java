package org.ecrural.model;

/** The group a trainee belongs to (四（三）); OTHER is no target group. */
public enum TraineeGroup {
    CADRE,
    COOPERATIVE_MEMBER,
    RETURNING_MIGRANT_WORKER,
    RURAL_YOUTH,
    FIRST_SECRETARY,
    REGISTERED_POOR_HOUSEHOLD,
    OTHER
}
