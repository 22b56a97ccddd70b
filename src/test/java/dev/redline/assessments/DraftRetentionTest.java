package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which draft versions survive thinning; pure code, so plain JUnit. */
class DraftRetentionTest {

    static final long MIN = 60_000;

    /** Versions 1..n, one every {@code stepMs}, the last saved at {@code now}; newest first. */
    static List<DraftRetention.Stamp> saves(int n, long stepMs, long now) {
        List<DraftRetention.Stamp> all = new ArrayList<>();
        for (int v = n; v >= 1; v--) {
            all.add(new DraftRetention.Stamp(v, now - (n - v) * stepMs));
        }
        return all;
    }

    @Test
    void theRecentVersionsAreAllKept() {
        long now = 1000 * MIN;
        assertThat(DraftRetention.keep(saves(DraftRetention.RECENT, 1, now), now, null))
                .hasSize(DraftRetention.RECENT);
    }

    @Test
    void olderVersionsKeepTheLastOfEachMinuteThenOfEachTenMinutes() {
        long now = 10_000 * MIN;
        // one save every 10 s for three hours: 1080 versions
        List<DraftRetention.Stamp> all = saves(1080, 10_000, now);
        Set<Long> keep = DraftRetention.keep(all, now, null);
        assertThat(keep).contains(1080L).as("the latest").hasSizeLessThanOrEqualTo(DraftRetention.RECENT + 61 + 13);
        // beyond the recent ones, each kept version is the last of its minute (or ten minutes)
        for (DraftRetention.Stamp s : all.subList(DraftRetention.RECENT, all.size())) {
            long age = now - s.savedAt();
            long bucket = age <= 60 * MIN ? MIN : 10 * MIN;
            boolean lastOfBucket = all.stream().filter(o -> o.savedAt() / bucket == s.savedAt() / bucket)
                    .allMatch(o -> o.version() <= s.version());
            if (age <= 60 * MIN || age > 61 * MIN) {
                assertThat(keep.contains(s.version())).as("version %d, %d s old", s.version(), age / 1000)
                        .isEqualTo(lastOfBucket);
            }
        }
    }

    @Test
    void theVersionScoredAtTheCutoffIsKeptWhereverItFalls() {
        long now = 10_000 * MIN;
        List<DraftRetention.Stamp> all = saves(1080, 10_000, now);
        // the cutoff was 2 h 30 min ago plus 5 s: the version saved right then is scored
        long cutoff = now - 150 * MIN + 5_000;
        DraftRetention.Stamp scored = all.stream().filter(s -> s.savedAt() <= cutoff).findFirst().orElseThrow();
        assertThat(DraftRetention.keep(all, now, cutoff)).contains(scored.version());
        assertThat(DraftRetention.keep(all, now, null)).doesNotContain(scored.version());
    }
}
