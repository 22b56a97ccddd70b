package dev.redline.cli;

/** The command line is wrong; the message says how to call it right. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
