package dev.redline.reports;

import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.evaluation.policy.Recommendation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How each interviewer rates compared with the rest of the panel, for admins calibrating interviewers.
 * An interviewer is compared with the other interviewers <i>of the same candidates</i>, not with everyone:
 * someone who only met strong candidates is not lenient for rating them high. Pure code.
 *
 * @param interviewers one row per interviewer with a submitted scorecard, by name
 * @param panel        every rating of every submitted scorecard
 */
public record Calibration(List<Interviewer> interviewers, Distribution panel) {

    /** How many ratings of each level. */
    public record Distribution(int strongNo, int no, int yes, int strongYes) {

        static final Distribution EMPTY = new Distribution(0, 0, 0, 0);

        public int total() {
            return strongNo + no + yes + strongYes;
        }

        Distribution plus(int rating) {
            return new Distribution(strongNo + (rating == 1 ? 1 : 0), no + (rating == 2 ? 1 : 0),
                    yes + (rating == 3 ? 1 : 0), strongYes + (rating == 4 ? 1 : 0));
        }

        /** The mean rating, cut to two places; null without ratings. */
        public BigDecimal mean() {
            return total() == 0 ? null : BigDecimal.valueOf(strongNo + 2L * no + 3L * yes + 4L * strongYes)
                    .divide(BigDecimal.valueOf(total()), 2, RoundingMode.DOWN);
        }

        /** The share of one level (1..4) as "25%", for the page. */
        public String share(int rating) {
            if (total() == 0) {
                return "\u2014";
            }
            int n = switch (rating) {
                case 1 -> strongNo;
                case 2 -> no;
                case 3 -> yes;
                default -> strongYes;
            };
            return Math.round(100.0 * n / total()) + "%";
        }
    }

    /**
     * One interviewer.
     *
     * @param scorecards  submitted scorecards (people and design)
     * @param own         their ratings
     * @param others      the other interviewers' ratings on the same assessments
     * @param difference  their mean minus the others' mean (positive: rates higher); null when either is missing
     * @param compared    their overall hire recommendations on assessments the committee decided Hire or No hire
     * @param differs     how many of those went the other way from the committee's final decision
     */
    public record Interviewer(String interviewer, int scorecards, int assessments, Distribution own,
            Distribution others, BigDecimal difference, int compared, int differs) {
    }

    /**
     * From every submitted scorecard and each assessment's final committee decision (HIRE, NO_HIRE or
     * REVIEW; assessments without one are left out of the comparison).
     */
    public static Calibration of(List<StoredScorecard> submitted, Map<String, String> finalDecisions) {
        Map<String, List<StoredScorecard>> byInterviewer = new TreeMap<>();
        Distribution panel = Distribution.EMPTY;
        for (StoredScorecard s : submitted) {
            if (!s.submitted()) {
                continue;
            }
            byInterviewer.computeIfAbsent(s.interviewer(), k -> new ArrayList<>()).add(s);
            for (var item : s.content().ratings().values()) {
                panel = panel.plus(item.rating());
            }
        }
        List<Interviewer> rows = new ArrayList<>();
        byInterviewer.forEach((name, own) -> rows.add(interviewer(name, own, submitted, finalDecisions)));
        return new Calibration(rows, panel);
    }

    private static Interviewer interviewer(String name, List<StoredScorecard> own, List<StoredScorecard> all,
            Map<String, String> finalDecisions) {
        Set<String> assessments = new HashSet<>();
        Distribution mine = Distribution.EMPTY;
        int compared = 0;
        int differs = 0;
        for (StoredScorecard s : own) {
            assessments.add(s.assessmentId());
            for (var item : s.content().ratings().values()) {
                mine = mine.plus(item.rating());
            }
            String decision = finalDecisions.get(s.assessmentId());
            Recommendation r = s.kind() == ScorecardKind.PEOPLE && s.content().recommendation() != null
                    ? EvidenceAssembler.recommendation(s.content().recommendation()) : Recommendation.NONE;
            boolean forHire = r == Recommendation.HIRE || r == Recommendation.STRONG_HIRE;
            boolean against = r == Recommendation.NO_HIRE || r == Recommendation.STRONG_NO_HIRE;
            if ((forHire || against) && ("HIRE".equals(decision) || "NO_HIRE".equals(decision))) {
                compared++;
                if (forHire != "HIRE".equals(decision)) {
                    differs++;
                }
            }
        }
        Distribution others = Distribution.EMPTY;
        for (StoredScorecard s : all) {
            if (s.submitted() && !s.interviewer().equals(name) && assessments.contains(s.assessmentId())) {
                for (var item : s.content().ratings().values()) {
                    others = others.plus(item.rating());
                }
            }
        }
        BigDecimal difference = mine.mean() == null || others.mean() == null ? null
                : mine.mean().subtract(others.mean());
        return new Interviewer(name, own.size(), assessments.size(), mine, others, difference, compared, differs);
    }
}
