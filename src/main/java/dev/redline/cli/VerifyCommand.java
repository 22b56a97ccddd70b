package dev.redline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.redline.judging.Expectation;
import dev.redline.judging.Judge;
import dev.redline.judging.JudgeListener;
import dev.redline.judging.Judgement;
import dev.redline.judging.Submission;
import dev.redline.judging.SubmissionFolder;
import dev.redline.judging.SubmissionRejected;
import dev.redline.judging.TimeLimitDeriver;
import dev.redline.judging.Verdict;
import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.LoadResult;
import dev.redline.problems.PackageError;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemLoader;
import dev.redline.problems.RedlineMeta;
import dev.redline.problems.SubmissionRule;
import dev.redline.sandbox.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code ./redline verify [--json] DIR...}: loads each problem package (a DIR holding problem.yaml,
 * or a folder of such DIRs) and judges every submission in its submissions/ folder, checking that it
 * gets its expected verdict; for a bug-fix exercise, also its starter code in every language, which
 * must be rejected. Submissions in languages Redline does not run are listed as skipped. A design
 * exercise loads but has nothing to judge: it is listed as "design: not judged" and counts as sound.
 * A submission that submissions/submissions.yaml describes is checked against its entries (permitted and
 * required verdicts per test case, score range) instead of its folder's name. The last line gives the
 * wall time of the whole run.
 * Exit 0 when everything is as expected, 1 on any package error or mismatch, 2 for bad usage.
 */
final class VerifyCommand {

    static final String USAGE = "usage: ./redline verify [--json] DIR...";
    /** What a submission described by submissions/submissions.yaml is checked against. */
    static final String SUBMISSIONS_YAML = "submissions.yaml";

    /** One submission's check; {@code ok} is null when it was skipped. */
    record SubmissionCheck(String path, String language, String expected, String got, double score, Boolean ok,
            String note) {
    }

    /**
     * One package's check; {@code error} is null when the package loaded. {@code kind} is the exercise kind
     * (coding, bugfix, design), null for a broken package; a design exercise has no submissions.
     */
    record ProblemCheck(String name, String dir, String kind, String error, List<SubmissionCheck> submissions) {
        boolean ok() {
            return error == null && submissions.stream().allMatch(s -> s.ok() == null || s.ok());
        }
    }

