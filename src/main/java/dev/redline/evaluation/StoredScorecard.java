package dev.redline.evaluation;

/** A scorecard as stored; {@code submittedAt} is null while it is a draft. Times in epoch milliseconds. */
public record StoredScorecard(String assessmentId, String interviewer, ScorecardKind kind, String subject,
        long version, boolean submitted, ScorecardContent content, long updatedAt, Long submittedAt) {
}
