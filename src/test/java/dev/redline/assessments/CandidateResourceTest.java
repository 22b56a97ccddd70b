package dev.redline.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The candidate's side over HTTP: the link becomes a cookie, forms need their CSRF token, drafts
 * survive everything, the server keeps the time, and nothing of another attempt is reachable.
 */
@QuarkusTest
class CandidateResourceTest {

    static final String AC = "a, b = map(int, input().split())\nprint(a + b)\n";

    @Inject
    DataSource ds;

    @Inject
    IntegritySignals signals;

    @Test
    void theLinkBecomesAnHttpOnlyCookieAndLeavesTheAddressBar() {
        CandidateClient c = CandidateClient.invited("Grace Hopper");
        var opened = given().redirects().follow(false).get(c.path()).then().statusCode(303).extract().response();
        String setCookie = opened.headers().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(CandidateCookie.NAME + "=")).findFirst().orElse("");
        assertThat(setCookie).contains(CandidateCookie.NAME + "=").containsIgnoringCase("HttpOnly")
                .containsIgnoringCase("SameSite=Lax");
        assertThat(opened.header("Location")).doesNotContain(c.token());
        String landing = c.given().get("/candidate").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .extract().asString();
        assertThat(landing).contains("Grace Hopper").contains("Test Lead").doesNotContain(c.token());
    }

    @Test
    void startNeedsTheFormsCsrfTokenAndHappensOnce() throws Exception {
        CandidateClient c = CandidateClient.invited("Barbara Liskov");
        c.given().contentType(ContentType.URLENC).formParam("x", "y").post("/candidate/start").then()
                .statusCode(400);
        c.given().get("/candidate/exercises/sum").then().statusCode(303)
                .header("Location", containsString("/candidate"));
        c.start();
        long started = startedAt(c.assessmentId);
        Thread.sleep(5);
        var again = c.replay("/candidate/exercises/sum", "/candidate/start");
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(startedAt(c.assessmentId)).as("a second start keeps the first").isEqualTo(started);
        String page = c.given().get("/candidate/exercises/sum").then().statusCode(200).extract().asString();
        assertThat(page).contains("data-config=").contains("Sum");
    }

    @Test
    void draftsAreVersionedRestoredAndBounded() {
        CandidateClient c = CandidateClient.invited("Frances Allen");
        c.start();
        c.json().get("/api/candidate/exercises/sum/draft?language=python3").then().statusCode(200)
                .body("version", equalTo(0)).body("content", nullValue());
        c.json().body(Map.of("language", "python3", "content", "print(1)", "baseVersion", 0))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(200).body("version", equalTo(1))
                .body("diverged", equalTo(false));
        c.json().body(Map.of("language", "python3", "content", "print(2)", "baseVersion", 1))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(200).body("version", equalTo(2));
        c.json().body(Map.of("language", "python3", "content", "x".repeat(Drafts.MAX_BYTES + 1), "baseVersion", 2))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(413)
                .body("detail", containsString("128 KiB"));
        c.json().get("/api/candidate/exercises/sum/draft?language=python3").then().statusCode(200)
                .body("version", equalTo(2)).body("content", equalTo("print(2)"));
        c.json().body(Map.of("language", "cobol", "content", "x", "baseVersion", 0))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(400)
                .body("detail", containsString("python3"));
    }

    @Test
    void draftSavesBeyondTheRateAreRefusedWith429AndTheLastSavedTextIsKept() {
        CandidateClient c = CandidateClient.invited("Barbara Liskov");
        c.start();
        int allowed = 30; // redline.assessments.draft-saves-per-minute: a full bucket to start with
        for (int i = 1; i <= allowed; i++) {
            c.json().body(Map.of("language", "python3", "content", "print(" + i + ")", "baseVersion", i - 1))
                    .put("/api/candidate/exercises/sum/draft").then().statusCode(200).body("version", equalTo(i));
        }
        // the bucket refills by one every 2 s while we save: keep saving until refused (bounded)
        int saved = allowed;
        io.restassured.response.Response refused = null;
        for (int i = 0; i < 200 && refused == null; i++) {
            var r = c.json().body(Map.of("language", "python3", "content", "print(" + (saved + 1) + ")",
                    "baseVersion", saved)).put("/api/candidate/exercises/sum/draft");
            if (r.statusCode() == 200) {
                saved++;
            } else {
                refused = r;
            }
        }
        assertThat(refused).as("a save beyond the rate is refused").isNotNull();
        refused.then().statusCode(429).header("Retry-After", notNullValue())
                .body("detail", containsString("try again in"));
        c.json().get("/api/candidate/exercises/sum/draft?language=python3").then().statusCode(200)
                .body("version", equalTo(saved)).body("content", equalTo("print(" + saved + ")"));
        CandidateClient other = CandidateClient.invited("Other Attempt");
        other.start();
        other.json().body(Map.of("language", "python3", "content", "print(0)", "baseVersion", 0))
                .put("/api/candidate/exercises/sum/draft").then() // another attempt has its own budget
                .statusCode(200);
    }

    @Test
    void aSubmissionIsJudgedAndListedForItsOwnerOnly() throws Exception {
        CandidateClient grace = CandidateClient.invited("Grace Two");
        CandidateClient eve = CandidateClient.invited("Eve Other");
        grace.start();
        eve.start();
        String id = grace.json().body(Map.of("language", "python3", "source", AC, "clientKey", UUID.randomUUID()
                .toString())).post("/api/candidate/exercises/sum/submissions").then().statusCode(202)
                .header("Location", containsString("/api/candidate/submissions/")).extract().path("id");
        JsonPath judged = awaitJudged(grace, id);
        assertThat(judged.getString("verdict")).isEqualTo("AC");
        assertThat(judged.getString("tests[1].name")).isEqualTo("hidden 1");
        assertThat(judged.getString("tests[1].output")).isNull();
        grace.json().get("/api/candidate/exercises/sum/submissions").then().statusCode(200)
                .body("id", equalTo(List.of(id)));

        eve.json().get("/api/candidate/submissions/" + id).then().statusCode(404);
        eve.json().get("/api/candidate/submissions/" + id + "/events").then().statusCode(404);
        eve.json().get("/api/candidate/exercises/sum/submissions").then().statusCode(200).body("size()", equalTo(0));
        grace.json().get("/api/candidate/exercises/deployorder/draft?language=python3").then().statusCode(404);
        grace.json().body(Map.of("language", "python3", "source", AC))
                .post("/api/candidate/exercises/deployorder/submissions").then().statusCode(404);
    }

    @Test
    void aGuessedExpiredOrRevokedTokenGetsTheSameNothing() throws Exception {
        CandidateClient expired = CandidateClient.invited("Old Link");
        CandidateClient revoked = CandidateClient.invited("Revoked Link");
        sql("UPDATE invitation SET expires_at = 1 WHERE subject = ?", expired.assessmentId);
        given().auth().oauth2(dev.redline.testing.StaffTokens.admin()).contentType(ContentType.JSON)
                .post("/api/admin/assessments/" + revoked.assessmentId + "/revoke").then().statusCode(200);
        String guessed = dev.redline.identity.InvitationToken.issue();

        String firstApi = null;
        String firstPage = null;
        for (String token : new String[] {guessed, expired.token(), revoked.token(), "short", ""}) {
            String api = given().cookie(CandidateCookie.NAME, token).contentType(ContentType.JSON)
                    .get("/api/candidate/exercises/sum/draft?language=python3").then().statusCode(401)
                    .extract().asString();
            String page = given().cookie(CandidateCookie.NAME, token).get("/candidate").then().statusCode(404)
                    .extract().asString();
            given().redirects().follow(false).get("/invite/" + token).then().statusCode(404);
            firstApi = firstApi == null ? api : firstApi;
            firstPage = firstPage == null ? page : firstPage;
            assertThat(api).as("API answer for " + token).isEqualTo(firstApi);
            assertThat(page).as("page for " + token).isEqualTo(firstPage);
        }
        given().contentType(ContentType.JSON).get("/api/candidate/exercises/sum/draft?language=python3").then()
                .statusCode(401);
    }

    @Test
    void afterTheDeadlineRunsAndSubmitsAreRefusedButTheDraftIsKept() throws Exception {
        CandidateClient c = CandidateClient.invited("Late Larry");
        c.start();
        sql("UPDATE assessment SET started_at = started_at - 3700000 WHERE id = ?", c.assessmentId);
        c.json().body(Map.of("language", "python3", "source", AC)).post("/api/candidate/exercises/sum/submissions")
                .then().statusCode(409).body("error", equalTo("time is up"))
                .body("detail", containsString("Your draft is saved"));
        c.json().body(Map.of("language", "python3", "source", AC)).post("/api/candidate/exercises/sum/runs")
                .then().statusCode(409);
        c.json().body(Map.of("language", "python3", "content", AC, "baseVersion", 0))
                .put("/api/candidate/exercises/sum/draft").then().statusCode(200);
        c.json().get("/api/candidate/exercises/sum/draft?language=python3").then().body("content", equalTo(AC));
    }

    @Test
    void finishingHandsInAndShowsTheSummary() {
        CandidateClient c = CandidateClient.invited("Done Dana");
        c.start();
        c.json().body(Map.of("exercise", "sum", "kind", "PASTE", "amount", 120)).post("/api/candidate/signals")
                .then().statusCode(204);
        c.json().body(Map.of("exercise", "sum", "kind", "BLUR", "amount", 5000)).post("/api/candidate/signals")
                .then().statusCode(204);
        c.json().body(Map.of("exercise", "sum", "kind", "TELEPORT", "amount", 1)).post("/api/candidate/signals")
                .then().statusCode(400);
        assertThat(signals.summary(c.assessmentId)).containsExactly(
                new IntegritySignals.Summary("sum", IntegritySignals.Kind.BLUR, 1, 5000),
                new IntegritySignals.Summary("sum", IntegritySignals.Kind.PASTE, 1, 120));

        var r = c.postForm("/candidate/exercises/sum", "/candidate/finish");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(c.given().get("/candidate/finished").then().statusCode(200).extract().asString())
                .contains("Sum").contains("not submitted");
        c.json().body(Map.of("language", "python3", "source", AC)).post("/api/candidate/exercises/sum/submissions")
                .then().statusCode(409).body("error", equalTo("assessment finished"));
        c.given().get("/candidate/exercises/sum").then().statusCode(303);
    }

    static JsonPath awaitJudged(CandidateClient c, String id) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < deadline) {
            JsonPath s = c.json().get("/api/candidate/submissions/" + id).then().statusCode(200).extract().jsonPath();
            if ("JUDGED".equals(s.getString("status")) || "FAILED".equals(s.getString("status"))) {
                return s;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("submission " + id + " was not judged within 60 s");
    }

    private long startedAt(String id) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement st = c.prepareStatement("SELECT started_at FROM assessment WHERE id = ?")) {
            st.setString(1, id);
            var rs = st.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    private void sql(String sql, String id) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id);
            assertThat(st.executeUpdate()).isEqualTo(1);
        }
    }
}
