package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.Given.hireable;
import static dev.redline.evaluation.policy.Given.policy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The red lines and the pass bar: pure logic, so plain JUnit rather than a @QuarkusTest. */
class TechnicalGateTest {

    @ParameterizedTest(name = "coding {0}% against a red line of 60% -> {1}")
    @CsvSource({
        "0, FAIL", "48, FAIL", "59.99, FAIL", "59.999, FAIL", "59.9999999, FAIL",
        "60, PASS", "60.0, PASS", "60.001, PASS", "100, PASS"
    })
    void theCodingRedLinePassesAtOrAbove(double coding, RuleOutcome expected) {
        Decision d = policy().decide(hireable().noCoding().coding(coding));

        assertThat(d.rule("red-line.coding").outcome()).isEqualTo(expected);
        if (expected == RuleOutcome.FAIL) {
            assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        }
    }

    @ParameterizedTest(name = "design ratings {0} and {1} against 2.5 -> {2}")
    @CsvSource({
        "2, 3, PASS", // 2.5 exactly
        "1, 4, PASS",
        "2, 2, FAIL",
        "1, 3, FAIL",
        "3, 3, PASS"
    })
    void theDesignRedLinePassesAtOrAbove(int first, int second, RuleOutcome expected) {
        Decision d = policy().decide(hireable().noDesign().design("Dana", first).design("Eli", second));

        assertThat(d.rule("red-line.design").outcome()).isEqualTo(expected);
        assertThat(d.outcome() == Outcome.NO_HIRE).isEqualTo(expected == RuleOutcome.FAIL);
    }

    @Test
    void aDesignBarWithTwoDecimalsIsMetExactly() {
        // 2.75 = (3 + 2.5) / 2: reviewer Dana 3.0, reviewer Eli 2.5
        Decision d = policy().redLine(Area.DESIGN, "2.75").decide(hireable().noDesign().design("Dana", 3, 3)
                .design("Eli", 2, 3));

        assertThat(d.rule("red-line.design").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.rule("red-line.design").explanation()).contains("2.75 of 4");
    }

    @Test
    void everyDesignReviewerCountsOnceHoweverManyDimensionsTheyRated() {
        // Pooled, 3+3+3+3+1 = 13/5 = 2.6 would pass; per reviewer, (3.0 + 1.0) / 2 = 2.0 fails.
        Decision d = policy().decide(hireable().noDesign().design("Dana", 3, 3, 3, 3).design("Eli", 1));

        assertThat(d.rule("red-line.design").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(d.rule("red-line.design").inputs()).contains(new RuleResult.Input("design score", "2.0 of 4"),
                new RuleResult.Input("design reviews", "Dana 3.0, Eli 1.0"));
    }

    @Test
    void theCodingScoreIsTheMeanOfTheExercises() {
        Decision d = policy().decide(hireable().noCoding().coding(50, 70));

        assertThat(d.rule("red-line.coding").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.rule("red-line.coding").inputs()).contains(new RuleResult.Input("coding score", "60%"),
                new RuleResult.Input("exercises", "e1 50%, e2 70%"));
    }

    @Test
    void aPendingExerciseThatCouldStillLiftTheScoreIsMissingEvidence() {
        // 20 + 100 = 120 / 2 = 60: with the pending exercise at 100% the red line is reached exactly.
        Decision d = policy().decide(hireable().noCoding().coding(20).pending("latencyreport"));

        assertThat(d.rule("red-line.coding").outcome()).isEqualTo(RuleOutcome.MISSING);
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).isEqualTo(
                "Incomplete: missing the coding score (exercise latencyreport is not judged yet).");
    }

    @Test
    void aPendingExerciseThatCannotSaveTheRedLineDecidesNoHireNow() {
        // (10 + 100 + 100) / 3 = 70 would pass; (10 + 0 + 100) / 3 = 36.66 cannot reach 60.
        Decision d = policy().decide(hireable().noCoding().coding(10, 0).pending("latencyreport"));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.rule("red-line.coding").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(d.headline()).isEqualTo("No hire: the coding score can reach at most 36.66% (exercise "
                + "latencyreport is not judged yet; counted at 100%), below the red line of 60%.");
    }

