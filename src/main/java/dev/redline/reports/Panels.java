package dev.redline.reports;

import dev.redline.evaluation.Assignment;
import dev.redline.evaluation.ScorecardContent;
import dev.redline.evaluation.ScorecardKind;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.evaluation.policy.Rating;
import dev.redline.evaluation.policy.Recommendation;
import dev.redline.reports.CommitteeReport.Awaiting;
import dev.redline.reports.CommitteeReport.InterviewerRow;
import dev.redline.reports.CommitteeReport.Rated;
import dev.redline.reports.CommitteeReport.Review;
import dev.redline.reports.CommitteeReport.RubricMatrix;
import dev.redline.reports.CommitteeReport.Spread;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What the interviewers said, laid out for the committee: the rubric matrix (scorecard x
 * competency) and the design reviews (interviewer x dimension), each item with its mean, range and
 * whether the panel is split. Only submitted scorecards are read. Pure code.
 */
final class Panels {

    /** Two ratings this far apart on one item are a split panel, as the policy's disagreement rule counts it. */
    static final int SPLIT = 2;

    private Panels() {
    }

    /**
     * The rubric matrix. Columns: {@code order} first (the policy's focus, then the kit's), then any other
     * competency someone rated; rows: one per submitted people scorecard.
     */
    static RubricMatrix rubric(List<StoredScorecard> cards, List<String> order, Function<String, String> titles,
            Set<String> focus, List<Assignment> assignments) {
        Map<String, List<StoredScorecard>> byInterviewer = EvidenceAssembler.byInterviewer(cards,
                ScorecardKind.PEOPLE);
        List<InterviewerRow> rows = new ArrayList<>();
        Set<String> columns = new LinkedHashSet<>(order);
        // One row per interview's scorecard: an interviewer of two interviews gets two rows, so no rating
        // or evidence of theirs is hidden behind another (see EvidenceAssembler on how they count).
        byInterviewer.forEach((interviewer, own) -> own.forEach(card -> {
            Map<String, Rated> ratings = new LinkedHashMap<>();
            card.content().ratings().forEach((item, r) -> ratings.put(item, rated(r)));
            columns.addAll(ratings.keySet().stream().sorted().toList());
            String recommendation = card.content().recommendation() == null ? Recommendation.NONE.name()
                    : card.content().recommendation();
            rows.add(new InterviewerRow(EvidenceAssembler.label(card, own), List.of(card.subject()), recommendation,
                    EvidenceAssembler.recommendation(recommendation).label(), ratings, card.content().notes().strip(),
                    EvidenceAssembler.when(card)));
        }));
        List<Spread> spreads = new ArrayList<>();
        for (String id : columns) {
            List<Integer> values = rows.stream().map(r -> r.ratings().get(id)).filter(r -> r != null)
                    .map(Rated::rating).toList();
            spreads.add(spread(id, titles.apply(id), values, focus.contains(id)));
        }
        List<Awaiting> awaiting = assignments.stream().filter(as -> cards.stream().noneMatch(c -> c.submitted()
                && c.kind() == ScorecardKind.PEOPLE && c.interviewer().equals(as.interviewer())
                && c.subject().equals(as.interview()))).map(as -> new Awaiting(as.interviewer(), as.interview()))
                .toList();
        return new RubricMatrix(spreads, rows, awaiting);
    }

    /** The submitted reviews of one design answer, one per interviewer. */
    static List<Review> reviews(List<StoredScorecard> cards, String exercise) {
        List<Review> reviews = new ArrayList<>();
        cards.stream().filter(c -> c.submitted() && c.kind() == ScorecardKind.DESIGN && c.subject().equals(exercise))
                .sorted((a, b) -> a.interviewer().compareTo(b.interviewer())).forEach(c -> {
                    Map<String, Rated> ratings = new LinkedHashMap<>();
                    c.content().ratings().forEach((item, r) -> ratings.put(item, rated(r)));
                    reviews.add(new Review(c.interviewer(), ratings, mean(ratings.values().stream()
                            .map(Rated::rating).toList()), c.content().notes(), EvidenceAssembler.when(c)));
                });
        return reviews;
    }

    /** One spread per dimension: the exercise's own first ({@code dimensions}, id to title), then any other rated. */
    static List<Spread> dimensions(Map<String, String> dimensions, List<Review> reviews) {
        Set<String> ids = new LinkedHashSet<>(dimensions.keySet());
        reviews.forEach(r -> ids.addAll(r.ratings().keySet().stream().sorted().toList()));
        List<Spread> out = new ArrayList<>();
        for (String id : ids) {
            List<Integer> values = reviews.stream().map(r -> r.ratings().get(id)).filter(r -> r != null)
                    .map(Rated::rating).toList();
            out.add(spread(id, dimensions.getOrDefault(id, id), values, false));
        }
        return out;
    }

    static Spread spread(String id, String title, List<Integer> ratings, boolean focus) {
        if (ratings.isEmpty()) {
            return new Spread(id, title, 0, null, null, null, false, focus);
        }
        int min = ratings.stream().mapToInt(Integer::intValue).min().orElseThrow();
        int max = ratings.stream().mapToInt(Integer::intValue).max().orElseThrow();
        return new Spread(id, title, ratings.size(), mean(ratings), min, max, max - min >= SPLIT, focus);
    }

    /** The mean cut to two places (8/3 is 2.66), like the policy shows it; null for none. */
    static BigDecimal mean(Collection<Integer> ratings) {
        if (ratings.isEmpty()) {
            return null;
        }
        long sum = ratings.stream().mapToLong(Integer::longValue).sum();
        return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(ratings.size()), 2, RoundingMode.DOWN);
    }

    static Rated rated(ScorecardContent.Item item) {
        String evidence = item.evidence() == null ? "" : item.evidence().strip();
        return new Rated(item.rating(), Rating.of(item.rating()).label(), evidence);
    }

}
