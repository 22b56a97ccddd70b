package dev.redline.cli;

import dev.redline.judging.Judge;
import dev.redline.judging.JudgeListener;
import dev.redline.judging.Judgement;
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
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./redline bench interactive}: the guessing game (20 cases) judged by the judge, the submission
 * and the validator each in its own box with Redline relaying the bytes, against the same two programs
 * connected by pipes on this host, in the same run. Rounds alternate; medians are reported.
 */
final class InteractiveBench {

    static final int CASES = 20;
    static final int ROUNDS = 3;
    static final Path FIXTURE = Path.of("src/test/resources/packages/guess");

    private InteractiveBench() {
    }

    static int execute(Sandbox sandbox, PrintStream out) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("redline-bench-interactive");
        Path validatorDir = Files.createDirectories(dir.resolve("output_validator"));
        Path validator = validatorDir.resolve("validate.py");
        // the fixture's own programs (the launcher runs from the repository's top): one source for both
        Files.copy(FIXTURE.resolve("output_validator/validate.py"), validator);
        Path submission = Files.copy(FIXTURE.resolve("submissions/accepted/guess.py"), dir.resolve("guess.py"));
        List<TestCase> cases = new ArrayList<>();
        for (int i = 1; i <= CASES; i++) {
            Path in = Files.writeString(dir.resolve(i + ".in"), i % 4 == 0 ? "adaptive " + i + "\n"
                    : "fixed " + (i * 997 % 1000 + 1) + "\n");
            Path ans = Files.writeString(dir.resolve(i + ".ans"), "");
            cases.add(new TestCase("secret/" + i, in, ans, "", List.of(), false));
        }
        Problem problem = problem(dir, validatorDir, cases);
        Judge judge = new Judge(sandbox);
        String source = Files.readString(submission, StandardCharsets.UTF_8);
        List<Double> bare = new ArrayList<>();
        List<Double> judged = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            long start = System.nanoTime();
            for (TestCase c : cases) {
                int exit = bareCase(validator, submission, c.input(), dir);
                if (exit != 42) {
                    throw new IllegalStateException("bare run of " + c.name() + ": the validator exited " + exit);
                }
            }
            bare.add((System.nanoTime() - start) / 1e6);
            start = System.nanoTime();
            Judgement j = judge.judge(problem, new Submission("python3", source), JudgeListener.NONE, true);
            judged.add((System.nanoTime() - start) / 1e6);
            if (j.verdict() != Verdict.AC) {
                throw new IllegalStateException("the reference submission got " + j.verdict() + ": "
                        + j.judgeError());
            }
        }
        double b = median(bare);
        double x = median(judged);
        out.printf("interactive benchmark: guessing game, %d cases; bare = validator and submission connected by"
                + " pipes on this host%n", CASES);
        out.printf("bare:   %8.1f ms (%.1f ms/case)%n", b, b / CASES);
        out.printf("judged: %8.1f ms (%.1f ms/case: two boxes, compile, relay, verdicts)%n", x, x / CASES);
        out.printf("interactive/bare ratio: %.2f (medians of %d rounds)%n", x / b, ROUNDS);
        return 0;
    }

    /** The two programs on the host, each one's stdout copied to the other's stdin; the validator's exit. */
    private static int bareCase(Path validator, Path submission, Path input, Path dir)
            throws IOException, InterruptedException {
        Path feedback = Files.createDirectories(dir.resolve("feedback"));
        Process v = new ProcessBuilder(BenchCommand.hostPython(), validator.toString(), input.toString(),
                input.toString(), feedback.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Process s = new ProcessBuilder(BenchCommand.hostPython(), submission.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread a = pump(v.getInputStream(), s.getOutputStream());
        Thread b = pump(s.getInputStream(), v.getOutputStream());
        int exit = v.waitFor();
        s.waitFor();
        a.join();
        b.join();
        return exit;
    }

    private static Thread pump(InputStream from, OutputStream to) {
        return Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[8192];
            try (from; to) {
                int n;
                while ((n = from.read(buf)) > 0) {
                    to.write(buf, 0, n);
                    to.flush();
                }
            } catch (IOException e) {
                // the other side ended: nothing more to relay
            }
        });
    }

    private static double median(List<Double> values) {
        return values.stream().sorted().toList().get(values.size() / 2);
    }

    private static Problem problem(Path dir, Path validator, List<TestCase> cases) {
        var secret = new TestGroup("secret", GroupScoring.PASS_FAIL, cases, List.of());
        var limits = new ProblemLimits(2_000, false, 256, 8, 128, 30_000, 10_000, 256);
        var meta = new RedlineMeta(RedlineMeta.Kind.CODING, List.of("python3"), Map.of(), 10, List.of(), "bench");
        return new Problem("guess-bench", "Guess (benchmark)", dir, PackageFormat.V2025_09, ProblemType.PASS_FAIL,
                limits, new Statement(Statement.Format.MARKDOWN, "en", ""), List.of(), secret,
                new OutputValidation(validator, List.of(), true, 1), List.<ExpectedSubmission>of(), meta);
    }
}
