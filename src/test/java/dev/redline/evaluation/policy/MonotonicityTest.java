package dev.redline.evaluation.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Properties over random evidence, for the shipped policies and the reference one: a lower technical
 * score never improves the outcome, a failed red line is always No hire, and every outcome is backed by
 * the rules it shows. Seeded, so a failure reproduces.
 */
class MonotonicityTest {

    private static final int CASES = 3_000;
    private static final String[] COMPETENCIES = {"people-management", "founders-and-peers", "recruiting-and-teams",
        "technical-judgement", "quality-leadership"};
    private static final Recommendation[] RECOMMENDATIONS = Recommendation.values();

    private static List<Policy> policies;

    @BeforeAll
    static void policies() {
        policies = new ArrayList<>(PolicyFiles.load(Path.of("problems")).policies().values());
        policies.add(Given.policy().build());
        policies.add(Given.policy().disagreementBlocks(true).strongNoBlocks(false).build());
        assertThat(policies).hasSize(5);
    }

    @Test
    void lowerTechnicalScoresNeverImproveTheOutcome() {
        Random random = new Random(20240611);
        for (int i = 0; i < CASES; i++) {
            Policy policy = policies.get(random.nextInt(policies.size()));
            Evidence before = evidence(random);
            Evidence after = lowerOneTechnicalScore(before, random);
            Outcome was = policy.decide(before).outcome();
            Outcome is = policy.decide(after).outcome();
            int n = i;
            Supplier<String> context = () -> policy.role() + " case " + n + ": " + was + " became " + is + ", "
                    + before + " -> " + after;
            if (was == Outcome.INCOMPLETE) {
                assertThat(is).as(context).isIn(Outcome.INCOMPLETE, Outcome.NO_HIRE);
            } else {
                assertThat(is).as(context).isNotEqualTo(Outcome.INCOMPLETE);
                assertThat(rank(is)).as(context).isLessThanOrEqualTo(rank(was));
            }
        }
    }

    @Test
    void aFailedRedLineIsAlwaysNoHire() {
        Random random = new Random(42);
        int failed = 0;
        for (int i = 0; i < CASES; i++) {
            Policy policy = policies.get(random.nextInt(policies.size()));
            Evidence evidence = evidence(random);
            boolean below = below(coding(evidence), policy.redLines().get(Area.CODING))
                    || below(design(evidence), policy.redLines().get(Area.DESIGN));
            if (below) {
                failed++;
                assertThat(policy.decide(evidence).outcome()).as(() -> policy.role() + " " + evidence)
                        .isEqualTo(Outcome.NO_HIRE);
            }
        }
        assertThat(failed).as("the generator must produce red line failures").isGreaterThan(CASES / 10);
    }

    @Test
    void everyOutcomeIsBackedByTheRulesItShows() {
        Random random = new Random(99);
        int[] seen = new int[Outcome.values().length];
        for (int i = 0; i < CASES; i++) {
            Policy policy = policies.get(random.nextInt(policies.size()));
            Decision d = policy.decide(evidence(random));
            seen[d.outcome().ordinal()]++;
            List<RuleOutcome> outcomes = d.rules().stream().map(RuleResult::outcome).toList();
            assertThat(d.headline()).startsWith(d.outcome().label() + ": ").endsWith(".");
            switch (d.outcome()) {
                case HIRE -> assertThat(outcomes).doesNotContain(RuleOutcome.FAIL, RuleOutcome.MISSING);
                case INCOMPLETE -> assertThat(outcomes).contains(RuleOutcome.MISSING);
                case NO_HIRE, REVIEW -> assertThat(outcomes).contains(RuleOutcome.FAIL);
            }
        }
        for (Outcome o : Outcome.values()) {
            assertThat(seen[o.ordinal()]).as("the generator must produce " + o).isGreaterThan(CASES / 100);
        }
    }

