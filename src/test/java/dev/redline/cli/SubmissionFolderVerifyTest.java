package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ./redline verify} on submission folders that cannot be one program: each is an error of its own,
 * found before anything runs, so no sandbox is needed (plain JUnit).
 */
class SubmissionFolderVerifyTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderOfTwoLanguagesOrWithoutAnEntryPointFailsVerifyWithTheReason() throws IOException {
        Path pkg = tmp.resolve("hello");
        Path source = Path.of("src/test/resources/public-packages/hello");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !source.relativize(f).startsWith("submissions"))
                    .toList()) {
                Path to = pkg.resolve(source.relativize(f).toString());
                Files.createDirectories(to.getParent());
                Files.copy(f, to);
            }
        }
        // a time limit of its own: without one, verify would run accepted submissions to derive it
        Files.writeString(pkg.resolve("problem.yaml"), Files.readString(pkg.resolve("problem.yaml"))
                + "  time_limit: 1\n");
        Path mixed = Files.createDirectories(pkg.resolve("submissions/accepted/mixed"));
        Files.writeString(mixed.resolve("main.py"), "print('Hello World!')\n");
        Files.writeString(mixed.resolve("helper.cpp"), "int helper() { return 1; }\n");
        Path headers = Files.createDirectories(pkg.resolve("submissions/accepted/headers"));
        Files.writeString(headers.resolve("hello.h"), "#define HELLO \"Hello World!\"\n");
        var out = new ByteArrayOutputStream();

        int exit = VerifyCommand.execute(List.of("--json", pkg.toString()), null,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));

        assertThat(exit).isEqualTo(1);
        JsonNode submissions = new ObjectMapper().readTree(out.toByteArray()).get("problems").get(0).get("submissions");
        assertThat(submissions).as(out.toString(StandardCharsets.UTF_8)).extracting(s -> s.get("path").asText(), s -> s.get("ok").asBoolean(),
                s -> s.get("note").asText()).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("submissions/accepted/mixed", false, "mixed/ mixes"
                                + " languages [cpp, python3]: a submission folder is one program in one language;"
                                + " split it into one folder per language"),
                        org.assertj.core.groups.Tuple.tuple("submissions/accepted/headers", false, "headers/ has no"
                                + " source file in a language Redline runs, so no entry point: add one (e.g. main.cpp,"
                                + " main.py or Main.java)"));
    }
}
