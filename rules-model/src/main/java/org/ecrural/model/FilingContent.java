package org.ecrural.model;

/** What a provincial filing (五（一）) holds. */
public enum FilingContent {
    ELIGIBILITY_CONDITIONS(null),
    POVERTY_RANKED_LIST(Track.POVERTY),
    OLD_AREA_RANKED_LIST(Track.OLD_AREA),
    WORK_PLAN(null);

    private final Track track;

    FilingContent(Track track) {
        this.track = track;
    }

    /**
     * @return the track whose ranked list this is, or null for contents every filing holds: a
     *         filing holds a track's ranked list when the province nominates on that track
     */
    public Track getTrack() {
        return track;
    }
}
