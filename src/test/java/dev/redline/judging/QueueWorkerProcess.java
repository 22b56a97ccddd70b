package dev.redline.judging;

import dev.redline.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;

/**
 * A judging worker in a process of its own, for {@link WorkerCrashTest} to kill: it claims a job
 * against the test PostgreSQL, says so on stdout, and then "judges" for ever.
 */
public final class QueueWorkerProcess {

    public static void main(String[] args) {
        var queue = new JudgeQueue(TestDatabases.postgres(), Clock.systemUTC());
        var settings = new JudgeWorker.Settings(Duration.ofSeconds(2), Duration.ofMillis(500), Duration.ofMillis(100),
                Duration.ofSeconds(1), 3);
        new JudgeWorker(queue, "doomed-worker", submission -> {
            System.out.println("JUDGING " + submission.id());
            System.out.flush();
            try {
                Thread.sleep(Duration.ofMinutes(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("never finishes");
        }, settings).run();
    }
}
