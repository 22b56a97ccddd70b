package dev.redline.problems;

import java.util.List;
import java.util.Map;

/**
 * Redline's own metadata for a problem, from {@code redline.yaml} beside problem.yaml.
 *
 * @param kind              coding or bugfix
 * @param languages         language ids a candidate may use
 * @param starter           starter code per language id (the file's content); required for bugfix
 * @param estimatedMinutes  how long a strong candidate needs
 * @param competencies      competency tags
 * @param summary           one line for lists
 */
public record RedlineMeta(Kind kind, List<String> languages, Map<String, String> starter, int estimatedMinutes,
        List<String> competencies, String summary) {

    public enum Kind {
        CODING, BUGFIX
    }
}
