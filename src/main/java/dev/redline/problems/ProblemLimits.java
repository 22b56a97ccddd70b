package dev.redline.problems;

/**
 * Limits in effect for a problem: what problem.yaml asks for, with Redline's defaults where it asks
 * nothing and Redline's caps where it asks too much (the loader warns when it caps).
 *
 * <p>The time limit: when problem.yaml gives {@code limits.time_limit} it is used as is
 * ({@code timeLimitDerived} false). Otherwise {@code timeLimitMs} is 0 and {@code timeLimitDerived} is
 * true: the judging package derives it by running the accepted submissions, as the spec says: the
 * smallest multiple of {@code timeResolutionMs} that is at least the slowest accepted run times
 * {@code acToTimeLimit} and (when there are time_limit_exceeded submissions) at most their fastest
 * run divided by {@code timeLimitToTle}.
 *
 * @param timeLimitMs        CPU time per test case; 0 = to be derived from the accepted submissions
 * @param timeLimitDerived   true when no time limit was given and it is (to be) derived from the accepted
 *                           submissions
 * @param memoryMb           memory per run
 * @param outputMb           output per run
 * @param codeKb             size of a submission
 * @param compilationTimeMs  compile time
 * @param validationTimeMs   time for the output validator per test case
 * @param validationMemoryMb memory for the output validator
 * @param acToTimeLimit      safety factor from the slowest accepted run to the time limit: current
 *                           {@code time_multipliers.ac_to_time_limit} (default 2.0), legacy
 *                           {@code time_multiplier} (default 5)
 * @param timeLimitToTle     factor from the time limit to the fastest time_limit_exceeded run: current
 *                           {@code time_multipliers.time_limit_to_tle} (default 1.5), legacy
 *                           {@code time_safety_margin} (default 2)
 * @param timeResolutionMs   a derived time limit is a multiple of this ({@code time_resolution}, default 1 s)
 */
public record ProblemLimits(long timeLimitMs, boolean timeLimitDerived, int memoryMb, int outputMb, int codeKb,
        long compilationTimeMs, long validationTimeMs, int validationMemoryMb, double acToTimeLimit,
        double timeLimitToTle, long timeResolutionMs) {

    /** Default {@code ac_to_time_limit} of the current format. */
    public static final double AC_TO_TIME_LIMIT = 2.0;
    /** Default {@code time_limit_to_tle} of the current format. */
    public static final double TIME_LIMIT_TO_TLE = 1.5;

    /** The original eight limits, with the current format's default multipliers and a 1 s resolution. */
    public ProblemLimits(long timeLimitMs, boolean timeLimitDerived, int memoryMb, int outputMb, int codeKb,
            long compilationTimeMs, long validationTimeMs, int validationMemoryMb) {
        this(timeLimitMs, timeLimitDerived, memoryMb, outputMb, codeKb, compilationTimeMs, validationTimeMs,
                validationMemoryMb, AC_TO_TIME_LIMIT, TIME_LIMIT_TO_TLE, 1_000);
    }

    /** The same limits with a time limit found by the judge (from the accepted submissions). */
    public ProblemLimits withDerivedTimeLimit(long derivedMs) {
        return new ProblemLimits(derivedMs, true, memoryMb, outputMb, codeKb, compilationTimeMs, validationTimeMs,
                validationMemoryMb, acToTimeLimit, timeLimitToTle, timeResolutionMs);
    }
}
