package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which boxes count as orphans; plain JUnit (the removal itself is in DockerSandboxTest). */
class OrphanReaperTest {

    static final long NOW = 1_000_000;

    @Test
    void ownBoxesAreOrphansAtStartup() {
        assertThat(OrphanReaper.orphaned(Map.of("redline.node", "a", "redline.expires", "9999999"), "a", NOW)).isTrue();
    }

    @Test
    void otherNodesLiveBoxesAreNot() {
        assertThat(OrphanReaper.orphaned(Map.of("redline.node", "b", "redline.expires", "1000001"), "a", NOW)).isFalse();
    }

    @Test
    void expiredBoxesOfAnyNodeAre() {
        assertThat(OrphanReaper.orphaned(Map.of("redline.node", "b", "redline.expires", "999999"), "a", NOW)).isTrue();
    }

    @Test
    void boxesWithAMangledOrMissingExpiryAre() {
        assertThat(OrphanReaper.orphaned(Map.of("redline.node", "b", "redline.expires", "soon"), "a", NOW)).isTrue();
        assertThat(OrphanReaper.orphaned(Map.of("redline.node", "b"), "a", NOW)).isTrue();
    }
}
