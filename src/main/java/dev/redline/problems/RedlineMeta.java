package dev.redline.problems;

import java.util.List;
import java.util.Map;

/**
 * Redline's own metadata for a problem, from {@code redline.yaml} beside problem.yaml (and, for a design
 * exercise, its interviewer guidance).
 *
 * @param kind              coding, bugfix or design
 * @param languages         language ids a candidate may use; empty for design
 * @param starter           starter code per language id (the file's content); required for bugfix
 * @param estimatedMinutes  how long a strong candidate needs; 0 when not known (a package without redline.yaml)
 * @param competencies      competency tags
 * @param summary           one line for lists
 * @param dimensions        what a design answer is scored on, in order; empty unless design
 * @param guidance          design only: the interviewer guidance ({@code guidance/guidance.en.md}, Markdown).
 *                          Staff only: it says what a strong answer contains, so it must never reach a
 *                          candidate ({@link ProblemView} does not carry it); null unless design
 */
public record RedlineMeta(Kind kind, List<String> languages, Map<String, String> starter, int estimatedMinutes,
        List<String> competencies, String summary, List<DesignDimension> dimensions, String guidance) {

    public enum Kind {
        CODING, BUGFIX, DESIGN
    }

    public RedlineMeta {
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
    }

    /** Metadata of a judged exercise (coding or bugfix): no dimensions, no guidance. */
    public RedlineMeta(Kind kind, List<String> languages, Map<String, String> starter, int estimatedMinutes,
            List<String> competencies, String summary) {
        this(kind, languages, starter, estimatedMinutes, competencies, summary, List.of(), null);
    }

    /** The same metadata with the design guidance set. */
    RedlineMeta withGuidance(String text) {
        return new RedlineMeta(kind, languages, starter, estimatedMinutes, competencies, summary, dimensions, text);
    }

    /** The same metadata with another one-line summary. */
    RedlineMeta withSummary(String text) {
        return new RedlineMeta(kind, languages, starter, estimatedMinutes, competencies, text, dimensions, guidance);
    }

    /** Whether submissions are judged: false for a design exercise, which interviewers score. */
    public boolean judged() {
        return kind != Kind.DESIGN;
    }

    /** Not the record default: that would print the staff-only guidance into any log line holding this. */
    @Override
    public String toString() {
        return "RedlineMeta[kind=" + kind + ", languages=" + languages + ", estimatedMinutes=" + estimatedMinutes
                + ", competencies=" + competencies + ", summary=" + summary + ", dimensions="
                + dimensions.stream().map(DesignDimension::id).toList() + ", guidance="
                + (guidance == null ? "none" : guidance.length() + " chars") + "]";
    }
}
