package dev.redline.reports;

import dev.redline.judging.GroupResult;
import dev.redline.judging.Judgement;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.problems.RedlineMeta;
import dev.redline.reports.CommitteeReport.ExerciseResult;
import dev.redline.reports.CommitteeReport.GroupVerdict;
import dev.redline.reports.CommitteeReport.TimelineEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * A judged exercise as the committee reads it: the counting submission's score, verdict per test group,
 * code and language, how many attempts, how long, and every run and submission in order. Pure code.
 */
final class ExerciseResults {

    private ExerciseResults() {
    }

    /**
     * @param history   the exercise's runs and submissions, any order
     * @param startedAt   when the candidate started the assessment (the time used is counted from there), or null
     * @param attemptOver whether no submission is a 0 (see {@link EvidenceAssembler})
     */
    static ExerciseResult of(String id, String title, RedlineMeta.Kind kind, List<StoredSubmission> history,
            Instant startedAt, boolean attemptOver) {
        List<StoredSubmission> ordered = history.stream()
                .sorted(Comparator.comparingLong(StoredSubmission::createdAt).thenComparing(StoredSubmission::id))
                .toList();
        List<StoredSubmission> submissions = EvidenceAssembler.submissions(history);
        EvidenceAssembler.Counted counted = EvidenceAssembler.counted(history, attemptOver);
        StoredSubmission s = counted.submission();
        Judgement j = counted.state() == EvidenceAssembler.State.JUDGED ? s.judgement() : null;
        Long last = submissions.isEmpty() ? null : submissions.get(submissions.size() - 1).createdAt();
        Long first = ordered.isEmpty() ? null : ordered.get(0).createdAt();
        Long used = last == null || startedAt == null ? null : Math.max(0, last - startedAt.toEpochMilli());
        List<TimelineEntry> timeline = new ArrayList<>();
        for (StoredSubmission t : ordered) {
            boolean judged = t.status() == StoredSubmission.Status.JUDGED && t.judgement() != null;
            boolean real = t.purpose() == Purpose.SUBMIT || t.purpose() == Purpose.REJUDGE;
            timeline.add(new TimelineEntry(t.createdAt(), t.purpose().name(), t.status().name(),
                    judged ? t.judgement().verdict().name() : null,
                    judged && real ? EvidenceAssembler.percent(t.judgement()) : null, t.submission().language(),
                    s != null && t.id().equals(s.id())));
        }
        return new ExerciseResult(id, title, kind.name().toLowerCase(Locale.ROOT), counted.state().name(),
                counted.percent(), j == null ? null : j.score(), j == null ? null : j.maxScore(),
                j == null ? null : j.verdict().name(), j == null ? null : j.verdict().label(), groups(j),
                submissions.size(), history.size() - submissions.size(), s == null ? null : s.submission().language(),
                s == null ? null : s.submission().source(), s == null ? null : s.id(), first, last, used, timeline);
    }

    /** The group tree flattened depth first: the sample group, the secret group and its subgroups. */
    static List<GroupVerdict> groups(Judgement j) {
        List<GroupVerdict> out = new ArrayList<>();
        if (j != null) {
            j.groups().forEach(g -> flatten(g, 0, out));
        }
        return out;
    }

    private static void flatten(GroupResult g, int depth, List<GroupVerdict> out) {
        out.add(new GroupVerdict(g.name(), depth, g.verdict().name(), g.score(), g.maxScore(), g.judged()));
        g.groups().forEach(sub -> flatten(sub, depth + 1, out));
    }
}
