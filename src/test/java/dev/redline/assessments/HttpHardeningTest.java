package dev.redline.assessments;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.testing.StaffTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The answers' HTTP hardening as a browser or a proxy meets it: links never built from a forged Host,
 * https forwarded by a trusted proxy (the test client is on loopback, which is trusted) gives Secure
 * cookies and HSTS, and pages and API answers carry Permissions-Policy.
 */
@QuarkusTest
class HttpHardeningTest {

    private static Response create(String name, Map<String, String> headers) {
        return given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON).headers(headers)
                .body(Map.of("candidateName", name, "candidateEmail", "x@example.com", "template", "tester"))
                .post("/api/admin/assessments").then().statusCode(201).extract().response();
    }

    @Test
    void aForgedHostHeaderNeverReachesTheInvitationLink() {
        String link = create("Host Forger", Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example"))
                .path("link");
        assertThat(link).doesNotContain("evil.example").matches("http://127\\.0\\.0\\.1:\\d+/invite/.+");
        String again = given().auth().oauth2(StaffTokens.admin()).header("Host", "evil.example")
                .contentType(ContentType.JSON).body("{}")
                .post("/api/admin/assessments/" + create("Host Forger 2", Map.of()).path("assessment.id")
                        + "/invitation").then().statusCode(200).extract().path("link");
        assertThat(again).doesNotContain("evil.example").startsWith("http://127.0.0.1:");
    }

    @Test
    void behindATrustedTlsProxyTheCookieIsSecureAndHstsIsSent() {
        String link = create("Proxied Candidate", Map.of()).path("link");
        String path = link.substring(link.indexOf("/invite/"));
        Response opened = given().redirects().follow(false).header("X-Forwarded-Proto", "https").get(path)
                .then().statusCode(303).extract().response();
        assertThat(opened.headers().getValues("Set-Cookie")).filteredOn(h -> h.startsWith(CandidateCookie.NAME + "="))
                .singleElement().satisfies(h -> assertThat(h).containsIgnoringCase("Secure"));
        assertThat(opened.header("Strict-Transport-Security")).isEqualTo("max-age=31536000; includeSubDomains");

        String plainLink = create("Plain Candidate", Map.of()).path("link");
        Response plain = given().redirects().follow(false).get(plainLink.substring(plainLink.indexOf("/invite/")))
                .then().statusCode(303).extract().response();
        assertThat(plain.headers().getValues("Set-Cookie")).filteredOn(h -> h.startsWith(CandidateCookie.NAME + "="))
                .singleElement().satisfies(h -> assertThat(h).doesNotContainIgnoringCase("Secure"));
        assertThat(plain.header("Strict-Transport-Security")).as("no HSTS over plain http").isNull();
    }

    @Test
    void everyPageAndApiAnswerCarriesPermissionsPolicy() {
        CandidateClient c = CandidateClient.invited("Charset Reader");
        for (Response page : new Response[] {c.given().get("/candidate"), given().get("/invite/not-a-token")}) {
            assertThat(page.contentType()).startsWith("text/html");
            assertThat(page.header("Permissions-Policy")).contains("camera=()").contains("microphone=()");
        }
        assertThat(given().get("/api/candidate/exercises").header("Permissions-Policy"))
                .as("the API answers carry it too").contains("geolocation=()");
    }
}
