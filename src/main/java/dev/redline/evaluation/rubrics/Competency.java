package dev.redline.evaluation.rubrics;

import dev.redline.evaluation.policy.Rating;
import java.util.List;
import java.util.Map;

/**
 * A people-skills competency interviewers score, from {@code problems/competencies/<id>.yaml}.
 *
 * @param id        the file name without {@code .yaml}; scorecards, kits and policies refer to it
 * @param title     what reports and scorecards show, e.g. "Working with founders and peers"
 * @param summary   one or two sentences on what the competency covers
 * @param levels    the anchored scale: for each of the four ratings, what that level looks like in an
 *                  engineering leader; every rating present, in scale order
 * @param questions suggested interview questions, each with follow-up probes
 */
public record Competency(String id, String title, String summary, Map<Rating, String> levels,
        List<Question> questions) {

    /**
     * A suggested question and the follow-ups that get past the rehearsed answer.
     *
     * @param ask    the question as the interviewer asks it
     * @param probes follow-up questions
     */
    public record Question(String ask, List<String> probes) {
    }
}
