package dev.redline.sandbox;

/**
 * The outcome of the compile step.
 *
 * @param output the compiler's messages (stdout and stderr), or the cause of an internal error
 */
public record CompileResult(CompileStatus status, String output, long cpuMs, long wallMs) {

    public boolean ok() {
        return status == CompileStatus.OK;
    }

    public static CompileResult internalError(String cause) {
        return new CompileResult(CompileStatus.INTERNAL_ERROR, cause, 0, 0);
    }
}
