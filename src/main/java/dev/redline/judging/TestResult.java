package dev.redline.judging;

/**
 * The result of one test case.
 *
 * @param name          the case's name, e.g. {@code secret/group1/03}
 * @param sample        whether it is a sample (its data may be shown to the candidate)
 * @param verdict       the verdict
 * @param timeMs        CPU time of the run
 * @param memoryKb      peak memory of the run
 * @param score         the case's score (accept/reject score, or the validator's score.txt)
 * @param judgeMessage  what the validator or sandbox said; for staff, never shown to candidates for hidden cases
 * @param output        the program's output (cut to {@link #OUTPUT_KEPT} characters) for samples and custom
 *                      input, which the candidate may see; always empty for hidden cases
 */
public record TestResult(String name, boolean sample, Verdict verdict, long timeMs, long memoryKb, double score,
        String judgeMessage, String output) {

    public static final int OUTPUT_KEPT = 64 << 10;

    static String keep(String output) {
        return output.length() > OUTPUT_KEPT ? output.substring(0, OUTPUT_KEPT) : output;
    }
}
