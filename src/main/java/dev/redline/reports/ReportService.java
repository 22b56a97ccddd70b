package dev.redline.reports;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.assessments.Drafts;
import dev.redline.assessments.IntegritySignals;
import dev.redline.evaluation.CommitteeDecision;
import dev.redline.evaluation.PolicyCatalog;
import dev.redline.evaluation.RubricCatalog;
import dev.redline.evaluation.Scorecards;
import dev.redline.evaluation.StoredScorecard;
import dev.redline.evaluation.policy.Area;
import dev.redline.evaluation.policy.Evidence;
import dev.redline.evaluation.policy.Policy;
import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.judging.JudgingService;
import dev.redline.judging.StoredSubmission;
import dev.redline.problems.DesignDimension;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import dev.redline.problems.RedlineMeta;
import dev.redline.reports.CommitteeReport.PolicyResult;
import dev.redline.reports.EvidenceAssembler.JudgedExercise;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Assembles committee reports, read-only over the other features, and records committee decisions.
 * The policy decides; this class only gathers its evidence ({@link EvidenceAssembler}) and lays out what
 * the committee needs to check it.
 */
@ApplicationScoped
public class ReportService {

    /** The committee's possible decisions, with their labels. */
    public static final Map<String, String> OUTCOMES = outcomes();

    static final String INTEGRITY_NOTE = "Recorded as context; many honest reasons exist (a snippet of the "
            + "candidate's own, notes, a doorbell, a second screen). Never part of the decision.";
    static final int MAX_ASSESSMENTS = 1000;
    static final int MAX_RATIONALE = 8000;

    /** What is stored about one assessment, read once and used for both the evidence and the report. */
    record Gathered(Assessment assessment, List<Exercise> exercises, List<StoredScorecard> scorecards,
            Optional<Policy> policy, Map<String, String> names, boolean attemptOver) {

        List<Exercise> judged() {
            return exercises.stream().filter(e -> e.kind() != RedlineMeta.Kind.DESIGN).toList();
        }

        List<Exercise> design() {
            return exercises.stream().filter(e -> e.kind() == RedlineMeta.Kind.DESIGN).toList();
        }

        Evidence evidence() {
            return EvidenceAssembler.evidence(judged().stream().map(e -> new JudgedExercise(e.id(), e.history()))
                    .toList(), attemptOver, scorecards, design().size(), names);
        }
    }

    /** An exercise of the assessment; {@code problem} is null when it left the bank (then read as coding). */
    record Exercise(String id, Problem problem, RedlineMeta.Kind kind, List<StoredSubmission> history) {

        String title() {
            return problem == null ? id : problem.name();
        }
    }

    private final Assessments assessments;
    private final JudgingService judging;
    private final ProblemCatalog problems;
    private final Drafts drafts;
    private final IntegritySignals signals;
    private final Scorecards scorecards;
    private final RubricCatalog rubrics;
    private final PolicyCatalog policies;
    private final Clock clock = Clock.systemUTC();

    ReportService(Assessments assessments, JudgingService judging, ProblemCatalog problems, Drafts drafts,
            IntegritySignals signals, Scorecards scorecards, RubricCatalog rubrics, PolicyCatalog policies) {
        this.assessments = assessments;
        this.judging = judging;
        this.problems = problems;
        this.drafts = drafts;
        this.signals = signals;
        this.scorecards = scorecards;
        this.rubrics = rubrics;
        this.policies = policies;
    }

    /** The report of one assessment. */
    public CommitteeReport report(String assessmentId) {
        Gathered g = gather(assessment(assessmentId));
        Assessment a = g.assessment();
        List<CommitteeReport.ExerciseResult> exercises = g.judged().stream().map(e -> ExerciseResults.of(e.id(),
                e.title(), e.kind(), e.history(), a.startedAt(), g.attemptOver())).toList();
        return new CommitteeReport(a.id(), new CommitteeReport.Candidate(a.candidateName(), a.candidateEmail()),
                new CommitteeReport.Role(a.templateId(), a.roleTitle()), a.status().name(),
                a.createdAt().toEpochMilli(), millis(a.startedAt()), millis(a.finishedAt()),
                a.deadline().map(Instant::toEpochMilli).orElse(null), policy(g), exercises, designAnswers(g),
                rubric(g), integrity(g), decisions(a.id()), clock.millis());
    }

    /** The assessments for the committee's list, with the policy's outcome and the committee's decision. */
    public List<ReportRow> rows(ReportQuery query) {
        List<ReportRow> rows = new ArrayList<>();
        for (Assessment a : assessments.list(MAX_ASSESSMENTS)) {
            PolicyResult p = policy(gather(a));
            List<CommitteeReport.Decision> decided = decisions(a.id());
            CommitteeReport.Decision last = decided.isEmpty() ? null : decided.get(decided.size() - 1);
            rows.add(new ReportRow(a.id(), a.candidateName(), a.candidateEmail(), a.roleTitle(), a.status().name(),
                    p.outcome(), p.label(), last == null ? null : last.outcome(), last == null ? null : last.label(),
                    last == null ? null : last.decidedBy(), last == null ? null : last.decidedAt(),
                    a.createdAt().toEpochMilli()));
        }
        return query.apply(rows);
    }