    static int execute(List<String> args, Sandbox sandbox, PrintStream out, PrintStream err) throws IOException {
        boolean json = args.contains("--json");
        List<Path> dirs = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--json")) {
                continue;
            }
            if (a.startsWith("-")) {
                throw new UsageException("unknown option " + a + "\n" + USAGE);
            }
            dirs.addAll(packagesIn(Path.of(a)));
        }
        if (dirs.isEmpty()) {
            throw new UsageException("no package directory given\n" + USAGE);
        }
        long started = System.nanoTime();
        Judge judge = new Judge(sandbox);
        List<ProblemCheck> checks = new ArrayList<>();
        for (Path dir : dirs) {
            ProblemCheck check = verify(dir, judge, json ? err : out);
            checks.add(check);
            if (!json) {
                print(check, out);
            }
        }
        if (json) {
            var doc = java.util.Map.of("problems", checks);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));
        }
        long bad = checks.stream().filter(c -> !c.ok()).count();
        (json ? err : out).printf("%d package(s) verified, %d with problems, in %.1f s (wall time)%n", checks.size(),
                bad, (System.nanoTime() - started) / 1e9);
        return bad == 0 ? 0 : 1;
    }

    static List<Path> packagesIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new UsageException(dir + " is not a directory");
        }
        if (Files.exists(dir.resolve("problem.yaml"))) {
            return List.of(dir);
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> found = s.filter(p -> Files.exists(p.resolve("problem.yaml"))).sorted().toList();
            if (found.isEmpty()) {
                throw new UsageException(dir + " has no problem.yaml and no package folders holding one");
            }
            return found;
        }
    }

    static ProblemCheck verify(Path dir, Judge judge, PrintStream progress) {
        LoadResult loaded = ProblemLoader.load(dir);
        if (!loaded.ok()) {
            String error = String.join("\n", loaded.errors().stream().map(PackageError::toString).toList());
            return new ProblemCheck(dir.getFileName().toString(), dir.toString(), null, error, List.of());
        }
        Problem problem = loaded.problem();
        String kind = problem.meta().kind().name().toLowerCase();
        if (!problem.meta().judged()) {
            progress.printf("verifying %s (design: not judged)%n", problem.id());
            return new ProblemCheck(problem.name(), dir.toString(), kind, null, List.of());
        }
        progress.printf("verifying %s (%d submissions)%n", problem.id(), problem.submissions().size());
        if (problem.limits().timeLimitMs() == 0) {
            problem = TimeLimitDeriver.derive(problem, judge);
            progress.printf("  no time limit given: derived %d ms from the accepted submissions%n",
                    problem.limits().timeLimitMs());
        }
        List<SubmissionCheck> results = new ArrayList<>();
        for (ExpectedSubmission s : problem.submissions()) {
            results.add(check(problem, s, judge));
        }
        if (problem.meta().kind() == RedlineMeta.Kind.BUGFIX) {
            // the buggy starter code must fail the hidden tests, or the exercise has nothing to fix
            for (var starter : problem.meta().starter().entrySet()) {
                results.add(checkSource(problem, "starter (" + starter.getKey() + ")", starter.getKey(), "rejected",
                        starter.getValue(), judge));
            }
        }
        return new ProblemCheck(problem.name(), dir.toString(), kind, null, results);
    }

    private static SubmissionCheck check(Problem problem, ExpectedSubmission s, Judge judge) {
        String path = problem.dir().relativize(s.path()).toString();
        if (s.language() == null) {
            try {
                // a folder is one program: two languages or none is a mistake in the package, not a skip
                if (Files.isDirectory(s.path())) {
                    SubmissionFolder.read(s);
                }
            } catch (IOException | IllegalArgumentException e) {
                return new SubmissionCheck(path, null, s.expected(), null, 0, false, e.getMessage());
            }
            return new SubmissionCheck(path, null, s.expected(), null, 0, null, "language not run by Redline");
        }
        String expected = s.rules().isEmpty() ? s.expected() : SUBMISSIONS_YAML;
        if (s.rules().isEmpty() && !Expectation.known(s.expected())) {
            return new SubmissionCheck(path, s.language(), s.expected(), null, 0, null,
                    "unknown expectation folder");
        }
        Submission submission;
        try {
            submission = SubmissionFolder.read(s);
        } catch (IOException e) {
            return new SubmissionCheck(path, s.language(), expected, null, 0, null, e.getMessage());
        } catch (IllegalArgumentException e) {
            return new SubmissionCheck(path, s.language(), expected, null, 0, false, e.getMessage());
        }
        return checkSource(problem, path, expected, s.rules(), submission, judge);
    }

    private static SubmissionCheck checkSource(Problem problem, String path, String language, String expected,
            String source, Judge judge) {
        return checkSource(problem, path, expected, List.of(), new Submission(language, source), judge);
    }

    /** Judges one submission; against the submissions.yaml {@code rules} when there are any, else its folder. */
    private static SubmissionCheck checkSource(Problem problem, String path, String expected,
            List<SubmissionRule> rules, Submission submission, Judge judge) {
        String language = submission.language();
        Judgement j;
        try {
            j = judge.judge(problem, submission, JudgeListener.NONE, true);
        } catch (SubmissionRejected e) {
            return new SubmissionCheck(path, language, expected, null, 0, false, e.getMessage());
        }
        String broken = null;
        if (j.judgeError() == null && j.verdict() != Verdict.CE) {
            List<String> verdicts = j.tests().stream().map(t -> t.verdict().name()).toList();
            broken = rules.stream().map(r -> r.violation(verdicts, j.score())).filter(v -> v != null).findFirst()
                    .orElse(null);
        }
        boolean ok = rules.isEmpty() ? Expectation.met(expected, j.verdict(), j.score())
                : broken == null && j.judgeError() == null && j.verdict() != Verdict.CE;
        String note = j.judgeError() != null ? j.judgeError() : broken != null ? broken
                : j.verdict().accepted() ? "max " + j.maxTimeMs() + " ms" : firstFailure(j);
        return new SubmissionCheck(path, language, expected, j.verdict().name(), j.score(), ok, note);
    }

    private static String firstFailure(Judgement j) {
        return j.tests().stream().filter(t -> !t.verdict().accepted()).findFirst()
                .map(t -> t.name() + " " + t.verdict() + " " + t.timeMs() + " ms").orElse("");
    }

    private static void print(ProblemCheck c, PrintStream out) {
        if (c.error() != null) {
            out.printf("%s (%s): BROKEN PACKAGE%n%s%n%n", c.name(), c.dir(), c.error().indent(2));
            return;
        }
        if ("design".equals(c.kind())) {
            out.printf("%s (%s): design: not judged (loads clean; interviewers score its answers)%n%n", c.name(),
                    c.dir());
            return;
        }
        out.printf("%s (%s): %s%n", c.name(), c.dir(), c.ok() ? "all as expected" : "MISMATCH");
        int width = c.submissions().stream().mapToInt(s -> s.path().length()).max().orElse(10);
        for (SubmissionCheck s : c.submissions()) {
            String status = s.ok() == null ? "skipped" : s.ok() ? "ok" : "MISMATCH";
            out.printf("  %-" + width + "s  %-10s  %-20s  %-3s  %7.2f  %-8s  %s%n", s.path(),
                    s.language() == null ? "-" : s.language(), s.expected(), s.got() == null ? "-" : s.got(),
                    s.score(), status, s.note() == null ? "" : s.note());
        }
        out.println();
    }
}
