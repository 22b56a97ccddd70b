package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Interactive and sample-less exercises over the candidate's HTTP API, judged in real sandboxes: an
 * interactive sample is shown as its dialogue and never as the validator's .in/.ans; "Run on samples"
 * plays each sample with the package's validator and shows its verdict and judge message; an exercise
 * without sample refuses that run with what to do instead; an interactive one has no run on own input.
 */
@QuarkusTest
@TestProfile(ExerciseKindsBank.class)
class ExerciseSamplesTest {

    static final Path GUESS = Path.of("src/test/resources/packages/guess");

    static String source(String submission) throws Exception {
        return Files.readString(GUESS.resolve("submissions").resolve(submission));
    }

    @Test
    void anInteractiveSampleIsItsDialogueNeverTheValidatorsData() {
        CandidateClient c = CandidateClient.invited("Ada Dialogue", ExerciseKindsBank.ROLE);
        c.start("guess");
        String page = c.given().get("/candidate/exercises/guess").then().statusCode(200).extract().asString();
        assertThat(page).contains("<ol class=\"dialogue\"")
                .contains("<li class=\"turn turn-program\"><span class=\"speaker\">your program</span><pre>500</pre></li>")
                .contains("<li class=\"turn turn-judge\"><span class=\"speaker\">judge</span><pre>higher</pre></li>")
                .contains("<pre>correct</pre>");
        assertThat(page).as("the .in of an interactive sample is the validator's").doesNotContain("fixed 792")
                .doesNotContain("class=\"sample-input\"");
        assertThat(page).as("no run on own input, and why").doesNotContain("id=\"run-custom\"")
                .contains("id=\"no-custom-run\"").contains("Not offered for an interactive exercise")
                .contains(CandidateService.NO_OWN_INPUT.replace("'", "&#39;"));
    }

    @Test
    void runOnSamplesPlaysEachSampleWithTheValidatorAndShowsItsMessage() throws Exception {
        CandidateClient c = CandidateClient.invited("Ada Runner", ExerciseKindsBank.ROLE);
        c.start("guess");
        String id = c.json().body(Map.of("language", "python3", "source", source("accepted/guess.py")))
                .post("/api/candidate/exercises/guess/runs").then().statusCode(202)
                .body("purpose", equalTo("SAMPLES")).extract().path("id");
        JsonPath run = CandidateResourceTest.awaitJudged(c, id);
        assertThat(run.getString("verdict")).isEqualTo("AC");
        assertThat(run.getList("tests")).hasSize(1);
        assertThat(run.getString("tests[0].name")).isEqualTo("sample/1");
        assertThat(run.getString("tests[0].message")).as("the validator's judge message").isEqualTo(
                "found in 8 guesses");

        String wrong = c.json().body(Map.of("language", "python3", "source", source("wrong_answer/guess_linear.py")))
                .post("/api/candidate/exercises/guess/runs").then().statusCode(202).extract().path("id");
        JsonPath failed = CandidateResourceTest.awaitJudged(c, wrong);
        assertThat(failed.getString("verdict")).isEqualTo("WA");
        assertThat(failed.getString("tests[0].message")).isEqualTo("not found in 10 guesses");
    }

    @Test
    void hiddenCasesOfAnInteractiveSubmissionCarryNoJudgeMessage() throws Exception {
        CandidateClient c = CandidateClient.invited("Ada Hidden", ExerciseKindsBank.ROLE);
        c.start("guess");
        // accepted, so every case is judged (a pass-fail problem stops at its first rejected case), and
        // the validator writes "found in N guesses" for each: only the sample's may be shown
        String id = c.json().body(Map.of("language", "python3", "source", source("accepted/guess.py")))
                .post("/api/candidate/exercises/guess/submissions").then().statusCode(202).extract().path("id");
        JsonPath judged = CandidateResourceTest.awaitJudged(c, id);
        assertThat(judged.getString("verdict")).isEqualTo("AC");
        assertThat(judged.getString("tests[0].message")).isEqualTo("found in 8 guesses");
        assertThat(judged.getList("tests")).hasSizeGreaterThan(1);
        for (int i = 1; i < judged.getList("tests").size(); i++) {
            assertThat(judged.getString("tests[" + i + "].name")).startsWith("hidden ");
            assertThat(judged.getString("tests[" + i + "].message")).isNull();
        }
    }

    @Test
    void anInteractiveExerciseHasNoRunOnOwnInput() throws Exception {
        CandidateClient c = CandidateClient.invited("Ada Custom", ExerciseKindsBank.ROLE);
        c.start("guess");
        c.json().body(Map.of("language", "python3", "source", source("accepted/guess.py"), "input", "500\n"))
                .post("/api/candidate/exercises/guess/runs").then().statusCode(409)
                .body("error", equalTo("no run on own input"))
                .body("detail", containsString("Use Run on samples"));
    }

    @Test
    void anExerciseWithoutSampleSaysSoAndRefusesRunOnSamples() throws Exception {
        CandidateClient c = CandidateClient.invited("Ada Nosample", ExerciseKindsBank.ROLE);
        c.start("guess");
        String page = c.given().get("/candidate/exercises/nosample").then().statusCode(200).extract().asString();
        assertThat(page).contains("class=\"muted no-samples\"").contains("This exercise has no sample")
                .doesNotContain("class=\"sample\"").contains("id=\"run-custom\"");
        String doubler = "print(2 * int(input()))\n";
        c.json().body(Map.of("language", "python3", "source", doubler)).post("/api/candidate/exercises/nosample/runs")
                .then().statusCode(409).body("error", equalTo("no sample"))
                .body("detail", containsString("has no sample, so there is nothing to run on"))
                .body("detail", containsString("Run on my input"));
        String custom = c.json().body(Map.of("language", "python3", "source", doubler, "input", "5\n"))
                .post("/api/candidate/exercises/nosample/runs").then().statusCode(202).extract().path("id");
        JsonPath ran = CandidateResourceTest.awaitJudged(c, custom);
        assertThat(ran.getString("tests[0].output")).isEqualTo("10\n");
    }
}
