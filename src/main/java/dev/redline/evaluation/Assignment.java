package dev.redline.evaluation;

/** An interviewer assigned to one interview of an assessment's kit. */
public record Assignment(String assessmentId, String interviewer, String interview) {
}
