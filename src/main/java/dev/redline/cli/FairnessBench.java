package dev.redline.cli;

import dev.redline.judging.Judge;
import dev.redline.judging.JudgeListener;
import dev.redline.judging.JudgeQueue;
import dev.redline.judging.JudgeWorker;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.Submission;
import dev.redline.judging.Verdict;
import dev.redline.problems.Problem;
import dev.redline.problems.TestCase;
import dev.redline.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code ./redline bench fairness}: one candidate's "run on samples" latency while another attempt
 * floods the queue with runs that sleep (8 more before each of the victim's runs), against the same run's latency with the queue idle, in one
 * run, through the real queue, one worker per core and the sandbox. Last line
 * {@code fairness ratio: X.XX} (flooded / idle; the goal is at most 2).
 */
final class FairnessBench {

    static final int FLOOD = 8;
    static final int ROUNDS = 3;
    static final String VICTIM_CODE = "print(sum(map(int, input().split())))\n";
    static final String FLOOD_CODE = "import time\ntime.sleep(4)\nprint(sum(map(int, input().split())))\n";

    private FairnessBench() {
    }

    static int execute(Sandbox sandbox, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("redline-bench-fairness");
        Path in = Files.writeString(dir.resolve("1.in"), "1 2\n");
        Path ans = Files.writeString(dir.resolve("1.ans"), "3\n");
        Problem problem = JudgingBench.problem(dir, List.of(new TestCase("sample/1", in, ans, "", List.of(), true)));
        JudgeQueue queue = new JudgeQueue(JudgingBench.database(), Clock.systemUTC());
        Judge judge = new Judge(sandbox);
        int cores = Math.max(2, Runtime.getRuntime().availableProcessors());
        List<JudgeWorker> workers = new ArrayList<>();
        for (int w = 0; w < cores; w++) {
            var worker = new JudgeWorker(queue, "fair-" + w, s -> judge.judge(problem, s.submission(),
                    JudgeListener.NONE, true), new JudgeWorker.Settings(java.time.Duration.ofSeconds(60),
                    java.time.Duration.ofSeconds(10), java.time.Duration.ofMillis(20), java.time.Duration.ofSeconds(5),
                    4));
            workers.add(worker);
            Thread.ofPlatform().daemon().name("fair-" + w).start(worker);
        }
        try {
            victim(queue, problem); // warm-up: first boxes, JIT
            List<Double> idle = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                idle.add(victim(queue, problem));
            }
            List<Double> flooded = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                // the flooder queues more before each of the victim's runs: its backlog only grows
                for (int f = 0; f < FLOOD; f++) {
                    queue.submit(problem.id(), new Submission("python3", FLOOD_CODE), Purpose.SAMPLES, "flooder",
                            null);
                }
                flooded.add(victim(queue, problem));
            }
            double idleMs = JudgingBench.median(idle);
            double floodedMs = JudgingBench.median(flooded);
            out.printf("fairness benchmark: a python3 run on samples by one attempt, %d workers%n", cores);
            out.printf("idle:    %8.1f ms (median of %d, the queue otherwise empty)%n", idleMs, ROUNDS);
            out.printf("flooded: %8.1f ms (median of %d, each after another attempt queued %d more runs that sleep 4 s)%n",
                    floodedMs, ROUNDS, FLOOD);
            out.printf("fairness ratio: %.2f%n", floodedMs / idleMs);
            return 0;
        } finally {
            workers.forEach(JudgeWorker::stop);
        }
    }

    /** Submits the victim's run and waits until it is judged; returns the latency in ms. */
    private static double victim(JudgeQueue queue, Problem problem) throws InterruptedException {
        long start = System.nanoTime();
        String id = queue.submit(problem.id(), new Submission("python3", VICTIM_CODE), Purpose.SAMPLES, "victim",
                null).id();
        for (;;) {
            StoredSubmission s = queue.find(id).orElseThrow();
            if (s.status() == StoredSubmission.Status.JUDGED || s.status() == StoredSubmission.Status.FAILED) {
                if (s.judgement() == null || s.judgement().verdict() != Verdict.AC) {
                    throw new IllegalStateException("the victim's run was not accepted: " + s.status());
                }
                return BenchCommand.ms(System.nanoTime() - start);
            }
            Thread.sleep(5); // polling the stored state: what a candidate's page does, more often
        }
    }
}
