package dev.redline.sandbox;

/** What happened to one run. {@link #INTERNAL_ERROR} is always the platform's fault, never the program's. */
public enum RunStatus {
    OK, TIME_LIMIT, MEMORY_LIMIT, OUTPUT_LIMIT, RUNTIME_ERROR, INTERNAL_ERROR
}
