package dev.redline.evaluation.policy;

/**
 * An interviewer's overall recommendation. {@link #NONE} is an explicit choice ("I only rate"), not a
 * missing scorecard: it counts neither for nor against.
 */
public enum Recommendation {
    STRONG_NO_HIRE("Strong no hire", -1),
    NO_HIRE("No hire", -1),
    HIRE("Hire", 1),
    STRONG_HIRE("Strong hire", 1),
    NONE("no recommendation", 0);

    private final String label;
    private final int side;

    Recommendation(String label, int side) {
        this.label = label;
        this.side = side;
    }

    public String label() {
        return label;
    }

    boolean isFor() {
        return side > 0;
    }

    boolean isAgainst() {
        return side < 0;
    }
}
