package dev.redline.evaluation.policy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One submitted scorecard: people-skills competency ratings (ids such as {@code people-management}) or,
 * for a design review, the design dimensions (such as {@code architecture}). Ratings are kept sorted by
 * id so that everything derived reads the same whatever order they arrived in.
 *
 * @param interviewer who, as explanations show it; unique within the evidence, so an interviewer who ran
 *                    two interviews gives two labels, e.g. "Ana (crisis)" and "Ana (organisation)"
 */
public record Scorecard(String interviewer, Map<String, Rating> ratings, Recommendation recommendation) {

    public Scorecard {
        Objects.requireNonNull(interviewer, "interviewer");
        Objects.requireNonNull(recommendation, "recommendation: use NONE for an explicit no recommendation");
        ratings = Collections.unmodifiableMap(new TreeMap<>(ratings));
    }

    /** A design review: dimension ratings only; an overall recommendation belongs to people scorecards. */
    public static Scorecard design(String interviewer, Map<String, Rating> dimensions) {
        return new Scorecard(interviewer, dimensions, Recommendation.NONE);
    }
}
