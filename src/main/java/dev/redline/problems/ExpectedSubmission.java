package dev.redline.problems;

import java.nio.file.Path;

/**
 * A submission shipped in the package's submissions/ folder.
 *
 * @param path      the source file (or directory)
 * @param language  Redline's language id guessed from the file extension, or null when we do not run it
 * @param expected  the folder it sits in: accepted, wrong_answer, time_limit_exceeded, run_time_error,
 *                  slow_accepted (AC or TLE), partially_accepted (not AC, score > 0), ...
 */
public record ExpectedSubmission(Path path, String language, String expected) {
}
