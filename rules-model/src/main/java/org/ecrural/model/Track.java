package org.ecrural.model;

/** The track a county is nominated on: poverty county or old-area county. */
public enum Track {
    POVERTY,
    OLD_AREA
}
