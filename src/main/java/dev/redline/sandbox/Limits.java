package dev.redline.sandbox;

/**
 * Limits for one step in a box: the compile step or one run.
 *
 * @param cpuTimeMs   CPU time (user + system, all threads) before the step is stopped
 * @param wallTimeMs  wall-clock time before the step is killed, whatever it is doing
 * @param memoryMb    memory of the box while the step runs (swap is not granted)
 * @param outputBytes stdout bytes kept; more is {@link RunStatus#OUTPUT_LIMIT}
 */
public record Limits(long cpuTimeMs, long wallTimeMs, int memoryMb, long outputBytes) {

    public static final Limits COMPILE_DEFAULT = new Limits(20_000, 40_000, 1024, 1 << 20);
    public static final Limits RUN_DEFAULT = new Limits(2_000, 6_000, 256, 8 << 20);

    public Limits {
        require(cpuTimeMs > 0 && cpuTimeMs <= 600_000, "CPU time must be between 1 ms and 10 minutes");
        require(wallTimeMs >= cpuTimeMs && wallTimeMs <= 1_200_000,
                "wall time must be at least the CPU time and at most 20 minutes");
        require(memoryMb >= 16 && memoryMb <= 8192, "memory must be between 16 MiB and 8 GiB");
        require(outputBytes >= 0 && outputBytes <= 256L << 20, "output limit must be between 0 and 256 MiB");
    }

    /** Wall time defaults to three times the CPU time plus a second: room for I/O, never forever. */
    public static Limits of(long cpuTimeMs, int memoryMb) {
        return new Limits(cpuTimeMs, cpuTimeMs * 3 + 1_000, memoryMb, RUN_DEFAULT.outputBytes());
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new SandboxException.BadRequest(message);
        }
    }
}
