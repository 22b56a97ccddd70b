package dev.redline.reports;

import dev.redline.evaluation.policy.Area;
import dev.redline.evaluation.policy.Decision;
import dev.redline.evaluation.policy.Evidence;
import dev.redline.evaluation.policy.Policy;
import dev.redline.evaluation.policy.RuleOutcome;
import dev.redline.evaluation.policy.RuleResult;
import dev.redline.reports.CommitteeReport.Bar;
import dev.redline.reports.CommitteeReport.PolicyResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The policy's decision as the report shows it: the technical gate (red lines, pass bar, the design
 * reviewers' agreement) apart from and before the people-skills rules, and the policy's bars in words.
 * Pure code.
 */
final class PolicyResults {

    private PolicyResults() {
    }

    /** The decision of {@code policy} on the evidence; without a policy, NO_POLICY saying which file is missing. */
    static PolicyResult of(Optional<Policy> policy, String roleTemplate, Supplier<Evidence> evidence) {
        if (policy.isEmpty()) {
            return new PolicyResult(PolicyResult.NO_POLICY, "No policy", "No hiring policy: the role template '"
                    + roleTemplate + "' has no sound policies/" + roleTemplate + ".yaml, so no decision is computed.",
                    false, List.of(), List.of(), List.of());
        }
        Decision d = policy.get().decide(evidence.get());
        List<RuleResult> technical = d.rules().stream().filter(PolicyResults::technical).toList();
        List<RuleResult> people = d.rules().stream().filter(r -> !technical(r)).toList();
        boolean redLineFailed = technical.stream().anyMatch(r -> r.id().startsWith("red-line.")
                && r.outcome() == RuleOutcome.FAIL);
        return new PolicyResult(d.outcome().name(), d.outcome().label(), d.headline(), redLineFailed,
                bars(policy.get()), technical, people);
    }

    /**
     * An assessment revoked before the candidate started: no evidence exists, and asking the policy would
     * turn the zeros of a never-started attempt into a No hire the candidate never earned.
     */
    static PolicyResult revoked() {
        return new PolicyResult(PolicyResult.REVOKED, "Revoked", "Revoked before the candidate started: there is "
                + "nothing to decide on, so the policy is not asked.", false, List.of(), List.of(), List.of());
    }

    /** The technical gate's rules, by the ids the policy gives them. */
    static boolean technical(RuleResult r) {
        return r.id().startsWith("red-line.") || r.id().startsWith("pass-bar.") || r.id().startsWith("design.");
    }

    static List<Bar> bars(Policy p) {
        List<Bar> bars = new ArrayList<>();
        BigDecimal coding = p.redLines().get(Area.CODING);
        BigDecimal design = p.redLines().get(Area.DESIGN);
        if (coding != null) {
            bars.add(new Bar("Coding red line", ReportFormat.percent(coding)));
        }
        if (design != null) {
            bars.add(new Bar("Design red line", ReportFormat.decimal(design) + " of 4"));
        }
        bars.add(new Bar("Technical pass bar", ReportFormat.percent(p.passBar()) + " (weights: coding "
                + p.weight(Area.CODING) + "%, design " + p.weight(Area.DESIGN) + "%)"));
        bars.add(new Bar("People-skills scorecards needed", String.valueOf(p.people().minimumScorecards())));
        bars.add(new Bar("Minimum per focus competency", ReportFormat.decimal(p.people().competencyMinimum())));
        bars.add(new Bar("People-skills hire mean", ReportFormat.decimal(p.people().hireMean())));
        return bars;
    }
}
