package dev.redline.evaluation.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A technical area's score from the evidence, or why there is none yet.
 *
 * @param value   the score, null when missing
 * @param atMost  when missing only because exercises are still to be judged: the best the score could
 *                still become (every pending exercise at 100%); otherwise null
 * @param detail  what it is made of, e.g. "deployorder 90%, latencyreport not judged yet"
 * @param missing why there is no score, e.g. "no design review submitted"; null when there is one
 */
record AreaScore(Area area, Ratio value, Ratio atMost, String detail, String missing) {

    static AreaScore of(Area area, Evidence evidence) {
        return area == Area.CODING ? coding(evidence.exercises()) : design(evidence.designReviews());
    }

    static AreaScore coding(List<ExerciseScore> exercises) {
        if (exercises.isEmpty()) {
            return new AreaScore(Area.CODING, null, null, "none", "no coding exercise in the evidence");
        }
        Ratio sum = Ratio.ZERO;
        List<String> parts = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (ExerciseScore e : exercises) {
            if (e.isJudged()) {
                sum = sum.plus(Ratio.of(e.percent()));
                parts.add(e.exercise() + " " + Area.CODING.show(Ratio.of(e.percent())));
            } else {
                pending.add(e.exercise());
                parts.add(e.exercise() + " not judged yet");
            }
        }
        String detail = String.join(", ", parts);
        if (pending.isEmpty()) {
            return new AreaScore(Area.CODING, sum.dividedBy(exercises.size()), null, detail, null);
        }
        Ratio atMost = sum.plus(Ratio.of(100L * pending.size())).dividedBy(exercises.size());
        String why = pending.size() == 1 ? "exercise " + pending.get(0) + " is not judged yet"
                : pending.size() + " exercises are not judged yet (" + String.join(", ", pending) + ")";
        return new AreaScore(Area.CODING, null, atMost, detail, why);
    }

    static AreaScore design(List<Scorecard> reviews) {
        Ratio sum = Ratio.ZERO;
        int counted = 0;
        List<String> parts = new ArrayList<>();
        for (Scorecard review : reviews) {
            if (review.ratings().isEmpty()) {
                continue; // a review without a rating says nothing about the design
            }
            Ratio mean = mean(review.ratings());
            sum = sum.plus(mean);
            counted++;
            parts.add(review.interviewer() + " " + mean.format(1));
        }
        if (counted == 0) {
            return new AreaScore(Area.DESIGN, null, null, "none", "no design review submitted");
        }
        return new AreaScore(Area.DESIGN, sum.dividedBy(counted), null, String.join(", ", parts), null);
    }

    static Ratio mean(Map<String, Rating> ratings) {
        return mean(ratings.values());
    }

    static Ratio mean(Iterable<Rating> ratings) {
        long sum = 0;
        int n = 0;
        for (Rating r : ratings) {
            sum += r.points();
            n++;
        }
        return Ratio.of(sum).dividedBy(n);
    }

    boolean isMissing() {
        return value == null;
    }

    String shown() {
        return value == null ? "missing" : area.show(value);
    }
}
