package dev.redline.problems;

/**
 * How a test group is scored (legacy testdata.yaml grading/grader_flags/accept_score/reject_score/
 * on_reject, current test_group.yaml scoring).
 *
 * <p>How the loader fills it (details in {@code LegacyGroups} and {@code CurrentGroups}):
 * <ul>
 * <li>Pass-fail problems, and samples always: {@link #PASS_FAIL}.</li>
 * <li>Legacy scoring: aggregation from grader_flags (sum default, min), passFail false, maxScore null
 *     (legacy declares none: the score is the plain aggregate), accept/reject scores from the file in
 *     effect (defaults 1 and 0), stopOnReject from on_reject (break default).</li>
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
 */
public record GroupScoring(Aggregation aggregation, boolean passFail, Double maxScore, double acceptScore,
        double rejectScore, boolean stopOnReject) {

    public enum Aggregation {
        SUM, MIN
    }

    public static final GroupScoring PASS_FAIL = new GroupScoring(Aggregation.SUM, true, null, 1, 0, true);
}
