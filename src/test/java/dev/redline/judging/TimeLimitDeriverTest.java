package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The derived time limit formula; plain JUnit. */
class TimeLimitDeriverTest {

    @Test
    void slowestTimesMultiplierRoundedUpToTheResolution() {
        assertThat(TimeLimitDeriver.limitFor(430, 2.0, 100)).isEqualTo(900);
        assertThat(TimeLimitDeriver.limitFor(450, 2.0, 100)).isEqualTo(900);
        assertThat(TimeLimitDeriver.limitFor(451, 2.0, 100)).isEqualTo(1000);
        assertThat(TimeLimitDeriver.limitFor(430, 2.0, 1000)).isEqualTo(1000);
        assertThat(TimeLimitDeriver.limitFor(1200, 5.0, 1000)).isEqualTo(6000);
    }

    @Test
    void staysWithinFloorAndCap() {
        assertThat(TimeLimitDeriver.limitFor(3, 2.0, 100)).isEqualTo(200);
        assertThat(TimeLimitDeriver.limitFor(9_000, 2.0, 1000)).isEqualTo(10_000);
    }
}
