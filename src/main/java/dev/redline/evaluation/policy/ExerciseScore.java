package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One coding or bug-fix exercise's score (the submission that counts, chosen upstream), as a
 * percentage. A null {@code percent} means not judged yet, which is missing evidence, unlike a
 * candidate who submitted nothing: that is a judged 0.
 */
public record ExerciseScore(String exercise, BigDecimal percent) {

    public ExerciseScore {
        Objects.requireNonNull(exercise, "exercise");
        if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
            throw new IllegalArgumentException("a score is 0 to 100 percent, got " + percent + " for " + exercise);
        }
    }

    /** A judged score; the double's shortest decimal form is kept, so 59.999 stays 59.999. */
    public static ExerciseScore judged(String exercise, double percent) {
        return new ExerciseScore(exercise, BigDecimal.valueOf(percent));
    }

    public static ExerciseScore pending(String exercise) {
        return new ExerciseScore(exercise, null);
    }

    public boolean isJudged() {
        return percent != null;
    }
}
