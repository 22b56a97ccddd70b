package dev.redline.judging;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One judging worker: claims a job, keeps its lease alive with a heartbeat while judging, stores
 * the result, or hands a judge error back to the queue for a retry. Thin on purpose: the job is
 * self-contained data, the judging is a function. Several workers, in one process or many, share
 * one queue.
 */
public final class JudgeWorker implements Runnable {

    private static final System.Logger LOG = System.getLogger(JudgeWorker.class.getName());

    /**
     * @param lease        how long a claim holds without a heartbeat
     * @param heartbeat    how often the lease is renewed while judging
     * @param idlePoll     how long to wait before asking again when the queue was empty
     * @param retryBackoff first delay after a judge error, doubled per attempt
     * @param maxAttempts  attempts before a job is failed for an admin
     */
    public record Settings(Duration lease, Duration heartbeat, Duration idlePoll, Duration retryBackoff,
            int maxAttempts) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(60), Duration.ofSeconds(10),
                Duration.ofMillis(250), Duration.ofSeconds(5), 4);
    }

    private final JudgeQueue queue;
    private final String name;
    private final Function<StoredSubmission, Judgement> judging;
    private final Settings settings;
    private final ScheduledExecutorService beats;
    private final Object signal = new Object();
    private volatile boolean running = true;

    public JudgeWorker(JudgeQueue queue, String name, Function<StoredSubmission, Judgement> judging,
            Settings settings) {
        this.queue = queue;
        this.name = name;
        this.judging = judging;
        this.settings = settings;
        this.beats = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, name + "-heartbeat");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void run() {
        while (running) {
            try {
                if (!workOnce()) {
                    synchronized (signal) {
                        signal.wait(settings.idlePoll().toMillis());
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // the database hiccuped: nothing is lost, the lease expires and the job comes back
                LOG.log(System.Logger.Level.WARNING, "worker {0}: {1}", name, e.toString());
                sleepQuietly(settings.idlePoll());
            }
        }
    }

    /** Wakes the worker when a job was just queued in this process. */
    public void nudge() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    public void stop() {
        running = false;
        nudge();
        beats.shutdownNow();
    }

    /** Claims and judges one job; false when there was none. */
    public boolean workOnce() {
        Optional<JudgeQueue.Lease> claimed = queue.claim(name, settings.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        JudgeQueue.Lease lease = claimed.get();
        ScheduledFuture<?> beat = beats.scheduleAtFixedRate(() -> {
            try {
                queue.heartbeat(lease, settings.lease());
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "heartbeat of job {0} failed: {1}", lease.jobId(), e);
            }
        }, settings.heartbeat().toMillis(), settings.heartbeat().toMillis(), TimeUnit.MILLISECONDS);
        try {
            StoredSubmission submission = queue.find(lease.submissionId()).orElseThrow();
            Judgement judgement;
            try {
                judgement = judging.apply(submission);
            } catch (RuntimeException e) {
                judgement = Judgement.judgeError("judging failed: " + e, "", java.util.List.of());
            }
            if (judgement.verdict() == Verdict.JE) {
                queue.fail(lease, judgement.judgeError(), settings.retryBackoff(), settings.maxAttempts());
            } else if (!queue.complete(lease, judgement)) {
                LOG.log(System.Logger.Level.INFO, "job {0}: lease lost, result dropped", lease.jobId());
            }
        } finally {
            beat.cancel(false);
        }
        return true;
    }

    private static void sleepQuietly(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