    /**
     * Records the committee's decision, audited with the policy's outcome at this moment. Refused (409)
     * before the candidate is done, and a Hire when a technical red line failed: the red line is
     * make-or-break, and if the judging itself was wrong the fix is a rejudge, not an override.
     */
    public CommitteeReport.Decision decide(String assessmentId, String outcome, String rationale, String actor) {
        Assessment a = assessment(assessmentId);
        String o = outcome == null ? "" : outcome.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
        if (!OUTCOMES.containsKey(o)) {
            throw new InvalidRequestException("outcome: one of HIRE, NO_HIRE, REVIEW");
        }
        if (rationale == null || rationale.isBlank()) {
            throw new InvalidRequestException("rationale: say why; the decision is kept with its reasons");
        }
        if (rationale.length() > MAX_RATIONALE) {
            throw new InvalidRequestException("rationale: at most " + MAX_RATIONALE + " characters");
        }
        switch (a.status()) {
            case INVITED -> throw new ConflictException("not started", "the candidate has not started the "
                    + "assessment; there is nothing to decide yet");
            case REVOKED -> throw new ConflictException("revoked", "the assessment was revoked");
            case STARTED -> {
                if (a.open(clock.instant())) {
                    throw new ConflictException("still running", "the candidate is still working; decide once they "
                            + "finish or their time is up");
                }
            }
            default -> {
            }
        }
        PolicyResult policy = policy(gather(a));
        if ("HIRE".equals(o) && policy.redLineFailed()) {
            throw new ConflictException("below the red line", "a technical red line failed (" + policy.headline()
                    + "), so this candidate cannot be hired; if judging was wrong, an admin rejudges first");
        }
        CommitteeDecision d = scorecards.decide(a.id(), o, policy.outcome(), rationale.strip(), actor);
        return decision(d);
    }

    /** Interviewer calibration over every submitted scorecard. */
    public Calibration calibration() {
        List<StoredScorecard> submitted = scorecards.submitted();
        Map<String, String> finals = new HashMap<>();
        for (String id : submitted.stream().map(StoredScorecard::assessmentId).collect(Collectors.toSet())) {
            List<CommitteeDecision> d = scorecards.decisions(id);
            if (!d.isEmpty()) {
                finals.put(id, d.get(d.size() - 1).outcome());
            }
        }
        return Calibration.of(submitted, finals);
    }

    /** The two charts of a report, as inline SVG. */
    public record ReportCharts(String scores, String profile) {
    }

