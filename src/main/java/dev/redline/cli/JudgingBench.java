package dev.redline.cli;

import dev.redline.judging.Judge;
import dev.redline.judging.JudgeQueue;
import dev.redline.judging.JudgeWorker;
import dev.redline.judging.Judgement;
import dev.redline.judging.Purpose;
import dev.redline.judging.StoredSubmission;
import dev.redline.judging.Submission;
import dev.redline.judging.Verdict;
import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.GroupScoring;
import dev.redline.problems.OutputValidation;
import dev.redline.problems.PackageFormat;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemLimits;
import dev.redline.problems.ProblemType;
import dev.redline.problems.RedlineMeta;
import dev.redline.problems.Statement;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import dev.redline.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * {@code ./redline bench judging}: a 50-test python3 submission judged end to end (queue in an
 * embedded database, worker, compile, runs, validation, result stored) against the same program run
 * bare over the same inputs, in one run; then 20 queued submissions through one worker per core, for
 * submissions per minute.
 */
final class JudgingBench {

    static final int TESTS = 50;
    static final int NUMBERS = 20_000;
    static final int QUEUED = 20;
    static final int ROUNDS = 3;

    private JudgingBench() {
    }

    static int execute(Sandbox sandbox, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("redline-bench-judging");
        byte[] source = BenchCommand.resource("reference.py");
        Files.write(dir.resolve("main.py"), source);
        List<byte[]> inputs = BenchCommand.inputs(TESTS, NUMBERS);
        List<TestCase> cases = new ArrayList<>();
        for (int i = 0; i < TESTS; i++) {
            String answer = BenchCommand.bare(List.of(BenchCommand.hostPython(), "main.py"), dir, inputs.get(i));
            Path in = Files.write(dir.resolve(i + ".in"), inputs.get(i));
            Path ans = Files.writeString(dir.resolve(i + ".ans"), answer);
            cases.add(new TestCase("secret/" + i, in, ans, "", List.of(), false));
        }
        Problem problem = problem(dir, cases);
        JudgeQueue queue = new JudgeQueue(database(), Clock.systemUTC());
        Judge judge = new Judge(sandbox);
        String code = new String(source, StandardCharsets.UTF_8);

        // one submission, end to end through the queue
        var worker = new JudgeWorker(queue, "bench", s -> judge.judge(problem, s.submission(),
                dev.redline.judging.JudgeListener.NONE), JudgeWorker.Settings.DEFAULT);
        for (int i = 0; i < 2; i++) { // warm-up: the run's first boxes, JIT, JSON
            queue.submit(problem.id(), new Submission("python3", code), Purpose.SUBMIT, "bench", null);
            worker.workOnce();
        }
        // bare and judged alternate; medians over the rounds damp a shared host's noise
        List<Double> bares = new ArrayList<>();
        List<Double> judgeds = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long bareStart = System.nanoTime();
            for (byte[] input : inputs) {
                BenchCommand.bare(List.of(BenchCommand.hostPython(), "main.py"), dir, input);
            }
            bares.add(BenchCommand.ms(System.nanoTime() - bareStart));
            long start = System.nanoTime();
            String id = queue.submit(problem.id(), new Submission("python3", code), Purpose.SUBMIT, "bench", null)
                    .id();
            worker.workOnce();
            judgeds.add(BenchCommand.ms(System.nanoTime() - start));
            StoredSubmission result = queue.find(id).orElseThrow();
            if (result.judgement() == null || result.judgement().verdict() != Verdict.AC) {
                throw new IllegalStateException("the benchmark submission was not accepted: " + result.status()
                        + (result.judgement() != null ? " " + result.judgement().verdict() + " "
                                + result.judgement().judgeError() : ""));
            }
        }
        double bare = median(bares);
        double judged = median(judgeds);

        // throughput: 20 queued, one worker per core
        int cores = Runtime.getRuntime().availableProcessors();
        // from as many owners: the queue gives one owner one worker at a time
        for (int i = 0; i < QUEUED; i++) {
            queue.submit(problem.id(), new Submission("python3", code), Purpose.SUBMIT, "bench-" + i, null);
        }
        long tStart = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < cores; w++) {
            var each = new JudgeWorker(queue, "bench-" + w, s -> judge.judge(problem, s.submission(),
                    dev.redline.judging.JudgeListener.NONE), JudgeWorker.Settings.DEFAULT);
            threads.add(Thread.ofPlatform().start(() -> {
                while (each.workOnce()) {
                    // until the queue is empty
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        double drain = BenchCommand.ms(System.nanoTime() - tStart);
        long done = queue.count("DONE");

        out.printf("judging benchmark: %d tests of %d numbers, python3, one submission end to end%n", TESTS, NUMBERS);
        out.printf("bare:   %8.1f ms (a process per test on this host, %.1f ms/test)%n", bare, bare / TESTS);
        out.printf("judged: %8.1f ms (queue, compile, %d runs in one box, validation, result stored; %.1f ms/test)%n",
                judged, TESTS, judged / TESTS);
        out.printf("throughput: %d queued submissions judged by %d workers in %.1f s: %.1f submissions/minute "
                + "(%d jobs done in all)%n", QUEUED, cores, drain / 1000, QUEUED * 60_000 / drain, done);
        out.printf("judging/bare ratio: %.2f (medians of %d rounds)%n", judged / bare, ROUNDS);
        return 0;
    }

    static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    static Problem problem(Path dir, List<TestCase> cases) {
        var secret = new TestGroup("secret", GroupScoring.PASS_FAIL, cases, List.of());
        var limits = new ProblemLimits(5_000, false, 256, 8, 128, 30_000, 10_000, 256);
        var meta = new RedlineMeta(RedlineMeta.Kind.CODING, List.of("python3"), Map.of(), 10, List.of(), "bench");
        return new Problem("bench", "Benchmark", dir, PackageFormat.V2025_09, ProblemType.PASS_FAIL, limits,
                new Statement(Statement.Format.MARKDOWN, "en", ""), List.of(), secret,
                new OutputValidation(null, List.of()), List.<ExpectedSubmission>of(), meta);
    }

    static JdbcDataSource database() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:bench-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }
}
