package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * A technical area with a red line. Coding is a percentage; design is a mean of interviewers' ratings
 * on the 1..4 scale, turned into a percentage only to weigh it against coding: 1 is 0%, 4 is 100%
 * (linear, because 1 is the bottom of the scale, not 25% of something).
 */
public enum Area {
    CODING("coding", "coding score", 0, 100),
    DESIGN("design", "design score", 1, 4);

    private final String id;
    private final String label;
    private final BigDecimal min;
    private final BigDecimal max;

    Area(String id, String label, int min, int max) {
        this.id = id;
        this.label = label;
        this.min = BigDecimal.valueOf(min);
        this.max = BigDecimal.valueOf(max);
    }

    /** How policy files and rule ids name it. */
    public String id() {
        return id;
    }

    /** How sentences name its score, e.g. "coding score". */
    public String label() {
        return label;
    }

    public BigDecimal min() {
        return min;
    }

    public BigDecimal max() {
        return max;
    }

    public static Optional<Area> byId(String id) {
        return Arrays.stream(values()).filter(a -> a.id.equals(id)).findFirst();
    }

    /** The score as a percentage, for the weighted technical score. */
    Ratio percent(Ratio score) {
        return this == CODING ? score : score.minus(Ratio.of(1)).times(100).dividedBy(3);
    }

    /** A score or a bar of this area as people read it: "48%" or "2.5 of 4". */
    String show(Ratio value) {
        return this == CODING ? value.percent() : value.format(1) + " of 4";
    }

    String show(BigDecimal bar) {
        return show(Ratio.of(bar));
    }
}
