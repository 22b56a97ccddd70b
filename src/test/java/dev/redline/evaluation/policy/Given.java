package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixtures: a reference policy with round numbers (red lines coding 60, design 2.5; pass bar 75;
 * weights 60/40; two scorecards; focus people-management and founders-and-peers, minimum 2.5, hire mean
 * 3.0; Strong No blocks, disagreement does not) and a builder for evidence.
 */
final class Given {

    static final String PM = "people-management";
    static final String FP = "founders-and-peers";
    /** Names as the rubric files give them. */
    static final Map<String, String> NAMES = Map.of(PM, "People management", FP, "Working with founders and peers",
            "quality-leadership", "Quality leadership");

    private Given() {
    }

    static PolicyBuilder policy() {
        return new PolicyBuilder();
    }

    static EvidenceBuilder evidence() {
        return new EvidenceBuilder();
    }

    /** Evidence the reference policy hires on: coding 90, design 3.5, two agreeing Yes/Hire scorecards. */
    static EvidenceBuilder hireable() {
        return evidence().coding(90).design("Dana", 3, 4).design("Eli", 4, 3)
                .card("Ana", Recommendation.HIRE, 3, 3).card("Ben", Recommendation.HIRE, 3, 3);
    }

    static final class PolicyBuilder {
        final Map<Area, BigDecimal> redLines = new EnumMap<>(Map.of(Area.CODING, new BigDecimal("60"),
                Area.DESIGN, new BigDecimal("2.5")));
        BigDecimal passBar = new BigDecimal("75");
        final Map<Area, Integer> weights = new EnumMap<>(Map.of(Area.CODING, 60, Area.DESIGN, 40));
        int minimumScorecards = 2;
        List<String> focus = List.of(PM, FP);
        BigDecimal competencyMinimum = new BigDecimal("2.5");
        BigDecimal hireMean = new BigDecimal("3.0");
        boolean strongNoBlocks = true;
        boolean disagreementBlocks = false;

        PolicyBuilder redLine(Area area, String bar) {
            if (bar == null) {
                redLines.remove(area);
            } else {
                redLines.put(area, new BigDecimal(bar));
            }
            return this;
        }

        PolicyBuilder passBar(String bar) {
            passBar = new BigDecimal(bar);
            return this;
        }

        PolicyBuilder weights(int coding, int design) {
            weights.put(Area.CODING, coding);
            weights.put(Area.DESIGN, design);
            return this;
        }

        PolicyBuilder minimumScorecards(int n) {
            minimumScorecards = n;
            return this;
        }

        PolicyBuilder focus(String... ids) {
            focus = List.of(ids);
            return this;
        }

        PolicyBuilder competencyMinimum(String bar) {
            competencyMinimum = new BigDecimal(bar);
            return this;
        }

        PolicyBuilder hireMean(String bar) {
            hireMean = new BigDecimal(bar);
            return this;
        }

        PolicyBuilder strongNoBlocks(boolean blocks) {
            strongNoBlocks = blocks;
            return this;
        }

        PolicyBuilder disagreementBlocks(boolean blocks) {
            disagreementBlocks = blocks;
            return this;
        }

        Policy build() {
            return new Policy("test", redLines, passBar, weights, new PeopleBar(minimumScorecards, focus,
                    competencyMinimum, hireMean, strongNoBlocks, disagreementBlocks));
        }

        Decision decide(EvidenceBuilder evidence) {
            return build().decide(evidence.build());
        }
    }

    static final class EvidenceBuilder {
        final List<ExerciseScore> exercises = new ArrayList<>();
        final List<Scorecard> design = new ArrayList<>();
        final List<Scorecard> cards = new ArrayList<>();

        /** Exercises named e1, e2, ... with these percentages. */
        EvidenceBuilder coding(double... percents) {
            for (double p : percents) {
                exercises.add(ExerciseScore.judged("e" + (exercises.size() + 1), p));
            }
            return this;
        }

        EvidenceBuilder pending(String exercise) {
            exercises.add(ExerciseScore.pending(exercise));
            return this;
        }

        /** A design review rating dimensions d1, d2, ... */
        EvidenceBuilder design(String reviewer, int... points) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (int i = 0; i < points.length; i++) {
                ratings.put("d" + (i + 1), Rating.of(points[i]));
            }
            design.add(Scorecard.design(reviewer, ratings));
            return this;
        }

        /** A scorecard rating people-management and founders-and-peers. */
        EvidenceBuilder card(String interviewer, Recommendation recommendation, int pm, int fp) {
            return card(interviewer, recommendation, Map.of(PM, Rating.of(pm), FP, Rating.of(fp)));
        }

        EvidenceBuilder card(String interviewer, Recommendation recommendation, Map<String, Rating> ratings) {
            cards.add(new Scorecard(interviewer, ratings, recommendation));
            return this;
        }

        /** Drops the scorecard of this interviewer. */
        EvidenceBuilder without(String interviewer) {
            cards.removeIf(c -> c.interviewer().equals(interviewer));
            return this;
        }

        EvidenceBuilder noCoding() {
            exercises.clear();
            return this;
        }

        EvidenceBuilder noDesign() {
            design.clear();
            return this;
        }

        Evidence build() {
            return new Evidence(exercises, design, cards, NAMES);
        }
    }
}
