package dev.redline.problems;

/**
 * pass-fail: accepted or not; scoring: a score from test groups. Interactive and multi-pass are how the
 * output is validated, not a kind of score: see {@link OutputValidation}.
 */
public enum ProblemType {
    PASS_FAIL, SCORING
}
