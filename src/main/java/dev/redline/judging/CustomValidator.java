package dev.redline.judging;

import dev.redline.problems.Problem;
import dev.redline.problems.TestCase;
import dev.redline.sandbox.Box;
import dev.redline.sandbox.CompileResult;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunOptions;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.RunStatus;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A package's own output validator, compiled once per judgement in a box of its own and asked about
 * each output: {@code validator input answer feedback_dir [args] < team_output}, exit 42 accepted,
 * 43 wrong answer, anything else a judge error. Validators are problem authors' code, trusted to be
 * right but still run sandboxed.
 */
final class CustomValidator implements AutoCloseable {

    static final Map<String, String> LANGUAGE_BY_EXTENSION = Map.of("cpp", "cpp", "cc", "cpp", "cxx", "cpp", "c",
            "c", "py", "python3", "java", "java");
    private static final String FEEDBACK = "@@redline-judgemessage@@";
    private static final String SCORE = "@@redline-score@@";

    /** The outcome of one check. {@code score} is the validator's score.txt, or null. */
    record Outcome(boolean accepted, String message, Double score) {
    }

    private final Problem problem;
    private final Sandbox sandbox;
    private Box box;

    CustomValidator(Problem problem, Sandbox sandbox) {
        this.problem = problem;
        this.sandbox = sandbox;
    }

    Outcome check(TestCase testCase, String teamOutput, List<String> args) throws JudgeFault {
        try {
            if (box == null) {
                box = open(problem, sandbox);
            }
            box.put(List.of(new SourceFile("testdata.in", Files.readAllBytes(testCase.input())),
                    new SourceFile("testdata.ans", Files.readAllBytes(testCase.answer()))));
        } catch (IOException e) {
            throw new JudgeFault("cannot read test data of " + testCase.name() + ": " + e.getMessage());
        }
        var limits = new Limits(problem.limits().validationTimeMs(), problem.limits().validationTimeMs() * 2,
                problem.limits().validationMemoryMb(), 1 << 20);
        RunResult r = box.run(List.of(teamOutput.getBytes(StandardCharsets.UTF_8)), limits,
                new RunOptions(false, command(args)), x -> {
                }).get(0);
        if (r.status() == RunStatus.INTERNAL_ERROR) {
            throw new JudgeFault("the output validator's box failed: " + r.detail());
        }
        Integer exit = r.exitCode();
        String message = section(r.stdout(), FEEDBACK, SCORE);
        if (exit != null && exit == 42) {
            String score = section(r.stdout(), SCORE, null);
            return new Outcome(true, message, score.isBlank() ? null : parseScore(score));
        }
        if (exit != null && exit == 43) {
            return new Outcome(false, message, null);
        }
        throw new JudgeFault("the output validator failed on " + testCase.name() + " (" + r.status()
                + (exit != null ? ", exit " + exit : "") + "): " + tail(r.stderr()));
    }

    /** The package's validator in a box of its own, compiled. */
    static Box open(Problem problem, Sandbox sandbox) throws JudgeFault, IOException {
        Path dir = problem.validation().custom();
        List<Path> files;
        try (Stream<Path> s = Files.isDirectory(dir) ? Files.list(dir) : Stream.of(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        String language = null;
        Path main = null;
        for (Path f : files) {
            String lang = LANGUAGE_BY_EXTENSION.get(extension(f));
            if (lang != null) {
                if (main != null) {
                    throw new JudgeFault("the output validator has several source files (" + main.getFileName()
                            + ", " + f.getFileName() + "); Redline builds single-source validators");
                }
                language = lang;
                main = f;
            }
        }
        if (main == null) {
            throw new JudgeFault("the output validator in " + dir + " has no source file Redline can build");
        }
        List<SourceFile> sources = new ArrayList<>();
        String mainName = sandbox.languages().get(language).sourceFile();
        for (Path f : files) {
            sources.add(new SourceFile(f.equals(main) ? mainName : f.getFileName().toString(), Files.readAllBytes(f)));
        }
        Box opened = sandbox.open(language, sources);
        CompileResult c = opened.compile(new Limits(problem.limits().compilationTimeMs(),
                problem.limits().compilationTimeMs() * 2, 1024, 1 << 20));
        if (!c.ok()) {
            opened.close();
            throw new JudgeFault("the output validator does not compile (" + c.status() + "): " + tail(c.output()));
        }
        return opened;
    }

    private static String command(List<String> args) {
        var quoted = new StringBuilder();
        for (String a : args) {
            quoted.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        return "mkdir -p feedback && {run} testdata.in testdata.ans feedback/" + quoted + " >/dev/null; code=$?; "
                + "echo '" + FEEDBACK + "'; cat feedback/judgemessage.txt 2>/dev/null; echo; "
                + "echo '" + SCORE + "'; cat feedback/score.txt 2>/dev/null; exit $code";
    }

    private static String section(String out, String start, String end) {
        int s = out.indexOf(start);
        if (s < 0) {
            return "";
        }
        int from = s + start.length();
        int e = end == null ? -1 : out.indexOf(end, from);
        return out.substring(from, e < 0 ? out.length() : e).strip();
    }

    static Double parseScore(String s) throws JudgeFault {
        try {
            return Double.parseDouble(s.strip());
        } catch (NumberFormatException e) {
            throw new JudgeFault("the output validator wrote a score that is not a number: " + tail(s));
        }
    }

    static String tail(String s) {
        return s.length() > 500 ? "..." + s.substring(s.length() - 500) : s;
    }

    private static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1);
    }

    @Override
    public void close() {
        if (box != null) {
            box.close();
        }
    }
}
