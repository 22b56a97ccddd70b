package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.Given.FP;
import static dev.redline.evaluation.policy.Given.PM;
import static dev.redline.evaluation.policy.Given.evidence;
import static dev.redline.evaluation.policy.Given.hireable;
import static dev.redline.evaluation.policy.Given.policy;
import static dev.redline.evaluation.policy.Recommendation.HIRE;
import static dev.redline.evaluation.policy.Recommendation.NONE;
import static dev.redline.evaluation.policy.Recommendation.NO_HIRE;
import static dev.redline.evaluation.policy.Recommendation.STRONG_HIRE;
import static dev.redline.evaluation.policy.Recommendation.STRONG_NO_HIRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.evaluation.policy.Given.EvidenceBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** People-skills rules on a technically passing candidate. */
class PeopleRulesTest {

    /** Technically clear (coding 90, design 3.5), with no scorecards yet. */
    private static EvidenceBuilder technicallyClear() {
        return hireable().without("Ana").without("Ben");
    }

    @ParameterizedTest(name = "people-management rated {0}, {1}, {2} against 2.5 -> {3}")
    @CsvSource({
        "2, 3, 0, PASS", // 2.5 exactly
        "2, 2, 4, PASS", // 8/3 = 2.67
        "2, 2, 3, FAIL", // 7/3 = 2.33
        "1, 4, 0, PASS", // 2.5 exactly, in disagreement
        "2, 2, 0, FAIL"
    })
    void aCompetencyPassesAtOrAboveItsMinimum(int a, int b, int c, RuleOutcome expected) {
        EvidenceBuilder e = technicallyClear().card("Ana", HIRE, a, 4).card("Ben", HIRE, b, 4);
        if (c > 0) {
            e.card("Cy", HIRE, c, 4);
        }
        Decision d = policy().strongNoBlocks(false).decide(e);

        assertThat(d.rule("people.competency." + PM).outcome()).isEqualTo(expected);
        assertThat(d.outcome() == Outcome.NO_HIRE).isEqualTo(expected == RuleOutcome.FAIL);
    }

    @Test
    void aCompetencyMeanIsOverEveryRatingItReceived() {
        Decision d = policy().decide(technicallyClear().card("Ana", HIRE, Map.of(PM, Rating.YES, FP, Rating.YES))
                .card("Ben", HIRE, Map.of(PM, Rating.STRONG_YES)));

        assertThat(d.rule("people.competency." + PM).inputs()).contains(new RuleResult.Input("mean", "3.5"));
        assertThat(d.rule("people.competency." + FP).inputs()).contains(new RuleResult.Input("mean", "3.0"));
        assertThat(d.rule("people.competency." + FP).explanation()).isEqualTo("Working with founders and peers is "
                + "rated 3.0 on average by 1 interviewer, at or above the minimum of 2.5.");
    }

    @ParameterizedTest(name = "competency means {0} and {1} against a hire mean of 3.0 -> {2}")
    @CsvSource({
        "3, 3, 3, 3, HIRE", // 3.0 exactly: at the bar is a hire
        "4, 2, 3, 3, HIRE", // 3.0 and 3.0
        "3, 3, 3, 2, REVIEW", // 3.0 and 2.5 -> 2.75
        "4, 4, 3, 2, HIRE", // 4.0 and 2.5 -> 3.25
        "3, 3, 4, 4, HIRE"
    })
    void thePeopleMeanIsTheMeanOfTheFocusCompetencies(int anaPm, int benPm, int anaFp, int benFp, Outcome expected) {
        Decision d = policy().decide(technicallyClear().card("Ana", HIRE, anaPm, anaFp).card("Ben", HIRE, benPm,
                benFp));

        assertThat(d.outcome()).isEqualTo(expected);
    }

    @Test
    void belowTheHireMeanIsReviewAndSaysSo() {
        Decision d = policy().decide(technicallyClear().card("Ana", HIRE, 3, 3).card("Ben", HIRE, 3, 2));

        assertThat(d.headline()).isEqualTo("Review: the people-skills mean 2.75 (of 2 focus competencies) is below "
                + "the hire bar of 3.0.");
        assertThat(d.rule("people.mean").outcome()).isEqualTo(RuleOutcome.FAIL);
    }

