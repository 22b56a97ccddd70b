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
import dev.redline.problems.RedlineMeta;
import dev.redline.problems.Statement;
import dev.redline.text.Html;
import dev.redline.text.Markdown;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything a candidate does, always scoped to the one assessment their invitation admits to:
 * an exercise, draft or submission of another assessment is "not found", exactly like one that does
 * not exist. The server alone keeps the time: runs and submits after the deadline are refused, while
 * drafts are still saved so nothing typed is lost.
 */
@ApplicationScoped
public class CandidateService {

    /**
     * The one "language" of a design exercise: its answer is a Markdown document, kept as drafts in this
     * language and handed in at Finish. It is refused for every other exercise.
     */
    public static final String DESIGN_LANGUAGE = "markdown";

    /**
     * How long after the deadline (or the finish) a save still counts as part of the handed-in design
     * document: the page saves ~0.8 s after the last keystroke, and a slow network can delay that a little.
     * The editor turns read-only at the deadline, so only saves already under way land in this grace.
     */
    public static final Duration DESIGN_GRACE = Duration.ofSeconds(60);

    /** The sections of a design document when the prompt names none (the standard design dimensions). */
    static final List<String> GENERIC_SECTIONS = List.of("Context and requirements", "Architecture",
            "Data and consistency", "Scale and performance (estimates)", "Failure modes",
            "Trade-offs and sequencing");

    /** A design document as handed in: the last version saved before the deadline or the finish. */
    public record DesignAnswer(String content, long version, long savedAt, int words, int laterVersions) {
    }

    private static final Pattern HAND_IN = Pattern.compile("(?im)^#{1,6}\\s+.*\\bhand(?:ed)?[ -]in\\b.*$");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s");
    private static final Pattern SECTION_ITEM = Pattern.compile(
            "(?m)^\\s{0,3}(?:\\d+[.)]|[-*+])\\s+\\*\\*([^*\\n]{2,120}?)[.:]?\\*\\*");

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

    /** An admitted candidate: their assessment, and when the link that admitted them expires. */
    public record Admission(Assessment assessment, long linkExpiresAt) {
    }

    /** The assessment a token admits to; empty for a guessed, malformed, expired or revoked one alike. */
    public Optional<Assessment> admit(String token) {
        return admission(token).map(Admission::assessment);
    }

