package dev.redline.judging;

/**
 * Whether a verdict is what a package's submissions/ folder promises (Kattis semantics). Pure code.
 */
public final class Expectation {

    private Expectation() {
    }

    /**
     * @param expected the folder name: accepted, wrong_answer, time_limit_exceeded, run_time_error,
     *                 memory_limit_exceeded, output_limit_exceeded, compile_error, slow_accepted,
     *                 partially_accepted, rejected
     * @return whether {@code got} (with {@code score}) fulfils it; a judge error never does
     */
    public static boolean met(String expected, Verdict got, double score) {
        if (got == Verdict.JE) {
            return false;
        }
        return switch (expected) {
            case "accepted" -> got == Verdict.AC;
            case "wrong_answer" -> got == Verdict.WA;
            case "time_limit_exceeded" -> got == Verdict.TLE;
            case "run_time_error" -> got == Verdict.RTE;
            case "memory_limit_exceeded" -> got == Verdict.MLE;
            case "output_limit_exceeded" -> got == Verdict.OLE;
            case "compile_error" -> got == Verdict.CE;
            case "slow_accepted" -> got == Verdict.AC || got == Verdict.TLE;
            case "partially_accepted" -> got != Verdict.AC && score > 0;
            case "rejected" -> got != Verdict.AC;
            default -> false;
        };
    }

    /** Folders whose expectation Redline knows; others are reported as unknown. */
    public static boolean known(String expected) {
        return switch (expected) {
            case "accepted", "wrong_answer", "time_limit_exceeded", "run_time_error", "memory_limit_exceeded",
                    "output_limit_exceeded", "compile_error", "slow_accepted", "partially_accepted", "rejected" -> true;
            default -> false;
        };
    }
}
