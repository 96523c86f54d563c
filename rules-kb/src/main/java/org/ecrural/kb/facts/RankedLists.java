package org.ecrural.kb.facts;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ecrural.model.Nomination;
import org.ecrural.model.Track;

/**
 * The province's ranked lists of nominations, one per track (五（一）), and what is wrong with
 * them: each list ranks its counties 1, 2, 3 … with no gap and no tie. A classification fact,
 * inserted once per evaluation; {@link #getProblems()} lists the problems by track (poverty
 * first), then unranked counties, then ranks 1..n (a missing rank or a tie), then ranks beyond n,
 * whatever the order of the nominations in the plan.
 */
@PlanData("nominations[]: track, rank")
public final class RankedLists {
    private final List<Problem> problems;

    private RankedLists(List<Problem> problems) {
        this.problems = List.copyOf(problems);
    }

    /** @return the ranked lists of these nominations (a nomination without a track is on no list) */
    public static RankedLists of(Collection<Nomination> nominations) {
        List<Problem> problems = new ArrayList<>();
        for (Track track : Track.values()) {
            Map<Integer, Integer> times = new TreeMap<>();
            int count = 0;
            int unranked = 0;
            for (Nomination n : nominations) {
                if (n.getTrack() != track) {
                    continue;
                }
                count++;
                if (n.getRank() == null) {
                    unranked++;
                } else {
                    times.merge(n.getRank(), 1, Integer::sum);
                }
            }
            int ranked = count - unranked;
            if (unranked > 0) {
                problems.add(new Unranked(track, unranked));
            }
            for (int r = 1; r <= ranked; r++) {
                Integer seen = times.get(r);
                if (seen == null) {
                    problems.add(new RankMissing(track, r));
                } else if (seen > 1) {
                    problems.add(new RankTied(track, r, seen));
                }
            }
            for (int r : times.keySet()) {
                if (r > ranked) {
                    problems.add(new RankBeyond(track, r, ranked));
                }
            }
        }
        return new RankedLists(problems);
    }

    /** @return what is wrong with the lists, in the order described above; empty when they are right */
    public List<Problem> getProblems() {
        return problems;
    }

    /** A problem of one track's list. */
    public abstract static class Problem {
        private final Track track;

        Problem(Track track) {
            this.track = track;
        }

        /** @return the track whose list it is */
        public Track getTrack() {
            return track;
        }
    }

    /** Counties of the list without a rank. */
    public static final class Unranked extends Problem {
        private final int count;

        Unranked(Track track, int count) {
            super(track);
            this.count = count;
        }

        /** @return how many counties of the list have no rank */
        public int getCount() {
            return count;
        }
    }

    /** A rank within 1..n (n the ranked counties) that no county holds. */
    public static final class RankMissing extends Problem {
        private final int rank;

        RankMissing(Track track, int rank) {
            super(track);
            this.rank = rank;
        }

        public int getRank() {
            return rank;
        }
    }

    /** A rank held by more than one county. */
    public static final class RankTied extends Problem {
        private final int rank;
        private final int times;

        RankTied(Track track, int rank, int times) {
            super(track);
            this.rank = rank;
            this.times = times;
        }

        public int getRank() {
            return rank;
        }

        /** @return how many counties hold the rank */
        public int getTimes() {
            return times;
        }
    }

    /** A rank beyond the number of ranked counties. */
    public static final class RankBeyond extends Problem {
        private final int rank;
        private final int ranked;

        RankBeyond(Track track, int rank, int ranked) {
            super(track);
            this.rank = rank;
            this.ranked = ranked;
        }

        public int getRank() {
            return rank;
        }

        /** @return how many counties of the list have a rank */
        public int getRanked() {
            return ranked;
        }
    }
}
