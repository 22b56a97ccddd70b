package dev.redline.judging;

import dev.redline.problems.Problem;

/**
 * A submission that cannot be judged as sent (language not allowed, source too large): fix and resend;
 * or one sent to a system-design exercise, where nothing is judged.
 */
public final class SubmissionRejected extends RuntimeException {

    public enum Reason {
        LANGUAGE_NOT_ALLOWED, TOO_LARGE, EMPTY
    }

    private final Reason reason;

    public SubmissionRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /**
     * Code sent to a system-design exercise. Its reason is {@link Reason#LANGUAGE_NOT_ALLOWED}, which is
     * literally true (a design exercise allows no language) and keeps the API's answer a 400 "submission
     * rejected" without a reason of its own.
     */
    public static SubmissionRejected notJudged(Problem problem) {
        return new SubmissionRejected(Reason.LANGUAGE_NOT_ALLOWED, problem.id() + " (" + problem.name() + ") is a"
                + " system-design exercise: the candidate answers it with a design document that interviewers"
                + " score, so no code is submitted or judged");
    }

    public Reason reason() {
        return reason;
    }
}
