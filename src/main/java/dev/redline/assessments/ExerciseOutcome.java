package dev.redline.assessments;

/**
 * One line of the finish summary: the candidate's last submission for an exercise.
 * {@code verdict} and {@code score} are display text ("Accepted", "70 / 100"), or "not submitted".
 */
public record ExerciseOutcome(String title, String kind, String verdict, String score, int submissions,
        String language) {
}
