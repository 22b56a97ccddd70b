package dev.redline.sandbox;

/** Failures of a request to the sandbox, as opposed to outcomes of the program it runs. */
public sealed class SandboxException extends RuntimeException {

    SandboxException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The request cannot be served as asked: fix the request. */
    public static final class BadRequest extends SandboxException {
        public BadRequest(String message) {
            super(message, null);
        }
    }

    /** The language id is not one the sandbox has an image for. */
    public static final class UnknownLanguage extends SandboxException {
        public UnknownLanguage(String id, java.util.Collection<String> known) {
            super("unknown language '" + id + "'; available: " + String.join(", ", known.stream().sorted().toList())
                    + ". Build images with './redline images'.", null);
        }
    }

    /** The Docker engine failed or is unreachable: the platform's fault. */
    public static final class Unavailable extends SandboxException {
        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