    private static int rank(Outcome outcome) {
        return switch (outcome) {
            case NO_HIRE -> 0;
            case REVIEW -> 1;
            case HIRE -> 2;
            case INCOMPLETE -> throw new IllegalArgumentException("Incomplete has no rank");
        };
    }

    /** Mostly complete, mostly good evidence, so that every outcome and boundary comes up. */
    private static Evidence evidence(Random random) {
        List<ExerciseScore> exercises = new ArrayList<>();
        int n = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            exercises.add(random.nextInt(12) == 0 ? ExerciseScore.pending("x" + i)
                    : ExerciseScore.judged("x" + i, (400 + random.nextInt(601)) / 10.0));
        }
        List<Scorecard> design = new ArrayList<>();
        int reviewers = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < reviewers; i++) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (int d = 0; d < 1 + random.nextInt(3); d++) {
                ratings.put("d" + d, Rating.of(2 + random.nextInt(3)));
            }
            design.add(Scorecard.design("R" + i, ratings));
        }
        List<Scorecard> cards = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            for (String c : COMPETENCIES) {
                if (random.nextInt(12) != 0) {
                    ratings.put(c, Rating.of(random.nextInt(8) == 0 ? 1 + random.nextInt(4) : 3 + random.nextInt(2)));
                }
            }
            Recommendation r = random.nextInt(4) == 0 ? RECOMMENDATIONS[random.nextInt(RECOMMENDATIONS.length)]
                    : Recommendation.HIRE;
            cards.add(new Scorecard("I" + i, ratings, r));
        }
        return new Evidence(exercises, design, cards);
    }

    /** The same evidence with one judged exercise or one design rating lowered (or unchanged if none). */
    private static Evidence lowerOneTechnicalScore(Evidence e, Random random) {
        List<ExerciseScore> exercises = new ArrayList<>(e.exercises());
        List<Scorecard> design = new ArrayList<>(e.designReviews());
        if (random.nextBoolean() && !exercises.isEmpty()) {
            int i = random.nextInt(exercises.size());
            ExerciseScore x = exercises.get(i);
            if (x.isJudged()) {
                BigDecimal lower = x.percent().subtract(BigDecimal.valueOf(random.nextInt(300), 1)).max(BigDecimal.ZERO);
                exercises.set(i, new ExerciseScore(x.exercise(), lower));
            }
        } else if (!design.isEmpty()) {
            int i = random.nextInt(design.size());
            Scorecard s = design.get(i);
            Map<String, Rating> ratings = new LinkedHashMap<>(s.ratings());
            String dim = new ArrayList<>(ratings.keySet()).get(random.nextInt(ratings.size()));
            ratings.put(dim, Rating.of(Math.max(1, ratings.get(dim).points() - 1 - random.nextInt(2))));
            design.set(i, Scorecard.design(s.interviewer(), ratings));
        }
        return new Evidence(exercises, design, e.scorecards());
    }

    // An independent computation, in BigDecimal rather than fractions: cases too close to call are skipped.
    private static BigDecimal coding(Evidence e) {
        if (e.exercises().isEmpty() || e.exercises().stream().anyMatch(x -> !x.isJudged())) {
            return null;
        }
        BigDecimal sum = e.exercises().stream().map(ExerciseScore::percent).reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(e.exercises().size()), MathContext.DECIMAL64);
    }

    private static BigDecimal design(Evidence e) {
        List<BigDecimal> means = e.designReviews().stream().filter(s -> !s.ratings().isEmpty())
                .map(s -> BigDecimal.valueOf(s.ratings().values().stream().mapToInt(Rating::points).sum())
                        .divide(BigDecimal.valueOf(s.ratings().size()), MathContext.DECIMAL64)).toList();
        if (means.isEmpty()) {
            return null;
        }
        return means.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(means.size()),
                MathContext.DECIMAL64);
    }

    private static boolean below(BigDecimal score, BigDecimal bar) {
        return score != null && bar != null && score.compareTo(bar.subtract(new BigDecimal("1e-9"))) < 0;
    }
}
