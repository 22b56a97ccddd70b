package dev.redline.judging;

import dev.redline.problems.GroupScoring;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Scores a test group tree from its case results. Pure code.
 *
 * <p>A case scores its accept score when accepted (or the validator's score when it gave one) and
 * its reject score otherwise; a case never judged (judging stopped first) counts as rejected. A
 * group aggregates its cases and subgroups by sum or min. A pass-fail group scores its full score
 * only when everything in it is accepted. A group with a declared score scales its aggregate to it.
 */
public final class GroupScorer {

    private GroupScorer() {
    }

    public static GroupResult score(TestGroup group, Map<String, TestResult> results) {
        GroupScoring s = group.scoring();
        List<TestResult> tests = new ArrayList<>();
        List<Double> scores = new ArrayList<>();
        List<Double> maxima = new ArrayList<>();
        Verdict verdict = null;
        boolean judged = false;
        for (TestCase c : group.cases()) {
            TestResult r = results.get(c.name());
            maxima.add(s.acceptScore());
            if (r == null) {
                scores.add(s.rejectScore());
                verdict = verdict == null ? Verdict.WA : verdict;
                continue;
            }
            judged = true;
            tests.add(r);
            scores.add(r.verdict().accepted() ? r.score() : s.rejectScore());
            if (verdict == null && !r.verdict().accepted()) {
                verdict = r.verdict();
            }
        }
        List<GroupResult> subgroups = new ArrayList<>();
        for (TestGroup g : group.groups()) {
            GroupResult sub = score(g, results);
            subgroups.add(sub);
            scores.add(sub.score());
            maxima.add(sub.maxScore());
            judged |= sub.judged();
            if (verdict == null && !sub.verdict().accepted()) {
                verdict = sub.verdict();
            }
        }
        DoubleBinaryOperator op = s.aggregation() == GroupScoring.Aggregation.MIN ? Math::min : Double::sum;
        double raw = aggregate(scores, op);
        double rawMax = aggregate(maxima, op);
        double max = s.maxScore() != null ? s.maxScore() : rawMax;
        boolean allAccepted = verdict == null;
        double score;
        if (s.passFail()) {
            score = allAccepted ? max : 0;
        } else if (s.maxScore() != null) {
            score = rawMax > 0 ? max * raw / rawMax : 0;
        } else {
            score = raw;
        }
        return new GroupResult(group.name(), allAccepted ? Verdict.AC : verdict, round(score), round(max), judged,
                tests, subgroups);
    }

    private static double aggregate(List<Double> values, DoubleBinaryOperator op) {
        if (values.isEmpty()) {
            return 0;
        }
        double acc = values.get(0);
        for (int i = 1; i < values.size(); i++) {
            acc = op.applyAsDouble(acc, values.get(i));
        }
        return acc;
    }

    /** Scores are shown and compared; six decimals keep sums of thirds stable. */
    static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
