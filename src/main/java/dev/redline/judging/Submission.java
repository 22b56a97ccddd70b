package dev.redline.judging;

import java.nio.charset.StandardCharsets;

/**
 * What is judged: source code in a language, and for a run on the candidate's own input, that
 * input (null otherwise). Self-contained data, like a job.
 */
public record Submission(String language, String source, String customInput) {

    public Submission(String language, String source) {
        this(language, source, null);
    }

    public int sizeBytes() {
        return source.getBytes(StandardCharsets.UTF_8).length;
    }
}
