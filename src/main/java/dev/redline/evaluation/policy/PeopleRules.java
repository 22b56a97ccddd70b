package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.TechnicalGate.sentence;

import dev.redline.evaluation.policy.Checked.Severity;
import dev.redline.evaluation.policy.RuleResult.Input;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The people-skills rules, in the order the report shows them. */
final class PeopleRules {

    static final String SCORECARDS = "people.scorecards";
    static final String MEAN = "people.mean";
    static final String STRONG_NO = "people.strong-no";
    static final String RECOMMENDATIONS = "people.recommendations";

    private PeopleRules() {
    }

    static List<Checked> check(PeopleBar bar, Evidence evidence) {
        List<Scorecard> cards = evidence.scorecards();
        UnaryOperator<String> names = evidence::name;
        List<Checked> checks = new ArrayList<>();
        checks.add(scorecards(bar, cards));
        List<Ratio> means = new ArrayList<>();
        for (String competency : bar.focus()) {
            Checked c = competency(bar, competency, cards, names);
            checks.add(c);
            if (!c.is(RuleOutcome.MISSING)) {
                means.add(competencyMean(competency, cards));
            }
        }
        checks.add(mean(bar, means));
        checks.add(strongNo(bar, cards, names));
        checks.add(recommendations(cards));
        checks.addAll(Disagreements.check("people.disagreement.", "people-skills", cards, names,
                bar.disagreementBlocks() ? Severity.CAP : Severity.INFO));
        return checks;
    }

    static Checked scorecards(PeopleBar bar, List<Scorecard> cards) {
        int n = cards.size();
        int needed = bar.minimumScorecards();
        List<Input> inputs = List.of(new Input("scorecards", n + (n == 0 ? "" : " (" + String.join(", ",
                cards.stream().map(Scorecard::interviewer).toList()) + ")")), new Input("minimum", "" + needed));
        String title = "Scorecards in";
        if (n >= needed) {
            return Checked.of(SCORECARDS, title, inputs, RuleOutcome.PASS, scorecardCount(n) + " in; the policy needs "
                    + "at least " + needed + ".", Severity.CAP, null);
        }
        int more = needed - n;
        return Checked.of(SCORECARDS, title, inputs, RuleOutcome.MISSING, "Only " + scorecardCount(n) + " in; the "
                + "policy needs at least " + needed + ".", Severity.CAP, more + " more " + (more == 1 ? "scorecard"
                        : "scorecards") + " (" + n + " of " + needed + " in)");
    }

    private static String scorecardCount(int n) {
        return n + (n == 1 ? " scorecard is" : " scorecards are");
    }

    static Checked competency(PeopleBar bar, String competency, List<Scorecard> cards, UnaryOperator<String> names) {
        String id = "people.competency." + competency;
        String name = names.apply(competency);
        String title = TechnicalGate.capitalized(name);
        List<String> who = new ArrayList<>();
        cards.forEach(c -> {
            if (c.ratings().containsKey(competency)) {
                who.add(c.interviewer() + " " + c.ratings().get(competency));
            }
        });
        String minimum = Ratio.format(bar.competencyMinimum(), 1);
        if (who.isEmpty()) {
            return Checked.of(id, title, List.of(new Input("ratings", "none"), new Input("minimum", minimum)),
                    RuleOutcome.MISSING, sentence("nobody has rated " + name + " yet"), Severity.FLOOR,
                    "a rating of " + name);
        }
        Ratio mean = competencyMean(competency, cards);
        List<Input> inputs = List.of(new Input("ratings", String.join(", ", who)), new Input("mean", mean.format(1)),
                new Input("minimum", minimum));
        String clause = name + " is rated " + mean.format(1) + " on average by " + who.size() + (who.size() == 1
                ? " interviewer" : " interviewers");
        if (mean.atLeast(bar.competencyMinimum())) {
            return Checked.of(id, title, inputs, RuleOutcome.PASS, sentence(clause + ", at or above the minimum of "
                    + minimum), Severity.FLOOR, null);
        }
        String reason = clause + ", below the minimum of " + minimum;
        return Checked.of(id, title, inputs, RuleOutcome.FAIL, sentence(reason) + " The interviewers together "
                + "find a gap this role cannot have: No hire.", Severity.FLOOR, reason);
    }

    static Ratio competencyMean(String competency, List<Scorecard> cards) {
        return AreaScore.mean(cards.stream().map(c -> c.ratings().get(competency)).filter(r -> r != null).toList());
    }