    @Test
    void noExerciseOrNoDesignReviewIsMissingNotZero() {
        Decision noCoding = policy().decide(hireable().noCoding());
        Decision noDesign = policy().decide(hireable().noDesign());

        assertThat(noCoding.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(noCoding.rule("red-line.coding").explanation()).contains("no coding exercise");
        assertThat(noDesign.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(noDesign.rule("red-line.design").outcome()).isEqualTo(RuleOutcome.MISSING);
        assertThat(noDesign.rule("pass-bar.technical").outcome()).isEqualTo(RuleOutcome.MISSING);
    }

    @Test
    void aJudgedZeroIsAScoreAndFailsTheRedLine() {
        assertThat(policy().decide(hireable().noCoding().coding(0)).outcome()).isEqualTo(Outcome.NO_HIRE);
    }

    @Test
    void aDesignReviewWithoutRatingsDoesNotCount() {
        Decision d = policy().decide(hireable().noDesign().design("Dana"));

        assertThat(d.rule("red-line.design").outcome()).isEqualTo(RuleOutcome.MISSING);
    }

    @ParameterizedTest(name = "coding {0}% with design 2.0 at 60/40 -> {1}")
    @CsvSource({"100, PASS", "99.999, FAIL"})
    void thePassBarIsExactEvenWithThirds(double coding, RuleOutcome expected) {
        // design 2.0 is 33.33...%; 40% of 100 + 60% of 100/3 = 40 + 20 = 60 exactly.
        Decision d = policy().redLine(Area.DESIGN, "2").weights(40, 60).passBar("60")
                .decide(hireable().noCoding().coding(coding).noDesign().design("Dana", 2, 2));

        assertThat(d.rule("pass-bar.technical").outcome()).isEqualTo(expected);
    }

    @Test
    void betweenTheRedLinesAndThePassBarIsReview() {
        // 0.6 * 80 + 0.4 * 50 = 68
        Decision d = policy().decide(hireable().noCoding().coding(80).noDesign().design("Dana", 2, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.headline()).isEqualTo("Review: the technical score 68% (coding 80% weighted 60%, design 2.5 of "
                + "4 = 50% weighted 40%) is between the red lines and the pass bar of 75%.");
        assertThat(d.rule("pass-bar.technical").inputs()).containsExactly(
                new RuleResult.Input("coding", "80%, weighted 60%"),
                new RuleResult.Input("design", "2.5 of 4 = 50%, weighted 40%"),
                new RuleResult.Input("technical score", "68%"),
                new RuleResult.Input("pass bar", "75%"));
    }

    @Test
    void thePassBarItselfPasses() {
        // 0.6 * 75 + 0.4 * 75: design 3.25 is 75%
        Decision d = policy().decide(hireable().noCoding().coding(75).noDesign().design("Dana", 3, 4, 3, 3));

        assertThat(d.rule("pass-bar.technical").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void anAreaWeightedZeroIsNotPartOfTheTechnicalScore() {
        Decision d = policy().weights(100, 0).decide(hireable().noCoding().coding(75).noDesign().design("Dana", 3));

        assertThat(d.rule("pass-bar.technical").inputs()).extracting(RuleResult.Input::name)
                .containsExactly("coding", "technical score", "pass bar");
        assertThat(d.rule("pass-bar.technical").outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void anAreaWithAWeightButNoRedLineIsStillRequired() {
        Decision d = policy().redLine(Area.DESIGN, null).decide(hireable().noDesign());

        assertThat(d.rules()).extracting(RuleResult::id).doesNotContain("red-line.design");
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).isEqualTo("Incomplete: missing the design score (no design review submitted).");
    }

    @Test
    void anAreaWithNeitherRedLineNorWeightIsNotNeeded() {
        Decision d = policy().redLine(Area.DESIGN, null).weights(100, 0).decide(hireable().noDesign());

        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(d.rules()).extracting(RuleResult::id).doesNotContain("red-line.design");
    }
}
