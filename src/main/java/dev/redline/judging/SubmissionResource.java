package dev.redline.judging;

import dev.redline.web.RateLimitedException;
import io.smallrye.mutiny.Multi;
import io.vertx.core.http.HttpServerRequest;
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
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * Submissions and runs. Thin: the service stores and queues, this answers. Until staff and
 * candidate identities arrive, every caller is one owner and rate limits are per client address.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
public class SubmissionResource {

    static final String OWNER = "anonymous";
    private static final Duration STREAM_LIMIT = Duration.ofMinutes(15);
    private static final ScheduledExecutorService TICKS = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "redline-submission-events");
        t.setDaemon(true);
        return t;
    });

    /** A submission. The source size limit is the problem's (default 128 KiB): larger is 413. */
    public record SubmitRequest(@NotBlank String language, @NotNull String source,
            @Size(max = 100) String clientKey) {
    }

    /** A run on the samples, or, when {@code input} is given, on that input (no validation). */
    public record RunRequest(@NotBlank String language, @NotNull String source, @Size(max = 1 << 20) String input,
            @Size(max = 100) String clientKey) {
    }

    /** One state of a judgement as it streams: queued, compiling, running (n of m), or final. */
    public record ProgressEvent(String status, String phase, int done, int total,
            List<SubmissionView.TestView> tests, SubmissionView result) {
        boolean last() {
            return result != null;
        }
    }

    private final JudgingService judging;
    private final ProgressHub hub;
    private final RateLimiter submits;
    private final RateLimiter runs;

    SubmissionResource(JudgingService judging, ProgressHub hub, JudgingConfig config) {
        this.judging = judging;
        this.hub = hub;
        this.submits = new RateLimiter(config.submissionsPerMinute(), Clock.systemUTC());
        this.runs = new RateLimiter(config.runsPerMinute(), Clock.systemUTC());
    }

    @POST
    @Path("/problems/{problemId}/submissions")
    @Operation(summary = "Submit a solution; answered 202 once it is durably stored")
    public Response submit(@PathParam("problemId") String problemId, @Valid @NotNull SubmitRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Context HttpServerRequest http,
            @Context UriInfo uri) {
        limit(submits, http, "submissions");
        var submitted = judging.submit(problemId, new Submission(request.language(), request.source()),
                Purpose.SUBMIT, OWNER, firstNonNull(request.clientKey(), idempotencyKey));
        return accepted(submitted, uri);
    }

    @POST
    @Path("/problems/{problemId}/runs")
    @Operation(summary = "Run on the samples, or on your own input; answered 202, results stream")
    public Response run(@PathParam("problemId") String problemId, @Valid @NotNull RunRequest request,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Context HttpServerRequest http,
            @Context UriInfo uri) {
        limit(runs, http, "runs");
        Purpose purpose = request.input() == null ? Purpose.SAMPLES : Purpose.CUSTOM;
        var submitted = judging.submit(problemId, new Submission(request.language(), request.source(),
                request.input()), purpose, OWNER, firstNonNull(request.clientKey(), idempotencyKey));
        return accepted(submitted, uri);
    }

    @GET
    @Path("/submissions/{id}")
    @Operation(summary = "A submission with its per-test results")
    public SubmissionView get(@PathParam("id") String id) {
        return SubmissionView.of(find(id));
    }

    @GET
    @Path("/problems/{problemId}/submissions")
    @Operation(summary = "Your submissions for a problem, newest first")
    public List<SubmissionView> history(@PathParam("problemId") String problemId) {
        return judging.history(OWNER, problemId).stream().map(SubmissionView::of).toList();
    }

    @GET
    @Path("/submissions/{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Live progress as server-sent events, ending with the final result")
    public Multi<ProgressEvent> events(@PathParam("id") String id) {
        find(id);
        long deadline = System.currentTimeMillis() + STREAM_LIMIT.toMillis();
        return Multi.createFrom().emitter(emitter -> {
            AtomicReference<ProgressEvent> last = new AtomicReference<>();
            AtomicReference<ScheduledFuture<?>> task = new AtomicReference<>();
            task.set(TICKS.scheduleWithFixedDelay(() -> {
                try {
                    ProgressEvent now = snapshot(id);
                    if (!now.equals(last.getAndSet(now))) {
                        emitter.emit(now);
                    }
                    if (now.last() || System.currentTimeMillis() > deadline) {
                        emitter.complete();
                        task.get().cancel(false);
                    }
                } catch (RuntimeException e) {
                    emitter.fail(e);
                    task.get().cancel(false);
                }
            }, 0, 200, TimeUnit.MILLISECONDS));
            emitter.onTermination(() -> {
                if (task.get() != null) {
                    task.get().cancel(false);
                }
            });
        });
    }

    private ProgressEvent snapshot(String id) {
        StoredSubmission s = find(id);
        if (s.status() == StoredSubmission.Status.JUDGED || s.status() == StoredSubmission.Status.FAILED) {
            return new ProgressEvent(s.status().name(), "done", 0, 0, List.of(), SubmissionView.of(s));
        }
        return hub.progress(id)
                .map(p -> new ProgressEvent(s.status().name(), p.phase(), p.done(), p.total(),
                        SubmissionView.tests(p.tests()), null))
                .orElse(new ProgressEvent(s.status().name(), s.status() == StoredSubmission.Status.QUEUED ? "queued"
                        : "judging", 0, 0, List.of(), null));
    }

    private StoredSubmission find(String id) {
        return judging.find(id).orElseThrow(() -> new NoSuchElementException("no submission '" + id + "'"));
    }

    private Response accepted(JudgeQueue.Submitted submitted, UriInfo uri) {
        StoredSubmission stored = find(submitted.id());
        return Response.accepted(SubmissionView.of(stored))
                .location(uri.getBaseUriBuilder().path("api/submissions").path(submitted.id()).build())
                .build();
    }

    /** The body's clientKey, else the Idempotency-Key header, else none (every request is new). */
    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    private static void limit(RateLimiter limiter, HttpServerRequest http, String what) {
        String key = http.remoteAddress() == null ? "unknown" : http.remoteAddress().hostAddress();
        long wait = limiter.acquire(key);
        if (wait > 0) {
            throw new RateLimitedException("too many " + what + " from this client; try again in " + wait + " s",
                    wait);
        }
    }
}
