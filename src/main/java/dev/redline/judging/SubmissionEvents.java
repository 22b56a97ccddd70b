package dev.redline.judging;

import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A submission's progress as a stream of states, for server-sent events: each change once, ending
 * with the final result. The state is read from the queue (durable) and the progress hub (live).
 */
@ApplicationScoped
public class SubmissionEvents {

    /** One state of a judgement as it streams: queued, compiling, running (n of m), or final. */
    public record ProgressEvent(String status, String phase, int done, int total,
            List<SubmissionView.TestView> tests, SubmissionView result) {
        boolean last() {
            return result != null;
        }
    }

    private static final Duration STREAM_LIMIT = Duration.ofMinutes(15);
    private static final ScheduledExecutorService TICKS = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "redline-submission-events");
        t.setDaemon(true);
        return t;
    });

    private final JudgingService judging;
    private final ProgressHub hub;

    SubmissionEvents(JudgingService judging, ProgressHub hub) {
        this.judging = judging;
        this.hub = hub;
    }

    /** The stream of an existing submission; the caller has checked who may see it. */
    public Multi<ProgressEvent> stream(String id) {
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
        StoredSubmission s = judging.find(id).orElseThrow(() -> new NoSuchElementException("no submission '" + id
                + "'"));
        if (s.status() == StoredSubmission.Status.JUDGED || s.status() == StoredSubmission.Status.FAILED) {
            return new ProgressEvent(s.status().name(), "done", 0, 0, List.of(), SubmissionView.of(s));
        }
        return hub.progress(id)
                .map(p -> new ProgressEvent(s.status().name(), p.phase(), p.done(), p.total(),
                        SubmissionView.tests(p.tests()), null))
                .orElse(new ProgressEvent(s.status().name(), s.status() == StoredSubmission.Status.QUEUED ? "queued"
                        : "judging", 0, 0, List.of(), null));
    }
}
