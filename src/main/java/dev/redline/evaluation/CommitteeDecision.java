package dev.redline.evaluation;

/** A recorded committee decision, with what the policy said at that moment. */
public record CommitteeDecision(String assessmentId, String outcome, String policyOutcome, String rationale,
        String decidedBy, long decidedAt) {
}
