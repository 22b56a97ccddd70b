package dev.redline.reports;

import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.evaluation.policy.Evidence;
import dev.redline.evaluation.policy.ExerciseScore;
import dev.redline.evaluation.policy.Rating;
import dev.redline.evaluation.policy.Recommendation;
import dev.redline.evaluation.policy.Scorecard;
import dev.redline.judging.Judgement;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns what is stored (submissions, scorecards) into the policy's {@link Evidence}. Pure code: the
 * choices that decide a hire live here and are tested without a database.
 *
 * <ul>
 * <li>An exercise counts the candidate's <b>last</b> submission: what they handed in, not their best
 * try. Judged: its score as a percentage. None at all once the attempt is over: a judged 0; while the
 * candidate has not started or is still within their time: pending, since they may still submit
 * (otherwise every invited candidate would read as No hire). Still queued or judging: pending (missing
 * evidence, never a guess). Judging failed on the platform's side (a judge error): also pending, since an
 * infrastructure failure is never the candidate's fault; an admin rejudges.</li>
 * <li>Scorecards: only submitted ones. Each interview's people scorecard counts as its own opinion,
 * also when one interviewer ran two interviews of the candidate: each interview is a separate
 * observation of the candidate, and merging them ("the latest rating wins") threw away a Strong Yes and
 * its evidence. Such an interviewer's cards are labelled with their interview, "ines (leadership)", so
 * the policy's sentences and the report say which interview said what; they count once each towards the
 * minimum number of scorecards, the competency means and the recommendations.</li>
 * </ul>
 */
public final class EvidenceAssembler {

    /** How an exercise's counting submission stands. */
    public enum State {
        /** Counted: its score. */
        JUDGED,
        /** Counted as 0: the attempt is over and nothing was submitted. */
        NOT_SUBMITTED,
        /** Not counted yet: nothing submitted, but the candidate has not started or is still working. */
        NOT_YET,
        /** Not counted yet: the last submission is still queued or being judged. */
        PENDING,
        /** Not counted: judging failed on the platform's side; an admin rejudges. */
        JUDGE_ERROR
    }

    /**
     * The submission that counts for an exercise and its percentage.
     *
     * @param submission null when the candidate submitted nothing
     * @param percent    0..100, null unless the state is JUDGED or NOT_SUBMITTED
     */
    public record Counted(State state, StoredSubmission submission, BigDecimal percent) {

        public ExerciseScore score(String exercise) {
            return new ExerciseScore(exercise, percent);
        }
    }

    /** A judged exercise and its submission history (any order, runs included). */
    public record JudgedExercise(String id, List<StoredSubmission> history) {
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private EvidenceAssembler() {
    }

    /**
     * The evidence: the judged exercises in assessment order, the design reviews and the people
     * scorecards. {@code designExercises} is how many design exercises the assessment has: with more
     * than one, a reviewer's dimension ids are prefixed with the exercise ({@code filesync/architecture}),
     * so two answers' "architecture" are never compared or merged as one. {@code names}: how the
     * policy's sentences name competencies and dimensions (ids as keys). {@code attemptOver}: the
     * candidate finished or their time is up, so an exercise without a submission is a 0.
     */
    public static Evidence evidence(List<JudgedExercise> exercises, boolean attemptOver,
            List<StoredScorecard> scorecards, int designExercises, Map<String, String> names) {
        List<ExerciseScore> scores = exercises.stream().map(e -> counted(e.history(), attemptOver).score(e.id()))
                .toList();
        return new Evidence(scores, design(scorecards, designExercises > 1), people(scorecards), names);
    }

    /** The counting submission of one exercise. */
    public static Counted counted(List<StoredSubmission> history, boolean attemptOver) {
        Optional<StoredSubmission> last = submissions(history).stream().reduce((a, b) -> b);
        if (last.isEmpty()) {
            return attemptOver ? new Counted(State.NOT_SUBMITTED, null, BigDecimal.ZERO)
                    : new Counted(State.NOT_YET, null, null);
        }
        StoredSubmission s = last.get();
        return switch (s.status()) {
            case QUEUED, JUDGING -> new Counted(State.PENDING, s, null);
            case FAILED -> new Counted(State.JUDGE_ERROR, s, null);
            case JUDGED -> s.judgement() == null || s.judgement().verdict() == Verdict.JE
                    ? new Counted(State.JUDGE_ERROR, s, null)
                    : new Counted(State.JUDGED, s, percent(s.judgement()));
        };
    }

