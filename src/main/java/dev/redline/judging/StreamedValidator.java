package dev.redline.judging;

import dev.redline.problems.Problem;
import dev.redline.problems.TestCase;
import dev.redline.sandbox.Box;
import dev.redline.sandbox.InteractOptions;
import dev.redline.sandbox.Interaction;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.RunStatus;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Judges interactive and multi-pass problems: the submission and the package's output validator run at
 * the same time, each in its own box with its own limits, and Redline relays the bytes between them
 * (interactive: both ways; multi-pass alone: the test input to the submission, its output to the
 * validator). The validator gets {@code testdata.in testdata.ans feedback/ [args]}; its feedback dir
 * persists between the passes of one case and is emptied for the next case. After a pass the validator
 * may write {@code nextpass.in}: the submission then runs again with it as input (for an interactive
 * problem it becomes the validator's input file), up to the pass limit.
 *
 * <p>Which verdict wins when both sides end badly (Kattis problemtools' rules, see also the header of
 * redline-box.c): the validator crashing, timing out or exiting with anything but 42/43 is a judge
 * error; a validator that said 43 before the submission's output ended decides WA, whatever became of
 * the submission afterwards; otherwise a submission that ran out of time is TLE (even over a 42), one
 * that hit a memory or output limit or crashed is MLE, OLE or RTE; otherwise the validator's word.
 * Multi-pass: {@code nextpass.in} with an exit other than 42, or more passes than allowed, is a judge
 * error.
 */
final class StreamedValidator implements AutoCloseable {

    static final String FEEDBACK = "feedback";
    private static final long VALIDATOR_OUTPUT_BYTES = 64L << 20;

    /** The outcome of one case; {@code judgeError} set means JE. */
    record Outcome(Verdict verdict, String message, Double score, long cpuMs, long memoryKb, String output,
            String judgeError) {
    }

    private final Problem problem;
    private final Sandbox sandbox;
    private Box box;

    StreamedValidator(Problem problem, Sandbox sandbox) {
        this.problem = problem;
        this.sandbox = sandbox;
    }

    Outcome judge(Box submission, TestCase c, Limits limits, List<String> args) {
        byte[] input;
        byte[] answer;
        try {
            if (box == null) {
                box = CustomValidator.open(problem, sandbox);
            }
            input = Files.readAllBytes(c.input());
            answer = Files.readAllBytes(c.answer());
        } catch (JudgeFault | IOException e) {
            return judgeError(e.getMessage());
        }
        int passes = problem.validation().passes();
        long cpu = 0;
        long memory = 0;
        var output = new ByteArrayOutputStream();
        for (int pass = 1; ; pass++) {
            Pass p = runPass(submission, input, answer, limits, args, pass == 1, output);
            cpu = Math.max(cpu, p.submission.run().cpuMs());
            memory = Math.max(memory, p.submission.run().memoryKb());
            String where = c.name() + (passes > 1 ? " pass " + pass : "");
            Outcome o;
            try {
                o = decide(p, where, cpu, memory, output);
            } catch (JudgeFault e) {
                return judgeError(e.getMessage());
            }
            byte[] next = p.validator.files().get("nextpass.in");
            if (!problem.validation().multiPass() || next == null) {
                return o;
            }
            if (o.verdict() != Verdict.AC) {
                if (o.verdict() == Verdict.WA) {
                    return judgeError("the output validator wrote nextpass.in but rejected " + where);
                }
                return o;
            }
            if (pass == passes) {
                return judgeError("the output validator asked for a pass after the last one on " + c.name()
                        + " (limits.validation_passes is " + passes + ")");
            }
            input = next;
        }
    }

    private record Pass(Interaction.Result submission, Interaction.Result validator, boolean validatorFirst) {
    }

    private Pass runPass(Box submission, byte[] input, byte[] answer, Limits limits, List<String> args,
            boolean first, ByteArrayOutputStream output) {
        boolean interactive = problem.validation().interactive();
        box.put(List.of(new SourceFile("testdata.in", input), new SourceFile("testdata.ans", answer)));
        List<String> argv = new ArrayList<>(List.of("testdata.in", "testdata.ans", FEEDBACK + "/"));
        argv.addAll(args);
        long validation = problem.limits().validationTimeMs();
        // the validator waits for the submission: its wall clock covers the submission's, plus its own time
        var validatorLimits = new Limits(validation, Math.min(1_200_000, limits.wallTimeMs() + 2 * validation),
                problem.limits().validationMemoryMb(), VALIDATOR_OUTPUT_BYTES);
        Interaction validator = box.interact(validatorLimits, new InteractOptions(argv, FEEDBACK, first, false));
        Interaction program = submission.interact(limits, InteractOptions.SUBMISSION);
        AtomicBoolean programOutputEnded = new AtomicBoolean();
        AtomicBoolean validatorFirst = new AtomicBoolean();
        Interaction.Output toValidator = validator.asInput();
        program.outputTo(new Interaction.Output() {
            @Override
            public void data(byte[] bytes) {
                synchronized (output) {
                    if (output.size() < TestResult.OUTPUT_KEPT) {
                        output.write(bytes, 0, Math.min(bytes.length, TestResult.OUTPUT_KEPT - output.size()));
                    }
                }
                toValidator.data(bytes);
            }

            @Override
            public void closed() {
                programOutputEnded.set(true);
                toValidator.closed();
            }
        });
        Interaction.Output toProgram = interactive ? program.asInput() : Interaction.Output.DISCARD;
        validator.outputTo(new Interaction.Output() {
            @Override
            public void data(byte[] bytes) {
                toProgram.data(bytes);
            }

            @Override
            public void closed() {
                // the validator ended (its stdout closed) before the submission's output did: it decided
                // on what it had read, and the submission only learns of it from here on
                validatorFirst.set(!programOutputEnded.get());
                toProgram.closed();
            }
        });
        if (!interactive) {
            program.send(input);
            program.closeInput();
        }
        validator.whenFinished(r -> {
            if (!accepted(r.run())) {
                program.kill(); // a rejection or a judge error: nothing the submission does later counts
            }
        });
        Interaction.Result v = validator.await();
        Interaction.Result s = program.await();
        return new Pass(s, v, validatorFirst.get());
    }

    private static boolean accepted(RunResult r) {
        return r.status() == RunStatus.RUNTIME_ERROR && r.exitCode() != null && r.exitCode() == 42;
    }

    private static Integer validatorExit(RunResult r) {
        boolean exited = r.status() == RunStatus.RUNTIME_ERROR || r.status() == RunStatus.OK;
        return exited && r.exitCode() != null ? r.exitCode() : null;
    }

    private Outcome decide(Pass p, String where, long cpu, long memory, ByteArrayOutputStream output)
            throws JudgeFault {
        RunResult v = p.validator.run();
        RunResult s = p.submission.run();
        if (v.status() == RunStatus.INTERNAL_ERROR) {
            throw new JudgeFault("the output validator's box failed on " + where + ": " + v.detail());
        }
        if (s.status() == RunStatus.INTERNAL_ERROR) {
            throw new JudgeFault("the submission's box failed on " + where + ": " + s.detail());
        }
        Integer exit = validatorExit(v);
        if (exit == null || (exit != 42 && exit != 43)) {
            throw new JudgeFault("the output validator failed on " + where + " (" + v.status()
                    + (v.exitCode() != null ? ", exit " + v.exitCode() : "")
                    + (v.signal() != null ? ", signal " + v.signal() : "") + "): " + CustomValidator.tail(v.stderr()));
        }
        String message = text(p.validator.files(), "judgemessage.txt");
        String kept;
        synchronized (output) {
            kept = output.toString(StandardCharsets.UTF_8);
        }
        if (exit == 43 && p.validatorFirst) {
            return new Outcome(Verdict.WA, message, null, cpu, memory, kept, null);
        }
        Verdict run = Verdict.of(s.status());
        if (run != Verdict.AC) {
            String detail = run == Verdict.RTE ? "exit " + s.exitCode() + (s.signal() != null ? " signal "
                    + s.signal() : "") + ": " + CustomValidator.tail(s.stderr()) : s.detail();
            return new Outcome(run, detail, null, cpu, memory, kept, null);
        }
        if (exit == 43) {
            return new Outcome(Verdict.WA, message, null, cpu, memory, kept, null);
        }
        String score = text(p.validator.files(), "score.txt");
        return new Outcome(Verdict.AC, message, score.isBlank() ? null : CustomValidator.parseScore(score), cpu,
                memory, kept, null);
    }

    private static String text(Map<String, byte[]> files, String name) {
        byte[] b = files.get(name);
        return b == null ? "" : new String(b, StandardCharsets.UTF_8).strip();
    }

    private static Outcome judgeError(String cause) {
        return new Outcome(Verdict.JE, cause, null, 0, 0, "", cause);
    }

    @Override
    public void close() {
        if (box != null) {
            box.close();
        }
    }
}
