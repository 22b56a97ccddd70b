package dev.redline.web;

/**
 * The request is well formed but the state does not allow it now, e.g. a submit after the deadline.
 * Answered 409 with {@code error} as the headline a page shows and the message as the detail.
 */
public final class ConflictException extends RuntimeException {

    private final String error;

    public ConflictException(String error, String detail) {
        super(detail);
        this.error = error;
    }

    public String error() {
        return error;
    }
}
