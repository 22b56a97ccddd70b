package dev.redline.judging;

import dev.redline.sandbox.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What is judged: source code in a language, and for a run on the candidate's own input, that
 * input (null otherwise). Self-contained data, like a job.
 *
 * @param source      the entry point's source (a single-file submission's whole source)
 * @param otherFiles  the other files of a package submission folder (more sources, headers), under their
 *                    own names; empty for a candidate's submission
 */
public record Submission(String language, String source, String customInput, List<SourceFile> otherFiles) {

    public Submission {
        otherFiles = List.copyOf(otherFiles);
    }

    public Submission(String language, String source, String customInput) {
        this(language, source, customInput, List.of());
    }

    public Submission(String language, String source) {
        this(language, source, null);
    }

    public int sizeBytes() {
        return source.getBytes(StandardCharsets.UTF_8).length
                + otherFiles.stream().mapToInt(f -> f.content().length).sum();
    }
}
