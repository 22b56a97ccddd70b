package dev.redline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.DockerTestSupport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code ./redline verify} on packages as they come from outside Redline (src/test/resources/public-packages:
 * problemtools' hello, different, oddecho and guess, a 2025-09 package with submissions.yaml, a 2025-09 multi-pass
 * package, one without samples, a legacy one scored with grader_flags avg),
 * through the real sandbox: every submission in a language Redline runs gets what its folder (or
 * submissions.yaml) expects, and the verdicts are the ones each submission was written to get.
 */
class PublicPackagesTest {

    private static final Path PACKAGES = Path.of("src/test/resources/public-packages");
    private static JsonNode doc;
    private static int exit;
    private static String log;

    @BeforeAll
    static void verifyAll() throws Exception {
        String node = DockerTestSupport.newNode();
        DockerSandbox sandbox = DockerTestSupport.sandbox(node);
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        exit = VerifyCommand.execute(List.of("--json", PACKAGES.toString()), sandbox,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        doc = new ObjectMapper().readTree(out.toByteArray());
        log = err.toString(StandardCharsets.UTF_8);
        DockerTestSupport.assertNoBoxesLeft(node);
    }

    /** path -> verdict got ("skipped" when not run) of one package's submissions, all checked ok. */
    private static Map<String, String> verdicts(String name) {
        JsonNode problem = null;
        for (JsonNode p : doc.get("problems")) {
            if (Path.of(p.get("dir").asText()).getFileName().toString().equals(name)) {
                problem = p;
            }
        }
        assertThat(problem).as("package %s verified", name).isNotNull();
        assertThat(problem.get("error").isNull()).as("%s loads: %s", name, problem.get("error")).isTrue();
        Map<String, String> got = new LinkedHashMap<>();
        for (JsonNode s : problem.get("submissions")) {
            boolean skipped = s.get("ok").isNull();
            assertThat(skipped || s.get("ok").asBoolean()).as("%s %s", name, s).isTrue();
            got.put(s.get("path").asText(), skipped ? "skipped" : s.get("got").asText());
        }
        return got;
    }

    @Test
    void everyPackageVerifiesCleanAndTheWallTimeIsPrinted() {
        assertThat(exit).as(log).isZero();
        assertThat(log).containsPattern("8 package\\(s\\) verified, 0 with problems, in \\d+\\.\\d s \\(wall time\\)");
    }

    @Test
    void helloWithoutRedlineYaml() {
        assertThat(verdicts("hello")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/hello.cc", "AC",
                "submissions/accepted/hello.py", "AC",
                "submissions/wrong_answer/lowercase.py", "WA",
                "submissions/run_time_error/memory_limit.cc", "RTE"));
    }

    @Test
    void differentInEveryRedlineLanguage() {
        assertThat(verdicts("different")).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("submissions/accepted/different.py", "AC"),
                Map.entry("submissions/accepted/different.c", "AC"),
                Map.entry("submissions/accepted/different.cc", "AC"),
                Map.entry("submissions/accepted/Different.java", "AC"),
                Map.entry("submissions/accepted/different.js", "AC"),
                Map.entry("submissions/accepted/different.go", "AC"),
                Map.entry("submissions/accepted/different.hs", "AC"),
                Map.entry("submissions/accepted/different.cob", "skipped"),
                Map.entry("submissions/accepted/cpp_with_header", "AC"),
                Map.entry("submissions/accepted/python_with_module", "AC"),
                Map.entry("submissions/accepted/java_two_classes", "AC"),
                Map.entry("submissions/wrong_answer/cpp_int_header", "WA"),
                Map.entry("submissions/wrong_answer/different_int.cc", "WA"),
                Map.entry("submissions/wrong_answer/different_no_abs.py", "WA"),
                Map.entry("submissions/time_limit_exceeded/different_linear_search.cc", "TLE")));
    }

    @Test
    void oddechoScoresItsDraftTestdataYamlGroups() {
        assertThat(verdicts("oddecho")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/oddecho.py", "AC",
                "submissions/accepted/oddecho.cpp", "AC",
                "submissions/partially_accepted/always_five.py", "WA",
                "submissions/wrong_answer/every_word.py", "WA"));
        JsonNode partial = submission("oddecho", "submissions/partially_accepted/always_five.py");
        assertThat(partial.get("score").asDouble()).as("group 1 only").isEqualTo(50.0);
    }

    @Test
    void averageIsCheckedAgainstSubmissionsYaml() {
        assertThat(verdicts("average")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/mean.py", "AC",
                "submissions/accepted/mean.c", "AC",
                "submissions/wrong_answer/integer_division.py", "WA",
                "submissions/run_time_error/empty_line.py", "RTE",
                "submissions/mixed/quadratic.py", "TLE"));
        assertThat(submission("average", "submissions/mixed/quadratic.py").get("expected").asText())
                .as("a folder only submissions.yaml describes").isEqualTo("submissions.yaml");
    }

    @Test
    void squaresAveragesItsCasesWithTheLegacyAvgGrader() {
        assertThat(verdicts("squares")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/squares.py", "AC",
                "submissions/partially_accepted/int32.c", "WA",
                "submissions/wrong_answer/plus_one.py", "WA"));
        assertThat(submission("squares", "submissions/accepted/squares.py").get("score").asDouble()).isEqualTo(100.0);
        assertThat(submission("squares", "submissions/partially_accepted/int32.c").get("score").asDouble())
                .as("the mean of 100, 100, 0, 0; sum would give 200").isEqualTo(50.0);
    }

    @Test
    void nosamplesIsJudgedOnItsSecretCases() {
        assertThat(verdicts("nosamples")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/vowels.py", "AC",
                "submissions/wrong_answer/with_y.py", "WA"));
    }

    @Test
    void guessIsPlayedAgainstItsTwoFileCppValidator() {
        // problemtools' precedence: the validator's early rejection wins over a later crash (GuessCrash),
        // a crash or a spin after "correct" is still RTE or TLE, and an unflushed guess runs out of time
        assertThat(verdicts("guess")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/guess.cc", "AC",
                "submissions/accepted/Guess.java", "AC",
                "submissions/accepted/guess.py", "AC",
                "submissions/wrong_answer/guess_linear.py", "WA",
                "submissions/wrong_answer/GuessCrash.java", "WA",
                "submissions/wrong_answer/guess_0.cc", "WA",
                "submissions/run_time_error/guess_rte.c", "RTE",
                "submissions/run_time_error/guess_rte_after_correct.cc", "RTE",
                "submissions/time_limit_exceeded/guess_no_flush.cc", "TLE",
                "submissions/time_limit_exceeded/guess_tle_after_correct.cc", "TLE"));
    }

    @Test
    void packunpackRunsEachSubmissionTwiceOnItsOwnPackedText() {
        // pass 1 fails identity.py (too long), pass 2 fails drops_last_run.py and crashes unpack_crash.py
        assertThat(verdicts("packunpack")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "submissions/accepted/rle.py", "AC",
                "submissions/accepted/rle.cpp", "AC",
                "submissions/wrong_answer/identity.py", "WA",
                "submissions/wrong_answer/drops_last_run.py", "WA",
                "submissions/run_time_error/unpack_crash.py", "RTE"));
    }

    private static JsonNode submission(String name, String path) {
        for (JsonNode p : doc.get("problems")) {
            if (Path.of(p.get("dir").asText()).getFileName().toString().equals(name)) {
                for (JsonNode s : p.get("submissions")) {
                    if (s.get("path").asText().equals(path)) {
                        return s;
                    }
                }
            }
        }
        throw new AssertionError("no submission " + path + " in " + name);
    }
}
