package dev.redline.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Too many runs from one client get 429 with Retry-After; a profile with a budget of two. */
@QuarkusTest
@TestSecurity(user = "ines", roles = "interviewer")
@TestProfile(RateLimitTest.TwoRunsPerMinute.class)
class RateLimitTest {

    public static class TwoRunsPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redline.judging.runs-per-minute", "2");
        }
    }

    @Test
    void theThirdRunInAMinuteIsTooMany() {
        var body = Map.of("language", "python3", "source", "print(3)");
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).body(body).post("/api/problems/sum/runs").then().statusCode(202);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/problems/sum/runs").then().statusCode(429)
                .header("Retry-After", notNullValue()).body("detail", containsString("try again in"));
    }

    /** A client retrying a lost answer sends its key again: the same run comes back and no token is spent. */
    @Test
    @TestSecurity(user = "retrier", roles = "interviewer")
    void retriesWithTheSameClientKeyCostNoToken() {
        var retried = Map.of("language", "python3", "source", "print(3)", "clientKey", "retried");
        String id = given().contentType(ContentType.JSON).body(retried).post("/api/problems/sum/runs").then()
                .statusCode(202).extract().path("id");
        for (int i = 0; i < 3; i++) {
            given().contentType(ContentType.JSON).body(retried).post("/api/problems/sum/runs").then().statusCode(202)
                    .body("id", equalTo(id));
        }
        var fresh = Map.of("language", "python3", "source", "print(3)", "clientKey", "fresh");
        given().contentType(ContentType.JSON).body(fresh).post("/api/problems/sum/runs").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("language", "python3", "source", "print(3)"))
                .post("/api/problems/sum/runs").then().statusCode(429);
    }

    /** A key names one request: reused for a submission of the same code it is refused, nothing stored. */
    @Test
    @TestSecurity(user = "reuser", roles = "interviewer")
    void aClientKeyReusedForAnotherPurposeIsAConflict() {
        var run = Map.of("language", "python3", "source", "print(3)", "clientKey", "reused");
        given().contentType(ContentType.JSON).body(run).post("/api/problems/sum/runs").then().statusCode(202);
        given().contentType(ContentType.JSON).body(run).post("/api/problems/sum/submissions").then().statusCode(409)
                .body("error", equalTo("client key already used"))
                .body("detail", containsString("'reused' was already used for a run on the samples of 'sum'"));
        given().get("/api/problems/sum/submissions").then().statusCode(200).body("size()", equalTo(1));
    }
}