    /** Real submissions (not runs), oldest first. */
    public static List<StoredSubmission> submissions(List<StoredSubmission> history) {
        return history.stream().filter(s -> s.purpose() == Purpose.SUBMIT || s.purpose() == Purpose.REJUDGE)
                .sorted(Comparator.comparingLong(StoredSubmission::createdAt).thenComparing(StoredSubmission::id))
                .toList();
    }

    /**
     * score / maxScore as a percentage, cut (never rounded up) to six places so that a score just under
     * a bar never reads as reaching it. Multiplying before dividing keeps 3 of 5 exactly 60, where
     * 0.6 * 100 in binary floating point is 60.00000000000001. A compile error (max 0) is 0%.
     */
    static BigDecimal percent(Judgement j) {
        if (j.maxScore() <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal p = BigDecimal.valueOf(j.score()).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(j.maxScore()), 6, RoundingMode.DOWN);
        p = p.max(BigDecimal.ZERO).min(HUNDRED);
        return p.signum() == 0 ? BigDecimal.ZERO : p.stripTrailingZeros();
    }

    /** One people scorecard per submitted PEOPLE scorecard, labelled as {@link #label} says. */
    public static List<Scorecard> people(List<StoredScorecard> scorecards) {
        List<Scorecard> out = new ArrayList<>();
        byInterviewer(scorecards, ScorecardKind.PEOPLE).forEach((interviewer, cards) -> {
            for (StoredScorecard card : cards) {
                Map<String, Rating> ratings = new TreeMap<>();
                card.content().ratings().forEach((item, r) -> ratings.put(item, Rating.of(r.rating())));
                Recommendation recommendation = card.content().recommendation() == null ? Recommendation.NONE
                        : recommendation(card.content().recommendation());
                out.add(new Scorecard(label(card, cards), ratings, recommendation));
            }
        });
        return out;
    }

    /**
     * How a people scorecard is named in the policy and the report: the interviewer, with the interview
     * in brackets when the same interviewer submitted several ({@code own}: all of theirs).
     */
    static String label(StoredScorecard card, List<StoredScorecard> own) {
        return own.size() > 1 ? card.interviewer() + " (" + card.subject() + ")" : card.interviewer();
    }

    /** One design review per interviewer over every design answer they reviewed. */
    public static List<Scorecard> design(List<StoredScorecard> scorecards, boolean prefixExercise) {
        List<Scorecard> out = new ArrayList<>();
        byInterviewer(scorecards, ScorecardKind.DESIGN).forEach((interviewer, cards) -> {
            Map<String, Rating> ratings = new TreeMap<>();
            for (StoredScorecard card : cards) {
                card.content().ratings().forEach((item, r) -> ratings.put(
                        prefixExercise ? card.subject() + "/" + item : item, Rating.of(r.rating())));
            }
            out.add(Scorecard.design(interviewer, ratings));
        });
        return out;
    }

    /**
     * Submitted scorecards of one kind by interviewer (sorted), each interviewer's oldest first so that
     * merging in order lets the latest win.
     */
    static Map<String, List<StoredScorecard>> byInterviewer(List<StoredScorecard> scorecards, ScorecardKind kind) {
        Map<String, List<StoredScorecard>> out = new TreeMap<>();
        scorecards.stream().filter(s -> s.submitted() && s.kind() == kind)
                .sorted(Comparator.comparingLong(EvidenceAssembler::when).thenComparing(StoredScorecard::subject))
                .forEach(s -> out.computeIfAbsent(s.interviewer(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /** When a scorecard last said what it says: its last amendment, else its submission. */
    static long when(StoredScorecard s) {
        return Math.max(s.updatedAt(), s.submittedAt() == null ? 0 : s.submittedAt());
    }

    /** A stored recommendation name; anything unknown reads as no recommendation rather than failing a report. */
    static Recommendation recommendation(String name) {
        try {
            return Recommendation.valueOf(name);
        } catch (IllegalArgumentException e) {
            return Recommendation.NONE;
        }
    }

}
