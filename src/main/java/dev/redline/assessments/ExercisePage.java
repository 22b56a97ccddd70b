package dev.redline.assessments;

import dev.redline.problems.ProblemView;
import java.util.List;

/**
 * The exercise page. {@code statementHtml} is rendered on the server from the package's Markdown
 * with raw HTML escaped; {@code configJson} is what the page's script needs (languages, starter code,
 * the deadline), handed over in a data attribute because the CSP allows no inline script.
 * {@code previous} and {@code next} are null at the ends.
 */
public record ExercisePage(CandidateView attempt, ExerciseLink exercise, String statementHtml,
        List<ProblemView.Sample> samples, long timeLimitMs, int memoryMb, String configJson, ExerciseLink previous,
        ExerciseLink next) {
}
