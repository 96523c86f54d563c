package org.ecrural.model;
/** A county nominated by the province on one track, with its rank in that track's list (五（一）). */
public class Nomination {
    private String county;
    private Track track;
    private Integer rank;

    public Nomination() {
    }

    /**
     * An unranked nomination.
     *
     * @param county the county's code
     * @param track  poverty or old-area track
     */
    public Nomination(String county, Track track) {
        setCounty(county);
        setTrack(track);
    }

    /**
     * A Nomination with every field given (null for an absent optional field; a null list is empty).
     *
     * @param county the county's code
     * @param track poverty or old-area track
     * @param rank rank in the track's list, 1 first; null if unranked
     */
    public Nomination(String county, Track track, Integer rank) {
        setCounty(county);
        setTrack(track);
        setRank(rank);
    }

    /** @return the county's code */
    public String getCounty() {
        return county;
    }

    /** Sets the county's code. */
    public void setCounty(String county) {
        this.county = county;
    }

    /** @return poverty or old-area track */
    public Track getTrack() {
        return track;
    }

    /** Sets poverty or old-area track. */
    public void setTrack(Track track) {
        this.track = track;
    }

    /** @return rank in the track's list, 1 first; null if unranked */
    public Integer getRank() {
        return rank;
    }

    /** Sets rank in the track's list, 1 first; null if unranked. */
    public void setRank(Integer rank) {
        this.rank = rank;
    }

    /** @return the code of the province the nominated county lies in: its first two digits followed by 0000 */
    public String getProvinceCode() {
        return county == null || county.length() < 2 ? null : county.substring(0, 2) + "0000";
    }

    @Override
    public String toString() {
        return "Nomination{" + "county=" + county + ", " + "track=" + track + ", " + "rank=" + rank + "}";
    }
}
