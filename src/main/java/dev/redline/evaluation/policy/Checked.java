package dev.redline.evaluation.policy;

import java.util.List;

/**
 * A rule's result with what the {@link Decider} needs to combine it: how much a failure weighs, and the
 * phrase the headline uses when this rule decides.
 *
 * @param reason for a FAIL or a deciding PASS, the clause for the headline; for a MISSING, what is
 *               missing, or null when another rule already names it (the technical score is missing
 *               because the design score is)
 */
record Checked(RuleResult result, Severity severity, String reason) {

    /** What a failing rule does to the outcome. */
    enum Severity {
        /** No hire, even when other evidence is missing. */
        RED_LINE,
        /** No hire, once the evidence is complete. */
        FLOOR,
        /** Review at best. */
        CAP,
        /** Shown, never changes the outcome. */
        INFO
    }

    static Checked of(String id, String title, List<RuleResult.Input> inputs, RuleOutcome outcome,
            String explanation, Severity severity, String reason) {
        return new Checked(new RuleResult(id, title, inputs, outcome, explanation), severity, reason);
    }

    boolean is(RuleOutcome outcome) {
        return result.outcome() == outcome;
    }
}
