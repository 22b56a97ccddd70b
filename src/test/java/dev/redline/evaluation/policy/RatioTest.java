package dev.redline.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exact fractions and how they are shown. */
class RatioTest {

    @Test
    void decimalsAreExactAsWritten() {
        assertThat(Ratio.of(new BigDecimal("59.999"))).isEqualTo(new Ratio(java.math.BigInteger.valueOf(59999),
                java.math.BigInteger.valueOf(1000)));
        assertThat(Ratio.of(new BigDecimal("59.999")).atLeast(new BigDecimal("60"))).isFalse();
        assertThat(Ratio.of(new BigDecimal("2.50")).atLeast(new BigDecimal("2.5"))).isTrue();
    }

    @Test
    void thirdsAddUpExactly() {
        Ratio third = Ratio.of(100).dividedBy(3);
        assertThat(third.times(3)).isEqualTo(Ratio.of(100));
        assertThat(third.times(60).dividedBy(100).plus(Ratio.of(40))).isEqualByComparingTo(Ratio.of(60));
        assertThat(third.times(60).dividedBy(100).plus(Ratio.of(40)).atLeast(new BigDecimal("60"))).isTrue();
    }

    @Test
    void fractionsAreKeptInLowestTerms() {
        assertThat(Ratio.of(6).dividedBy(4)).isEqualTo(Ratio.of(3).dividedBy(2));
        assertThat(Ratio.of(0).dividedBy(7)).isEqualTo(Ratio.ZERO);
        assertThat(Ratio.of(3).minus(Ratio.of(5))).isEqualTo(Ratio.of(-2));
    }

    @ParameterizedTest(name = "{0} / {1} with at least {2} places shows {3}")
    @CsvSource({
        "48, 1, 0, 48",
        "3, 1, 1, 3.0",
        "5, 2, 1, 2.5",
        "11, 4, 1, 2.75",
        "59999, 1000, 0, 59.999", // up to three places: exact
        "8, 3, 1, 2.66", // never rounded up: 2.67 would look higher than it is
        "200, 3, 0, 66.66",
        "119999, 2000, 0, 59.99", // 59.9995: four places are cut to two, down
        "100, 1, 0, 100"
    })
    void aScoreIsShownExactOrCutNeverRoundedUp(long numerator, long denominator, int places, String shown) {
        assertThat(Ratio.of(numerator).dividedBy(denominator).format(places)).isEqualTo(shown);
    }

    @Test
    void aBarIsShownLikeAScore() {
        assertThat(Ratio.format(new BigDecimal("2.50"), 1)).isEqualTo("2.5");
        assertThat(Ratio.format(new BigDecimal("75"), 0)).isEqualTo("75");
        assertThat(Ratio.of(new BigDecimal("75")).percent()).isEqualTo("75%");
    }
}
