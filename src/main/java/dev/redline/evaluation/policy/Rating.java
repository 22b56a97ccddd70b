package dev.redline.evaluation.policy;

/** The anchored 4-point scale interviewers use for every competency and design dimension. */
public enum Rating {
    STRONG_NO(1, "Strong No"),
    NO(2, "No"),
    YES(3, "Yes"),
    STRONG_YES(4, "Strong Yes");

    private final int points;
    private final String label;

    Rating(int points, String label) {
        this.points = points;
        this.label = label;
    }

    public int points() {
        return points;
    }

    public String label() {
        return label;
    }

    public static Rating of(int points) {
        for (Rating r : values()) {
            if (r.points == points) {
                return r;
            }
        }
        throw new IllegalArgumentException("a rating is 1 (Strong No) to 4 (Strong Yes), got " + points);
    }

    /** "Yes (3)": the word interviewers chose and the number the means are made of. */
    @Override
    public String toString() {
        return label + " (" + points + ")";
    }
}
