package dev.redline.judging;

import java.util.List;

/**
 * The result of a test group.
 *
 * @param verdict  the first failure among its cases and subgroups in judging order, else AC
 * @param judged   false when judging stopped before the group was reached
 */
public record GroupResult(String name, Verdict verdict, double score, double maxScore, boolean judged,
        List<TestResult> tests, List<GroupResult> groups) {
}
