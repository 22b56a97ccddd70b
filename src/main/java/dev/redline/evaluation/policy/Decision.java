package dev.redline.evaluation.policy;

import java.util.List;

/**
 * The policy's answer: the outcome, one line saying why ("No hire: the coding score 48% is below the red
 * line of 60%."), and every rule in order, technical gate first, so the committee can check each step.
 */
public record Decision(Outcome outcome, String headline, List<RuleResult> rules) {

    public Decision {
        rules = List.copyOf(rules);
    }

    /** The rule with this id, for reports and tests. */
    public RuleResult rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no rule " + id + " in this decision"));
    }
}
