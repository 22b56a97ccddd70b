package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * An exact fraction. Scores are compared with bars "at or above", and a mean of ratings such as 8/3,
 * or a design rating turned into a percentage ({@code (mean - 1) / 3}), is not exact in binary or
 * decimal floating point: 55% coding plus a design mean of 2.0 at 40% must reach a bar of 75 exactly,
 * not 74.99999. Fractions make every boundary exact, so the rules need no tolerance.
 */
record Ratio(BigInteger numerator, BigInteger denominator) implements Comparable<Ratio> {

    static final Ratio ZERO = of(0);

    Ratio {
        if (denominator.signum() == 0) {
            throw new ArithmeticException("division by zero");
        }
        if (denominator.signum() < 0) {
            numerator = numerator.negate();
            denominator = denominator.negate();
        }
        BigInteger gcd = numerator.gcd(denominator);
        if (!gcd.equals(BigInteger.ONE) && gcd.signum() != 0) {
            numerator = numerator.divide(gcd);
            denominator = denominator.divide(gcd);
        }
    }

    static Ratio of(long value) {
        return new Ratio(BigInteger.valueOf(value), BigInteger.ONE);
    }

    /** The decimal exactly as written, e.g. 59.999 stays 59999/1000. */
    static Ratio of(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.scale() <= 0 ? new Ratio(v.toBigIntegerExact(), BigInteger.ONE)
                : new Ratio(v.unscaledValue(), BigInteger.TEN.pow(v.scale()));
    }

    Ratio plus(Ratio other) {
        return new Ratio(numerator.multiply(other.denominator).add(other.numerator.multiply(denominator)),
                denominator.multiply(other.denominator));
    }

    Ratio minus(Ratio other) {
        return plus(new Ratio(other.numerator.negate(), other.denominator));
    }

    Ratio times(Ratio other) {
        return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
    }

    Ratio times(long factor) {
        return times(of(factor));
    }

    Ratio dividedBy(long divisor) {
        return new Ratio(numerator, denominator.multiply(BigInteger.valueOf(divisor)));
    }

    boolean atLeast(BigDecimal bar) {
        return compareTo(of(bar)) >= 0;
    }

    @Override
    public int compareTo(Ratio other) {
        return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator));
    }

    /**
     * For people to read: exact when it is a decimal with at most three places (59.999 stays 59.999),
     * otherwise cut, never rounded, to two (8/3 shows 2.66), so a number shown never seems to reach a bar
     * it misses. At least {@code minPlaces} places, so ratings read 3.0 and percentages 75.
     */
    String format(int minPlaces) {
        BigDecimal exact = new BigDecimal(numerator).divide(new BigDecimal(denominator), 3, RoundingMode.DOWN);
        boolean terminates = exact.multiply(new BigDecimal(denominator)).compareTo(new BigDecimal(numerator)) == 0;
        BigDecimal shown = terminates ? exact.stripTrailingZeros() : exact.setScale(2, RoundingMode.DOWN)
                .stripTrailingZeros();
        if (shown.scale() < minPlaces) {
            shown = shown.setScale(minPlaces);
        }
        return shown.toPlainString();
    }

    /** As a percentage: "75%", "59.999%". */
    String percent() {
        return format(0) + "%";
    }

    /** A bar from a policy file, in the same style as a score. */
    static String format(BigDecimal bar, int minPlaces) {
        return of(bar).format(minPlaces);
    }
}
