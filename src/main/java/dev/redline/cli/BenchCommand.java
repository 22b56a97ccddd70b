package dev.redline.cli;

import dev.redline.sandbox.Box;
import dev.redline.sandbox.CompileResult;
import dev.redline.sandbox.Language;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.RunStatus;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code ./redline bench sandbox}: one reference program over the same 20 inputs, bare on this
 * host and through the sandbox, in one run, so that the ratio compares like with like. The bare
 * side starts a process per input exactly as a judge without a sandbox would.
 */
final class BenchCommand {

    static final int INPUTS = 20;
    static final int NUMBERS_PER_INPUT = 100_000;

    /** One language's way to build and run the reference program bare on the host. */
    record Subject(String language, String resource, List<String> bareCompile, List<String> bareRun) {
    }

    static int execute(List<String> args, Sandbox sandbox, PrintStream out) throws IOException, InterruptedException {
        if (args.size() == 1 && args.get(0).equals("judging")) {
            return JudgingBench.execute(sandbox, out);
        }
        if (args.size() == 1 && args.get(0).equals("fairness")) {
            return FairnessBench.execute(sandbox, out);
        }
        if (args.size() == 1 && args.get(0).equals("interactive")) {
            return InteractiveBench.execute(sandbox, out);
        }
        if (args.size() != 1 || !args.get(0).equals("sandbox")) {
            throw new UsageException("usage: ./redline bench sandbox|judging|fairness|interactive");
        }
        List<byte[]> inputs = inputs(INPUTS, NUMBERS_PER_INPUT);
        Path work = Files.createTempDirectory("redline-bench");
        List<Subject> subjects = List.of(
                new Subject("cpp", "reference.cpp",
                        List.of("g++", "-std=gnu++20", "-O2", "-pipe", "-o", "main", "main.cpp"), List.of("./main")),
                new Subject("python3", "reference.py", List.of(), List.of(hostPython(), "main.py")));
        double pythonRatio = Double.NaN;
        out.printf("sandbox benchmark: %d inputs of %d numbers each; bare = a process per input on this host; "
                + "the sandbox runs them as the judge runs a test group, in one batch in a warm box%n",
                INPUTS, NUMBERS_PER_INPUT);
        out.printf("load average before: %s%n", loadAverage());
        for (Subject s : subjects) {
            double ratio = measure(s, sandbox, inputs, work, out);
            if (s.language().equals("python3")) {
                pythonRatio = ratio;
            }
        }
        out.printf("load average after: %s%n", loadAverage());
        out.printf("sandbox/bare ratio: %.2f%n", pythonRatio);
        return 0;
    }

    /** Bare and sandboxed phases alternate; medians over the rounds damp the noise of a shared 2-core host. */
    static final int ROUNDS = 3;

    record Timing(double total, double runs, double inBox) {
    }

