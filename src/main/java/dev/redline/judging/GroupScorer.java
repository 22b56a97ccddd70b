package dev.redline.judging;

import dev.redline.problems.GroupScoring;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Scores a test group tree from its case results. Pure code.
 *
 * <p>A case scores its accept score when accepted (or the validator's score when it gave one) and
 * its reject score otherwise; a case never judged (judging stopped first) counts as rejected. A
 * group aggregates its cases and subgroups by sum, min, max or avg (avg over what was judged, as
 * problemtools' default grader sees only the cases that ran). A group is accepted when all its children
 * are, or as its verdict rule says (any accepted child; always). A pass-fail group scores its full score
 * only when it is accepted. A group with a declared score scales its aggregate to it.
 */
public final class GroupScorer {

    private GroupScorer() {
    }

    public static GroupResult score(TestGroup group, Map<String, TestResult> results) {
        GroupScoring s = group.scoring();
        // problemtools averages what was run: a case that on_reject: break skipped is not a zero there
        boolean onlyJudged = s.aggregation() == GroupScoring.Aggregation.AVG;
        List<TestResult> tests = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> maxima = new ArrayList<>();
        Verdict firstError = null;
        boolean anyAccepted = false;
        boolean judged = false;
        for (TestCase c : group.cases()) {
            TestResult r = results.get(c.name());
            maxima.add(s.acceptScore());
            if (r == null) {
                if (!onlyJudged) {
                    scores.add(s.rejectScore());
                }
                firstError = firstError == null ? Verdict.WA : firstError;
                continue;
            }
            judged = true;
            tests.add(r);
            scores.add(r.verdict().accepted() ? r.score() : s.rejectScore());
            anyAccepted |= r.verdict().accepted();
            if (firstError == null && !r.verdict().accepted()) {
                firstError = r.verdict();
            }
        }
        List<GroupResult> subgroups = new ArrayList<>();
        for (TestGroup g : group.groups()) {
            GroupResult sub = score(g, results);
            subgroups.add(sub);
            if (sub.judged() || !onlyJudged) {
                scores.add(sub.score());
            }
            maxima.add(sub.maxScore());
            judged |= sub.judged();
            anyAccepted |= sub.judged() && sub.verdict().accepted();
            if (firstError == null && !sub.verdict().accepted()) {
                firstError = sub.verdict();
            }
        }
        double raw = s.aggregation().apply(scores);
        double rawMax = s.aggregation().apply(maxima);
        double max = s.maxScore() != null ? s.maxScore() : rawMax;
        boolean accepted = switch (s.verdictRule()) {
            case ALL_ACCEPTED -> firstError == null;
            case ANY_ACCEPTED -> firstError == null || anyAccepted;
            case ALWAYS -> true;
        };
        double score;
        if (s.passFail()) {
            score = accepted ? max : 0;
        } else if (s.maxScore() != null) {
            score = rawMax > 0 ? max * raw / rawMax : 0;
        } else {
            score = raw;
        }
        return new GroupResult(group.name(), accepted ? Verdict.AC : firstError, round(score), round(max), judged,
                tests, subgroups);
    }

    /** Scores are shown and compared; six decimals keep sums of thirds stable. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
