package dev.redline.judging;

import dev.redline.problems.DefaultOutputValidator;
import dev.redline.problems.GroupScoring;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemLimits;
import dev.redline.problems.ProblemType;
import dev.redline.problems.TestCase;
import dev.redline.problems.TestGroup;
import dev.redline.sandbox.Box;
import dev.redline.sandbox.CompileResult;
import dev.redline.sandbox.Language;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunOptions;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SandboxException;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges one submission against one problem: compile once, run the samples then the secret groups
 * in order (each group's cases in one batch in the same box), validate each output, score the
 * groups. Stateless and thread-safe; one instance serves every worker.
 *
 * <p>Stopping follows Kattis: a pass-fail problem stops at its first rejected case; a pass-fail
 * group (or a legacy group with on_reject: break) stops at its first rejected case and its later
 * cases count as rejected; other groups of a scoring problem are still judged.
 */
public final class Judge {

    private static final GroupScoring SAMPLE_SCORING = new GroupScoring(GroupScoring.Aggregation.SUM, false, 0.0, 0,
            0, false);

    private static final DefaultOutputValidator DEFAULT_VALIDATOR = new DefaultOutputValidator();

    private final Sandbox sandbox;

    public Judge(Sandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** Rejects a submission that cannot be judged as sent; the message says how to fix it. */
    public static void check(Problem problem, Submission submission) {
        if (!problem.meta().languages().contains(submission.language())) {
            throw new SubmissionRejected(SubmissionRejected.Reason.LANGUAGE_NOT_ALLOWED, "language '"
                    + submission.language() + "' is not allowed for " + problem.id() + "; allowed: "
                    + String.join(", ", problem.meta().languages()));
        }
        checkSize(problem, submission);
    }

    private static void checkSize(Problem problem, Submission submission) {
        long limit = problem.limits().codeKb() * 1024L;
        if (submission.sizeBytes() > limit) {
            throw new SubmissionRejected(SubmissionRejected.Reason.TOO_LARGE, "the source is "
                    + submission.sizeBytes() + " bytes; the limit for " + problem.id() + " is " + limit + " bytes");
        }
    }

    public Judgement judge(Problem problem, Submission submission, JudgeListener listener) {
        return judge(problem, submission, listener, false);
    }

    /**
     * @param anyLanguage judge in any language the sandbox runs, not only those the problem allows
     *                    candidates (for the package's own submissions and staff runs)
     */
    public Judgement judge(Problem problem, Submission submission, JudgeListener listener, boolean anyLanguage) {
        return judge(problem, submission, listener, anyLanguage, runLimits(problem.limits()));
    }

    private Judgement judge(Problem problem, Submission submission, JudgeListener listener, boolean anyLanguage,
            Limits limits) {
        if (anyLanguage) {
            checkSize(problem, submission);
        } else {
            check(problem, submission);
        }
        Language language = sandbox.languages().get(submission.language());
        if (language == null) {
            return Judgement.judgeError("no sandbox image for " + submission.language() + " on this engine", "",
                    List.of());
        }
        try (Box box = sandbox.open(submission.language(), boxFiles(language, submission));
                var validator = new CustomValidator(problem, sandbox);
                var streamed = new StreamedValidator(problem, sandbox)) {
            CompileResult compile = box.compile(compileLimits(problem.limits()));
            listener.compiled(compile);
            switch (compile.status()) {
                case OK -> {
                }
                case COMPILE_ERROR, COMPILE_TIME_LIMIT -> {
                    return Judgement.compileError(compile.output());
                }
                case INTERNAL_ERROR -> {
                    return Judgement.judgeError("compile step: " + compile.output(), "", List.of());
                }
            }
            return new Pass(problem, box, validator, streamed, listener, compile.output(), limits).judge();
        } catch (SandboxException.Unavailable e) {
            return Judgement.judgeError(e.getMessage(), "", List.of());
        }
    }

    /**
     * The files a submission's box starts with: the entry point under the language's source file name
     * (main.cpp, main.py, Main.java), the other files of a folder under their own names. Another source
     * of the same language takes the source file's extension (util.cc becomes util.cpp), so that the
     * image's compile command, which names its sources by that extension (*.cpp), compiles it too.
     */
    static List<SourceFile> boxFiles(Language language, Submission submission) {
        List<SourceFile> files = new ArrayList<>();
        files.add(new SourceFile(language.sourceFile(), submission.source().getBytes(StandardCharsets.UTF_8)));
        String sourceExtension = extension(language.sourceFile());
        for (SourceFile f : submission.otherFiles()) {
            String ext = extension(f.name());
            boolean source = language.extensions().contains(ext.toLowerCase(java.util.Locale.ROOT));
            String name = source && !ext.equals(sourceExtension)
                    ? f.name().substring(0, f.name().length() - ext.length()) + sourceExtension : f.name();
            files.add(new SourceFile(name, f.content()));
        }
        return files;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }

    /** Judges on the samples only: the candidate's "run on samples". */
    public Judgement judgeSamples(Problem problem, Submission submission, JudgeListener listener) {
        var noSecret = new TestGroup(problem.secret().name(), problem.secret().scoring(), List.of(), List.of());
        var samplesOnly = new Problem(problem.id(), problem.name(), problem.dir(), problem.format(), problem.type(),
                problem.limits(), problem.statement(), problem.samples(), noSecret, problem.validation(),
                problem.submissions(), problem.meta());
        return judge(samplesOnly, submission, listener, false, tryLimits(problem.limits()));
    }

    /**
     * Runs the program once on the candidate's own input, without validation: the output and the
     * program's stderr are the candidate's own and are shown to them.
     */
    public Judgement runCustom(Problem problem, Submission submission) {
        check(problem, submission);
        String input = submission.customInput() == null ? "" : submission.customInput();
        Language language = sandbox.languages().get(submission.language());
        if (language == null) {
            return Judgement.judgeError("no sandbox image for " + submission.language(), "", List.of());
        }
        try (Box box = sandbox.open(submission.language(), boxFiles(language, submission))) {
            CompileResult compile = box.compile(compileLimits(problem.limits()));
            if (compile.status() == dev.redline.sandbox.CompileStatus.INTERNAL_ERROR) {
                return Judgement.judgeError("compile step: " + compile.output(), "", List.of());
            }
            if (!compile.ok()) {
                return Judgement.compileError(compile.output());
            }
            RunResult run = box.run(List.of(input.getBytes(StandardCharsets.UTF_8)), tryLimits(problem.limits()),
                    r -> {
                    }).get(0);
            Verdict verdict = Verdict.of(run.status());
            if (verdict == Verdict.JE) {
                return Judgement.judgeError(run.detail(), compile.output(), List.of());
            }
            var test = new TestResult("custom", true, verdict, run.cpuMs(), run.memoryKb(), 0,
                    CustomValidator.tail(run.stderr()), TestResult.keep(run.stdout()));
            return new Judgement(verdict, 0, 0, compile.output(), List.of(test), List.of(), null);
        } catch (SandboxException.Unavailable e) {
            return Judgement.judgeError(e.getMessage(), "", List.of());
        }
    }

    static Limits compileLimits(ProblemLimits l) {
        return new Limits(l.compilationTimeMs(), l.compilationTimeMs() * 2, 1024, 1 << 20);
    }

    /** CPU time is the limit; the wall clock allows for I/O but never for sleeping forever. */
    static Limits runLimits(ProblemLimits l) {
        long cpu = Math.max(1, l.timeLimitMs());
        return new Limits(cpu, Math.min(1_200_000, cpu * 3 + 1_000), l.memoryMb(), (long) l.outputMb() << 20);
    }

    /** The wall limit of a run on the samples or on own input never exceeds this (unless the time limit does). */
    static final long TRY_WALL_CAP_MS = 10_000;

    /**
     * Limits of a run on the samples or on the candidate's own input: the same CPU time, but the wall clock
     * is twice the time limit plus half a second, at most {@link #TRY_WALL_CAP_MS} and never below the time
     * limit. A candidate waits for these with the page open and they share the workers, so a program that
     * sleeps or waits for input answers TLE quickly instead of holding a worker for a submission's wall time.
     */
    static Limits tryLimits(ProblemLimits l) {
        Limits full = runLimits(l);
        long wall = Math.max(full.cpuTimeMs(), Math.min(TRY_WALL_CAP_MS, full.cpuTimeMs() * 2 + 500));
        return new Limits(full.cpuTimeMs(), wall, full.memoryMb(), full.outputBytes());
    }

    /** One judging pass: the mutable state of a single judgement. */
    private static final class Pass {
        private final Problem problem;
        private final Box box;
        private final CustomValidator validator;
        private final StreamedValidator streamed;
        private final JudgeListener listener;
        private final String compileOutput;
        private final Limits limits;
        private final Map<String, TestResult> results = new LinkedHashMap<>();
        private final int total;
        private boolean halted;
        private String judgeError;

        Pass(Problem problem, Box box, CustomValidator validator, StreamedValidator streamed, JudgeListener listener,
                String compileOutput, Limits limits) {
            this.problem = problem;
            this.box = box;
            this.validator = validator;
            this.streamed = streamed;
            this.listener = listener;
            this.compileOutput = compileOutput;
            this.limits = limits;
            this.total = problem.allCases().size();
        }

        Judgement judge() {
            TestGroup samples = new TestGroup("sample", SAMPLE_SCORING, problem.samples(), List.of());
            runCases(samples, problem.type() == ProblemType.PASS_FAIL);
            runGroup(problem.secret());
            List<TestResult> tests = new ArrayList<>(results.values());
            if (judgeError != null) {
                return Judgement.judgeError(judgeError, compileOutput, tests);
            }
            GroupResult sampleResult = GroupScorer.score(samples, results);
            GroupResult secretResult = GroupScorer.score(problem.secret(), results);
            // the secret group's verdict, not its first failed case: a legacy grader flag can accept a group
            // with failures (always_accept, accept_if_any_accepted)
            Verdict verdict = sampleResult.tests().stream().map(TestResult::verdict).filter(v -> !v.accepted())
                    .findFirst().orElse(secretResult.verdict());
            double score = problem.type() == ProblemType.PASS_FAIL
                    ? (verdict.accepted() ? secretResult.maxScore() : 0)
                    : secretResult.score();
            return new Judgement(verdict, score, secretResult.maxScore(), compileOutput, tests,
                    List.of(sampleResult, secretResult), null);
        }

        private void runGroup(TestGroup group) {
            runCases(group, problem.type() == ProblemType.PASS_FAIL || group.scoring().passFail()
                    || group.scoring().stopOnReject());
            for (TestGroup sub : group.groups()) {
                runGroup(sub);
            }
        }

        private void runCases(TestGroup group, boolean stopAtFirstFailure) {
            if (halted || judgeError != null || group.cases().isEmpty()) {
                return;
            }
            List<TestCase> cases = group.cases();
            if (problem.validation().streamed()) {
                runStreamed(cases, group.scoring(), stopAtFirstFailure);
                return;
            }
            List<byte[]> inputs = new ArrayList<>(cases.size());
            for (TestCase c : cases) {
                inputs.add(read(c));
            }
            var options = stopAtFirstFailure ? RunOptions.STOP_ON_FAILURE : RunOptions.DEFAULT;
            boolean[] failed = {false};
            int[] index = {0};
            box.run(inputs, limits, options, run -> {
                TestCase c = cases.get(index[0]++);
                if (judgeError != null || (stopAtFirstFailure && failed[0])) {
                    return; // ran before the batch could be stopped: not part of the judgement
                }
                TestResult result = evaluate(c, run, group.scoring());
                results.put(c.name(), result);
                listener.tested(result, results.size(), total);
                if (!result.verdict().accepted()) {
                    failed[0] = true;
                }
            });
            if (failed[0] && problem.type() == ProblemType.PASS_FAIL) {
                halted = true;
            }
        }

        /** Interactive and multi-pass: one case at a time, the validator running beside the program. */
        private void runStreamed(List<TestCase> cases, GroupScoring scoring, boolean stopAtFirstFailure) {
            for (TestCase c : cases) {
                StreamedValidator.Outcome o = streamed.judge(box, c, limits, c.validatorArgs());
                if (o.judgeError() != null) {
                    judgeError = c.name() + ": " + o.judgeError();
                }
                double score = o.verdict().accepted() ? (o.score() != null ? o.score() : scoring.acceptScore())
                        : scoring.rejectScore();
                var result = new TestResult(c.name(), c.sample(), o.verdict(), o.cpuMs(), o.memoryKb(), score,
                        o.message() == null ? "" : o.message(), c.sample() ? o.output() : "");
                results.put(c.name(), result);
                listener.tested(result, results.size(), total);
                if (judgeError != null) {
                    return;
                }
                if (!o.verdict().accepted() && stopAtFirstFailure) {
                    if (problem.type() == ProblemType.PASS_FAIL) {
                        halted = true;
                    }
                    return;
                }
            }
        }

        private TestResult evaluate(TestCase c, RunResult run, GroupScoring scoring) {
            Verdict verdict = Verdict.of(run.status());
            String message = switch (verdict) {
                case JE -> run.detail();
                case RTE -> "exit " + run.exitCode() + (run.signal() != null ? " signal " + run.signal() : "")
                        + ": " + CustomValidator.tail(run.stderr());
                case TLE, MLE, OLE -> run.detail();
                default -> "";
            };
            double score = scoring.acceptScore();
            if (verdict == Verdict.JE) {
                judgeError = c.name() + ": " + run.detail();
            } else if (verdict.accepted()) {
                try {
                    if (problem.validation().isDefault()) {
                        var v = DEFAULT_VALIDATOR.check(run.stdout(), Files.readString(c.answer(),
                                StandardCharsets.UTF_8), c.validatorArgs());
                        verdict = v.accepted() ? Verdict.AC : Verdict.WA;
                        message = v.message();
                    } else {
                        var v = validator.check(c, run.stdout(), c.validatorArgs());
                        verdict = v.accepted() ? Verdict.AC : Verdict.WA;
                        message = v.message();
                        if (v.score() != null) {
                            score = v.score();
                        }
                    }
                } catch (JudgeFault | IOException e) {
                    judgeError = e.getMessage();
                    verdict = Verdict.JE;
                    message = e.getMessage();
                }
            }
            return new TestResult(c.name(), c.sample(), verdict, run.cpuMs(), run.memoryKb(),
                    verdict.accepted() ? score : scoring.rejectScore(), message == null ? "" : message,
                    c.sample() ? TestResult.keep(run.stdout()) : "");
        }

        private static byte[] read(TestCase c) {
            try {
                return Files.readAllBytes(c.input());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + c.input(), e);
            }
        }
    }
}
