package dev.redline.assessments;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which versions of one draft (attempt, exercise, language) are kept, so that autosaves cannot grow
 * the database without bound. Pure code over the versions' numbers and times.
 *
 * <ul>
 * <li>the latest {@link #RECENT} versions, whatever their times: nothing just typed is ever thinned;</li>
 * <li>older ones: the last version of each minute for the last {@link #MINUTE_SPAN_MS}, then the last
 * of each ten minutes: a history the report can still show, at a bounded size;</li>
 * <li>always the last version saved at or before the cutoff (deadline or finish plus grace), the one
 * that is scored, wherever it falls.</li>
 * </ul>
 * So one draft holds at most RECENT + 60 + (its age in minutes) / 10 + 1 versions of at most 128 KiB.
 */
public final class DraftRetention {

    public static final int RECENT = 20;
    static final long MINUTE_MS = 60_000;
    static final long MINUTE_SPAN_MS = 60 * MINUTE_MS;
    static final long TEN_MINUTES_MS = 10 * MINUTE_MS;

    /** A stored version: its number and when it was saved (epoch ms). */
    public record Stamp(long version, long savedAt) {
    }

    private DraftRetention() {
    }

    /**
     * @param versions every stored version, newest first
     * @param now      the current time
     * @param cutoff   the attempt's scoring cutoff in epoch ms, or null when it has none yet
     * @return the version numbers to keep; the others may be deleted
     */
    public static Set<Long> keep(List<Stamp> versions, long now, Long cutoff) {
        Set<Long> keep = new HashSet<>();
        Set<Long> buckets = new HashSet<>();
        boolean scoredSeen = false;
        for (int i = 0; i < versions.size(); i++) {
            Stamp v = versions.get(i);
            boolean scored = !scoredSeen && cutoff != null && v.savedAt() <= cutoff;
            scoredSeen |= scored;
            long age = now - v.savedAt();
            long bucket = age <= MINUTE_SPAN_MS ? v.savedAt() / MINUTE_MS : -1 - v.savedAt() / TEN_MINUTES_MS;
            // newest first: the first version seen of a bucket is its last one
            boolean lastOfBucket = buckets.add(bucket);
            if (i < RECENT || scored || lastOfBucket) {
                keep.add(v.version());
            }
        }
        return keep;
    }
}
