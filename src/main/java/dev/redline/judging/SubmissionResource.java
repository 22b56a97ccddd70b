package dev.redline.judging;

import io.smallrye.mutiny.Multi;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.util.List;
import java.util.NoSuchElementException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Submissions and runs for staff trying the bank (admins and interviewers, bearer token). Thin: the
 * service stores and queues, this answers. Each staff member owns their submissions and has their own
 * rate limits. Candidates go through {@code /api/candidate}, scoped to their assessment.
 */
@Path("/api")
@RolesAllowed({"admin", "interviewer"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
public class SubmissionResource {


    /** A submission. The source size limit is the problem's (default 128 KiB): larger is 413. */
    public record SubmitRequest(@NotBlank String language, @NotNull String source,
            @Size(max = 100) String clientKey) {
    }

    /** A run on the samples, or, when {@code input} is given, on that input (no validation). */
    public record RunRequest(@NotBlank String language, @NotNull String source, @Size(max = 1 << 20) String input,
            @Size(max = 100) String clientKey) {
    }

    private final JudgingService judging;
    private final SubmissionEvents events;
    private final RateLimiter submits;
    private final RateLimiter runs;

    private final SecurityIdentity identity;

    SubmissionResource(JudgingService judging, SubmissionEvents events, JudgingConfig config,
            SecurityIdentity identity) {
        this.identity = identity;
        this.judging = judging;
        this.events = events;
        this.submits = new RateLimiter(config.submissionsPerMinute(), Clock.systemUTC());
        this.runs = new RateLimiter(config.runsPerMinute(), Clock.systemUTC());
    }

    @POST
    @Path("/problems/{problemId}/submissions")
    @Operation(summary = "Submit a solution; answered 202 once it is durably stored")
    public Response submit(@PathParam("problemId") String problemId, @Valid @NotNull SubmitRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        String key = firstNonNull(request.clientKey(), idempotencyKey);
        if (judging.earlier(problemId, Purpose.SUBMIT, owner(), key).isEmpty()) {
            submits.enforce(owner(), "submissions");
        }
        var submitted = judging.submit(problemId, new Submission(request.language(), request.source()),
                Purpose.SUBMIT, owner(), key);
        return accepted(submitted, uri);
    }

    @POST
    @Path("/problems/{problemId}/runs")
    @Operation(summary = "Run on the samples, or on your own input; answered 202, results stream")
    public Response run(@PathParam("problemId") String problemId, @Valid @NotNull RunRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Context UriInfo uri) {
        Purpose purpose = request.input() == null ? Purpose.SAMPLES : Purpose.CUSTOM;
        String key = firstNonNull(request.clientKey(), idempotencyKey);
        if (judging.earlier(problemId, purpose, owner(), key).isEmpty()) {
            runs.enforce(owner(), "runs");
        }
        var submitted = judging.submit(problemId, new Submission(request.language(), request.source(),
                request.input()), purpose, owner(), key);
        return accepted(submitted, uri);
    }

    @GET
    @Path("/submissions/{id}")
    @Operation(summary = "A submission with its per-test results")
    public SubmissionView get(@PathParam("id") String id) {
        return view(find(id));
    }

    @GET
    @Path("/problems/{problemId}/submissions")
    @Operation(summary = "Your submissions for a problem, newest first")
    public List<SubmissionView> history(@PathParam("problemId") String problemId) {
        return judging.history(owner(), problemId).stream().map(this::view).toList();
    }

    /** Hidden cases' exact time and memory can spell out their input: admins only. */
    private SubmissionView view(StoredSubmission s) {
        return identity.hasRole("admin") ? SubmissionView.exact(s) : SubmissionView.of(s);
    }

    @GET
    @Path("/submissions/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live progress as server-sent events, ending with the final result")
    public Multi<SubmissionEvents.ProgressEvent> events(@PathParam("id") String id) {
        return events.stream(find(id).id());
    }

    private String owner() {
        return "staff:" + identity.getPrincipal().getName();
    }

    /** A submission of the caller's; anyone else's is "not found". */
    private StoredSubmission find(String id) {
        return judging.find(id).filter(s -> s.owner().equals(owner()))
                .orElseThrow(() -> new NoSuchElementException("no submission '" + id + "'"));
    }

    private Response accepted(JudgeQueue.Submitted submitted, UriInfo uri) {
        StoredSubmission stored = find(submitted.id());
        return Response.accepted(view(stored))
                .location(uri.getBaseUriBuilder().path("api/submissions").path(submitted.id()).build())
                .build();
    }

    /** The body's clientKey, else the Idempotency-Key header, else none (every request is new). */
    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }
}
