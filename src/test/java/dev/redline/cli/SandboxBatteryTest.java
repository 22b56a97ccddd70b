package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.DockerTestSupport;
import dev.redline.sandbox.Language;
import dev.redline.sandbox.LanguageRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile-program battery (src/test/resources/battery), each program in the folder of the
 * status it must get, run through {@code ./redline run}'s code path against the real Docker engine.
 * Not a {@code @QuarkusTest}: the command line tool runs without the service.
 */
@Execution(ExecutionMode.SAME_THREAD)
class SandboxBatteryTest {

    static final Path BATTERY = Path.of("src/test/resources/battery");
    static final LanguageRegistry LANGUAGES = LanguageRegistry.shipped();
    static final List<String> COMPILE_STATUSES = List.of("COMPILE_ERROR", "COMPILE_TIME_LIMIT");
    static final long TIME_LIMIT_MS = 1000;
    static final long WALL_LIMIT_MS = TIME_LIMIT_MS * 3 + 1000;
    /** Compile CPU seconds: short where the compile step must time out, roomy for compilers on the JVM. */
    static final String COMPILE_LIMIT_S = "5";
    static final String COMPILE_ROOM_S = "60";
    /** Time the supervisor may take to notice and kill after a limit is reached. */
    static final long KILL_SLACK_MS = 500;

    static final String NODE = DockerTestSupport.newNode();
    static final DockerSandbox SANDBOX = DockerTestSupport.sandbox(NODE);

    static Stream<Path> programs() throws IOException {
        try (Stream<Path> files = Files.walk(BATTERY)) {
            List<Path> list = files.filter(p -> languageOf(p) != null).sorted().toList();
            assertThat(list).hasSizeGreaterThan(20);
            return list.stream();
        }
    }

    @Test
    void everyLanguageHasAProgramThatMustRunCleanly() throws IOException {
        try (Stream<Path> ok = Files.list(BATTERY.resolve("OK"))) {
            assertThat(ok.map(SandboxBatteryTest::languageOf).filter(l -> l != null).distinct().toList())
                    .containsExactlyInAnyOrderElementsOf(LANGUAGES.ids());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void programGetsTheStatusOfItsFolder(Path program) throws IOException {
        String expected = program.getParent().getFileName().toString();
        String language = languageOf(program);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var options = RunCommand.parse(List.of("--language", language, "--time-limit", "1", "--memory-limit", "128",
                "--compile-time-limit", expected.equals("COMPILE_TIME_LIMIT") ? COMPILE_LIMIT_S : COMPILE_ROOM_S,
                program.toString()));

        int exit = RunCommand.execute(options, SANDBOX, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(exit).as("exit code; stderr: %s", err).isZero();
        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        assertThat(doc.get("language").asText()).isEqualTo(language);
        JsonNode compile = doc.get("compile");
        JsonNode runs = doc.get("runs");
        if (COMPILE_STATUSES.contains(expected)) {
            assertThat(compile.get("status").asText()).as(compile.get("output").asText()).isEqualTo(expected);
            assertThat(compile.get("output").asText()).isNotBlank();
            assertThat(runs).isEmpty();
            String name = program.getFileName().toString();
            if (name.startsWith("two_mains")) {
                assertThat(compile.get("output").asText()).contains("several classes have a main method")
                        .contains("Keep exactly one main method");
            }
            if (name.equals("two_mains.java")) {
                assertThat(compile.get("output").asText()).contains("First, Second");
            }
            if (name.startsWith("no_main")) {
                assertThat(compile.get("output").asText()).contains("no class has a main method");
            }
            return;
        }
        assertThat(compile.get("status").asText()).as(compile.get("output").asText()).isEqualTo("OK");
        assertThat(runs).hasSize(1);
        JsonNode run = runs.get(0);
        assertThat(run.get("status").asText()).as("run: %s", run).isEqualTo(expected);
        assertThat(run.get("input").asText()).isEmpty();
        assertThat(run.get("wallMs").asLong()).isLessThanOrEqualTo(WALL_LIMIT_MS + KILL_SLACK_MS);
        assertThat(run.get("cpuMs").asLong()).isLessThanOrEqualTo(TIME_LIMIT_MS + KILL_SLACK_MS);
        assertThat(run.get("stdout").asText().length()).isLessThanOrEqualTo(8 << 20);
        assertThat(run.get("stderr").asText().length()).isLessThanOrEqualTo(64 << 10);
        switch (expected) {
            case "TIME_LIMIT" -> assertThat(run.get("detail").asText()).isIn("cpu", "wall");
            case "MEMORY_LIMIT" -> assertThat(run.get("memoryKb").asLong()).isGreaterThan(100 << 10);
            case "OUTPUT_LIMIT" -> assertThat(run.get("detail").asText()).isIn("stdout", "file-size");
            case "RUNTIME_ERROR" -> assertThat(run.get("exitCode").isNull() && run.get("signal").isNull()).isFalse();
            case "OK" -> assertThat(run.get("exitCode").asInt()).isZero();
            default -> throw new AssertionError("no such status folder: " + expected);
        }
        if (program.getFileName().toString().startsWith("gigabytes_of_stdout")) {
            assertThat(run.get("stdoutTruncated").asBoolean()).isTrue();
            assertThat(run.get("stdout").asText()).hasSize(8 << 20);
        }
        if (program.getFileName().toString().startsWith("megabytes_of_stderr")) {
            assertThat(run.get("stderrTruncated").asBoolean()).isTrue();
            assertThat(run.get("stdout").asText()).isEqualTo("done\n");
        }
        DockerTestSupport.assertNoBoxesLeft(NODE);
    }

    @AfterAll
    static void noBoxRemains() {
        DockerTestSupport.assertNoBoxesLeft(NODE);
    }

    /**
     * The language of a battery program: by its extension, as the problem loader maps it, unless the
     * part before the extension names a language (for one without an extension of its own:
     * {@code x.pypy3.py}). Null for files that are no program (README.md).
     */
    static String languageOf(Path p) {
        String[] parts = p.getFileName().toString().split("\\.");
        if (parts.length < 2) {
            return null;
        }
        if (parts.length >= 3 && LANGUAGES.find(parts[parts.length - 2]).isPresent()) {
            return parts[parts.length - 2];
        }
        return LANGUAGES.ofExtension(parts[parts.length - 1]).map(Language::id).orElse(null);
    }
}
