package dev.redline.evaluation.policy;

import static dev.redline.evaluation.policy.Given.PM;
import static dev.redline.evaluation.policy.Given.hireable;
import static dev.redline.evaluation.policy.Given.policy;
import static dev.redline.evaluation.policy.Recommendation.HIRE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.evaluation.policy.Given.EvidenceBuilder;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Interviewers two or more levels apart are shown, and block only when the policy says so. */
class DisagreementTest {

    /** People-management Strong Yes against No (2 levels); both competencies still mean 3.0. */
    private static EvidenceBuilder split() {
        return hireable().without("Ana").without("Ben").card("Ana", HIRE, 4, 3).card("Ben", HIRE, 2, 3);
    }

    @Test
    void disagreementIsShownWithTheInterviewersAndDoesNotChangeTheOutcome() {
        Decision d = policy().decide(split());

        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
        RuleResult rule = d.rule("people.disagreement." + PM);
        assertThat(rule.outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(rule.explanation()).isEqualTo("The interviewers disagree on People management: Ana Strong Yes (4), "
                + "Ben No (2), 2 levels apart. Shown for the committee to discuss; it does not change the outcome.");
        assertThat(rule.inputs()).contains(new RuleResult.Input("spread", "2 levels"));
    }

    @Test
    void disagreementBlocksAHireWhenThePolicySaysSo() {
        Decision d = policy().disagreementBlocks(true).decide(split());

        assertThat(d.outcome()).isEqualTo(Outcome.REVIEW);
        assertThat(d.rule("people.disagreement." + PM).outcome()).isEqualTo(RuleOutcome.FAIL);
        assertThat(d.headline()).isEqualTo("Review: the interviewers disagree on People management: Ana Strong Yes "
                + "(4), Ben No (2), 2 levels apart.");
    }

    @Test
    void blockingDisagreementNeverLiftsANoHire() {
        // people-management 1 and 3: mean 2.0 below the minimum, and split
        Decision d = policy().disagreementBlocks(true).decide(hireable().without("Ana").without("Ben")
                .card("Ana", HIRE, 1, 3).card("Ben", HIRE, 3, 3));

        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
    }

    @Test
    void oneLevelApartIsNotDisagreement() {
        Decision d = policy().disagreementBlocks(true).decide(hireable().without("Ben").card("Ben", HIRE, 4, 4));

        assertThat(d.rules()).extracting(RuleResult::id).doesNotContain("people.disagreement." + PM);
        assertThat(d.rule("people.disagreement").outcome()).isEqualTo(RuleOutcome.PASS);
        assertThat(d.rule("people.disagreement").explanation()).contains("within one level");
        assertThat(policy().decide(hireable()).rule("people.disagreement").outcome()).isEqualTo(RuleOutcome.INFO);
    }

    @Test
    void threeLevelsApartIsReportedAsThree() {
        Decision d = policy().strongNoBlocks(false).decide(hireable().without("Ana").without("Ben")
                .card("Ana", HIRE, 4, 3).card("Ben", HIRE, 1, 3).card("Cy", HIRE, 3, 3));

        assertThat(d.rule("people.disagreement." + PM).explanation()).contains("Ana Strong Yes (4), Ben Strong No (1), "
                + "Cy Yes (3), 3 levels apart");
    }

    @Test
    void disagreementOnACompetencyOutsideTheFocusIsShownToo() {
        Decision d = policy().decide(hireable().card("Cy", HIRE, Map.of("quality-leadership", Rating.STRONG_YES))
                .card("Dee", HIRE, Map.of("quality-leadership", Rating.NO)));

        assertThat(d.rule("people.disagreement.quality-leadership").outcome()).isEqualTo(RuleOutcome.INFO);
    }

    @Test
    void designReviewersWhoDisagreeAreShownButNeverBlock() {
        Decision d = policy().disagreementBlocks(true).decide(hireable().noDesign().design("Dana", 4, 3)
                .design("Eli", 2, 4));

        RuleResult rule = d.rule("design.disagreement.d1");
        assertThat(rule.outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(rule.explanation()).contains("Dana Strong Yes (4), Eli No (2)");
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);
    }

    /** One review has nobody to agree with: the rule says so and never reads as a pass. */
    @Test
    void aSingleReviewNeitherAgreesNorDisagrees() {
        Decision d = policy().disagreementBlocks(true).decide(hireable().noDesign().design("Dana", 4, 3));

        RuleResult design = d.rule("design.disagreement");
        assertThat(design.outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(design.explanation()).isEqualTo("Only one design review is in (Dana): one review cannot agree "
                + "or disagree; agreement is checked once a second interviewer submits.");
        assertThat(d.outcome()).isEqualTo(Outcome.HIRE);

        Decision people = policy().disagreementBlocks(true).minimumScorecards(1)
                .decide(hireable().without("Ben"));
        assertThat(people.rule("people.disagreement").outcome()).isEqualTo(RuleOutcome.INFO);
        assertThat(people.rule("people.disagreement").explanation()).startsWith("Only one people-skills scorecard");
    }
}
