package dev.redline.judging;

import java.util.ArrayList;
import java.util.List;

/**
 * A submission as its author may see it. Hidden test cases show verdict, time and memory only:
 * never their name, data, expected answer, output or the validator's message.
 */
public record SubmissionView(String id, String problemId, String language, String purpose, String status,
        String verdict, String verdictLabel, Double score, Double maxScore, String compileOutput, List<TestView> tests,
        long createdAt) {

    /**
     * One test as shown. For hidden cases {@code name} is "hidden N" and {@code group} the test
     * group; {@code output} and {@code message} are only filled for samples and custom input.
     */
    public record TestView(String name, String group, boolean sample, String verdict, long timeMs, long memoryKb,
            String output, String message) {
    }

    public static SubmissionView of(StoredSubmission s) {
        Judgement j = s.judgement();
        boolean judged = s.status() == StoredSubmission.Status.JUDGED && j != null;
        return new SubmissionView(s.id(), s.problemId(), s.submission().language(), s.purpose().name(),
                s.status().name(), judged ? j.verdict().name() : null, judged ? j.verdict().label() : null,
                judged ? j.score() : null, judged ? j.maxScore() : null, judged ? j.compileOutput() : null,
                judged ? tests(j.tests()) : List.of(), s.createdAt());
    }

    static List<TestView> tests(List<TestResult> results) {
        List<TestView> views = new ArrayList<>();
        int hidden = 0;
        for (TestResult t : results) {
            if (t.sample()) {
                views.add(new TestView(t.name(), "sample", true, t.verdict().name(), t.timeMs(), t.memoryKb(),
                        t.output(), t.judgeMessage()));
            } else {
                hidden++;
                views.add(new TestView("hidden " + hidden, group(t.name()), false, t.verdict().name(), t.timeMs(),
                        t.memoryKb(), null, null));
            }
        }
        return views;
    }

    private static String group(String caseName) {
        int slash = caseName.lastIndexOf('/');
        return slash < 0 ? "secret" : caseName.substring(0, slash);
    }
}
