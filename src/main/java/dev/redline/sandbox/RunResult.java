package dev.redline.sandbox;

/**
 * The outcome of one run of a program on one input.
 *
 * @param exitCode  exit code, or {@code null} when the process was killed by a signal
 * @param signal    the signal that ended the process, or {@code null}
 * @param memoryKb  peak resident memory of the run
 * @param detail    why the status was given, e.g. {@code wall}, {@code cpu}, {@code oom-kill}, or the
 *                  cause of an internal error; empty for plain outcomes
 */
public record RunResult(RunStatus status, Integer exitCode, Integer signal, long cpuMs, long wallMs, long memoryKb,
        String stdout, String stderr, boolean stdoutTruncated, boolean stderrTruncated, String detail) {

    public static RunResult internalError(String cause) {
        return new RunResult(RunStatus.INTERNAL_ERROR, null, null, 0, 0, 0, "", "", false, false, cause);
    }
}
