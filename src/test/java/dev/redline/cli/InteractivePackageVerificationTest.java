package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.DockerTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code ./redline verify} on the interactive fixture that follows problemtools' examples/guess: each
 * submission gets its folder's verdict through the real sandbox, the validator in a box of its own.
 */
class InteractivePackageVerificationTest {

    @Test
    void everyGuessSubmissionGetsItsFoldersVerdict() throws Exception {
        String node = DockerTestSupport.newNode();
        DockerSandbox sandbox = DockerTestSupport.sandbox(node);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = VerifyCommand.execute(List.of("--json", "src/test/resources/packages/guess"), sandbox,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        sandbox.close();

        JsonNode problem = new ObjectMapper().readTree(out.toByteArray()).get("problems").get(0);
        assertThat(problem.get("error").isNull()).as(problem.toString()).isTrue();
        Map<String, JsonNode> byPath = new HashMap<>();
        problem.get("submissions").forEach(s -> byPath.put(s.get("path").asText(), s));
        assertThat(byPath.keySet()).as(problem.toString()).containsExactlyInAnyOrder(
                "submissions/accepted/guess.c", "submissions/accepted/guess.py",
                "submissions/run_time_error/guess_crash.py", "submissions/time_limit_exceeded/guess_no_flush.c",
                "submissions/wrong_answer/guess_linear.py");
        byPath.values().forEach(s -> assertThat(s.get("ok").asBoolean()).as(s.toString()).isTrue());
        assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
        DockerTestSupport.assertNoBoxesLeft(node);
    }
}
