package dev.redline.judging;

/** A submission that cannot be judged as sent (language not allowed, source too large): fix and resend. */
public final class SubmissionRejected extends RuntimeException {

    public enum Reason {
        LANGUAGE_NOT_ALLOWED, TOO_LARGE, EMPTY
    }

    private final Reason reason;

    public SubmissionRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
