package dev.redline.problems;

import java.util.List;

/**
 * How a test group is scored (legacy testdata.yaml grading/grader_flags/accept_score/reject_score/
 * on_reject, current test_group.yaml scoring).
 *
 * <p>How the loader fills it (details in {@code LegacyGroups} and {@code CurrentGroups}):
 * <ul>
 * <li>Pass-fail problems, and samples always: {@link #PASS_FAIL} (a legacy pass-fail group keeps its
 *     verdict flag).</li>
 * <li>Legacy scoring: aggregation from grader_flags (sum default, min, avg, max), passFail false,
 *     maxScore null (legacy declares none: the score is the plain aggregate), accept/reject scores from
 *     the file in effect (defaults 1 and 0), stopOnReject from on_reject (break default), verdict from
 *     grader_flags (always_accept, accept_if_any_accepted; else the first error).</li>
 * <li>Current scoring: score_aggregation (2025-09) or scoring.aggregation (2023-07-draft); default sum
 *     for secret and pass-fail for its groups. pass-fail gives passFail true. maxScore is max_score /
 *     scoring.score (secret defaults to 100; draft groups without one share what their parent has
 *     left), null when unbounded. acceptScore is what one accepted case is worth: maxScore / cases
 *     under sum, maxScore under min, 0 when unbounded (the validator's score.txt decides); rejectScore
 *     0; stopOnReject false for sum, true otherwise.</li>
 * </ul>
 *
 * @param aggregation   how children's scores combine
 * @param passFail      true when the group counts only as all-accepted or not (its first failure ends it)
 * @param maxScore      the group's full score (its {@code score}/{@code max_score}); null when not given
 * @param acceptScore   score of an accepted test case (legacy accept_score, default 1)
 * @param rejectScore   score of a rejected test case (legacy reject_score, default 0)
 * @param stopOnReject  legacy on_reject: break (true, the default) or continue
 * @param verdictRule   how children's verdicts make the group's (legacy grader_flags)
 */
public record GroupScoring(Aggregation aggregation, boolean passFail, Double maxScore, double acceptScore,
        double rejectScore, boolean stopOnReject, VerdictRule verdictRule) {

    /** The score modes of problemtools' default grader. */
    public enum Aggregation {
        SUM, MIN, AVG, MAX;

        /** The aggregate of {@code values}; 0 when there are none. */
        public double apply(List<Double> values) {
            if (values.isEmpty()) {
                return 0;
            }
            var stats = values.stream().mapToDouble(Double::doubleValue).summaryStatistics();
            return switch (this) {
                case SUM -> stats.getSum();
                case MIN -> stats.getMin();
                case MAX -> stats.getMax();
                case AVG -> stats.getAverage();
            };
        }
    }

    /**
     * The verdict modes of problemtools' default grader that change whether a group is accepted
     * (worst_error and first_error only pick which error is shown: Redline always shows the first).
     */
    public enum VerdictRule {
        /** Accepted only when every child is (the default). */
        ALL_ACCEPTED,
        /** {@code accept_if_any_accepted}: accepted when at least one child is. */
        ANY_ACCEPTED,
        /** {@code always_accept}: accepted whatever its children got. */
        ALWAYS
    }

    public GroupScoring {
        java.util.Objects.requireNonNull(verdictRule, "verdictRule");
    }

    public GroupScoring(Aggregation aggregation, boolean passFail, Double maxScore, double acceptScore,
            double rejectScore, boolean stopOnReject) {
        this(aggregation, passFail, maxScore, acceptScore, rejectScore, stopOnReject, VerdictRule.ALL_ACCEPTED);
    }

    public static final GroupScoring PASS_FAIL = new GroupScoring(Aggregation.SUM, true, null, 1, 0, true);

    public GroupScoring withVerdictRule(VerdictRule rule) {
        return new GroupScoring(aggregation, passFail, maxScore, acceptScore, rejectScore, stopOnReject, rule);
    }
}
