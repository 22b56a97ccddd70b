package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Deadlines with accommodations and extensions, at their boundaries; plain JUnit. */
class TimeWindowTest {

    static final Instant START = Instant.parse("2026-11-25T18:00:00Z");

    @Test
    void theWindowClosesExactlyAtTheDeadline() {
        var w = new TimeWindow(START, Duration.ofMinutes(120), 0, Duration.ZERO);
        assertThat(w.deadline()).isEqualTo(Instant.parse("2026-11-25T20:00:00Z"));
        assertThat(w.open(w.deadline().minusMillis(1))).isTrue();
        assertThat(w.open(w.deadline())).isFalse();
        assertThat(w.remaining(w.deadline().plusSeconds(60))).isZero();
        assertThat(w.remaining(START)).isEqualTo(Duration.ofMinutes(120));
    }

    @Test
    void anAccommodationStretchesTheWindowAndAnExtensionAddsToIt() {
        var w = new TimeWindow(START, Duration.ofMinutes(120), 25, Duration.ZERO);
        assertThat(w.deadline()).isEqualTo(START.plus(Duration.ofMinutes(150)));
        assertThat(w.extendedBy(Duration.ofMinutes(10)).extendedBy(Duration.ofMinutes(5)).deadline())
                .isEqualTo(START.plus(Duration.ofMinutes(165)));
    }

    @Test
    void nonsenseIsRefusedWithTheRule() {
        assertThatThrownBy(() -> new TimeWindow(START, Duration.ZERO, 0, Duration.ZERO)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new TimeWindow(START, Duration.ofMinutes(1), 201, Duration.ZERO))
                .hasMessageContaining("0 to 200");
        assertThatThrownBy(() -> new TimeWindow(START, Duration.ofMinutes(1), 0, Duration.ofMinutes(-1)))
                .hasMessageContaining("cannot take time away");
    }
}