    /** As {@link #admit}, with the link's expiry (for the cookie that carries the token). */
    public Optional<Admission> admission(String token) {
        if (token == null) {
            return Optional.empty();
        }
        return invitations.resolve(token)
                .flatMap(i -> assessments.find(i.subject())
                        .filter(a -> a.status() != Assessment.Status.REVOKED)
                        .map(a -> new Admission(a, i.expiresAt())));
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
            options.add(Map.of("id", l, "name", languageName(l), "syntax", isDesign(p) ? l : StarterCode.syntax(l),
                    "starter", isDesign(p) ? designSkeleton(p) : p.meta().starter().getOrDefault(l, StarterCode.skeleton(l))));
        }
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("exerciseId", exerciseId);
        config.put("kind", p.meta().kind().name().toLowerCase());
        config.put("languages", options);
        config.put("defaultLanguage", languages.isEmpty() ? null : languages.get(0));
        if (isDesign(p)) {
            // what the document is scored on (titles and descriptions only; the guidance stays with staff)
            config.put("dimensions", pv.dimensions().stream().map(d -> Map.of("id", d.id(), "title", d.title(),
                    "description", d.description())).toList());
            config.put("maxBytes", Drafts.MAX_BYTES);
        }
        config.put("interactive", interactive(p));
        config.put("samples", p.samples().size());
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
        return new ExercisePage(view, links.get(index), statementHtml(p.statement()), samples(p, pv),
                interactive(p), pv.timeLimitMs(), pv.memoryMb(), configJson, index > 0 ? links.get(index - 1) : null,
                index + 1 < links.size() ? links.get(index + 1) : null);
    }

    /** Interactive samples as dialogues only: their .in and .ans are the validator's and are never shown. */
    private static List<ExerciseSample> samples(Problem p, ProblemView pv) {
        return interactive(p) ? p.samples().stream().map(ExerciseSample::interactive).toList()
                : pv.samples().stream().map(ExerciseSample::of).toList();
    }

    static boolean interactive(Problem p) {
        return p.validation().interactive();
    }

    public FinishSummary summary(Assessment a) {
        List<ExerciseOutcome> outcomes = new ArrayList<>();
        for (String id : a.exercises()) {
            String title = problems.find(id).map(Problem::name).orElse(id);
            String kind = problems.find(id).map(p -> p.meta().kind().name().toLowerCase()).orElse("coding");
            if (problems.find(id).filter(CandidateService::isDesign).isPresent()) {
                String words = designAnswer(a, id).map(d -> "design document: " + d.words()
                        + (d.words() == 1 ? " word" : " words")).orElse("design document: not written");
                outcomes.add(new ExerciseOutcome(title, kind, words, "-", 0, languageName(DESIGN_LANGUAGE)));
                continue;
            }
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
        Instant cutoff = cutoff(a);
        return drafts.save(a.id(), exerciseId, language, content, base, cutoff == null ? null : cutoff.toEpochMilli());
    }

    /**
     * Queues a run (samples, or the candidate's input) or a submission, while the window is open. A design
     * exercise is refused (409): its answer is the document, handed in at Finish, and nothing is run.
     */
    public StoredSubmission submit(Assessment a, String exerciseId, Submission submission, Purpose purpose,
            String clientKey) {
        Problem p = exercise(a, exerciseId);
        if (isDesign(p)) {
            throw new ConflictException("nothing to run", "'" + p.name() + "' is a system-design exercise: your "
                    + "answer is the design document you write on its page. It is saved as you type and handed in "
                    + "when you press Finish; nothing is run, submitted or judged.");
        }
        requireLanguage(a, p, submission.language());
        Instant now = clock.instant();
        if (!a.open(now)) {
            throw closed(a, purpose);
        }
        refuseRunWithoutData(p, purpose);
        JudgeQueue.Submitted s = judging.submit(exerciseId, submission, purpose, a.owner(), clientKey);
        return judging.find(s.id()).orElseThrow();
    }

    /**
     * A run on the samples of an exercise without sample, or a run of an interactive exercise on the
     * candidate's input (there is no judge to talk to), would answer with nothing or with a misleading
     * verdict: refused with what to do instead. The page says the same before anyone presses a button.
     */
    static void refuseRunWithoutData(Problem p, Purpose purpose) {
        if (purpose == Purpose.SAMPLES && p.samples().isEmpty()) {
            throw new ConflictException("no sample", "'" + p.name() + "' has no sample, so there is nothing to run on. "
                    + (interactive(p) ? NO_OWN_INPUT + " Submit to have your program judged on the hidden tests."
                    : "Use Run on my input to try your code on input you write, or Submit to have it judged."));
        }
        if (purpose == Purpose.CUSTOM && interactive(p)) {
            throw new ConflictException("no run on own input", "'" + p.name() + "' is interactive. " + NO_OWN_INPUT
                    + (p.samples().isEmpty() ? " Submit to have your program judged."
                    : " Use Run on samples: the judge plays each sample's dialogue with your program."));
        }
    }

    /** Why an interactive exercise has no run on the candidate's own input; the page shows it too. */
    public static final String NO_OWN_INPUT = "Your program talks with the judge's program, which answers what your "
            + "program asks, so there is no fixed input of yours to run it on.";

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

    /**
     * The design document of a design exercise as handed in: the latest version of its Markdown draft
     * saved before the deadline or the finish (whichever came first, plus {@link #DESIGN_GRACE}); while the
     * attempt is open, simply the latest. Empty when nothing was saved in time or the exercise is not a
     * design exercise of this assessment.
     */
    public Optional<DesignAnswer> designAnswer(Assessment a, String exerciseId) {
        if (!a.exercises().contains(exerciseId)
                || problems.find(exerciseId).filter(CandidateService::isDesign).isEmpty()) {
            return Optional.empty();
        }
        List<Drafts.Draft> versions = drafts.history(a.id(), exerciseId, DESIGN_LANGUAGE);   // newest first
        Instant cutoff = cutoff(a);
        int later = 0;
        for (Drafts.Draft d : versions) {
            if (cutoff != null && d.savedAt() > cutoff.toEpochMilli()) {
                later++;
                continue;
            }
            return Optional.of(new DesignAnswer(d.content(), d.version(), d.savedAt(), words(d.content()), later));
        }
        return Optional.empty();
    }

    /** The design document of the assessment {@code assessmentId}, for staff pages (no invitation involved). */
    public Optional<DesignAnswer> designAnswer(String assessmentId, String exerciseId) {
        return assessments.find(assessmentId).flatMap(a -> designAnswer(a, exerciseId));
    }

    /** A statement for the candidate's page: Markdown rendered (maths typeset by the page), LaTeX as source. */
    static String statementHtml(Statement statement) {
        if (statement.format() == Statement.Format.MARKDOWN) {
            return Markdown.html(statement.text());
        }
        return "<p class=\"statement-note\">This statement is written in LaTeX and shown as source.</p><pre>"
                + Html.escape(statement.text()) + "</pre>";
    }

    /** Words as the exercise page counts them: runs of non-space characters holding a letter or digit. */
    public static int words(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int n = 0;
        for (String token : text.strip().split("(?U)\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                n++;
            }
        }
        return n;
    }

    /**
     * What the editor of a design exercise starts with: a heading per section the prompt's "What to hand in"
     * part asks for (its numbered bold items), else {@link #GENERIC_SECTIONS}; plus assumptions and open
     * questions when the prompt asks for them.
     */
    static String designSkeleton(Problem p) {
        String prompt = p.statement() == null ? "" : p.statement().text();
        List<String> sections = new ArrayList<>();
        boolean assumptions = false;
        boolean questions = false;
        Matcher m = HAND_IN.matcher(prompt);
        if (m.find()) {
            String rest = prompt.substring(m.end());
            Matcher next = HEADING.matcher(rest);
            String part = next.find() ? rest.substring(0, next.start()) : rest;
            Matcher item = SECTION_ITEM.matcher(part);
            while (item.find()) {
                sections.add(item.group(1).strip());
            }
            String lower = part.toLowerCase(Locale.ROOT);
            assumptions = lower.contains("assumptions");
            questions = lower.contains("open questions");
        }
        if (sections.isEmpty()) {
            sections = GENERIC_SECTIONS;
        }
        StringBuilder doc = new StringBuilder("# ").append(p.name()).append(": design\n\n");
        for (int i = 0; i < sections.size(); i++) {
            doc.append("## ").append(i + 1).append(". ").append(sections.get(i)).append("\n\n\n");
        }
        if (assumptions) {
            doc.append("## Assumptions\n\n\n");
        }
        if (questions) {
            doc.append("## Open questions\n\n\n");
        }
        return doc.toString().stripTrailing() + "\n";
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

    /** A design exercise's "language" is Markdown, whatever the assessment's languages are. */
    private static List<String> languages(Assessment a, Problem p) {
        if (isDesign(p)) {
            return List.of(DESIGN_LANGUAGE);
        }
        List<String> allowed = p.meta().languages();
        return a.languages().stream().filter(l -> allowed.isEmpty() || allowed.contains(l)).toList();
    }

    private static void requireLanguage(Assessment a, Problem p, String language) {
        if (isDesign(p) && !DESIGN_LANGUAGE.equals(language)) {
            throw new InvalidRequestException("'" + language + "' is not a language of this exercise: it is a "
                    + "system-design exercise, answered with a design document in Markdown (language '"
                    + DESIGN_LANGUAGE + "')");
        }
        if (!languages(a, p).contains(language)) {
            throw new InvalidRequestException("'" + language + "' is not a language of this exercise; "
                    + "use one of " + languages(a, p));
        }
    }

    private static boolean isDesign(Problem p) {
        return p.meta().kind() == RedlineMeta.Kind.DESIGN;
    }

    private static String languageName(String language) {
        return DESIGN_LANGUAGE.equals(language) ? "Markdown" : StarterCode.name(language);
    }

    /** When the design answer was due: the deadline or the finish, whichever came first, plus the grace. */
    private static Instant cutoff(Assessment a) {
        Instant end = a.deadline().orElse(null);
        if (a.finishedAt() != null && (end == null || a.finishedAt().isBefore(end))) {
            end = a.finishedAt();
        }
        return end == null ? null : end.plus(DESIGN_GRACE);
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
