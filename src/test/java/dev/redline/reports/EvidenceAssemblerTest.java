package dev.redline.reports;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.evaluation.policy.Area;
import dev.redline.evaluation.policy.Decision;
import dev.redline.evaluation.policy.Evidence;
import dev.redline.evaluation.policy.Outcome;
import dev.redline.evaluation.policy.PeopleBar;
import dev.redline.evaluation.policy.Policy;
import dev.redline.evaluation.policy.Rating;
import dev.redline.evaluation.policy.Recommendation;
import dev.redline.evaluation.policy.Scorecard;
import dev.redline.judging.Judgement;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.StoredSubmission.Status;
import dev.redline.judging.Submission;
import dev.redline.judging.Verdict;
import dev.redline.reports.EvidenceAssembler.JudgedExercise;
import dev.redline.reports.EvidenceAssembler.State;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Which submission counts and how scorecards become evidence. Plain JUnit, not a {@code @QuarkusTest}:
 * the assembler is pure, and these choices decide hires, so each gets its own quick case.
 */
class EvidenceAssemblerTest {

    static long clock = 1_000;

    static StoredSubmission judged(Purpose purpose, double score, double max) {
        return new StoredSubmission("s" + clock, "sum", new Submission("python3", "print(" + score + ")"), purpose,
                "attempt:a", clock++, Status.JUDGED, new Judgement(score == max ? Verdict.AC : Verdict.WA, score, max,
                        "", List.of(), List.of(), null));
    }

    static StoredSubmission submit(double score, double max) {
        return judged(Purpose.SUBMIT, score, max);
    }

    static StoredSubmission inState(Status status, Judgement judgement) {
        return new StoredSubmission("s" + clock, "sum", new Submission("python3", "x"), Purpose.SUBMIT, "attempt:a",
                clock++, status, judgement);
    }

    static StoredScorecard card(String interviewer, ScorecardKind kind, String subject, boolean submitted, long at,
            String recommendation, Map<String, Integer> ratings) {
        Map<String, ScorecardContent.Item> items = new java.util.TreeMap<>();
        ratings.forEach((k, v) -> items.put(k, new ScorecardContent.Item(v, "saw " + k)));
        return new StoredScorecard("a", interviewer, kind, subject, 1, submitted,
                new ScorecardContent("", items, recommendation), at, submitted ? at : null);
    }

    @Test
    void nothingSubmittedIsAJudgedZeroOnceTheAttemptIsOverAndPendingBefore() {
        assertThat(EvidenceAssembler.counted(List.of(), true)).satisfies(c -> {
            assertThat(c.state()).isEqualTo(State.NOT_SUBMITTED);
            assertThat(c.percent()).isEqualByComparingTo("0");
            assertThat(c.score("sum").isJudged()).isTrue();
        });
        assertThat(EvidenceAssembler.counted(List.of(), false)).satisfies(c -> {
            assertThat(c.state()).isEqualTo(State.NOT_YET);
            assertThat(c.score("sum").isJudged()).as("an invited candidate is not a No hire").isFalse();
        });
    }

    @Test
    void theLastSubmissionCountsNotTheBestAndRunsNeverCount() {
        StoredSubmission best = submit(80, 100);
        StoredSubmission last = submit(40, 100);
        StoredSubmission laterRun = judged(Purpose.SAMPLES, 100, 100);
        var counted = EvidenceAssembler.counted(List.of(laterRun, last, best), true); // newest first, as stored
        assertThat(counted.state()).isEqualTo(State.JUDGED);
        assertThat(counted.submission()).isEqualTo(last);
        assertThat(counted.percent()).isEqualByComparingTo("40");
        assertThat(EvidenceAssembler.counted(List.of(judged(Purpose.CUSTOM, 5, 5)), true).state())
                .as("only runs: nothing was submitted").isEqualTo(State.NOT_SUBMITTED);
    }

    @Test
    void aQueuedLastSubmissionIsPendingEvenAfterAJudgedOne() {
        StoredSubmission older = submit(100, 100);
        StoredSubmission queued = inState(Status.QUEUED, null);
        var counted = EvidenceAssembler.counted(List.of(older, queued), true);
        assertThat(counted.state()).isEqualTo(State.PENDING);
        assertThat(counted.percent()).isNull();
        assertThat(EvidenceAssembler.counted(List.of(inState(Status.JUDGING, null)), true).state())
                .isEqualTo(State.PENDING);
    }

    @Test
    void aJudgeErrorIsNeverTheCandidatesZero() {
        var failed = EvidenceAssembler.counted(List.of(inState(Status.FAILED, null)), true);
        assertThat(failed.state()).isEqualTo(State.JUDGE_ERROR);
        assertThat(failed.score("sum").isJudged()).isFalse();
        var je = EvidenceAssembler.counted(List.of(inState(Status.JUDGED, new Judgement(Verdict.JE, 0, 0, "",
                List.of(), List.of(), "docker went away"))), true);
        assertThat(je.state()).isEqualTo(State.JUDGE_ERROR);
    }

