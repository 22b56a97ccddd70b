package dev.redline.judging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Several "instances" (each its own queue over its own data source) drain one database at once:
 * every submission is judged exactly once and none is left behind. The submissions belong to
 * several owners: the queue gives one owner at most one worker at a time.
 */
class SharedDatabaseTest {

    static final int SUBMISSIONS = 40;
    static final int INSTANCES = 4;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void instancesSharingADatabaseJudgeEachSubmissionOnce(String db) throws Exception {
        DataSource first = TestDatabases.migrated(db);
        var submitter = new JudgeQueue(first, Clock.systemUTC());
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < SUBMISSIONS; i++) {
            ids.add(submitter.submit("p", new Submission("python3", "print(" + i + ")"), Purpose.SUBMIT,
                    "owner-" + i % 8, null)
                    .id());
        }
        Map<String, AtomicInteger> judged = new ConcurrentHashMap<>();
        Judgement ok = new Judgement(Verdict.AC, 1, 1, "", List.of(), List.of(), null);
        List<Thread> threads = new ArrayList<>();
        for (int n = 0; n < INSTANCES; n++) {
            // a separate data source per instance, as separate processes would have
            DataSource own = db.equals("h2") ? first : TestDatabases.postgres();
            var queue = new JudgeQueue(own, Clock.systemUTC());
            var worker = new JudgeWorker(queue, "instance-" + n, s -> {
                judged.computeIfAbsent(s.id(), k -> new AtomicInteger()).incrementAndGet();
                return ok;
            }, new JudgeWorker.Settings(Duration.ofSeconds(30), Duration.ofSeconds(5), Duration.ofMillis(20),
                    Duration.ofSeconds(1), 3));
            threads.add(Thread.ofPlatform().start(() -> {
                while (worker.workOnce()) {
                    // drain
                }
            }));
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        assertThat(judged).containsOnlyKeys(ids);
        assertThat(judged.values()).allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(submitter.count("DONE")).isEqualTo(SUBMISSIONS);
        assertThat(submitter.count("QUEUED") + submitter.count("RUNNING")).isZero();
    }
}
