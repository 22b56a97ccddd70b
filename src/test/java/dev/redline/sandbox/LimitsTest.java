package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Limit validation; plain JUnit. */
class LimitsTest {

    @Test
    void wallTimeDefaultsToThreeTimesCpuPlusASecond() {
        assertThat(Limits.of(2000, 256)).isEqualTo(new Limits(2000, 7000, 256, 8 << 20));
    }

    @Test
    void nonsenseLimitsAreRefusedWithTheRule() {
        assertThatThrownBy(() -> new Limits(0, 1000, 256, 0)).hasMessageContaining("CPU time");
        assertThatThrownBy(() -> new Limits(2000, 1000, 256, 0)).hasMessageContaining("wall time");
        assertThatThrownBy(() -> new Limits(1000, 1000, 8, 0)).hasMessageContaining("memory");
        assertThatThrownBy(() -> new Limits(1000, 1000, 64, -1)).hasMessageContaining("output");
        assertThatThrownBy(() -> new Limits(1000, 1000, 64, 1L << 40)).isInstanceOf(SandboxException.BadRequest.class);
    }
}
