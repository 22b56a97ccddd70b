package dev.redline.evaluation.rubrics;

import java.util.List;

/**
 * The interviews run for one role template, from {@code problems/kits/<role-template-id>.yaml}.
 *
 * @param roleTemplate the role template's id (the file name), e.g. {@code cto}
 * @param title        what staff pages show
 * @param summary      one line on the kit's intent; may be empty
 * @param interviews   in the order they are usually run
 */
public record InterviewKit(String roleTemplate, String title, String summary, List<Interview> interviews) {

    /**
     * One interview of a kit.
     *
     * @param id              unique within the kit
     * @param title           what the interviewer's schedule shows
     * @param minutes         its length
     * @param focus           the competencies this interview scores (2 or 3 competency ids)
     * @param designExercises the design exercises whose answers the interviewers of this interview
     *                        discuss and score, by problem id; often empty
     * @param brief           what the interviewer does in it, for their preparation; may be empty
     */
    public record Interview(String id, String title, int minutes, List<String> focus, List<String> designExercises,
            String brief) {
    }
}