    @Test
    void percentagesAreExactAndNeverRoundedUpToABar() {
        assertThat(EvidenceAssembler.counted(List.of(submit(3, 5)), true).percent())
                .as("0.6 * 100 is 60.00000000000001 in doubles").isEqualByComparingTo("60");
        assertThat(EvidenceAssembler.counted(List.of(submit(2, 3)), true).percent()).isEqualByComparingTo("66.666666");
        assertThat(EvidenceAssembler.counted(List.of(submit(59.9999999, 100)), true).percent())
                .isLessThan(new BigDecimal("60"));
        var compileError = inState(Status.JUDGED, new Judgement(Verdict.CE, 0, 0, "error", List.of(), List.of(),
                null));
        assertThat(EvidenceAssembler.counted(List.of(compileError), true).percent()).isEqualByComparingTo("0");
    }

    @Test
    void eachSubmittedPeopleScorecardCountsAsItsOwnLabelledWithItsInterview() {
        List<StoredScorecard> cards = List.of(
                card("ines", ScorecardKind.PEOPLE, "leadership", true, 10, "HIRE",
                        Map.of("people-management", 3, "quality-leadership", 4)),
                card("ines", ScorecardKind.PEOPLE, "quality", true, 20, "STRONG_NO_HIRE",
                        Map.of("quality-leadership", 1, "founders-and-peers", 2)),
                card("ian", ScorecardKind.PEOPLE, "quality", false, 30, "HIRE", Map.of("quality-leadership", 4)),
                card("olga", ScorecardKind.PEOPLE, "quality", true, 35, "HIRE", Map.of("quality-leadership", 3)),
                card("oscar", ScorecardKind.DESIGN, "filesync", true, 40, "NONE", Map.of("architecture", 4)));
        List<Scorecard> people = EvidenceAssembler.people(cards);
        assertThat(people).extracting(Scorecard::interviewer).as("ian's draft is not evidence")
                .containsExactly("ines (leadership)", "ines (quality)", "olga");
        assertThat(people.get(0).ratings()).as("the earlier interview's Strong Yes is kept")
                .containsEntry("quality-leadership", Rating.STRONG_YES).containsEntry("people-management", Rating.YES);
        assertThat(people.get(0).recommendation()).isEqualTo(Recommendation.HIRE);
        assertThat(people.get(1).ratings()).containsEntry("quality-leadership", Rating.STRONG_NO)
                .containsEntry("founders-and-peers", Rating.NO);
        assertThat(people.get(1).recommendation()).isEqualTo(Recommendation.STRONG_NO_HIRE);
    }

    @Test
    void designReviewsArePrefixedWithTheirExerciseOnlyWhenThereAreSeveral() {
        List<StoredScorecard> cards = List.of(
                card("oscar", ScorecardKind.DESIGN, "filesync", true, 1, "NONE", Map.of("architecture", 4)),
                card("oscar", ScorecardKind.DESIGN, "globalfeed", true, 2, "NONE", Map.of("architecture", 2)));
        assertThat(EvidenceAssembler.design(cards, true).get(0).ratings()).containsOnlyKeys(
                "filesync/architecture", "globalfeed/architecture");
        assertThat(EvidenceAssembler.design(cards.subList(0, 1), false).get(0).ratings())
                .containsOnlyKeys("architecture");
    }

    @Test
    void aFinishedCandidateWhoSubmittedNothingIsBelowTheRedLine() {
        Policy policy = new Policy("tester", Map.of(Area.CODING, new BigDecimal("60"), Area.DESIGN,
                new BigDecimal("2.5")), new BigDecimal("75"), Map.of(Area.CODING, 100, Area.DESIGN, 0),
                new PeopleBar(2, List.of("people-management"), new BigDecimal("2.5"), new BigDecimal("3"), true,
                        false));
        Evidence evidence = EvidenceAssembler.evidence(List.of(new JudgedExercise("sum", List.of()),
                new JudgedExercise("fizz", List.of(submit(50, 100)))), true, List.of(), 0, Map.of());
        Decision d = policy.decide(evidence);
        assertThat(d.outcome()).isEqualTo(Outcome.NO_HIRE);
        assertThat(d.headline()).contains("25%").contains("below the red line of 60%");

        Evidence running = EvidenceAssembler.evidence(List.of(new JudgedExercise("sum", List.of()),
                new JudgedExercise("fizz", List.of(submit(50, 100)))), false, List.of(), 0, Map.of());
        assertThat(policy.decide(running).outcome()).as("50% and one still open could reach 75%")
                .isEqualTo(Outcome.INCOMPLETE);
    }
}
