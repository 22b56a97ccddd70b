package dev.redline.judging;

import dev.redline.testing.TestDatabases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.web.ConflictException;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The durable queue on real databases: H2 (the embedded default) and PostgreSQL. Plain JUnit. */
class JudgeQueueTest {

    static final Duration LEASE = Duration.ofSeconds(30);
    static final Submission CODE = new Submission("python3", "print(1)");

    final TestDatabases.ManualClock clock = new TestDatabases.ManualClock();

    JudgeQueue queue(String db) {
        return new JudgeQueue(TestDatabases.migrated(db), clock);
    }

    static Judgement accepted() {
        var t = new TestResult("secret/1", false, Verdict.AC, 12, 900, 1, "", "");
        return new Judgement(Verdict.AC, 1, 1, "", List.of(t), List.of(), null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void submissionIsStoredClaimedAndJudged(String db) {
        JudgeQueue q = queue(db);
        var s = q.submit("hello", CODE, Purpose.SUBMIT, "attempt-1", null);
        assertThat(s.created()).isTrue();
        assertThat(q.find(s.id()).orElseThrow().status()).isEqualTo(StoredSubmission.Status.QUEUED);

        JudgeQueue.Lease lease = q.claim("w1", LEASE).orElseThrow();
        assertThat(lease.submissionId()).isEqualTo(s.id());
        assertThat(q.find(s.id()).orElseThrow().status()).isEqualTo(StoredSubmission.Status.JUDGING);
        assertThat(q.claim("w2", LEASE)).as("nothing else to claim").isEmpty();

        assertThat(q.complete(lease, accepted())).isTrue();
        StoredSubmission done = q.find(s.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(StoredSubmission.Status.JUDGED);
        assertThat(done.judgement()).isEqualTo(accepted());
        assertThat(done.submission()).isEqualTo(CODE);
        assertThat(q.count("DONE")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theSameClientKeyIsStoredOnce(String db) {
        JudgeQueue q = queue(db);
        var first = q.submit("hello", CODE, Purpose.SUBMIT, "attempt-1", "key-1");
        var again = q.submit("hello", CODE, Purpose.SUBMIT, "attempt-1", "key-1");
        var otherOwner = q.submit("hello", CODE, Purpose.SUBMIT, "attempt-2", "key-1");
        assertThat(again).isEqualTo(new JudgeQueue.Submitted(first.id(), false));
        assertThat(otherOwner.id()).isNotEqualTo(first.id());
        assertThat(q.count("QUEUED")).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aClientKeyIsBoundToItsProblemAndPurpose(String db) {
        JudgeQueue q = queue(db);
        var first = q.submit("hello", CODE, Purpose.SAMPLES, "attempt-1", "key-1");
        assertThatThrownBy(() -> q.submit("other", CODE, Purpose.SAMPLES, "attempt-1", "key-1"))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("'key-1' was already used for a run on the samples of 'hello'")
                .hasMessageContaining("a run on the samples of 'other'");
        assertThatThrownBy(() -> q.submit("hello", CODE, Purpose.SUBMIT, "attempt-1", "key-1"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cannot name a submission of 'hello'");
        assertThat(q.earlier("attempt-1", "key-1", "hello", Purpose.SAMPLES)).contains(first.id());
        assertThat(q.earlier("attempt-1", "key-2", "hello", Purpose.SAMPLES)).isEmpty();
        assertThat(q.count("QUEUED")).as("the refused requests stored nothing").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void concurrentSubmitsWithOneKeyStoreOneSubmission(String db) throws Exception {
        JudgeQueue q = queue(db);
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> q.submit("hello", CODE, Purpose.SUBMIT, "attempt-1", "double-click").id());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<String> ids = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(calls)) {
                ids.add(f.get());
            }
            assertThat(ids).containsOnly(ids.get(0));
            assertThat(q.count("QUEUED")).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void samplesComeBeforeSubmissionsBeforeRejudges(String db) {
        JudgeQueue q = queue(db);
        var judged = q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        q.complete(q.claim("w", LEASE).orElseThrow(), accepted());
        q.rejudge("p");
        var submit = q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        var samples = q.submit("p", CODE, Purpose.SAMPLES, "a", null);

        List<String> order = new ArrayList<>();
        Optional<JudgeQueue.Lease> l;
        while ((l = q.claim("w", LEASE)).isPresent()) {
            order.add(l.get().submissionId());
            q.complete(l.get(), accepted());
        }
        assertThat(order).containsExactly(samples.id(), submit.id(), judged.id());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void oneOwnersFloodHoldsOneWorkerWhileOthersAreServedInTurn(String db) {
        JudgeQueue q = queue(db);
        List<String> flood = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            flood.add(q.submit("p", CODE, Purpose.SAMPLES, "flooder", null).id());
        }
        var victim = q.submit("p", CODE, Purpose.SAMPLES, "victim", null);
        var staff = q.submit("p", CODE, Purpose.SUBMIT, "staff-1", null);

        JudgeQueue.Lease first = q.claim("w1", LEASE).orElseThrow();
        assertThat(first.submissionId()).isEqualTo(flood.get(0));
        assertThat(q.claim("w2", LEASE).orElseThrow().submissionId())
                .as("the flooder has a job leased: the victim's later run goes next").isEqualTo(victim.id());
        JudgeQueue.Lease third = q.claim("w3", LEASE).orElseThrow();
        assertThat(third.submissionId()).as("a lower priority, but its owner is idle").isEqualTo(staff.id());
        assertThat(q.claim("w4", LEASE)).as("every owner with work has a job leased").isEmpty();

        q.complete(first, accepted());
        assertThat(q.claim("w1", LEASE).orElseThrow().submissionId()).isEqualTo(flood.get(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void anOwnersExpiredLeaseNoLongerHoldsItsOtherJobsBack(String db) {
        JudgeQueue q = queue(db);
        var a = q.submit("p", CODE, Purpose.SUBMIT, "owner", null);
        var b = q.submit("p", CODE, Purpose.SUBMIT, "owner", null);
        q.claim("dead-worker", LEASE).orElseThrow();
        assertThat(q.claim("w2", LEASE)).as("the owner's job is still leased").isEmpty();

        clock.advance(LEASE.toMillis() + 1);
        assertThat(q.claim("w2", LEASE).orElseThrow().submissionId()).as("the dead worker's job first").isEqualTo(a.id());
        assertThat(q.claim("w3", LEASE)).as("leased again, by a live worker").isEmpty();
        assertThat(b.created()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void manyWorkersRacingForOneJobOneWins(String db) throws Exception {
        JudgeQueue q = queue(db);
        q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        List<Callable<Optional<JudgeQueue.Lease>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String worker = "w" + i;
            calls.add(() -> q.claim(worker, LEASE));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            long winners = 0;
            for (Future<Optional<JudgeQueue.Lease>> f : pool.invokeAll(calls)) {
                winners += f.get().isPresent() ? 1 : 0;
            }
            assertThat(winners).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aDeadWorkersJobIsClaimedAgainAndItsLateResultIsRefused(String db) {
        JudgeQueue q = queue(db);
        var s = q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        JudgeQueue.Lease dead = q.claim("dead-worker", LEASE).orElseThrow();
        assertThat(q.claim("w2", LEASE)).as("still leased").isEmpty();

        clock.advance(LEASE.toMillis() + 1);
        JudgeQueue.Lease second = q.claim("w2", LEASE).orElseThrow();
        assertThat(second.submissionId()).isEqualTo(s.id());
        assertThat(second.attempt()).isEqualTo(2);

        assertThat(q.heartbeat(dead, LEASE)).isFalse();
        assertThat(q.complete(dead, accepted())).as("late result of the lost lease").isFalse();
        assertThat(q.find(s.id()).orElseThrow().judgement()).isNull();
        assertThat(q.complete(second, accepted())).isTrue();
        assertThat(q.complete(second, accepted())).as("a result is written once").isFalse();
        assertThat(q.count("DONE")).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aRestartedNodeReleasesItsOwnLeasesAndNoOneElses(String db) {
        JudgeQueue q = queue(db);
        q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        q.submit("p", CODE, Purpose.SUBMIT, "b", null);
        JudgeQueue.Lease mine = q.claim("node_a#0", LEASE).orElseThrow();
        JudgeQueue.Lease theirs = q.claim("nodeXa#0", LEASE).orElseThrow();

        assertThat(q.releaseLeasesOf("node_a#")).isEqualTo(1);

        assertThat(q.claim("node_a#1", LEASE).orElseThrow().submissionId()).isEqualTo(mine.submissionId());
        assertThat(q.complete(mine, accepted())).as("the old life's lease is void").isFalse();
        assertThat(q.heartbeat(theirs, LEASE)).as("another node's lease holds").isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aChangedFingerprintSaysTheTestsChanged(String db) {
        JudgeQueue q = queue(db);
        assertThat(q.recordVersion("p", "aaa")).as("first sight").isFalse();
        assertThat(q.recordVersion("p", "aaa")).as("unchanged").isFalse();
        assertThat(q.recordVersion("p", "bbb")).as("changed").isTrue();
        assertThat(q.recordVersion("p", "bbb")).isFalse();
        assertThat(q.recordVersion("other", "bbb")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void rejudgeQueuesOnlyRealSubmissionsAgain(String db) {
        JudgeQueue q = queue(db);
        var real = q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        q.submit("p", CODE, Purpose.SAMPLES, "a", null);
        JudgeQueue.Lease l;
        while ((l = q.claim("w", LEASE).orElse(null)) != null) {
            q.complete(l, accepted());
        }
        assertThat(q.rejudge("p")).isEqualTo(1);
        JudgeQueue.Lease again = q.claim("w", LEASE).orElseThrow();
        assertThat(again.submissionId()).isEqualTo(real.id());
        assertThat(q.find(real.id()).orElseThrow().status()).isEqualTo(StoredSubmission.Status.JUDGING);
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void heartbeatsKeepTheLease(String db) {
        JudgeQueue q = queue(db);
        q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        JudgeQueue.Lease lease = q.claim("w1", LEASE).orElseThrow();
        for (int i = 0; i < 3; i++) {
            clock.advance(LEASE.toMillis() / 2);
            assertThat(q.heartbeat(lease, LEASE)).isTrue();
        }
        assertThat(q.claim("w2", LEASE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void judgeErrorsAreRetriedWithBackoffThenFailedForAnAdmin(String db) {
        JudgeQueue q = queue(db);
        var s = q.submit("p", CODE, Purpose.SUBMIT, "a", null);
        Duration backoff = Duration.ofSeconds(10);
        for (int attempt = 1; attempt <= 3; attempt++) {
            JudgeQueue.Lease lease = q.claim("w", LEASE).orElseThrow();
            assertThat(lease.attempt()).isEqualTo(attempt);
            assertThat(q.fail(lease, "engine down", backoff, 3)).isTrue();
            if (attempt < 3) {
                assertThat(q.find(s.id()).orElseThrow().status()).isEqualTo(StoredSubmission.Status.QUEUED);
                assertThat(q.claim("w", LEASE)).as("not before the backoff").isEmpty();
                clock.advance(backoff.toMillis() << (attempt - 1));
            }
        }
        assertThat(q.find(s.id()).orElseThrow().status()).isEqualTo(StoredSubmission.Status.FAILED);
        assertThat(q.count("FAILED")).isEqualTo(1);
        clock.advance(Duration.ofDays(1).toMillis());
        assertThat(q.claim("w", LEASE)).isEmpty();
    }
}
