package dev.redline.evaluation;

import dev.redline.assessments.Assessment;
import dev.redline.assessments.Assessments;
import dev.redline.assessments.CandidateService;
import dev.redline.evaluation.policy.Rating;
import dev.redline.evaluation.policy.Recommendation;
import dev.redline.evaluation.rubrics.Competency;
import dev.redline.problems.DesignDimension;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import dev.redline.text.Markdown;
import dev.redline.web.ConflictException;
import dev.redline.web.InvalidRequestException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
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
 * The interviewer's pages (signed in with the staff code flow): their interviews, and for each the
 * scorecard form - a rating with evidence per focus competency, notes and the overall recommendation -
 * plus, when the interview discusses a design exercise, the candidate's design document and a design
 * scorecard per dimension. Forms post with a CSRF token; {@link ScorecardService} decides who may write
 * what and whether a scorecard is complete, and its refusals are shown on the page with what was typed.
 */
@Path("/staff/interviews")
@RolesAllowed({"interviewer", "admin"})
@Produces(MediaType.TEXT_HTML)
public class InterviewPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final String RATING = "rating-";
    private static final String EVIDENCE = "evidence-";
    private static final String DESIGN_RATING = "design-rating-";
    private static final String DESIGN_EVIDENCE = "design-evidence-";

    /** One assignment on the list. {@code status}: not-started, draft or submitted (the people scorecard). */
    public record Row(String assessmentId, String interview, String candidateName, String roleTitle,
            String interviewTitle, String status, String statusLabel, String designStatus, String href) {
    }

    public record ListPage(String signedIn, List<Row> rows) {
    }

    /** One step of the 4-point scale: what it is called, what it looks like, and whether it is chosen. */
    public record Level(int value, String label, String text, boolean checked) {
    }

    public record Option(String value, String label, boolean selected) {
    }

    /** A focus competency on the form, with the rubric and what is entered. */
    public record CompetencyField(String id, String title, String summary, List<Level> levels,
            List<Competency.Question> questions, String evidence, boolean strong) {
    }

    /** A scorecard's state for the page. {@code status}: draft or submitted; {@code version} 0 = not started. */
    public record State(String status, long version, String label) {
        public boolean submitted() {
            return "submitted".equals(status);
        }
    }

    public record PeopleForm(State state, List<CompetencyField> competencies, String notes, List<Option> recommendations) {
    }

    public record DimensionField(String id, String title, String description, List<Level> levels, String evidence,
            boolean strong) {
    }

    /**
     * A design exercise of the interview. {@code available} is false when the exercise is not part of this
     * candidate's assessment (then there is nothing to read or score and only {@code reason} is shown).
     */
    public record DesignForm(String exerciseId, String title, boolean available, String reason, boolean answered,
            String answerHtml, int words, String savedAt, int laterVersions, boolean inProgress, String guidanceHtml,
            State state, List<DimensionField> dimensions, String notes) {
    }

    public record ScorecardPage(String signedIn, String assessmentId, String interview, String action,
            String candidateName, String roleTitle, String interviewTitle, int minutes, String brief,
            String assessmentStatus, PeopleForm people, List<DesignForm> designs, String error, String message) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(ListPage page);

        static native TemplateInstance scorecard(ScorecardPage page);
    }

    private final ScorecardService scorecards;
    private final RubricCatalog rubrics;
    private final ProblemCatalog problems;
    private final Assessments assessments;
    private final CandidateService candidates;
    private final SecurityIdentity identity;

    InterviewPages(ScorecardService scorecards, RubricCatalog rubrics, ProblemCatalog problems,
            Assessments assessments, CandidateService candidates, SecurityIdentity identity) {
        this.scorecards = scorecards;
        this.rubrics = rubrics;
        this.problems = problems;
        this.assessments = assessments;
        this.candidates = candidates;
        this.identity = identity;
    }

    @GET
    public TemplateInstance list() {
        List<Row> rows = new ArrayList<>();
        for (ScorecardService.Task t : scorecards.tasks(identity)) {
            Assignment as = t.assignment();
            State s = state(scorecards.mine(identity, as.assessmentId(), ScorecardKind.PEOPLE, as.interview()));
            rows.add(new Row(as.assessmentId(), as.interview(), t.candidateName(), t.roleTitle(), t.interviewTitle(),
                    s.version() == 0 ? "not-started" : s.status(), s.version() == 0 ? "Not started"
                            : s.submitted() ? "Submitted" : "Draft",
                    designStatus(as.assessmentId(), t.designExercises()), href(as.assessmentId(), as.interview())));
        }
        return Templates.list(new ListPage(name(), rows));
    }

    @GET
    @Path("/{assessment}/{interview}")
    public TemplateInstance scorecard(@PathParam("assessment") String assessmentId,
            @PathParam("interview") String interview, @QueryParam("done") String done) {
        return page(assessmentId, interview, null, null, null, message(done));
    }

    /**
     * The scorecard forms. {@code action}: save or submit (the people scorecard), design-save or
     * design-submit (the design scorecard of the exercise in {@code subject}). Success redirects back to
     * the page (so a reload posts nothing); a refusal shows the page again with its reason and the values
     * as typed.
     */
    @POST
    @Path("/{assessment}/{interview}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@PathParam("assessment") String assessmentId, @PathParam("interview") String interview,
            MultivaluedMap<String, String> form) {
        String action = first(form, "action");
        String subject = first(form, "subject");
        boolean design = action.startsWith("design-");
        // before anything is read from the form: the caller may write this interview's scorecard (403, 404)
        scorecards.mine(identity, assessmentId, ScorecardKind.PEOPLE, interview);
        ScorecardService.Task task = task(assessmentId, interview);
        ScorecardContent content = null;
        try {
            switch (action) {
                case "save", "submit" -> {
                    content = peopleContent(form, task.focus());
                    scorecards.save(identity, assessmentId, ScorecardKind.PEOPLE, interview,
                            storable(content, competencyTitles(task.focus())));
                    if (action.equals("submit")) {
                        scorecards.submit(identity, assessmentId, ScorecardKind.PEOPLE, interview);
                    }
                }
                case "design-save", "design-submit" -> {
                    if (!task.designExercises().contains(subject)) {
                        throw new InvalidRequestException("subject: '" + subject + "' is not a design exercise of "
                                + "this interview");
                    }
                    content = designContent(form, dimensions(subject));
                    scorecards.save(identity, assessmentId, ScorecardKind.DESIGN, subject,
                            storable(content, dimensionTitles(subject)));
                    if (action.equals("design-submit")) {
                        scorecards.submit(identity, assessmentId, ScorecardKind.DESIGN, subject);
                    }
                }
                default -> throw new InvalidRequestException("action: one of save, submit, design-save, design-submit");
            }
        } catch (InvalidRequestException | ConflictException e) {
            String which = design ? "Design review of " + problems.find(subject).map(Problem::name).orElse(subject)
                    : "Scorecard";
            String error = which + ": " + e.getMessage();
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page(assessmentId, interview, design ? subject : "", content, error, null)).build();
        }
        String done = switch (action) {
            case "submit" -> "submitted";
            case "design-save" -> "design-saved";
            case "design-submit" -> "design-submitted";
            default -> "saved";
        };
        UriBuilder back = UriBuilder.fromPath("/staff/interviews/{a}/{i}").queryParam("done", done);
        String fragment = design ? "design-" + subject : "scorecard";
        return Response.seeOther(back.fragment(fragment).build(assessmentId, interview)).build();
    }

    /**
     * The page; {@code typedSubject} says which form {@code typed} (what the interviewer entered) belongs
     * to: "" for the people scorecard, an exercise id for a design scorecard, null when nothing was typed.
     */
    private TemplateInstance page(String assessmentId, String interview, String typedSubject, ScorecardContent typed,
            String error, String message) {
        StoredScorecard people = scorecards.mine(identity, assessmentId, ScorecardKind.PEOPLE, interview);
        ScorecardService.Task task = task(assessmentId, interview);
        Assessment a = assessments.find(assessmentId).orElseThrow(() -> new NoSuchElementException(
                "no assessment '" + assessmentId + "'"));
        var kitInterview = rubrics.kit(a.templateId()).flatMap(k -> k.interviews().stream()
                .filter(i -> i.id().equals(interview)).findFirst());
        ScorecardContent shown = typed != null && "".equals(typedSubject) ? typed : people.content();
        List<CompetencyField> competencies = new ArrayList<>();
        for (String id : task.focus()) {
            Competency c = rubrics.competencies().get(id);
            ScorecardContent.Item item = shown.ratings().get(id);
            int rating = item == null ? 0 : item.rating();
            competencies.add(new CompetencyField(id, c == null ? id : c.title(), c == null ? "" : c.summary(),
                    levels(rating, c == null ? Map.of() : c.levels()), c == null ? List.of() : c.questions(),
                    item == null || item.evidence() == null ? "" : item.evidence(), rating == 1 || rating == 4));
        }
        List<Option> recommendations = new ArrayList<>();
        recommendations.add(new Option("", "Choose…", shown.recommendation() == null));
        for (Recommendation r : Recommendation.values()) {
            String label = r == Recommendation.NONE ? "No recommendation" : r.label();
            recommendations.add(new Option(r.name(), label, r.name().equals(shown.recommendation())));
        }
        PeopleForm form = new PeopleForm(state(people), competencies, shown.notes(), recommendations);
        List<DesignForm> designs = new ArrayList<>();
        for (String exercise : task.designExercises()) {
            designs.add(designForm(a, exercise, exercise.equals(typedSubject) ? typed : null));
        }
        return Templates.scorecard(new ScorecardPage(name(), assessmentId, interview,
                href(assessmentId, interview), task.candidateName(), task.roleTitle(), task.interviewTitle(),
                kitInterview.map(i -> i.minutes()).orElse(0), kitInterview.map(i -> i.brief()).orElse(""),
                a.status().name().toLowerCase(Locale.ROOT), form, designs, error, message));
    }

    private DesignForm designForm(Assessment a, String exercise, ScorecardContent typed) {
        Optional<Problem> p = problems.find(exercise);
        String title = p.map(Problem::name).orElse(exercise);
        if (p.isEmpty() || !a.exercises().contains(exercise)) {
            String reason = p.isEmpty() ? "This design exercise is not in the bank right now; tell an administrator."
                    : "This design exercise is not part of this candidate's assessment, so there is no document to "
                            + "read or score.";
            return new DesignForm(exercise, title, false, reason, false, "", 0, "", 0, false, "",
                    new State("draft", 0, "Not started"), List.of(), "");
        }
        StoredScorecard stored = scorecards.mine(identity, a.id(), ScorecardKind.DESIGN, exercise);
        ScorecardContent shown = typed != null ? typed : stored.content();
        List<DimensionField> dimensions = new ArrayList<>();
        for (DesignDimension d : p.get().meta().dimensions()) {
            ScorecardContent.Item item = shown.ratings().get(d.id());
            int rating = item == null ? 0 : item.rating();
            dimensions.add(new DimensionField(d.id(), d.title(), d.description(), levels(rating, Map.of()),
                    item == null || item.evidence() == null ? "" : item.evidence(), rating == 1 || rating == 4));
        }
        var answer = candidates.designAnswer(a, exercise);
        String guidance = p.get().meta().guidance();
        return new DesignForm(exercise, title, true, "", answer.isPresent(),
                answer.map(x -> Markdown.html(x.content())).orElse(""),
                answer.map(CandidateService.DesignAnswer::words).orElse(0),
                answer.map(x -> when(x.savedAt())).orElse(""), answer.map(x -> x.laterVersions()).orElse(0),
                a.open(Instant.now()),
                guidance == null ? "" : Markdown.html(guidance), state(stored), dimensions,
                shown.notes());
    }

    private static List<Level> levels(int chosen, Map<Rating, String> anchors) {
        List<Level> out = new ArrayList<>();
        for (Rating r : Rating.values()) {
            out.add(new Level(r.points(), r.label(), anchors.getOrDefault(r, ""), r.points() == chosen));
        }
        return out;
    }

    /** What the people form holds, as typed (see {@link #typedRatings}). */
    private static ScorecardContent peopleContent(MultivaluedMap<String, String> form, List<String> focus) {
        String recommendation = first(form, "recommendation");
        return new ScorecardContent(first(form, "notes"), typedRatings(form, focus, RATING, EVIDENCE),
                recommendation.isBlank() ? null : recommendation);
    }

    private static ScorecardContent designContent(MultivaluedMap<String, String> form, List<String> dimensions) {
        return new ScorecardContent(first(form, "design-notes"), typedRatings(form, dimensions, DESIGN_RATING,
                DESIGN_EVIDENCE), null);
    }

    /**
     * The ratings of a form as typed: an item with evidence but no (or no valid) rating is kept with rating
     * 0, so that a refusal can show the page again with every word the interviewer wrote.
     */
    private static Map<String, ScorecardContent.Item> typedRatings(MultivaluedMap<String, String> form,
            List<String> items, String ratingPrefix, String evidencePrefix) {
        Map<String, ScorecardContent.Item> out = new LinkedHashMap<>();
        for (String item : items) {
            String rating = first(form, ratingPrefix + item).strip();
            String evidence = first(form, evidencePrefix + item);
            int value = 0;
            if (rating.matches("[1-4]")) {
                value = Integer.parseInt(rating);
            }
            if (value > 0 || !evidence.isBlank() || !rating.isEmpty()) {
                out.put(item, new ScorecardContent.Item(value, evidence));
            }
        }
        return out;
    }

    /**
     * The typed content as it can be stored: every item rated 1 to 4. Evidence for an item without a rating
     * would be lost by a save (a stored item always has a rating), so that is refused, as is a rating that
     * is not 1 to 4; the page then shows what was typed.
     */
    private static ScorecardContent storable(ScorecardContent typed, Map<String, String> titles) {
        List<String> unrated = typed.ratings().entrySet().stream().filter(e -> e.getValue().rating() == 0)
                .map(e -> titles.getOrDefault(e.getKey(), e.getKey())).toList();
        if (!unrated.isEmpty()) {
            throw new InvalidRequestException("choose a rating (1 Strong No to 4 Strong Yes) for "
                    + String.join(", ", unrated) + ", or the evidence written for it cannot be kept");
        }
        return typed;
    }

    private List<String> dimensions(String exercise) {
        return problems.find(exercise).map(p -> p.meta().dimensions().stream().map(DesignDimension::id).toList())
                .orElseThrow(() -> new NoSuchElementException("no exercise '" + exercise + "' in the bank"));
    }

    private Map<String, String> dimensionTitles(String exercise) {
        Map<String, String> out = new LinkedHashMap<>();
        problems.find(exercise).ifPresent(p -> p.meta().dimensions().forEach(d -> out.put(d.id(), d.title())));
        return out;
    }

    private Map<String, String> competencyTitles(List<String> focus) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : focus) {
            Competency c = rubrics.competencies().get(id);
            out.put(id, c == null ? id : c.title());
        }
        return out;
    }

    private String designStatus(String assessmentId, List<String> exercises) {
        if (exercises.isEmpty()) {
            return "";
        }
        Assessment a = assessments.find(assessmentId).orElse(null);
        int total = 0;
        int submitted = 0;
        for (String e : exercises) {
            if (a == null || !a.exercises().contains(e) || problems.find(e).isEmpty()) {
                continue;
            }
            total++;
            if (scorecards.mine(identity, assessmentId, ScorecardKind.DESIGN, e).submitted()) {
                submitted++;
            }
        }
        return total == 0 ? "" : submitted + " of " + total + " submitted";
    }

    private ScorecardService.Task task(String assessmentId, String interview) {
        return scorecards.tasks(identity).stream().filter(t -> t.assignment().assessmentId().equals(assessmentId)
                && t.assignment().interview().equals(interview)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("no interview '" + interview + "' of assessment '"
                        + assessmentId + "' is assigned to you"));
    }

    private static State state(StoredScorecard s) {
        if (s.submitted()) {
            return new State("submitted", s.version(), "Submitted " + when(s.submittedAt() == null ? s.updatedAt()
                    : s.submittedAt()) + (s.updatedAt() > (s.submittedAt() == null ? 0 : s.submittedAt())
                            ? "; changed since, now version " + s.version() : ""));
        }
        return new State("draft", s.version(), s.version() == 0 ? "Not started" : "Draft, saved "
                + when(s.updatedAt()));
    }

    private static String message(String done) {
        if (done == null) {
            return null;
        }
        return switch (done) {
            case "saved" -> "Scorecard saved.";
            case "submitted" -> "Scorecard submitted.";
            case "design-saved" -> "Design review saved.";
            case "design-submitted" -> "Design review submitted.";
            default -> null;
        };
    }

    private static String href(String assessmentId, String interview) {
        return UriBuilder.fromPath("/staff/interviews/{a}/{i}").build(assessmentId, interview).toString();
    }

    private static String when(long millis) {
        return millis <= 0 ? "" : WHEN.format(Instant.ofEpochMilli(millis));
    }

    private static String first(MultivaluedMap<String, String> form, String key) {
        String v = form == null ? null : form.getFirst(key);
        return v == null ? "" : v;
    }

    private String name() {
        return identity.getPrincipal().getName();
    }
}
