package dev.redline.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.judging.JudgingService;
import dev.redline.testing.StaffTokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Requests another site could make a browser send with the candidate's cookie, or a staff call without
 * a Content-Type: each is refused with the one JSON error shape, and nothing changes (the state is
 * checked after each). Sent with java.net.http, which, unlike RestAssured, can leave Content-Type out.
 */
@QuarkusTest
class CrossSiteRequestTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Assessments assessments;

    @Inject
    JudgingService judging;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers
                .ofString(body));
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String cookies(CandidateClient c) {
        return c.cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static void assertError(HttpResponse<String> r, int status) throws Exception {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        Map<String, Object> error = new ObjectMapper().readValue(r.body(), new TypeReference<>() {
        });
        assertThat(error.keySet()).containsExactlyInAnyOrder("error", "detail");
        assertThat(r.body()).doesNotContain("Exception", "at dev.redline");
    }

    private Assessment.Status status(String id) {
        return assessments.find(id).orElseThrow().status();
    }

    @Test
    void aFormWithoutContentTypeOrTokenDoesNotStartTheAssessment() throws Exception {
        CandidateClient c = CandidateClient.invited("Cross Site Form");
        Map<String, String> cookie = Map.of("Cookie", cookies(c));

        assertError(post("candidate/start", "", cookie), 415);
        assertThat(status(c.assessmentId)).isEqualTo(Assessment.Status.INVITED);
        // a real cross-site form has a Content-Type but cannot know the token
        HttpResponse<String> noToken = post("candidate/start", "x=1", Map.of("Cookie", cookies(c),
                "Content-Type", "application/x-www-form-urlencoded"));
        assertThat(noToken.statusCode()).isEqualTo(400);
        assertThat(status(c.assessmentId)).isEqualTo(Assessment.Status.INVITED);
    }

    @Test
    void aJsonPostWithoutContentTypeStoresNoSubmission() throws Exception {
        CandidateClient c = CandidateClient.invited("Cross Site Json");
        c.start();
        String body = "{\"language\":\"python3\",\"source\":\"print(1)\"}";

        assertError(post("api/candidate/exercises/sum/submissions", body, Map.of("Cookie", cookies(c))), 415);
        assertError(post("api/candidate/exercises/sum/submissions", body, Map.of("Cookie", cookies(c),
                "Content-Type", "text/plain")), 415);
        String owner = assessments.find(c.assessmentId).orElseThrow().owner();
        assertThat(judging.history(owner, "sum")).isEmpty();
    }

    @Test
    void aStaffPostWithoutContentTypeRevokesNothing() throws Exception {
        String id = given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", "Not Revoked", "candidateEmail", "n@example.com", "template",
                        "tester"))
                .post("/api/admin/assessments").then().statusCode(201).extract().path("assessment.id");

        assertError(post("api/admin/assessments/" + id + "/revoke", "", Map.of("Authorization", "Bearer "
                + StaffTokens.admin())), 415);
        assertThat(status(id)).isEqualTo(Assessment.Status.INVITED);
    }

    /** An out-of-range signal was a 500 with a stack trace in the log; it is the client's error. */
    @Test
    void aSignalAmountOutOfRangeIsA400SayingTheRange() throws Exception {
        CandidateClient c = CandidateClient.invited("Huge Signal");
        c.start();
        HttpResponse<String> r = post("api/candidate/signals", "{\"exercise\":\"sum\",\"kind\":\"BLUR\","
                + "\"amount\":86400001}", Map.of("Cookie", cookies(c), "Content-Type", "application/json"));
        assertError(r, 400);
        assertThat(r.body()).contains("amount", "86400000");
    }
}