    @Test
    void onlyFocusCompetenciesMakeTheMean() {
        Decision d = policy().decide(technicallyClear()
                .card("Ana", HIRE, Map.of(PM, Rating.YES, FP, Rating.YES, "quality-leadership", Rating.NO))
                .card("Ben", HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(d.rules()).extracting(RuleResult::id).doesNotContain("people.competency.quality-leadership");
    }

    @Test
    void exactlyTheMinimumNumberOfScorecardsIsEnough() {
        Decision d = policy().minimumScorecards(3).decide(hireable().card("Cy", HIRE, 3, 3));

        assertThat(d.rule("people.scorecards").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.rule("people.scorecards").explanation()).isEqualTo("3 scorecards are in; the policy needs at "
                + "least 3.");
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    }

    @Test
    void aStrongNoBlocksAHireWhenThePolicySaysSo() {
        EvidenceBuilder e = technicallyClear().card("Ana", HIRE, 4, 4).card("Ben", HIRE, 4, 4).card("Cy", HIRE,
                Map.of(PM, Rating.STRONG_YES, "quality-leadership", Rating.STRONG_NO));

        Decision blocking = policy().decide(e);
        Decision showing = policy().strongNoBlocks(false).decide(e);

        assertThat(blocking.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(blocking.headline()).isEqualTo("Review: a Strong No from Cy on Quality leadership.");
        assertThat(blocking.rule("people.strong-no").outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(showing.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(showing.rule("people.strong-no").outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(showing.rule("people.strong-no").explanation()).contains("does not let it block");
    }

    @Test
    void aStrongNoHireRecommendationIsAStrongNo() {
        Decision d = policy().decide(technicallyClear().card("Ana", STRONG_HIRE, 4, 4).card("Ben", STRONG_HIRE, 4, 4)
                .card("Cy", STRONG_NO_HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.rule("people.strong-no").inputs()).contains(new RuleResult.Input("Strong No",
                "Cy overall (Strong no hire)"));
        assertThat(d.rule("people.recommendations").outcome()).isEqualTo(RuleOutcome.PASS);
    }

    @Test
    void noStrongNoPassesWhenItWouldBlock() {
        Decision d = policy().decide(hireable());

        assertThat(d.rule("people.strong-no").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.rule("people.strong-no").explanation()).isEqualTo("No interviewer gave a Strong No.");
    }

    @Test
    void aTieOfRecommendationsIsReviewNeverAHire() {
        Decision d = policy().decide(technicallyClear().card("Ana", HIRE, 3, 3).card("Ben", STRONG_HIRE, 4, 4)
                .card("Cy", NO_HIRE, 3, 3).card("Dee", NO_HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.headline()).isEqualTo("Review: the overall recommendations are tied, 2 for hire and 2 against, "
                + "and a tie is not a majority for hire.");
        assertThat(d.rule("people.recommendations").inputs()).containsExactly(
                new RuleResult.Input("for hire", "Ana (Hire), Ben (Strong hire)"),
                new RuleResult.Input("against", "Cy (No hire), Dee (No hire)"),
                new RuleResult.Input("no recommendation", "none"));
    }

    @Test
    void aMajorityAgainstIsReview() {
        Decision d = policy().decide(technicallyClear().card("Ana", HIRE, 3, 3).card("Ben", NO_HIRE, 3, 3)
                .card("Cy", NO_HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.headline()).contains("1 for hire and 2 against, no majority for hire");
    }

    @Test
    void noRecommendationCountsNeitherWay() {
        Decision oneFor = policy().decide(technicallyClear().card("Ana", HIRE, 3, 3).card("Ben", NONE, 3, 3)
                .card("Cy", NONE, 3, 3));
        Decision noneAtAll = policy().decide(technicallyClear().card("Ana", NONE, 3, 3).card("Ben", NONE, 3, 3));

        assertThat(oneFor.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(oneFor.rule("people.recommendations").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(noneAtAll.outcome()).isEqualTo(Outcome.HIRE);
        assertThat(noneAtAll.rule("people.recommendations").outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(noneAtAll.rule("people.recommendations").explanation()).contains("the ratings decide");
    }

    @Test
    void aScorecardOnlyCountsOncePerInterviewer() {
        EvidenceBuilder e = evidence().card("Ana", HIRE, 3, 3).card("Ana", HIRE, 3, 3);

        org.assertj.core.api.Assertions.assertThatThrownBy(e::build).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one scorecard by Ana");
    }

    @Test
    void aFailingCompetencyOutranksEveryReviewReason() {
        Decision d = policy().decide(technicallyClear().card("Ana", NO_HIRE, 1, 3).card("Ben", HIRE, 2, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.headline()).isEqualTo("No hire: People management is rated 1.5 on average by 2 interviewers, "
                + "below the minimum of 2.5.");
    }
}
