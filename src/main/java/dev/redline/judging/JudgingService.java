package dev.redline.judging;

import dev.redline.problems.Problem;
import dev.redline.problems.ProblemCatalog;
import dev.redline.sandbox.DockerSandbox;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Judging inside the service: takes submissions into the durable queue and runs this instance's
 * workers. Time limits that packages leave open are derived once per problem and kept.
 */
@ApplicationScoped
public class JudgingService {

    private static final Logger LOG = Logger.getLogger(JudgingService.class);

    private final ProblemCatalog catalog;
    private final ProgressHub hub;
    private final JudgingConfig config;
    private final Judge judge;
    private final JudgeQueue queue;
    private final List<JudgeWorker> workers = new ArrayList<>();
    private final Map<String, Problem> derived = new ConcurrentHashMap<>();

    private final String nodeId;

    JudgingService(DataSource dataSource, DockerSandbox sandbox, ProblemCatalog catalog, ProgressHub hub,
            JudgingConfig config, dev.redline.sandbox.SandboxSettings sandboxSettings) {
        this.nodeId = sandboxSettings.nodeId();
        this.catalog = catalog;
        this.hub = hub;
        this.config = config;
        this.judge = new Judge(sandbox);
        this.queue = new JudgeQueue(dataSource, Clock.systemUTC());
    }

    void onStart(@Observes StartupEvent event) {
        int n = config.workers().orElse(Runtime.getRuntime().availableProcessors());
        var settings = new JudgeWorker.Settings(config.lease(), config.heartbeat(),
                java.time.Duration.ofMillis(250), config.retryBackoff(), config.maxAttempts());
        // worker names start with the node id, stable across restarts: what this node was judging
        // when it died is queued again now instead of when its leases expire
        int released = queue.releaseLeasesOf(nodeId + "#");
        if (released > 0) {
            LOG.infof("%d job(s) this node was judging before it stopped are queued again", released);
        }
        rejudgeChangedProblems();
        for (int i = 0; i < n; i++) {
            var worker = new JudgeWorker(queue, nodeId + "#" + i, this::judge, settings);
            workers.add(worker);
            Thread.ofPlatform().name("redline-judge-" + i).daemon().start(worker);
        }
        LOG.infof("%d judging worker(s) started", n);
    }

    /** A problem whose tests changed since the last start gets its submissions judged again. */
    private void rejudgeChangedProblems() {
        for (Problem p : catalog.all().values()) {
            if (!p.meta().judged()) {
                continue;
            }
            try {
                if (queue.recordVersion(p.id(), dev.redline.problems.ProblemFingerprint.of(p))) {
                    LOG.infof("the tests of %s changed: %d submission(s) queued for a rejudge", p.id(),
                            queue.rejudge(p.id()));
                }
            } catch (RuntimeException e) {
                LOG.warnf("could not check whether the tests of %s changed: %s", p.id(), e.getMessage());
            }
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        workers.forEach(JudgeWorker::stop);
    }

    /**
     * Stores a submission (committed before this returns) and queues it.
     *
     * @throws NoSuchElementException for an unknown problem
     * @throws SubmissionRejected     when the submission cannot be judged as sent, or the problem is a
     *                                 design exercise (nothing there is judged)
     */
    public JudgeQueue.Submitted submit(String problemId, Submission submission, Purpose purpose, String owner,
            String clientKey) {
        Problem problem = catalog.find(problemId).orElseThrow(() -> new NoSuchElementException(
                "no problem '" + problemId + "'"));
        refuseUnjudged(problem);
        Judge.check(problem, submission);
        JudgeQueue.Submitted submitted = queue.submit(problemId, submission, purpose, owner, clientKey);
        workers.forEach(JudgeWorker::nudge);
        return submitted;
    }

    /**
     * The id of the submission an earlier request with this client key stored: a retry, which is answered
     * with it and costs no rate-limit token. Empty without a key or for a new one.
     *
     * @throws dev.redline.web.ConflictException when the key was used for another problem or purpose
     */
    public Optional<String> earlier(String problemId, Purpose purpose, String owner, String clientKey) {
        return queue.earlier(owner, clientKey, problemId, purpose);
    }

    public Optional<StoredSubmission> find(String id) {
        return queue.find(id);
    }

    public List<StoredSubmission> history(String owner, String problemId) {
        return queue.list(owner, problemId, 50);
    }

    public int rejudge(String problemId) {
        int n = queue.rejudge(problemId);
        workers.forEach(JudgeWorker::nudge);
        return n;
    }

    Judgement judge(StoredSubmission s) {
        Problem problem = catalog.find(s.problemId()).map(this::withTimeLimit).orElse(null);
        if (problem == null) {
            return Judgement.judgeError("problem " + s.problemId() + " is no longer in the bank", "", List.of());
        }
        try {
            if (!problem.meta().judged()) {
                // only a package changed from coding to design in place can leave such a job behind
                return Judgement.judgeError(SubmissionRejected.notJudged(problem).getMessage(), "", List.of());
            }
            return switch (s.purpose()) {
                case SUBMIT, REJUDGE -> judge.judge(problem, s.submission(), hub.listenerFor(s.id()));
                case SAMPLES -> judge.judgeSamples(problem, s.submission(), hub.listenerFor(s.id()));
                case CUSTOM -> judge.runCustom(problem, s.submission());
            };
        } finally {
            hub.finished(s.id());
        }
    }

    /** A design exercise is answered with a document that interviewers score: code sent to it is refused. */
    static void refuseUnjudged(Problem problem) {
        if (!problem.meta().judged()) {
            throw SubmissionRejected.notJudged(problem);
        }
    }

    private Problem withTimeLimit(Problem p) {
        if (p.limits().timeLimitMs() > 0 || !p.meta().judged()) {
            return p;
        }
        return derived.computeIfAbsent(p.id(), id -> TimeLimitDeriver.derive(p, judge));
    }
}
