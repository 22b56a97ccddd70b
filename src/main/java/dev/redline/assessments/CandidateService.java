package dev.redline.assessments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.identity.Invitations;
import dev.redline.judging.JudgeQueue;
import dev.redline.judging.JudgingService;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.Submission;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import dev.redline.problems.ProblemView;
import dev.redline.web.ConflictException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Everything a candidate does, always scoped to the one assessment their invitation admits to:
 * an exercise, draft or submission of another assessment is "not found", exactly like one that does
 * not exist. The server alone keeps the time: runs and submits after the deadline are refused, while
 * drafts are still saved so nothing typed is lost.
 */
@ApplicationScoped
public class CandidateService {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm 'UTC' 'on' d MMM yyyy",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Invitations invitations;
    private final Assessments assessments;
    private final Drafts drafts;
    private final IntegritySignals signals;
    private final ProblemCatalog problems;
    private final RoleTemplateCatalog templates;
    private final JudgingService judging;
    private final ObjectMapper json;
    private final Clock clock = Clock.systemUTC();

    CandidateService(Invitations invitations, Assessments assessments, Drafts drafts, IntegritySignals signals,
            ProblemCatalog problems, RoleTemplateCatalog templates, JudgingService judging, ObjectMapper json) {
        this.invitations = invitations;
        this.assessments = assessments;
        this.drafts = drafts;
        this.signals = signals;
        this.problems = problems;
        this.templates = templates;
        this.judging = judging;
        this.json = json;
    }

    /** The assessment a token admits to; empty for a guessed, malformed, expired or revoked one alike. */
    public Optional<Assessment> admit(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return invitations.resolve(token)
                .flatMap(i -> assessments.find(i.subject()))
                .filter(a -> a.status() != Assessment.Status.REVOKED);
    }

    public Assessment start(Assessment a) {
        return assessments.start(a.id());
    }

    /** Hands in; a second finish (another tab) is no error. */
    public Assessment finish(Assessment a) {
        assessments.finish(a.id());
        return assessments.find(a.id()).orElseThrow();
    }

    public CandidateView view(Assessment a) {
        List<ExerciseLink> links = new ArrayList<>();
        for (int i = 0; i < a.exercises().size(); i++) {
            String id = a.exercises().get(i);
            Optional<Problem> p = problems.find(id);
            links.add(new ExerciseLink(id, p.map(Problem::name).orElse(id),
                    p.map(x -> x.meta().kind().name().toLowerCase()).orElse("coding"),
                    p.map(x -> x.meta().estimatedMinutes()).orElse(0), i + 1, "/candidate/exercises/" + id));
        }
        String summary = templates.find(a.templateId()).map(RoleTemplate::summary).orElse("");
        return new CandidateView(a.candidateName(), a.roleTitle(), summary, a.status().name(), a.window().toMinutes(),
                a.accommodationPercent(), a.extension().toMinutes(), links, a.languages(),
                a.deadline().map(Instant::toEpochMilli).orElse(null), clock.millis());
    }

