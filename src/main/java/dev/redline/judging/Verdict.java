package dev.redline.judging;

import dev.redline.sandbox.RunStatus;

/**
 * The verdict on one test case or a whole submission. {@link #JE} is the platform's failure: it is
 * retried, and never shown to a candidate as theirs.
 */
public enum Verdict {
    AC("Accepted"),
    WA("Wrong answer"),
    TLE("Time limit exceeded"),
    MLE("Memory limit exceeded"),
    OLE("Output limit exceeded"),
    RTE("Run-time error"),
    CE("Compile error"),
    JE("Judge error");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean accepted() {
        return this == AC;
    }

    /** The verdict of a run the sandbox finished; OK still needs the output validator's word. */
    static Verdict of(RunStatus status) {
        return switch (status) {
            case OK -> AC;
            case TIME_LIMIT -> TLE;
            case MEMORY_LIMIT -> MLE;
            case OUTPUT_LIMIT -> OLE;
            case RUNTIME_ERROR -> RTE;
            case INTERNAL_ERROR -> JE;
        };
    }
}
