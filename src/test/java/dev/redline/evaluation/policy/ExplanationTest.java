package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.Given.hireable;
import static dev.redline.evaluation.policy.Given.policy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The decision explains itself: every rule, its inputs and a sentence with the numbers. */
class ExplanationTest {

    @Test
    void everyRuleHasATitleInputsAndASentence() {
        Decision d = policy().decide(hireable());

        assertThat(d.rules()).allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.inputs()).isNotEmpty();
            assertThat(r.explanation()).matches("[A-Z0-9].*\\.");
        });
    }

    @Test
    void theRedLineSentenceHasTheScoreTheExercisesAndTheBar() {
        RuleResult r = policy().decide(hireable().noCoding().coding(40, 56)).rule("red-line.coding");

        assertThat(r.title()).isEqualTo("Coding red line");
        assertThat(r.explanation()).isEqualTo("The coding score 48% is below the red line of 60%. That is No hire, "
                + "whatever else: the red line is make-or-break.");
        assertThat(r.inputs()).containsExactly(new RuleResult.Input("coding score", "48%"),
                new RuleResult.Input("exercises", "e1 40%, e2 56%"), new RuleResult.Input("red line", "60%"));
    }

    @Test
    void aScoreJustBelowTheBarNeverReadsAsTheBar() {
        Decision d = policy().decide(hireable().noCoding().coding(59.999));

        assertThat(d.headline()).isEqualTo("No hire: the coding score 59.999% is below the red line of 60%.");
        Decision cut = policy().decide(hireable().noCoding().coding(59.999, 60));
        assertThat(cut.headline()).isEqualTo("No hire: the coding score 59.99% is below the red line of 60%.");
    }

    @Test
    void aCompetencyWithoutANameReadsAsItsId() {
        Evidence e = hireable().build();
        Evidence unnamed = new Evidence(e.exercises(), e.designReviews(), e.scorecards());

        assertThat(policy().build().decide(unnamed).rule("people.competency.people-management").explanation())
                .startsWith("People-management is rated 3.0");
        assertThat(unnamed.name("people-management")).isEqualTo("people-management");
    }

    @Test
    void theDecisionDoesNotDependOnTheOrderEvidenceArrivesIn() {
        Given.EvidenceBuilder b = hireable().card("Cy", Recommendation.NO_HIRE, 2, 4).card("Dee",
                Recommendation.STRONG_HIRE, 4, 1);
        Evidence e = b.build();
        Decision first = policy().build().decide(e);
        Random random = new Random(7);
        for (int i = 0; i < 20; i++) {
            List<Scorecard> cards = new ArrayList<>(e.scorecards());
            List<Scorecard> design = new ArrayList<>(e.designReviews());
            Collections.shuffle(cards, random);
            Collections.shuffle(design, random);
            assertThat(policy().build().decide(new Evidence(e.exercises(), design, cards, Given.NAMES)))
                    .isEqualTo(first);
        }
    }

    @Test
    void theSamePolicyAndEvidenceAlwaysGiveTheSameDecision() {
        assertThat(policy().decide(hireable())).isEqualTo(policy().decide(hireable()));
    }

    @Test
    void ratingsAreShownAsTheWordAndTheNumber() {
        RuleResult r = policy().decide(hireable()).rule("people.competency.people-management");

        assertThat(r.inputs()).containsExactly(new RuleResult.Input("ratings", "Ana Yes (3), Ben Yes (3)"),
                new RuleResult.Input("mean", "3.0"), new RuleResult.Input("minimum", "2.5"));
    }

    @Test
    void anIncompleteDecisionNamesWhatIsMissingOnlyOnce() {
        Decision d = policy().decide(hireable().noDesign());

        // the pass bar is missing too, because of the design score: the headline names the design score once
        assertThat(d.rule("pass-bar.technical").explanation()).isEqualTo(
                "The technical score cannot be computed without the design score.");
        assertThat(d.headline()).containsOnlyOnce("design score");
    }

    @Test
    void evidenceRejectsTheSameExerciseOrReviewerTwice() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evidence(List.of(ExerciseScore.judged("a", 1),
                ExerciseScore.judged("a", 2)), List.of(), List.of())).hasMessageContaining("more than one exercise a");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evidence(List.of(), List.of(Scorecard.design("D",
                Map.of()), Scorecard.design("D", Map.of())), List.of())).hasMessageContaining("design review by D");
    }

    @Test
    void scoresAndRatingsOutOfTheirScaleAreRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ExerciseScore.judged("a", 100.5))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rating.of(5))
                .hasMessageContaining("1 (Strong No) to 4 (Strong Yes)");
    }
}
