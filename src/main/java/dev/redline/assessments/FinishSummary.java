package dev.redline.assessments;

import java.util.List;

/** The page after "finish": what was handed in, per exercise, and the time used. */
public record FinishSummary(CandidateView attempt, List<ExerciseOutcome> outcomes, long minutesUsed) {
}
