package dev.redline.evaluation.policy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the policy decides from: the coding and bug-fix exercises of the assessment, the design reviews
 * and the people-skills scorecards submitted so far. Scorecards are sorted by interviewer, so a
 * decision does not depend on the order the database returned them in.
 *
 * @param names how sentences name competencies and design dimensions (from the rubric files), e.g.
 *              {@code people-management} = "People management"; an id without a name reads as itself
 */
public record Evidence(List<ExerciseScore> exercises, List<Scorecard> designReviews, List<Scorecard> scorecards,
        Map<String, String> names) {

    public Evidence {
        exercises = List.copyOf(exercises);
        designReviews = sorted(designReviews);
        scorecards = sorted(scorecards);
        names = Map.copyOf(names);
        unique(exercises, ExerciseScore::exercise, "exercise");
        unique(designReviews, Scorecard::interviewer, "design review by");
        unique(scorecards, Scorecard::interviewer, "scorecard by");
    }

    public Evidence(List<ExerciseScore> exercises, List<Scorecard> designReviews, List<Scorecard> scorecards) {
        this(exercises, designReviews, scorecards, Map.of());
    }

    /** The name of a competency or design dimension for sentences. */
    public String name(String id) {
        return names.getOrDefault(id, id);
    }

    private static List<Scorecard> sorted(List<Scorecard> cards) {
        return cards.stream().sorted(Comparator.comparing(Scorecard::interviewer)).toList();
    }

    // Two cards under one label would be indistinguishable in every explanation.
    private static <T> void unique(List<T> items, Function<T, String> key, String what) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            if (!seen.add(key.apply(item))) {
                throw new IllegalArgumentException("more than one " + what + " " + key.apply(item)
                        + ": label each card of one interviewer with its interview, e.g. \"Ana (crisis)\"");
            }
        }
    }
}
