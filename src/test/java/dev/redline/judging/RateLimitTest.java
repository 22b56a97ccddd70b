package dev.redline.judging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
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
}
