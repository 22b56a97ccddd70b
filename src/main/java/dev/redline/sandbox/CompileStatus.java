package dev.redline.sandbox;

/** What happened to the compile step. {@link #INTERNAL_ERROR} is always the platform's fault. */
public enum CompileStatus {
    OK, COMPILE_ERROR, COMPILE_TIME_LIMIT, INTERNAL_ERROR
}
