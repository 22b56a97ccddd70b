package dev.redline.evaluation.policy;

import java.util.List;
import java.util.Objects;

/**
 * One rule of the policy applied to the evidence, explained: which rule, what it looked at, how it came
 * out and a sentence saying so with the numbers.
 *
 * @param id          stable, e.g. {@code red-line.coding}, {@code people.competency.people-management}
 * @param title       for a heading, e.g. "Coding red line"
 * @param inputs      what the rule looked at, in reading order
 * @param explanation a sentence with the numbers and, when it fails, what that does to the outcome
 */
public record RuleResult(String id, String title, List<Input> inputs, RuleOutcome outcome, String explanation) {

    /** One named input as people read it, e.g. "red line" = "60%". */
    public record Input(String name, String value) {
    }

    public RuleResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(outcome, "outcome");
        inputs = List.copyOf(inputs);
    }
}
