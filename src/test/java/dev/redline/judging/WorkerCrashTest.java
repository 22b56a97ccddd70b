package dev.redline.judging;

import dev.redline.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A worker process is killed (SIGKILL) in the middle of judging: the submission is not lost, another
 * worker judges it once the lease expires, and exactly one result is stored. Real PostgreSQL, real
 * process.
 */
class WorkerCrashTest {

    @Test
    void aKilledWorkersJobIsJudgedOnceByAnother() throws Exception {
        DataSource ds = TestDatabases.migrated("postgresql");
        var queue = new JudgeQueue(ds, Clock.systemUTC());
        String id = queue.submit("p", new Submission("python3", "print(1)"), Purpose.SUBMIT, "attempt-1", "k").id();

        Process worker = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), QueueWorkerProcess.class.getName())
                .redirectErrorStream(true).start();
        try {
            var lines = new BufferedReader(new InputStreamReader(worker.getInputStream(), StandardCharsets.UTF_8));
            String claimed = CompletableFuture.supplyAsync(() -> {
                try {
                    String line;
                    while ((line = lines.readLine()) != null) {
                        if (line.startsWith("JUDGING ")) {
                            return line.substring(8);
                        }
                    }
                    return null;
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(60, TimeUnit.SECONDS);
            assertThat(claimed).isEqualTo(id);
        } finally {
            worker.destroyForcibly();
            assertThat(worker.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(queue.find(id).orElseThrow().status()).isEqualTo(StoredSubmission.Status.JUDGING);

        var survivorSettings = new JudgeWorker.Settings(Duration.ofSeconds(30), Duration.ofSeconds(5),
                Duration.ofMillis(100), Duration.ofSeconds(1), 3);
        Judgement accepted = new Judgement(Verdict.AC, 1, 1, "",
                List.of(new TestResult("secret/1", false, Verdict.AC, 5, 100, 1, "", "")), List.of(), null);
        var survivor = new JudgeWorker(queue, "survivor", s -> accepted, survivorSettings);
        long deadline = System.currentTimeMillis() + 20_000;
        boolean judged = false;
        while (!judged && System.currentTimeMillis() < deadline) {
            judged = survivor.workOnce();
            if (!judged) {
                Thread.sleep(200); // the dead worker's lease (2 s) has not expired yet
            }
        }
        survivor.stop();
        assertThat(judged).isTrue();

        StoredSubmission after = queue.find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(StoredSubmission.Status.JUDGED);
        assertThat(after.judgement()).isEqualTo(accepted);
        try (Connection c = ds.getConnection();
                ResultSet rs = c.createStatement().executeQuery(
                        "SELECT COUNT(*), MAX(attempts), MIN(state) FROM judge_job WHERE submission_id = '" + id + "'")) {
            rs.next();
            assertThat(rs.getInt(1)).as("one job").isEqualTo(1);
            assertThat(rs.getInt(2)).as("claimed twice").isEqualTo(2);
            assertThat(rs.getString(3)).isEqualTo("DONE");
        }
        assertThat(queue.submit("p", new Submission("python3", "print(1)"), Purpose.SUBMIT, "attempt-1", "k"))
                .as("a retry of the original request finds the same submission")
                .isEqualTo(new JudgeQueue.Submitted(id, false));
    }
}
