package dev.redline.judging;

/** Why code is judged; decides the queue priority (lower runs first). */
public enum Purpose {
    /** "Run on samples": the candidate is waiting with the page open. */
    SAMPLES(0),
    /** "Run on my input": no validation, the output is shown. */
    CUSTOM(0),
    /** A real submission. */
    SUBMIT(1),
    /** Judged again after the problem's tests changed. */
    REJUDGE(2);

    private final int priority;

    Purpose(int priority) {
        this.priority = priority;
    }

    public int priority() {
        return priority;
    }
}
