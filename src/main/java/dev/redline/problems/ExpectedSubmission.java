package dev.redline.problems;

import java.nio.file.Path;
import java.util.List;

/**
 * A submission shipped in the package's submissions/ folder.
 *
 * @param path      the source file (or directory)
 * @param language  Redline's language id guessed from the file extension, or null when we do not run it
 * @param expected  the folder it sits in: accepted, wrong_answer, time_limit_exceeded, run_time_error,
 *                  slow_accepted (AC or TLE), partially_accepted (not AC, score > 0), ...
 * @param rules     what submissions/submissions.yaml expects of it (every matching entry); when empty, the
 *                  folder name says what is expected
 */
public record ExpectedSubmission(Path path, String language, String expected, List<SubmissionRule> rules) {

    public ExpectedSubmission {
        rules = List.copyOf(rules);
    }

    public ExpectedSubmission(Path path, String language, String expected) {
        this(path, language, expected, List.of());
    }
}
