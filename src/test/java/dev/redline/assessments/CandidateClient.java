package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.redline.testing.StaffTokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A candidate as an HTTP client in tests: an assessment created through the admin API, its
 * invitation link opened, the cookies kept, forms posted with their CSRF token.
 */
final class CandidateClient {

    private static final Pattern CSRF = Pattern.compile("name=\"([^\"]*csrf[^\"]*)\" value=\"([^\"]+)\"");

    final String assessmentId;
    final String link;
    final Map<String, String> cookies = new HashMap<>();

    private CandidateClient(String assessmentId, String link) {
        this.assessmentId = assessmentId;
        this.link = link;
    }

    /** A new assessment from the test bank's "tester" template, link opened. */
    static CandidateClient invited(String name) {
        return invited(name, "tester");
    }

    /** A new assessment from the role template {@code template}, link opened. */
    static CandidateClient invited(String name, String template) {
        Response created = io.restassured.RestAssured.given().auth().oauth2(StaffTokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("candidateName", name, "candidateEmail", name.toLowerCase().replace(' ', '.')
                        + "@example.com", "template", template))
                .post("/api/admin/assessments").then().log().ifValidationFails().statusCode(201).extract().response();
        CandidateClient c = new CandidateClient(created.path("assessment.id"), created.path("link"));
        Response opened = io.restassured.RestAssured.given().redirects().follow(false).get(c.path()).then().statusCode(303).extract().response();
        assertThat(opened.header("Location")).endsWith("/candidate");
        c.cookies.putAll(opened.cookies());
        return c;
    }

    /** The link's path, e.g. /invite/abc. */
    String path() {
        return link.substring(link.indexOf("/invite/"));
    }

    String token() {
        return path().substring("/invite/".length());
    }

    RequestSpecification given() {
        return io.restassured.RestAssured.given().redirects().follow(false).cookies(cookies);
    }

    RequestSpecification json() {
        return given().contentType(ContentType.JSON);
    }

    /** Posts a page's form (found by its action) with the page's CSRF token. */
    Response postForm(String pagePath, String action) {
        return post(pagePath, action, true);
    }

    /** Posts to {@code action} with the CSRF token of a page that does not show that form (a replay). */
    Response replay(String pagePath, String action) {
        return post(pagePath, action, false);
    }

    private Response post(String pagePath, String action, boolean formOnPage) {
        Response page = given().get(pagePath).then().statusCode(200).extract().response();
        cookies.putAll(page.cookies());
        Matcher m = CSRF.matcher(page.asString());
        assertThat(m.find()).as("a CSRF field on " + pagePath).isTrue();
        if (formOnPage) {
            assertThat(page.asString()).contains("action=\"" + action + "\"");
        }
        return given().contentType(ContentType.URLENC).formParam(m.group(1), m.group(2)).post(action);
    }

    void start() {
        start("sum");
    }

    /** Starts the assessment, whose first exercise is {@code first}. */
    void start(String first) {
        Response r = postForm("/candidate", "/candidate/start");
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.header("Location")).endsWith("/candidate/exercises/" + first);
    }
}
