package dev.redline.problems;

/**
 * Limits in effect for a problem.
 *
 * @param timeLimitMs        CPU time per test case
 * @param timeLimitDerived   true when no time limit was given and it was derived from the accepted submissions
 * @param memoryMb           memory per run
 * @param outputMb           output per run
 * @param codeKb             size of a submission
 * @param compilationTimeMs  compile time
 * @param validationTimeMs   time for the output validator per test case
 * @param validationMemoryMb memory for the output validator
 */
public record ProblemLimits(long timeLimitMs, boolean timeLimitDerived, int memoryMb, int outputMb, int codeKb,
        long compilationTimeMs, long validationTimeMs, int validationMemoryMb) {
}
