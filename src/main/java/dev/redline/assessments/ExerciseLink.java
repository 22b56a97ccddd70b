package dev.redline.assessments;

/** One exercise of an attempt as the candidate's pages list it; {@code position} counts from 1. */
public record ExerciseLink(String id, String title, String kind, int estimatedMinutes, int position, String href) {
}
