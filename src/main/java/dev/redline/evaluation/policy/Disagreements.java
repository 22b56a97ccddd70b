package dev.redline.evaluation.policy;

import dev.redline.evaluation.policy.Checked.Severity;
import dev.redline.evaluation.policy.RuleResult.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * Interviewers two or more levels apart on one competency or design dimension (a Yes against a Strong
 * No, a Strong Yes against a No). A mean would average that away; the committee should see who said what.
 */
final class Disagreements {

    /** How far apart two ratings of one thing must be to count as disagreement. */
    static final int LEVELS = 2;

    private Disagreements() {
    }

    /**
     * One rule per disagreement, ids {@code prefix + competency}; when there is none, one rule
     * {@code prefix} without the trailing dot saying so (INFO with a single card, which cannot agree). {@code severity} is INFO, or CAP when the policy
     * lets disagreement block a hire.
     */
    static List<Checked> check(String prefix, String what, List<Scorecard> cards, UnaryOperator<String> names,
            Severity severity) {
        TreeSet<String> rated = new TreeSet<>();
        cards.forEach(c -> rated.addAll(c.ratings().keySet()));
        List<Checked> found = new ArrayList<>();
        for (String id : rated) {
            int low = Integer.MAX_VALUE;
            int high = Integer.MIN_VALUE;
            List<String> who = new ArrayList<>();
            for (Scorecard card : cards) {
                Rating r = card.ratings().get(id);
                if (r != null) {
                    low = Math.min(low, r.points());
                    high = Math.max(high, r.points());
                    who.add(card.interviewer() + " " + r);
                }
            }
            if (high - low >= LEVELS) {
                found.add(one(prefix + id, names.apply(id), who, high - low, severity));
            }
        }
        if (!found.isEmpty() || cards.isEmpty()) {
            return found;
        }
        if (cards.size() == 1) {
            // A single card has nobody to agree with: a PASS here would read as a panel that agrees.
            String card = what.equals("design") ? "design review" : what + " scorecard";
            return List.of(Checked.of(prefix.substring(0, prefix.length() - 1), "Agreement on " + what,
                    List.of(new Input("interviewers", "1 (" + cards.get(0).interviewer() + ")")), RuleOutcome.INFO,
                    "Only one " + card + " is in (" + cards.get(0).interviewer() + "): one review cannot agree or "
                            + "disagree; agreement is checked once a second interviewer submits.", Severity.INFO,
                    null));
        }
        boolean blocks = severity == Severity.CAP;
        return List.of(Checked.of(prefix.substring(0, prefix.length() - 1), "Agreement on " + what,
                List.of(new Input("interviewers", String.valueOf(cards.size()))), blocks ? RuleOutcome.PASS
                        : RuleOutcome.INFO, "The interviewers' " + what + " ratings are within one level of each "
                        + "other on everything they rated.", severity, null));
    }

    private static Checked one(String id, String name, List<String> who, int spread, Severity severity) {
        String clause = "the interviewers disagree on " + name + ": " + String.join(", ", who) + ", " + spread
                + " levels apart";
        String effect = severity == Severity.CAP ? " This policy sends a split panel to Review at best."
                : " Shown for the committee to discuss; it does not change the outcome.";
        return Checked.of(id, "Disagreement on " + name, List.of(new Input("ratings", String.join(", ", who)),
                new Input("spread", spread + " levels")), severity == Severity.CAP ? RuleOutcome.FAIL
                        : RuleOutcome.INFO, TechnicalGate.sentence(clause) + effect, severity, clause);
    }
}
