package dev.redline.assessments;

import dev.redline.judging.JudgingConfig;
import dev.redline.judging.JudgingService;
import dev.redline.judging.Purpose;
import dev.redline.judging.RateLimiter;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.Submission;
import dev.redline.judging.SubmissionEvents;
import dev.redline.judging.SubmissionView;
import dev.redline.text.Markdown;
import dev.redline.web.ApiError;
import io.smallrye.mutiny.Multi;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * The candidate's JSON API, used by the exercise page. The cookie set by the invitation link admits;
 * every call is scoped to that one assessment. Runs and submits are rate limited per attempt.
 */
@Path("/api/candidate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "candidate")
public class CandidateResource {

    public record DraftRequest(@NotBlank String language, @NotNull String content, @PositiveOrZero long baseVersion) {
    }

    public record DraftView(long version, String content, long savedAt) {
    }

    public record SavedView(long version, boolean created, boolean diverged, long savedAt) {
    }

    public record SubmitRequest(@NotBlank String language, @NotNull String source, @Size(max = 100) String clientKey) {
    }

    public record RunRequest(@NotBlank String language, @NotNull String source, @Size(max = 1 << 20) String input,
            @Size(max = 100) String clientKey) {
    }

    public record PreviewRequest(@NotNull String markdown) {
    }

    public record PreviewView(String html) {
    }

    public record SignalRequest(@NotBlank @Size(max = 100) String exercise, @NotNull IntegritySignals.Kind kind,
            @PositiveOrZero long amount) {
    }

    private final CandidateService candidates;
    private final SubmissionEvents events;
    private final JudgingService judging;
    private final RateLimiter submits;
    private final RateLimiter runs;
    private final RateLimiter draftSaves;

    CandidateResource(CandidateService candidates, SubmissionEvents events, JudgingService judging,
            JudgingConfig config, AssessmentsConfig assessments) {
        this.candidates = candidates;
        this.judging = judging;
        this.events = events;
        this.submits = new RateLimiter(config.submissionsPerMinute(), Clock.systemUTC());
        this.runs = new RateLimiter(config.runsPerMinute(), Clock.systemUTC());
        this.draftSaves = new RateLimiter(assessments.draftSavesPerMinute(), Clock.systemUTC());
    }

    @GET
    @Path("/exercises/{exercise}/draft")
    @Operation(summary = "The latest draft for an exercise and language (version 0 when there is none)")
    public DraftView draft(@CookieParam(CandidateCookie.NAME) String token, @PathParam("exercise") String exercise,
            @QueryParam("language") String language) {
        if (language == null || language.isBlank()) {
            throw new dev.redline.web.InvalidRequestException("add ?language=<id>, e.g. ?language=python3");
        }
        Drafts.Draft d = candidates.draft(admitted(token), exercise, language);
        return new DraftView(d.version(), d.content(), d.savedAt());
    }

    @PUT
    @Path("/exercises/{exercise}/draft")
    @Operation(summary = "Autosave: every change is kept as a new version; saves still work after the deadline")
    public SavedView saveDraft(@CookieParam(CandidateCookie.NAME) String token,
            @PathParam("exercise") String exercise, @Valid @NotNull DraftRequest request) {
        Assessment a = admitted(token);
        draftSaves.enforce(a.id(), "draft saves");
        int size = request.content().getBytes(StandardCharsets.UTF_8).length;
        if (size > Drafts.MAX_BYTES) {
            throw new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("draft too large", "The draft is " + size + " bytes; the limit is "
                            + Drafts.MAX_BYTES + " bytes (128 KiB). Make it smaller; your last saved version is kept."))
                    .build());
        }
        Drafts.Saved s = candidates.saveDraft(a, exercise, request.language(), request.content(),
                request.baseVersion());
        return new SavedView(s.version(), s.created(), s.diverged(), System.currentTimeMillis());
    }

    @POST
    @Path("/exercises/{exercise}/runs")
    @Operation(summary = "Run on the samples, or on your own input; answered 202, results stream")
    public Response run(@CookieParam(CandidateCookie.NAME) String token, @PathParam("exercise") String exercise,
            @Valid @NotNull RunRequest request) {
        Assessment a = admitted(token);
        Purpose purpose = request.input() == null ? Purpose.SAMPLES : Purpose.CUSTOM;
        if (judging.earlier(exercise, purpose, a.owner(), request.clientKey()).isEmpty()) {
            runs.enforce(a.id(), "runs"); // a retry with its client key costs no token
        }
        return accepted(candidates.submit(a, exercise, new Submission(request.language(), request.source(),
                request.input()), purpose, request.clientKey()));
    }

    @POST
    @Path("/exercises/{exercise}/submissions")
    @Operation(summary = "Submit; answered 202 once durably stored, 409 after the deadline")
    public Response submit(@CookieParam(CandidateCookie.NAME) String token, @PathParam("exercise") String exercise,
            @Valid @NotNull SubmitRequest request) {
        Assessment a = admitted(token);
        if (judging.earlier(exercise, Purpose.SUBMIT, a.owner(), request.clientKey()).isEmpty()) {
            submits.enforce(a.id(), "submissions"); // a retry with its client key costs no token
        }
        return accepted(candidates.submit(a, exercise, new Submission(request.language(), request.source()),
                Purpose.SUBMIT, request.clientKey()));
    }

    @GET
    @Path("/exercises/{exercise}/submissions")
    @Operation(summary = "Your submissions for an exercise, newest first")
    public List<SubmissionView> history(@CookieParam(CandidateCookie.NAME) String token,
            @PathParam("exercise") String exercise) {
        return candidates.submissions(admitted(token), exercise).stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("/submissions/{id}")
    @Operation(summary = "One of your submissions or runs, with per-test results")
    public SubmissionView submission(@CookieParam(CandidateCookie.NAME) String token, @PathParam("id") String id) {
        return SubmissionView.of(candidates.submission(admitted(token), id));
    }

    @GET
    @Path("/submissions/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live progress as server-sent events, ending with the final result")
    public Multi<SubmissionEvents.ProgressEvent> events(@CookieParam(CandidateCookie.NAME) String token,
            @PathParam("id") String id) {
        return events.stream(candidates.submission(admitted(token), id).id());
    }

    @POST
    @Path("/preview")
    @Operation(summary = "A design document's Markdown as HTML, as interviewers will see it (raw HTML escaped)")
    public PreviewView preview(@CookieParam(CandidateCookie.NAME) String token,
            @Valid @NotNull PreviewRequest request) {
        admitted(token);
        int size = request.markdown().getBytes(StandardCharsets.UTF_8).length;
        if (size > Drafts.MAX_BYTES) {
            throw new WebApplicationException(Response.status(413).type(MediaType.APPLICATION_JSON)
                    .entity(new ApiError("document too large", "The document is " + size + " bytes; the limit is "
                            + Drafts.MAX_BYTES + " bytes (128 KiB). Make it smaller to see the preview."))
                    .build());
        }
        return new PreviewView(Markdown.html(request.markdown()));
    }

    @POST
    @Path("/signals")
    @Operation(summary = "Record a paste or focus-loss event (context for the committee, never a verdict)")
    public Response signal(@CookieParam(CandidateCookie.NAME) String token, @Valid @NotNull SignalRequest request) {
        candidates.signal(admitted(token), request.exercise(), request.kind(), request.amount());
        return Response.noContent().build();
    }

    private Assessment admitted(String token) {
        return candidates.admit(token).orElseThrow(() -> new WebApplicationException(Response.status(401)
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiError("not admitted", "Open your invitation link again. If it no longer works, "
                        + "ask the hiring team for a new one."))
                .build()));
    }


    private static Response accepted(StoredSubmission s) {
        return Response.accepted(SubmissionView.of(s)).location(URI.create("/api/candidate/submissions/" + s.id()))
                .build();
    }
}
