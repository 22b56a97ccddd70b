package dev.redline.evaluation.policy;

import dev.redline.evaluation.policy.Checked.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/** Applies the precedence described on {@link Policy} to the checked rules. */
final class Decider {

    /** One row of the precedence table: the first step with a deciding rule gives the outcome. */
    private record Step(Outcome outcome, String lead, Predicate<Checked> decides) {
    }

    private static final List<Step> PRECEDENCE = List.of(
            new Step(Outcome.NO_HIRE, "", failed(Severity.RED_LINE)),
            new Step(Outcome.INCOMPLETE, "missing ", c -> c.is(RuleOutcome.MISSING)),
            new Step(Outcome.NO_HIRE, "", failed(Severity.FLOOR)),
            new Step(Outcome.REVIEW, "", failed(Severity.CAP)),
            new Step(Outcome.HIRE, "", c -> c.result().id().equals(TechnicalGate.PASS_BAR)
                    || c.result().id().equals(PeopleRules.MEAN)));

    private Decider() {
    }

    static Decision decide(Policy policy, Evidence evidence) {
        List<Checked> checks = new ArrayList<>(TechnicalGate.check(policy, evidence));
        checks.addAll(PeopleRules.check(policy.people(), evidence));
        List<RuleResult> rules = checks.stream().map(Checked::result).toList();
        for (Step step : PRECEDENCE) {
            List<Checked> deciding = checks.stream().filter(step.decides()).toList();
            if (!deciding.isEmpty()) {
                // A rule whose missing input another rule already names has no reason of its own.
                List<String> reasons = deciding.stream().map(Checked::reason).filter(Objects::nonNull).toList();
                return new Decision(step.outcome(), step.outcome().label() + ": " + step.lead()
                        + String.join("; ", reasons) + ".", rules);
            }
        }
        throw new IllegalStateException("the pass bar and the people-skills mean are always checked");
    }

    private static Predicate<Checked> failed(Severity severity) {
        return c -> c.is(RuleOutcome.FAIL) && c.severity() == severity;
    }
}
