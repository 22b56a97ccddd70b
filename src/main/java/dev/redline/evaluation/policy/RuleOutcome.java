package dev.redline.evaluation.policy;

/** How one rule came out. */
public enum RuleOutcome {
    PASS,
    FAIL,
    /** The rule's inputs are not all there yet. */
    MISSING,
    /** Shown to the committee; does not change the outcome under this policy. */
    INFO
}