    public ReportCharts charts(CommitteeReport r) {
        List<Charts.Bar> bars = r.exercises().stream().map(e -> new Charts.Bar(e.title(), e.percent())).toList();
        BigDecimal mean = null;
        if (!bars.isEmpty() && bars.stream().allMatch(b -> b.percent() != null)) {
            mean = bars.stream().map(Charts.Bar::percent).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(bars.size()), 6, RoundingMode.DOWN);
        }
        Optional<Policy> policy = policies.policy(r.role().template());
        BigDecimal redLine = policy.map(p -> p.redLines().get(Area.CODING)).orElse(null);
        List<Charts.Profile> profile = r.rubric().competencies().stream().filter(c -> c.count() > 0)
                .map(c -> new Charts.Profile(c.title(), c.mean(), c.min(), c.max(), c.disagreement())).toList();
        BigDecimal minimum = policy.map(p -> p.people().competencyMinimum()).orElse(null);
        return new ReportCharts(Charts.scores("chart-scores", bars, mean, redLine),
                Charts.profile("chart-competencies", profile, minimum));
    }

    Gathered gather(Assessment a) {
        List<Exercise> exercises = new ArrayList<>();
        for (String id : a.exercises()) {
            Problem p = problems.find(id).orElse(null);
            RedlineMeta.Kind kind = p == null ? RedlineMeta.Kind.CODING : p.meta().kind();
            exercises.add(new Exercise(id, p, kind, kind == RedlineMeta.Kind.DESIGN ? List.of()
                    : judging.history(a.owner(), id)));
        }
        return new Gathered(a, exercises, scorecards.of(a.id()), policies.policy(a.templateId()),
                names(exercises), attemptOver(a));
    }

    /**
     * Whether an exercise without a submission is a 0: the candidate finished, their time is up, or the
     * assessment was revoked. Before that they may still submit.
     */
    boolean attemptOver(Assessment a) {
        return switch (a.status()) {
            case FINISHED, REVOKED -> true;
            case INVITED -> false;
            case STARTED -> !a.open(clock.instant());
        };
    }

    /**
     * How the policy's sentences and the report name competencies and design dimensions: the titles of
     * the rubric files and of the exercises' dimensions ("filesync: Architecture" when an assessment has
     * several design exercises, matching the ids {@link EvidenceAssembler} gives them).
     */
    private Map<String, String> names(List<Exercise> exercises) {
        Map<String, String> names = new HashMap<>();
        rubrics.competencies().forEach((id, c) -> names.put(id, c.title()));
        List<Exercise> design = exercises.stream().filter(e -> e.kind() == RedlineMeta.Kind.DESIGN
                && e.problem() != null).toList();
        for (Exercise e : design) {
            for (DesignDimension d : e.problem().meta().dimensions()) {
                names.put(design.size() > 1 ? e.id() + "/" + d.id() : d.id(),
                        design.size() > 1 ? e.title() + ": " + d.title() : d.title());
            }
        }
        return names;
    }

    static PolicyResult policy(Gathered g) {
        Assessment a = g.assessment();
        if (a.status() == Assessment.Status.REVOKED && a.startedAt() == null) {
            return PolicyResults.revoked();
        }
        return PolicyResults.of(g.policy(), g.assessment().templateId(), g::evidence);
    }

    private List<CommitteeReport.DesignAnswer> designAnswers(Gathered g) {
        List<CommitteeReport.DesignAnswer> out = new ArrayList<>();
        for (Exercise e : g.design()) {
            Optional<Drafts.Draft> draft = drafts.latest(g.assessment().id(), e.id(), "markdown");
            String markdown = draft.map(Drafts.Draft::content).orElse("");
            Map<String, String> dimensions = new LinkedHashMap<>();
            List<DesignDimension> declared = e.problem() == null ? List.of() : e.problem().meta().dimensions();
            declared.forEach(d -> dimensions.put(d.id(), d.title()));
            List<CommitteeReport.Review> reviews = Panels.reviews(g.scorecards(), e.id());
            out.add(new CommitteeReport.DesignAnswer(e.id(), e.title(), markdown, dev.redline.text.Markdown.html(markdown),
                    draft.map(Drafts.Draft::savedAt).orElse(null), draft.map(Drafts.Draft::version).orElse(0L),
                    Panels.dimensions(dimensions, reviews), reviews));
        }
        return out;
    }

    private CommitteeReport.RubricMatrix rubric(Gathered g) {
        Set<String> order = new LinkedHashSet<>();
        Set<String> focus = new LinkedHashSet<>();
        g.policy().ifPresent(p -> focus.addAll(p.people().focus()));
        order.addAll(focus);
        rubrics.kit(g.assessment().templateId()).ifPresent(kit -> kit.interviews().stream()
                .map(InterviewKit.Interview::focus).forEach(order::addAll));
        return Panels.rubric(g.scorecards(), List.copyOf(order), id -> g.names().getOrDefault(id, id), focus,
                scorecards.assignments(g.assessment().id()));
    }

    private CommitteeReport.Integrity integrity(Gathered g) {
        Map<String, String> titles = new HashMap<>();
        g.exercises().forEach(e -> titles.put(e.id(), e.title()));
        List<CommitteeReport.Signal> out = new ArrayList<>();
        for (IntegritySignals.Summary s : signals.summary(g.assessment().id())) {
            String shown = s.kind() == IntegritySignals.Kind.PASTE
                    ? s.events() + (s.events() == 1 ? " paste, " : " pastes, ") + s.total() + " characters in total"
                    : "page hidden " + s.events() + (s.events() == 1 ? " time, " : " times, ")
                            + ReportFormat.duration(s.total()) + " in total";
            out.add(new CommitteeReport.Signal(s.exercise(), titles.getOrDefault(s.exercise(), s.exercise()),
                    s.kind().name(), s.events(), s.total(), shown));
        }
        return new CommitteeReport.Integrity(INTEGRITY_NOTE, out);
    }

    private List<CommitteeReport.Decision> decisions(String assessmentId) {
        return scorecards.decisions(assessmentId).stream().map(ReportService::decision).toList();
    }

    private static CommitteeReport.Decision decision(CommitteeDecision d) {
        return new CommitteeReport.Decision(d.outcome(), OUTCOMES.getOrDefault(d.outcome(), d.outcome()),
                d.policyOutcome(), d.rationale(), d.decidedBy(), d.decidedAt());
    }

    private Assessment assessment(String id) {
        return assessments.find(id).orElseThrow(() -> new NoSuchElementException("no assessment '" + id + "'"));
    }

    private static Long millis(Instant i) {
        return i == null ? null : i.toEpochMilli();
    }

    private static Map<String, String> outcomes() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("HIRE", "Hire");
        m.put("NO_HIRE", "No hire");
        m.put("REVIEW", "Review");
        return Collections.unmodifiableMap(m);
    }
}
