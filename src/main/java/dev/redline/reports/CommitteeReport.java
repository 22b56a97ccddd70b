package dev.redline.reports;

import dev.redline.evaluation.policy.RuleResult;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything the hiring committee reads about one assessment, as data. The page, the PDF and
 * {@code GET /api/reports/{id}} all show this one record, so they can never disagree; the README
 * ("Committee report") documents it as JSON. Times are epoch milliseconds; ratings are 1 (Strong No)
 * to 4 (Strong Yes); percentages are 0 to 100.
 */
public record CommitteeReport(String id, Candidate candidate, Role role, String status, long createdAt,
        Long startedAt, Long finishedAt, Long deadline, PolicyResult policy, List<ExerciseResult> exercises,
        List<DesignAnswer> designAnswers, RubricMatrix rubric, Integrity integrity, List<Decision> decisions,
        long generatedAt) {

    public record Candidate(String name, String email) {
    }

    public record Role(String template, String title) {
    }

    /**
     * The policy's decision. {@code outcome} is HIRE, REVIEW, NO_HIRE, INCOMPLETE, NO_POLICY when the
     * role template has no (sound) policy file, or REVOKED when the assessment was revoked before the
     * candidate started (the policy is not asked: there is nothing to decide on); {@code technical} holds the red lines and the pass bar
     * (the make-or-break part, shown first), {@code people} the people-skills rules.
     */
    public record PolicyResult(String outcome, String label, String headline, boolean redLineFailed,
            List<Bar> bars, List<RuleResult> technical, List<RuleResult> people) {

        public static final String NO_POLICY = "NO_POLICY";
        public static final String REVOKED = "REVOKED";

        /** For the banner's class: {@code no-hire}, {@code hire}, {@code review}, {@code incomplete}, ... */
        public String tone() {
            return outcome.toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    /** A bar of the policy as people read it, e.g. "Coding red line" = "60%". */
    public record Bar(String name, String value) {
    }

    /**
     * A coding or bug-fix exercise. {@code state}: JUDGED; NOT_SUBMITTED (the attempt is over and nothing
     * was submitted: counts as a judged 0); NOT_YET (nothing submitted, but the candidate may still);
     * PENDING (its last submission is still being judged); JUDGE_ERROR (judging failed on the platform's
     * side; never counted against the candidate, an admin rejudges). The numbers are the counting
     * submission's: the candidate's last submission.
     */
    public record ExerciseResult(String id, String title, String kind, String state, BigDecimal percent,
            Double score, Double maxScore, String verdict, String verdictLabel, List<GroupVerdict> groups,
            int attempts, int runs, String language, String finalCode, String submissionId, Long firstActivityAt,
            Long lastSubmissionAt, Long timeUsedMs, List<TimelineEntry> timeline) {

        public boolean counted() {
            return percent != null;
        }

        /** The score in words, saying how a missing one is treated. */
        public String summary() {
            return switch (state) {
                case "JUDGED" -> ReportFormat.percent(percent) + " (" + verdictLabel + ")";
                case "NOT_SUBMITTED" -> "0%: nothing submitted, which counts as a judged 0";
                case "NOT_YET" -> "not submitted yet: the candidate has not finished";
                case "PENDING" -> "pending: the last submission is still being judged";
                default -> "pending: judging failed on the platform's side, never the candidate's fault; "
                        + "an admin rejudges it";
            };
        }

        public int codeLines() {
            return finalCode == null ? 0 : (int) finalCode.lines().count();
        }

        /** The final code as escaped HTML with syntax highlighting (see {@link CodeHighlighter}). */
        public String highlightedCode() {
            return CodeHighlighter.html(language, finalCode);
        }
    }

    /** A test group of the counting submission; {@code depth} 0 for the top groups (sample, secret). */
    public record GroupVerdict(String name, int depth, String verdict, double score, double maxScore,
            boolean judged) {
    }

    /**
     * One run or submission, oldest first. {@code purpose}: SUBMIT, SAMPLES (run on the samples) or
     * CUSTOM (run on the candidate's own input); {@code counts} marks the counting submission.
     */
    public record TimelineEntry(long at, String purpose, String status, String verdict, BigDecimal percent,
            String language, boolean counts) {
    }

    /**
     * A system-design answer: the candidate's latest Markdown draft, rendered with raw HTML escaped, and
     * the interviewers' reviews of it per dimension.
     */
    public record DesignAnswer(String id, String title, String markdown, String html, Long savedAt, long version,
            List<Spread> dimensions, List<Review> reviews) {

        public boolean answered() {
            return markdown != null && !markdown.isBlank();
        }
    }

    /** One interviewer's design review. */
    public record Review(String interviewer, Map<String, Rated> ratings, BigDecimal mean, String notes,
            Long submittedAt) {

        /** The rating of one dimension, or null; for templates, which cannot index a map by a variable. */
        public Rated rating(String dimension) {
            return ratings.get(dimension);
        }
    }

    /**
     * What a panel said on one competency or design dimension: how many ratings, their mean (cut to two
     * places, never rounded up past a bar), lowest and highest; {@code disagreement} when two
     * interviewers are 2 or more levels apart. {@code focus}: the role's policy judges it.
     */
    public record Spread(String id, String title, int count, BigDecimal mean, Integer min, Integer max,
            boolean disagreement, boolean focus) {
    }

    /** A rating with its label ("Strong Yes") and the interviewer's evidence. */
    public record Rated(int rating, String label, String evidence) {
    }

    /**
     * The people-skills rubric: one row per submitted people scorecard (an interviewer of two interviews
     * has two rows, labelled "ines (leadership)"; nothing is merged away), one column per competency.
     */
    public record RubricMatrix(List<Spread> competencies, List<InterviewerRow> interviewers,
            List<Awaiting> awaiting) {
    }

    public record InterviewerRow(String interviewer, List<String> interviews, String recommendation,
            String recommendationLabel, Map<String, Rated> ratings, String notes, Long submittedAt) {

        public Rated rating(String competency) {
            return ratings.get(competency);
        }
    }

    /** An assigned interview without a submitted scorecard yet. */
    public record Awaiting(String interviewer, String interview) {
    }

    /** Paste and focus-loss totals, recorded as context and never acted on ({@code note} says so). */
    public record Integrity(String note, List<Signal> signals) {
    }

    /** {@code kind} PASTE ({@code total}: characters) or BLUR ({@code total}: milliseconds hidden). */
    public record Signal(String exercise, String title, String kind, int events, long total, String shown) {
    }

    /** A committee decision (HIRE, NO_HIRE or REVIEW), with the policy outcome at that moment. */
    public record Decision(String outcome, String label, String policyOutcome, String rationale,
            String decidedBy, long decidedAt) {
    }

    /** The decision that counts: the latest, or null. */
    public Decision latestDecision() {
        return decisions.isEmpty() ? null : decisions.get(decisions.size() - 1);
    }
}