    public ExercisePage exercisePage(Assessment a, String exerciseId) {
        Problem p = exercise(a, exerciseId);
        CandidateView view = view(a);
        int index = a.exercises().indexOf(exerciseId);
        ProblemView pv = ProblemView.of(p);
        List<String> languages = languages(a, p);
        List<Map<String, String>> options = new ArrayList<>();
        for (String l : languages) {
            options.add(Map.of("id", l, "name", StarterCode.name(l), "starter",
                    p.meta().starter().getOrDefault(l, StarterCode.skeleton(l))));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("exerciseId", exerciseId);
        config.put("kind", p.meta().kind().name().toLowerCase());
        config.put("languages", options);
        config.put("defaultLanguage", languages.isEmpty() ? null : languages.get(0));
        config.put("deadlineMs", view.deadlineMs());
        config.put("serverNowMs", view.serverNowMs());
        config.put("open", a.open(clock.instant()));
        String configJson;
        try {
            configJson = json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the page's configuration", e);
        }
        List<ExerciseLink> links = view.exercises();
        return new ExercisePage(view, links.get(index), StatementHtml.of(p.statement()), pv.samples(),
                pv.timeLimitMs(), pv.memoryMb(), configJson, index > 0 ? links.get(index - 1) : null,
                index + 1 < links.size() ? links.get(index + 1) : null);
    }

    public FinishSummary summary(Assessment a) {
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        for (String id : a.exercises()) {
            String title = problems.find(id).map(Problem::name).orElse(id);
            String kind = problems.find(id).map(p -> p.meta().kind().name().toLowerCase()).orElse("coding");
            List<StoredSubmission> submitted = submissions(a, id);
            if (submitted.isEmpty()) {
                outcomes.add(new ExerciseOutcome(title, kind, "not submitted", "-", 0, "-"));
                continue;
            }
            StoredSubmission last = submitted.get(0);
            var j = last.judgement();
            String verdict = last.status() == StoredSubmission.Status.JUDGED && j != null ? j.verdict().label()
                    : "being judged";
            String score = j != null ? String.format(Locale.ROOT, "%.0f / %.0f", j.score(), j.maxScore()) : "-";
            outcomes.add(new ExerciseOutcome(title, kind, verdict, score, submitted.size(),
                    StarterCode.name(last.submission().language())));
        }
        Instant end = a.finishedAt() != null ? a.finishedAt() : clock.instant();
        long used = a.startedAt() == null ? 0 : Duration.between(a.startedAt(), end).toMinutes();
        return new FinishSummary(view(a), outcomes, used);
    }

    public Drafts.Draft draft(Assessment a, String exerciseId, String language) {
        exercise(a, exerciseId);
        return drafts.latest(a.id(), exerciseId, language).orElse(new Drafts.Draft(0, null, 0));
    }

    public Drafts.Saved saveDraft(Assessment a, String exerciseId, String language, String content, long base) {
        Problem p = exercise(a, exerciseId);
        requireLanguage(a, p, language);
        return drafts.save(a.id(), exerciseId, language, content, base);
    }

    /** Queues a run (samples, or the candidate's input) or a submission, while the window is open. */
    public StoredSubmission submit(Assessment a, String exerciseId, Submission submission, Purpose purpose,
            String clientKey) {
        Problem p = exercise(a, exerciseId);
        requireLanguage(a, p, submission.language());
        Instant now = clock.instant();
        if (!a.open(now)) {
            throw closed(a, purpose);
        }
        JudgeQueue.Submitted s = judging.submit(exerciseId, submission, purpose, a.owner(), clientKey);
        return judging.find(s.id()).orElseThrow();
    }

    /** Submissions (not runs) for an exercise, newest first. */
    public List<StoredSubmission> submissions(Assessment a, String exerciseId) {
        exercise(a, exerciseId);
        return judging.history(a.owner(), exerciseId).stream().filter(s -> s.purpose() == Purpose.SUBMIT).toList();
    }

    /** A submission or run of this attempt; another attempt's is "not found". */
    public StoredSubmission submission(Assessment a, String id) {
        return judging.find(id).filter(s -> s.owner().equals(a.owner()))
                .orElseThrow(() -> new NoSuchElementException("no submission '" + id + "' in this assessment"));
    }

    public void signal(Assessment a, String exerciseId, IntegritySignals.Kind kind, long amount) {
        exercise(a, exerciseId);
        signals.record(a.id(), exerciseId, kind, amount);
    }

    private Problem exercise(Assessment a, String exerciseId) {
        if (!a.exercises().contains(exerciseId)) {
            throw new NoSuchElementException("no exercise '" + exerciseId + "' in this assessment");
        }
        return problems.find(exerciseId).orElseThrow(() -> new NoSuchElementException("the exercise '" + exerciseId
                + "' is not available right now; tell the hiring team"));
    }

    private static List<String> languages(Assessment a, Problem p) {
        List<String> allowed = p.meta().languages();
        return a.languages().stream().filter(l -> allowed.isEmpty() || allowed.contains(l)).toList();
    }

    private static void requireLanguage(Assessment a, Problem p, String language) {
        if (!languages(a, p).contains(language)) {
            throw new dev.redline.web.InvalidRequestException("'" + language + "' is not a language of this exercise; "
                    + "use one of " + languages(a, p));
        }
    }

    private ConflictException closed(Assessment a, Purpose purpose) {
        String what = purpose == Purpose.SUBMIT ? "submit" : "run code";
        return switch (a.status()) {
            case INVITED -> new ConflictException("not started", "Start the assessment before you " + what + ".");
            case FINISHED -> new ConflictException("assessment finished", "You finished this assessment, so you can "
                    + "no longer " + what + ". Your work was handed in.");
            default -> new ConflictException("time is up", "The time for this assessment ended at "
                    + CLOCK.format(a.deadline().orElseThrow()) + ", so you can no longer " + what
                    + ". Your draft is saved. If something went wrong, contact the hiring team.");
        };
    }
}
