package dev.redline.sandbox;

/**
 * Limits of a whole box that do not change from run to run.
 *
 * @param pids           processes and threads in the box at once (fork bombs stop here)
 * @param workDirMb      size of the tmpfs work dir, the only writable place
 * @param fileSizeBytes  largest file a program may write (RLIMIT_FSIZE)
 * @param openFiles      open file descriptors per process (RLIMIT_NOFILE)
 * @param stderrBytes    stderr bytes kept per run; more is dropped and flagged
 * @param sourceBytes    total size of the files put into the box
 * @param cpus           CPUs the box may use at once
 */
public record BoxPolicy(int pids, int workDirMb, long fileSizeBytes, int openFiles, long stderrBytes,
        long sourceBytes, double cpus) {

    public static final BoxPolicy DEFAULT = new BoxPolicy(64, 256, 64L << 20, 64, 64 << 10, 128 << 10, 1.0);
}
