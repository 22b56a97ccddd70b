package dev.redline.problems;

/** pass-fail: accepted or not; scoring: a score from test groups. Interactive and multi-pass are refused at load. */
public enum ProblemType {
    PASS_FAIL, SCORING
}
