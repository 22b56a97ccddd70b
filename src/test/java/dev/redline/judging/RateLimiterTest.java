package dev.redline.judging;

import dev.redline.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The token bucket; plain JUnit over a manual clock. */
class RateLimiterTest {

    @Test
    void allowsTheBudgetThenSaysHowLongToWait() {
        var clock = new TestDatabases.ManualClock();
        var limiter = new RateLimiter(6, clock);
        for (int i = 0; i < 6; i++) {
            assertThat(limiter.acquire("a")).isZero();
        }
        assertThat(limiter.acquire("a")).isEqualTo(10);
        assertThat(limiter.acquire("b")).as("keys are independent").isZero();
        clock.advance(10_000);
        assertThat(limiter.acquire("a")).isZero();
        assertThat(limiter.acquire("a")).isPositive();
    }
}
