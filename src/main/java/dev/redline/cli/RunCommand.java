package dev.redline.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.redline.sandbox.CompileStatus;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.RunStatus;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./redline run --language L [--time-limit SECONDS] [--memory-limit MIB] FILE [--input FILE]...}:
 * runs FILE once per input in the sandbox and prints one JSON document. Exit 0 when the sandbox
 * did its job, whatever the program did; 2 for bad usage; 3 when the platform failed.
 */
final class RunCommand {

    static final String USAGE = "usage: ./redline run --language L [--time-limit SECONDS] [--memory-limit MIB] "
            + "[--compile-time-limit SECONDS] FILE [--input FILE]...";

    record Options(String language, double timeLimitSeconds, int memoryMb, double compileSeconds, Path file,
            List<Path> inputs) {
    }

    /** Parses the arguments; throws {@link UsageException} with a precise message. */
    static Options parse(List<String> args) {
        String language = null;
        double time = 2.0;
        int memory = 256;
        double compile = Limits.COMPILE_DEFAULT.cpuTimeMs() / 1000.0;
        Path file = null;
        List<Path> inputs = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--language", "-l" -> language = value(args, ++i, a);
                case "--time-limit", "-t" -> time = number(value(args, ++i, a), a);
                case "--memory-limit", "-m" -> memory = (int) number(value(args, ++i, a), a);
                case "--compile-time-limit" -> compile = number(value(args, ++i, a), a);
                case "--input", "-i" -> inputs.add(Path.of(value(args, ++i, a)));
                default -> {
                    if (a.startsWith("-")) {
                        throw new UsageException("unknown option " + a + "\n" + USAGE);
                    }
                    if (file != null) {
                        throw new UsageException("only one source FILE may be given (got " + file + " and " + a
                                + "); give inputs with --input\n" + USAGE);
                    }
                    file = Path.of(a);
                }
            }
        }
        if (language == null) {
            throw new UsageException("--language is required\n" + USAGE);
        }
        if (file == null) {
            throw new UsageException("the source FILE is missing\n" + USAGE);
        }
        return new Options(language, time, memory, compile, file, inputs);
    }

    static int execute(Options o, Sandbox sandbox, PrintStream out, PrintStream err) throws IOException {
        byte[] source = read(o.file(), "source file");
        List<byte[]> stdin = new ArrayList<>();
        for (Path p : o.inputs()) {
            stdin.add(read(p, "input file"));
        }
        if (stdin.isEmpty()) {
            stdin.add(new byte[0]);
        }
        String sourceName = sandbox.languages().containsKey(o.language())
                ? sandbox.languages().get(o.language()).sourceFile() : "main";
        Limits runLimits = Limits.of(Math.round(o.timeLimitSeconds() * 1000), o.memoryMb());
        long compileMs = Math.round(o.compileSeconds() * 1000);
        Limits compileLimits = new Limits(compileMs, compileMs * 2, Limits.COMPILE_DEFAULT.memoryMb(),
                Limits.COMPILE_DEFAULT.outputBytes());
        Sandbox.Execution ex = sandbox.execute(o.language(), List.of(new SourceFile(sourceName, source)),
                compileLimits, runLimits, stdin);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("language", ex.language().id());
        Map<String, Object> compile = new LinkedHashMap<>();
        compile.put("status", ex.compile().status().name());
        compile.put("output", ex.compile().output());
        doc.put("compile", compile);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (int i = 0; i < ex.runs().size(); i++) {
            runs.add(json(o.inputs().isEmpty() ? "" : o.inputs().get(i).toString(), ex.runs().get(i)));
        }
        doc.put("runs", runs);
        out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(doc));

        boolean platformFailed = ex.compile().status() == CompileStatus.INTERNAL_ERROR
                || ex.runs().stream().anyMatch(r -> r.status() == RunStatus.INTERNAL_ERROR);
        if (platformFailed) {
            err.println("redline run: the sandbox failed (platform error, not the program's fault): "
                    + (ex.compile().status() == CompileStatus.INTERNAL_ERROR ? ex.compile().output()
                            : ex.runs().stream().filter(r -> r.status() == RunStatus.INTERNAL_ERROR).findFirst()
                                    .map(RunResult::detail).orElse("")));
            return 3;
        }
        return 0;
    }

    private static Map<String, Object> json(String input, RunResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("input", input);
        m.put("status", r.status().name());
        m.put("exitCode", r.exitCode());
        m.put("signal", r.signal());
        m.put("cpuMs", r.cpuMs());
        m.put("wallMs", r.wallMs());
        m.put("memoryKb", r.memoryKb());
        m.put("stdout", r.stdout());
        m.put("stderr", r.stderr());
        m.put("stdoutTruncated", r.stdoutTruncated());
        m.put("stderrTruncated", r.stderrTruncated());
        m.put("detail", r.detail());
        return m;
    }

    private static byte[] read(Path p, String what) throws IOException {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new UsageException(what + " " + p + " does not exist");
        }
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new UsageException(option + " needs a value\n" + USAGE);
        }
        return args.get(i);
    }

    private static double number(String v, String option) {
        try {
            double d = Double.parseDouble(v);
            if (d <= 0 || Double.isNaN(d) || Double.isInfinite(d)) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException e) {
            throw new UsageException(option + " takes a positive number, not '" + v + "'");
        }
    }
}
