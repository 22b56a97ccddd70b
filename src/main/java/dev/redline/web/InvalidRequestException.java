package dev.redline.web;

/** The request cannot be done as sent; the message says what to change. Answered 400. */
public final class InvalidRequestException extends RuntimeException {

    public InvalidRequestException(String message) {
        super(message);
    }
}
