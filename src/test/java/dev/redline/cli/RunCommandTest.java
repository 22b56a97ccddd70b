package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.sandbox.Box;
import dev.redline.sandbox.CompileResult;
import dev.redline.sandbox.CompileStatus;
import dev.redline.sandbox.Language;
import dev.redline.sandbox.Limits;
import dev.redline.sandbox.RunOptions;
import dev.redline.sandbox.RunResult;
import dev.redline.sandbox.RunStatus;
import dev.redline.sandbox.Sandbox;
import dev.redline.sandbox.SourceFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Argument parsing and the JSON document of {@code ./redline run}, over a scripted sandbox: plain
 * JUnit, the real sandbox behind this command is exercised by {@link SandboxBatteryTest}.
 */
class RunCommandTest {

    @TempDir
    Path dir;

    @Test
    void parsesEveryOption() {
        var o = RunCommand.parse(List.of("--language", "c", "--time-limit", "1.5", "--memory-limit", "64",
                "--compile-time-limit", "3", "a.c", "--input", "1.in", "-i", "2.in"));
        assertThat(o).isEqualTo(new RunCommand.Options("c", 1.5, 64, 3.0, Path.of("a.c"),
                List.of(Path.of("1.in"), Path.of("2.in"))));
    }

    @Test
    void badUsageSaysWhatIsWrong() {
        assertThatThrownBy(() -> RunCommand.parse(List.of("a.c"))).hasMessageContaining("--language is required");
        assertThatThrownBy(() -> RunCommand.parse(List.of("--language", "c"))).hasMessageContaining("FILE is missing");
        assertThatThrownBy(() -> RunCommand.parse(List.of("--language"))).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> RunCommand.parse(List.of("-l", "c", "--time-limit", "-1", "a.c")))
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> RunCommand.parse(List.of("-l", "c", "--frobnicate", "a.c")))
                .hasMessageContaining("unknown option --frobnicate");
        assertThatThrownBy(() -> RunCommand.parse(List.of("-l", "c", "a.c", "b.c")))
                .hasMessageContaining("only one source FILE");
    }

    @Test
    void missingFilesAreUsageErrors() {
        var o = RunCommand.parse(List.of("-l", "python3", dir.resolve("nope.py").toString()));
        assertThatThrownBy(() -> RunCommand.execute(o, new ScriptedSandbox(List.of()), stream(), stream()))
                .isInstanceOf(UsageException.class).hasMessageContaining("does not exist");
    }

    @Test
    void printsOneRunPerInputInTheDocumentedShape() throws Exception {
        Path source = Files.writeString(dir.resolve("a.py"), "print(input())");
        Path in1 = Files.writeString(dir.resolve("1.in"), "x");
        Path in2 = Files.writeString(dir.resolve("2.in"), "y");
        var sandbox = new ScriptedSandbox(List.of(
                new RunResult(RunStatus.OK, 0, null, 5, 7, 900, "x\n", "", false, false, ""),
                new RunResult(RunStatus.TIME_LIMIT, null, 9, 1001, 1003, 800, "", "", false, false, "cpu")));
        var out = new ByteArrayOutputStream();

        int exit = RunCommand.execute(RunCommand.parse(List.of("-l", "python3", source.toString(), "-i",
                in1.toString(), "-i", in2.toString())), sandbox, new PrintStream(out, true, StandardCharsets.UTF_8),
                stream());

        assertThat(exit).isZero();
        assertThat(sandbox.inputs).containsExactly("x", "y");
        assertThat(sandbox.fileNames).containsExactly("main.py");
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertThat(doc.get("language").asText()).isEqualTo("python3");
        assertThat(doc.get("compile").get("status").asText()).isEqualTo("OK");
        JsonNode run = doc.get("runs").get(1);
        assertThat(run.get("input").asText()).isEqualTo(in2.toString());
        assertThat(run.get("status").asText()).isEqualTo("TIME_LIMIT");
        assertThat(run.get("exitCode").isNull()).isTrue();
        assertThat(run.get("signal").asInt()).isEqualTo(9);
        for (String field : List.of("cpuMs", "wallMs", "memoryKb", "stdout", "stderr", "stdoutTruncated")) {
            assertThat(run.has(field)).as(field).isTrue();
        }
    }

    @Test
    void withoutInputsRunsOnceOnEmptyStdin() throws Exception {
        Path source = Files.writeString(dir.resolve("a.py"), "print(1)");
        var sandbox = new ScriptedSandbox(List.of(new RunResult(RunStatus.OK, 0, null, 1, 1, 1, "1\n", "", false,
                false, "")));
        RunCommand.execute(RunCommand.parse(List.of("-l", "python3", source.toString())), sandbox, stream(), stream());
        assertThat(sandbox.inputs).containsExactly("");
    }

    @Test
    void platformFailureExitsThreeAndSaysItIsNotTheProgramsFault() throws Exception {
        Path source = Files.writeString(dir.resolve("a.py"), "print(1)");
        var sandbox = new ScriptedSandbox(List.of(RunResult.internalError("engine went away")));
        var err = new ByteArrayOutputStream();
        int exit = RunCommand.execute(RunCommand.parse(List.of("-l", "python3", source.toString())), sandbox,
                stream(), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(exit).isEqualTo(3);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not the program's fault", "engine went away");
    }

    static PrintStream stream() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }

    /** Answers each run with the next scripted result and records what it was given. */
    static final class ScriptedSandbox implements Sandbox {
        final List<RunResult> script;
        final List<String> inputs = new ArrayList<>();
        final List<String> fileNames = new ArrayList<>();
        final Language python = new Language("python3", "Python 3", "3.11", "img", "main.py", "", "python3 main.py");

        ScriptedSandbox(List<RunResult> script) {
            this.script = script;
        }

        @Override
        public Map<String, Language> languages() {
            return Map.of("python3", python);
        }

        @Override
        public Box open(String languageId, List<SourceFile> files) {
            files.forEach(f -> fileNames.add(f.name()));
            return new Box() {
                @Override
                public Language language() {
                    return python;
                }

                @Override
                public void put(List<SourceFile> more) {
                }

                @Override
                public CompileResult compile(Limits limits) {
                    return new CompileResult(CompileStatus.OK, "", 0, 0);
                }

                @Override
                public List<RunResult> run(List<byte[]> in, Limits limits, RunOptions options,
                        Consumer<RunResult> onResult) {
                    in.forEach(b -> inputs.add(new String(b, StandardCharsets.UTF_8)));
                    return script.subList(0, in.size());
                }

                @Override
                public void close() {
                }
            };
        }
    }
}
