package dev.redline.judging;

/** The platform could not judge (sandbox, validator or data failed): a JE, never the candidate's fault. */
final class JudgeFault extends Exception {
    JudgeFault(String message) {
        super(message);
    }
}
