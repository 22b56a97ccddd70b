package dev.redline.assessments;

import java.util.List;

/**
 * The exercise page. {@code statementHtml} is rendered on the server from the package's Markdown
 * with raw HTML escaped; {@code configJson} is what the page's script needs (languages, starter code,
 * the deadline), handed over in a data attribute because the CSP allows no inline script.
 * {@code previous} and {@code next} are null at the ends. {@code interactive}: the program talks with the
 * package's validator, so samples are dialogues and there is no run on the candidate's own input.
 */
public record ExercisePage(CandidateView attempt, ExerciseLink exercise, String statementHtml,
        List<ExerciseSample> samples, boolean interactive, long timeLimitMs, int memoryMb, String configJson, ExerciseLink previous,
        ExerciseLink next) {

    /** Why there is no run on the candidate's own input, for an interactive exercise; null otherwise. */
    public String ownInputRefusal() {
        return interactive ? CandidateService.NO_OWN_INPUT : null;
    }
}
