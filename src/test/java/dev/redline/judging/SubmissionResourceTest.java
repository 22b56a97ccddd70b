package dev.redline.judging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.oneOf;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The submissions API end to end: REST in, durable queue, real workers and sandbox, REST and
 * server-sent events out. The bank is src/test/resources/api-bank ("sum": a sample, two scored groups).
 */
@QuarkusTest
@TestSecurity(user = "ines", roles = "interviewer")
class SubmissionResourceTest {

    static final String AC = "a, b = map(int, input().split())\nprint(a + b)\n";

    static String submit(String language, String source, String key) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("language", language, "source", source, "clientKey", key))
                .when().post("/api/problems/sum/submissions")
                .then().statusCode(202).header("Location", containsString("/api/submissions/"))
                .body("status", oneOf("QUEUED", "JUDGING", "JUDGED")).extract().path("id");
    }

    static JsonPath awaitJudged(String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath s = given().get("/api/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if ("JUDGED".equals(s.getString("status")) || "FAILED".equals(s.getString("status"))) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not judged within 60 s");
    }

    @Test
    void anAcceptedSubmissionIsJudgedWithPerTestResults() throws Exception {
        JsonPath s = awaitJudged(submit("python3", AC, UUID.randomUUID().toString()));
        assertThat(s.getString("verdict")).isEqualTo("AC");
        assertThat(s.getDouble("score")).isEqualTo(100.0);
        assertThat(s.getList("tests")).hasSize(3);
        assertThat(s.getString("tests[0].name")).isEqualTo("sample/1");
        assertThat(s.getString("tests[0].output")).isEqualTo("3\n");
        assertThat(s.getString("tests[1].name")).isEqualTo("hidden 1");
        assertThat(s.getString("tests[1].output")).isNull();
    }

    @Test
    void hiddenDataNeverReachesTheCandidate() throws Exception {
        String wrong = "a, b = map(int, input().split())\nprint((a + b) % 1000)\n";
        String id = submit("python3", wrong, UUID.randomUUID().toString());
        awaitJudged(id);
        String body = given().get("/api/submissions/" + id).then().statusCode(200).extract().asString();
        String problem = given().get("/api/problems/sum").then().statusCode(200).extract().asString();
        for (String secret : new String[] {"3000000000", "3000000001", "5 5", "large/b", "small/a"}) {
            assertThat(body).as("submission view").doesNotContain(secret);
            assertThat(problem).as("problem view").doesNotContain(secret);
        }
        assertThat(problem).doesNotContain("overflow", "wrong_answer", "submissions");
        assertThat(body).contains("\"verdict\":\"WA\"");
    }

    @Test
    void theSameClientKeyIsOneSubmission() {
        String key = UUID.randomUUID().toString();
        assertThat(submit("python3", AC, key)).isEqualTo(submit("python3", AC, key));
    }

    @Test
    void theProblemIsServedWithoutHiddenParts() {
        given().get("/api/problems").then().statusCode(200).body("id", org.hamcrest.Matchers.hasItem("sum"));
        given().get("/api/problems/sum").then().statusCode(200)
                .body("name", equalTo("Sum of two"))
                .body("samples", hasSize(1))
                .body("samples[0].input", equalTo("1 2\n"))
                .body("samples[0].output", equalTo("3\n"))
                .body("starter.python3", containsString("map(int"))
                .body("languages", hasSize(2));
    }

    @Test
    void runsOnSamplesAndOnOwnInput() throws Exception {
        String samples = given().contentType(ContentType.JSON).body(Map.of("language", "python3", "source", AC))
                .post("/api/problems/sum/runs").then().statusCode(202).body("purpose", equalTo("SAMPLES"))
                .extract().path("id");
        JsonPath s = awaitJudged(samples);
        assertThat(s.getList("tests")).hasSize(1);
        assertThat(s.getString("verdict")).isEqualTo("AC");

        String custom = given().contentType(ContentType.JSON)
                .body(Map.of("language", "python3", "source", AC, "input", "40 2\n"))
                .post("/api/problems/sum/runs").then().statusCode(202).body("purpose", equalTo("CUSTOM"))
                .extract().path("id");
        assertThat(awaitJudged(custom).getString("tests[0].output")).isEqualTo("42\n");
    }

    @Test
    void eventsStreamUntilTheResult() {
        String id = submit("python3", AC, UUID.randomUUID().toString());
        String stream = given().accept("text/event-stream").get("/api/submissions/" + id + "/events")
                .then().statusCode(200).extract().asString();
        assertThat(stream).contains("data:").contains("\"result\":{").contains("\"verdict\":\"AC\"");
    }

    @Test
    void badRequestsGetAPreciseErrorInOneShape() {
        given().get("/api/problems/nope").then().statusCode(404)
                .body("error", equalTo("not found")).body("detail", containsString("nope"));
        given().get("/api/submissions/" + UUID.randomUUID()).then().statusCode(404).body("error", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("language", "go", "source", "package main"))
                .post("/api/problems/sum/submissions").then().statusCode(400)
                .body("error", equalTo("submission rejected")).body("detail", containsString("python3"));
        given().contentType(ContentType.JSON).body(Map.of("language", "python3", "source", "#".repeat(131_073)))
                .post("/api/problems/sum/submissions").then().statusCode(413)
                .body("detail", containsString("131072"));
        given().contentType(ContentType.JSON).body("{\"language\": \"python3\", \"source\": ")
                .post("/api/problems/sum/submissions").then().statusCode(400).body("error", notNullValue())
                .body("detail", notNullValue());
        given().contentType(ContentType.JSON).body(Map.of("source", "print(1)"))
                .post("/api/problems/sum/submissions").then().statusCode(400)
                .body("detail", containsString("language"));
    }
}
