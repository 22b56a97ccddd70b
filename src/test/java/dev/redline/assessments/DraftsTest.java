package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.testing.TestDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Versioned drafts on H2 and PostgreSQL: nothing typed is ever lost. Plain JUnit. */
class DraftsTest {

    final TestDatabases.ManualClock clock = new TestDatabases.ManualClock();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void savesAreVersionsAndTheLatestIsRestored(String db) {
        var drafts = new Drafts(TestDatabases.migrated(db), clock);
        assertThat(drafts.latest("att", "deployorder", "python3")).isEmpty();
        assertThat(drafts.save("att", "deployorder", "python3", "v1", 0)).isEqualTo(new Drafts.Saved(1, true, false));
        assertThat(drafts.save("att", "deployorder", "python3", "v1", 1)).as("unchanged")
                .isEqualTo(new Drafts.Saved(1, false, false));
        assertThat(drafts.save("att", "deployorder", "python3", "v2 é", 1)).isEqualTo(new Drafts.Saved(2, true, false));
        drafts.save("att", "deployorder", "java", "class Main {}", 0);

        assertThat(drafts.latest("att", "deployorder", "python3").orElseThrow().content()).isEqualTo("v2 é");
        assertThat(drafts.history("att", "deployorder", "python3")).extracting(Drafts.Draft::content)
                .containsExactly("v2 é", "v1");
        assertThat(drafts.latest("att", "deployorder", "java").orElseThrow().version()).isEqualTo(1);
        assertThat(drafts.latest("other", "deployorder", "python3")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aSaveFromAStaleBrowserIsKeptAndFlagged(String db) {
        var drafts = new Drafts(TestDatabases.migrated(db), clock);
        drafts.save("att", "x", "c", "laptop 1", 0);
        drafts.save("att", "x", "c", "laptop 2", 1);
        Drafts.Saved tablet = drafts.save("att", "x", "c", "tablet, from v1", 1);
        assertThat(tablet).isEqualTo(new Drafts.Saved(3, true, true));
        assertThat(drafts.history("att", "x", "c")).extracting(Drafts.Draft::content)
                .containsExactly("tablet, from v1", "laptop 2", "laptop 1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void racingSavesAreAllKept(String db) throws Exception {
        var drafts = new Drafts(TestDatabases.migrated(db), clock);
        List<Callable<Drafts.Saved>> saves = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String content = "edit " + i;
            saves.add(() -> drafts.save("att", "x", "go", content, 0));
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            for (Future<Drafts.Saved> f : pool.invokeAll(saves)) {
                assertThat(f.get().created()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(drafts.history("att", "x", "go")).hasSize(6).extracting(Drafts.Draft::version)
                .containsExactly(6L, 5L, 4L, 3L, 2L, 1L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2"})
    void anOversizedDraftIsRefusedAndNothingIsLost(String db) {
        var drafts = new Drafts(TestDatabases.migrated(db), clock);
        drafts.save("att", "x", "c", "kept", 0);
        assertThatThrownBy(() -> drafts.save("att", "x", "c", "x".repeat(Drafts.MAX_BYTES + 1), 1))
                .hasMessageContaining("131073 bytes").hasMessageContaining("nothing was saved");
        assertThat(drafts.latest("att", "x", "c").orElseThrow().content()).isEqualTo("kept");
    }

    /** The observed growth: 100 saves of 128 KiB kept 100 versions (38 MB). Now the old ones are thinned. */
    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void manySavesKeepABoundedHistoryWithTheLatestAndTheScoredVersion(String db) {
        var drafts = new Drafts(TestDatabases.migrated(db), clock);
        String big = "x".repeat(Drafts.MAX_BYTES - 10);
        long cutoff = clock.millis() + 5 * 60_000 + 5_000; // the deadline falls in the sixth minute
        long scored = 0;
        for (int i = 1; i <= 100; i++) {
            clock.advance(10_000);
            drafts.save("att", "x", "python3", big + i, i - 1, cutoff);
            if (clock.millis() <= cutoff) {
                scored = i;
            }
            drafts.save("att", "x", "java", "other " + i, i - 1, null);
        }
        List<Drafts.Draft> kept = drafts.history("att", "x", "python3");
        // 100 saves over 16 min 40 s: the last 20, then the last of each older minute, plus the scored one
        assertThat(kept.size()).isLessThanOrEqualTo(DraftRetention.RECENT + 15 + 1);
        assertThat(kept.get(0).content()).isEqualTo(big + 100);
        assertThat(kept).extracting(Drafts.Draft::version).contains(scored)
                .containsAll(java.util.stream.LongStream.rangeClosed(81, 100).boxed().toList());
        assertThat(drafts.history("att", "x", "java")).as("each language thinned on its own")
                .hasSizeLessThanOrEqualTo(DraftRetention.RECENT + 16);
        assertThat(drafts.save("att", "x", "python3", "next", 100, cutoff).version()).as("numbers never reused")
                .isEqualTo(101);
    }
}
