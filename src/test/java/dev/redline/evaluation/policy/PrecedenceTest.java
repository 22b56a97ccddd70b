package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.Given.FP;
import static dev.redline.evaluation.policy.Given.PM;
import static dev.redline.evaluation.policy.Given.hireable;
import static dev.redline.evaluation.policy.Given.policy;
import static dev.redline.evaluation.policy.Recommendation.HIRE;
import static dev.redline.evaluation.policy.Recommendation.NO_HIRE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The order in which rules decide (see Policy): each step against the ones after it. */
class PrecedenceTest {

    @Test
    void aFailedRedLineIsNoHireEvenWithScorecardsMissing() {
        Decision d = policy().decide(hireable().noCoding().coding(48).without("Ana").without("Ben"));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.rule("people.scorecards").outcome()).isEqualTo(RuleOutcome.MISSING);
        assertThat(d.headline()).isEqualTo("No hire: the coding score 48% is below the red line of 60%.");
    }

    @Test
    void aFailedRedLineIsNoHireEvenWithTheOtherAreaMissing() {
        Decision d = policy().decide(hireable().noCoding().coding(48).noDesign());

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.rule("red-line.design").outcome()).isEqualTo(RuleOutcome.MISSING);
    }

    @Test
    void aFailedRedLineIsNoHireWhateverThePeopleSkills() {
        Decision d = policy().decide(hireable().noDesign().design("Dana", 2, 2)
                .card("Cy", Recommendation.STRONG_HIRE, 4, 4));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.rule("people.mean").outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void bothRedLinesFailingAreBothNamed() {
        Decision d = policy().decide(hireable().noCoding().coding(48).noDesign().design("Dana", 2));

        assertThat(d.headline()).isEqualTo("No hire: the coding score 48% is below the red line of 60%; "
                + "the design score 2.0 of 4 is below the red line of 2.5 of 4.");
    }

    @Test
    void missingDesignWithPassingCodingIsIncomplete() {
        Decision d = policy().decide(hireable().noDesign());

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).isEqualTo("Incomplete: missing the design score (no design review submitted).");
    }

    @Test
    void tooFewScorecardsIsIncomplete() {
        Decision d = policy().decide(hireable().without("Ben"));

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).isEqualTo("Incomplete: missing 1 more scorecard (1 of 2 in).");
    }

    @Test
    void noScorecardsAtAllIsIncompleteAndSaysWhatIsMissing() {
        Decision d = policy().decide(hireable().without("Ana").without("Ben"));

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).isEqualTo("Incomplete: missing 2 more scorecards (0 of 2 in); a rating of People "
                + "management; a rating of Working with founders and peers.");
        assertThat(d.rule("people.mean").outcome()).isEqualTo(RuleOutcome.MISSING);
    }

    @Test
    void everythingMissingIsListedTogether() {
        Decision d = policy().decide(Given.evidence());

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.headline()).startsWith("Incomplete: missing the coding score (no coding exercise in the "
                + "evidence); the design score (no design review submitted); 2 more scorecards");
    }

    @Test
    void aFocusCompetencyNobodyRatedIsIncomplete() {
        Decision d = policy().decide(hireable().without("Ana").without("Ben")
                .card("Ana", HIRE, Map.of(PM, Rating.YES)).card("Ben", HIRE, Map.of(PM, Rating.YES)));

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.rule("people.competency." + FP).outcome()).isEqualTo(RuleOutcome.MISSING);
        assertThat(d.headline()).isEqualTo("Incomplete: missing a rating of Working with founders and peers.");
    }

    @Test
    void missingEvidenceComesBeforeAPeopleSkillsNoHire() {
        Decision d = policy().decide(hireable().without("Ben").without("Ana").card("Ana", NO_HIRE, 2, 2));

        assertThat(d.rule("people.competency." + PM).outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
    }

    @Test
    void aCompetencyBelowTheMinimumIsNoHire() {
        Decision below = policy().decide(hireable().without("Ana").without("Ben").card("Ana", HIRE, 2, 3)
                .card("Ben", HIRE, 2, 4));
        assertThat(below.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(below.headline()).isEqualTo("No hire: People management is rated 2.0 on average by 2 "
                + "interviewers, below the minimum of 2.5.");
    }

    @Test
    void aTechnicalReviewDoesNotSoftenAPeopleSkillsNoHire() {
        // Lower technical score must never give a better outcome: Review at best, not exactly Review.
        Decision d = policy().decide(hireable().noCoding().coding(70).noDesign().design("Dana", 3)
                .without("Ana").without("Ben").card("Ana", HIRE, 2, 3).card("Ben", HIRE, 2, 4));

        assertThat(d.rule("pass-bar.technical").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
    }

    @Test
    void aTechnicalReviewWithGoodPeopleSkillsIsReview() {
        Decision d = policy().decide(hireable().noCoding().coding(70).noDesign().design("Dana", 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
    }

    @Test
    void everyReviewReasonIsInTheHeadline() {
        Decision d = policy().decide(hireable().noCoding().coding(70).noDesign().design("Dana", 3)
                .without("Ben").card("Ben", NO_HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.headline()).startsWith("Review: the technical score 68.66% ")
                .contains("; the overall recommendations are tied, 1 for hire and 1 against");
    }

    @Test
    void allClearIsHireAndSaysWhy() {
        Decision d = policy().decide(hireable());

        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(d.headline()).isEqualTo("Hire: the technical score 87.33% (coding 90% weighted 60%, design 3.5 "
                + "of 4 = 83.33% weighted 40%) is at or above the pass bar of 75%; the people-skills mean 3.0 "
                + "(of 2 focus competencies) is at or above the hire bar of 3.0.");
    }

    @Test
    void rulesComeTechnicalGateFirst() {
        Decision d = policy().decide(hireable());

        assertThat(d.rules()).extracting(RuleResult::id).containsExactly("red-line.coding", "red-line.design",
                "pass-bar.technical", "design.disagreement", "people.scorecards", "people.competency." + PM,
                "people.competency." + FP, "people.mean", "people.strong-no", "people.recommendations",
                "people.disagreement");
    }
}
