package dev.redline.judging;

import java.util.List;

/**
 * The complete result of judging one submission.
 *
 * @param verdict        the first failure in judging order (Kattis semantics), AC when none, CE, or JE
 * @param score          points from the secret groups (for pass-fail problems: all or nothing)
 * @param maxScore       the most points possible
 * @param compileOutput  the compiler's messages
 * @param tests          every judged test case in judging order
 * @param groups         the sample group and the secret group tree
 * @param judgeError     why judging failed (JE), for staff; null otherwise
 */
public record Judgement(Verdict verdict, double score, double maxScore, String compileOutput, List<TestResult> tests,
        List<GroupResult> groups, String judgeError) {

    public long maxTimeMs() {
        return tests.stream().mapToLong(TestResult::timeMs).max().orElse(0);
    }

    static Judgement compileError(String output) {
        return new Judgement(Verdict.CE, 0, 0, output, List.of(), List.of(), null);
    }

    static Judgement judgeError(String cause, String compileOutput, List<TestResult> tests) {
        return new Judgement(Verdict.JE, 0, 0, compileOutput, tests, List.of(), cause);
    }
}
