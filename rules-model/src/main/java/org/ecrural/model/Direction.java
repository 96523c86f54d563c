package org.ecrural.model;

/** The support direction of a project item (section 四): UPWARD is 四（一）, SERVICE_CENTRE the county public service centre, SERVICE_STATION township and village stations. */
public enum Direction {
    UPWARD,
    SERVICE_CENTRE,
    SERVICE_STATION,
    TRAINING,
    OTHER
}