    static Checked mean(PeopleBar bar, List<Ratio> means) {
        String hireMean = Ratio.format(bar.hireMean(), 1);
        String title = "People-skills mean";
        if (means.size() < bar.focus().size()) {
            return Checked.of(MEAN, title, List.of(new Input("hire bar", hireMean)), RuleOutcome.MISSING,
                    "The people-skills mean cannot be computed until every focus competency is rated.", Severity.CAP,
                    null);
        }
        Ratio total = means.stream().reduce(Ratio.ZERO, Ratio::plus).dividedBy(means.size());
        String shown = total.format(1);
        List<Input> inputs = List.of(new Input("people-skills mean", shown), new Input("focus competencies",
                String.valueOf(means.size())), new Input("hire bar", hireMean));
        String clause = "the people-skills mean " + shown + " (of " + means.size() + " focus competencies)";
        if (total.atLeast(bar.hireMean())) {
            String reason = clause + " is at or above the hire bar of " + hireMean;
            return Checked.of(MEAN, title, inputs, RuleOutcome.PASS, sentence(reason), Severity.CAP, reason);
        }
        String reason = clause + " is below the hire bar of " + hireMean;
        return Checked.of(MEAN, title, inputs, RuleOutcome.FAIL, sentence(reason) + " That is Review at best.",
                Severity.CAP, reason);
    }

    static Checked strongNo(PeopleBar bar, List<Scorecard> cards, UnaryOperator<String> names) {
        List<String> found = new ArrayList<>();
        for (Scorecard c : cards) {
            c.ratings().forEach((competency, r) -> {
                if (r == Rating.STRONG_NO) {
                    found.add(c.interviewer() + " on " + names.apply(competency));
                }
            });
            if (c.recommendation() == Recommendation.STRONG_NO_HIRE) {
                found.add(c.interviewer() + " overall (Strong no hire)");
            }
        }
        boolean blocks = bar.strongNoBlocks();
        Severity severity = blocks ? Severity.CAP : Severity.INFO;
        List<Input> inputs = List.of(new Input("Strong No", found.isEmpty() ? "none" : String.join(", ", found)),
                new Input("blocks a hire", blocks ? "yes" : "no"));
        String title = "Strong No";
        if (found.isEmpty()) {
            return Checked.of(STRONG_NO, title, inputs, blocks ? RuleOutcome.PASS : RuleOutcome.INFO,
                    "No interviewer gave a Strong No.", severity, null);
        }
        String reason = "a Strong No from " + String.join(", ", found);
        return Checked.of(STRONG_NO, title, inputs, blocks ? RuleOutcome.FAIL : RuleOutcome.INFO, sentence(reason)
                + (blocks ? " This policy lets a Strong No block a hire: Review at best."
                        : " This policy shows it but does not let it block a hire."), severity, reason);
    }

    static Checked recommendations(List<Scorecard> cards) {
        List<String> pro = new ArrayList<>();
        List<String> con = new ArrayList<>();
        List<String> none = new ArrayList<>();
        for (Scorecard c : cards) {
            String who = c.interviewer() + " (" + c.recommendation().label() + ")";
            (c.recommendation().isFor() ? pro : c.recommendation().isAgainst() ? con : none).add(who);
        }
        List<Input> inputs = List.of(new Input("for hire", list(pro)), new Input("against", list(con)),
                new Input("no recommendation", list(none)));
        String title = "Overall recommendations";
        if (pro.isEmpty() && con.isEmpty()) {
            return Checked.of(RECOMMENDATIONS, title, inputs, RuleOutcome.INFO, "No interviewer gave an overall "
                    + "recommendation; the ratings decide.", Severity.CAP, null);
        }
        String count = pro.size() + " for hire and " + con.size() + " against";
        if (pro.size() > con.size()) {
            return Checked.of(RECOMMENDATIONS, title, inputs, RuleOutcome.PASS, sentence("the overall "
                    + "recommendations are " + count + ": a majority for hire"), Severity.CAP, null);
        }
        String reason = pro.size() == con.size() ? "the overall recommendations are tied, " + count
                + ", and a tie is not a majority for hire"
                : "the overall recommendations are " + count + ", no majority for hire";
        return Checked.of(RECOMMENDATIONS, title, inputs, RuleOutcome.FAIL, sentence(reason) + " That is Review at "
                + "best.", Severity.CAP, reason);
    }

    private static String list(List<String> names) {
        return names.isEmpty() ? "none" : String.join(", ", names);
    }
}
