package dev.redline.problems;

/**
 * How a test group is scored (legacy testdata.yaml grading/grader_flags/accept_score/reject_score/
 * on_reject, current test_group.yaml scoring).
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
