package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.DockerTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code ./redline verify --json problems}: every package of the bank loads, and every submission in
 * it gets its expected verdict, through the real sandbox; design exercises load and are listed as not
 * judged. The bank is what candidates face, so this runs in every build.
 */
class BankVerificationTest {

    @Test
    void everyPackageInTheBankVerifiesClean() throws Exception {
        String node = DockerTestSupport.newNode();
        DockerSandbox sandbox = DockerTestSupport.sandbox(node);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int exit = VerifyCommand.execute(List.of("--json", "problems"), sandbox,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        JsonNode doc = new ObjectMapper().readTree(out.toByteArray());
        List<String> problems = new ArrayList<>();
        List<String> designs = new ArrayList<>();
        for (JsonNode p : doc.get("problems")) {
            assertThat(p.get("error").isNull()).as("package %s: %s", p.get("dir"), p.get("error")).isTrue();
            if (p.get("kind").asText().equals("design")) {
                assertThat(p.get("submissions")).as("a design exercise has nothing to judge").isEmpty();
                designs.add(p.get("dir").asText());
                continue;
            }
            int judged = 0;
            for (JsonNode s : p.get("submissions")) {
                assertThat(s.get("ok").isNull() || s.get("ok").asBoolean()).as("%s %s", p.get("dir"), s).isTrue();
                judged += s.get("ok").isNull() ? 0 : 1;
            }
            assertThat(judged).as("judged submissions of %s", p.get("dir")).isGreaterThanOrEqualTo(5);
            problems.add(p.get("dir").asText());
        }
        assertThat(problems).as("the bank").hasSizeGreaterThanOrEqualTo(6);
        assertThat(designs).as("design exercises").hasSizeGreaterThanOrEqualTo(2);
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        DockerTestSupport.assertNoBoxesLeft(node);
    }

    @Test
    void aDesignExerciseIsListedAsNotJudged() throws Exception {
        var out = new ByteArrayOutputStream();
        // the sandbox is never touched: a design exercise has nothing to run
        int exit = VerifyCommand.execute(List.of("problems/filesync"), null, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("verifying filesync (design: not judged)")
                .contains("Filesync - a sync client that never loses a file (problems/filesync): design: not judged")
                .contains("1 package(s) verified, 0 with problems");
        assertThat(exit).isZero();
    }
}