    private static double measure(Subject s, Sandbox sandbox, List<byte[]> inputs, Path work, PrintStream out)
            throws IOException, InterruptedException {
        Language language = sandbox.languages().get(s.language());
        if (language == null) {
            throw new UsageException("no image for " + s.language() + ": run './redline images'");
        }
        byte[] source = resource(s.resource());
        Files.write(work.resolve(language.sourceFile()), source);
        List<Timing> bare = new ArrayList<>();
        List<Timing> boxed = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            List<String> expected = new ArrayList<>();
            bare.add(bareRound(s, inputs, work, expected));
            boxed.add(boxRound(s, language, source, sandbox, inputs, expected));
        }
        Timing b = median(bare);
        Timing x = median(boxed);
        int n = inputs.size();
        double ratio = x.total() / b.total();
        out.printf("%s: bare     total %7.1f ms, runs %7.1f ms (%6.1f ms/run)%n", s.language(), b.total(), b.runs(),
                b.runs() / n);
        out.printf("%s: sandbox  total %7.1f ms, runs %7.1f ms (%6.1f ms/run); set-up, compile and removal %.1f ms%n",
                s.language(), x.total(), x.runs(), x.runs() / n, x.total() - x.runs());
        out.printf("%s: overhead per run in a warm box: %+.1f ms (program wall time in the box %.1f ms/run)%n",
                s.language(), (x.runs() - b.runs()) / n, x.inBox() / n);
        // where it goes: around the program (engine, stream, supervisor) and inside it (the box's walls)
        out.printf("%s: of which around the program %+.1f ms/run, the program itself slower in the box %+.1f ms/run%n",
                s.language(), (x.runs() - x.inBox()) / n, (x.inBox() - b.runs()) / n);
        out.printf("%s sandbox/bare ratio: %.2f (median of %d rounds)%n", s.language(), ratio, ROUNDS);
        return ratio;
    }

    private static Timing bareRound(Subject s, List<byte[]> inputs, Path work, List<String> outputs)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (!s.bareCompile().isEmpty()) {
            bare(s.bareCompile(), work, new byte[0]);
        }
        long runsStart = System.nanoTime();
        for (byte[] input : inputs) {
            outputs.add(bare(s.bareRun(), work, input));
        }
        long end = System.nanoTime();
        return new Timing(ms(end - start), ms(end - runsStart), ms(end - runsStart));
    }

    private static Timing boxRound(Subject s, Language language, byte[] source, Sandbox sandbox, List<byte[]> inputs,
            List<String> expected) {
        long start = System.nanoTime();
        long runsStart;
        long runsEnd;
        List<RunResult> results;
        try (Box box = sandbox.open(s.language(), List.of(new SourceFile(language.sourceFile(), source)))) {
            CompileResult compile = box.compile(Limits.COMPILE_DEFAULT);
            if (!compile.ok()) {
                throw new IllegalStateException("the reference program did not compile: " + compile.output());
            }
            runsStart = System.nanoTime();
            results = box.run(inputs, Limits.RUN_DEFAULT, r -> {
            });
            runsEnd = System.nanoTime();
        }
        long end = System.nanoTime();
        for (int i = 0; i < inputs.size(); i++) {
            RunResult r = results.get(i);
            if (r.status() != RunStatus.OK || !r.stdout().equals(expected.get(i))) {
                throw new IllegalStateException("run " + i + " differs from bare: " + r.status() + " " + r.detail());
            }
        }
        return new Timing(ms(end - start), ms(runsEnd - runsStart), results.stream().mapToLong(RunResult::wallMs).sum());
    }

    private static Timing median(List<Timing> timings) {
        List<Timing> sorted = timings.stream().sorted(java.util.Comparator.comparingDouble(Timing::total)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** The host's 1, 5 and 15 minute load averages: figures from a busy host say little. */
    static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** Debian's python3 when there is one: the build the python3 image runs, so like meets like. */
    static String hostPython() {
        return Files.isExecutable(Path.of("/usr/bin/python3")) ? "/usr/bin/python3" : "python3";
    }

    static String bare(List<String> command, Path dir, byte[] stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        try (var in = p.getOutputStream()) {
            in.write(stdin);
        }
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed on this host: " + output);
        }
        return output;
    }

    /** The same inputs every time: a fixed seed. */
    static List<byte[]> inputs(int count, int numbers) {
        Random random = new Random(42);
        List<byte[]> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            var sb = new StringBuilder().append(numbers).append('\n');
            for (int j = 0; j < numbers; j++) {
                sb.append(random.nextInt(1_000_000_000)).append(j % 20 == 19 ? '\n' : ' ');
            }
            inputs.add(sb.toString().getBytes(StandardCharsets.US_ASCII));
        }
        return inputs;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = BenchCommand.class.getResourceAsStream("/bench/" + name)) {
            if (in == null) {
                throw new IOException("missing benchmark resource " + name);
            }
            return in.readAllBytes();
        }
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }
}
