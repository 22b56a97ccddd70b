package dev.redline.judging;

import java.util.ArrayList;
import java.util.List;

/**
 * A submission as its author may see it. Hidden test cases show the verdict and a coarse time only:
 * never their name, data, expected answer, output, the validator's message or the memory used. A
 * program can turn what it read into memory (allocate ord(input[0]) MiB) or time, so an exact figure
 * would spell out the hidden input; the time is cut to {@link #HIDDEN_TIME_STEP_MS} and the memory
 * left out. Only {@link #exact} (for admins) shows both as measured.
 */
public record SubmissionView(String id, String problemId, String language, String purpose, String status,
        String verdict, String verdictLabel, Double score, Double maxScore, String compileOutput, List<TestView> tests,
        long createdAt) {

    /** The resolution of a hidden case's time as shown: rounded to the nearest multiple. */
    public static final long HIDDEN_TIME_STEP_MS = 100;

    /**
     * One test as shown. For hidden cases {@code name} is "hidden N", {@code group} the test group,
     * {@code timeMs} rounded to {@link #HIDDEN_TIME_STEP_MS} and {@code memoryKb} null;
     * {@code output} and {@code message} are only filled for samples and custom input.
     */
    public record TestView(String name, String group, boolean sample, String verdict, long timeMs, Long memoryKb,
            String output, String message) {
    }

    /** The view for candidates and staff who are not admins. */
    public static SubmissionView of(StoredSubmission s) {
        return of(s, false);
    }

    /** The view for admins: hidden cases still anonymous, but with time and memory as measured. */
    public static SubmissionView exact(StoredSubmission s) {
        return of(s, true);
    }

    private static SubmissionView of(StoredSubmission s, boolean exact) {
        Judgement j = s.judgement();
        boolean judged = s.status() == StoredSubmission.Status.JUDGED && j != null;
        return new SubmissionView(s.id(), s.problemId(), s.submission().language(), s.purpose().name(),
                s.status().name(), judged ? j.verdict().name() : null, judged ? j.verdict().label() : null,
                judged ? j.score() : null, judged ? j.maxScore() : null, judged ? j.compileOutput() : null,
                judged ? tests(j.tests(), exact) : List.of(), s.createdAt());
    }

    static List<TestView> tests(List<TestResult> results) {
        return tests(results, false);
    }

    private static List<TestView> tests(List<TestResult> results, boolean exact) {
        List<TestView> views = new ArrayList<>();
        int hidden = 0;
        for (TestResult t : results) {
            if (t.sample()) {
                views.add(new TestView(t.name(), "sample", true, t.verdict().name(), t.timeMs(), t.memoryKb(),
                        t.output(), t.judgeMessage()));
            } else {
                hidden++;
                views.add(new TestView("hidden " + hidden, group(t.name()), false, t.verdict().name(),
                        exact ? t.timeMs() : coarse(t.timeMs()), exact ? t.memoryKb() : null, null, null));
            }
        }
        return views;
    }

    static long coarse(long timeMs) {
        return Math.round(timeMs / (double) HIDDEN_TIME_STEP_MS) * HIDDEN_TIME_STEP_MS;
    }

    private static String group(String caseName) {
        int slash = caseName.lastIndexOf('/');
        return slash < 0 ? "secret" : caseName.substring(0, slash);
    }
}
