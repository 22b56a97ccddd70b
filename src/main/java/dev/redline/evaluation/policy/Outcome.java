package dev.redline.evaluation.policy;

/** What the policy recommends to the hiring committee, which records the final decision. */
public enum Outcome {
    HIRE("Hire"),
    REVIEW("Review"),
    NO_HIRE("No hire"),
    /** Evidence the policy needs is missing; no guess is made. */
    INCOMPLETE("Incomplete");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
