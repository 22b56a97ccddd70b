package dev.redline.evaluation;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.redline.assessments.AssessmentService;
import dev.redline.testing.BrowserTest;
import dev.redline.testing.Browsers;
import dev.redline.testing.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The attack once seen: a candidate's design answer held {@code ![d](/staff/logout)}, which became an
 * {@code <img>} on the interviewer's page and signed them out. Here the candidate saves such an answer
 * (and a javascript: link) through the real HTTP API; the interviewer opens it in Chromium, signed in
 * with the real Keycloak: the page requests nothing at /staff/logout, has no link but the https one,
 * typesets the candidate's maths, and the interviewer is still signed in afterwards.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class DesignAnswerMarkupBrowserTest extends BrowserTest {

    static final Pattern CSRF = Pattern.compile("name=\"(csrf-token)\" value=\"([^\"]+)\"");
    static final String ANSWER = """
            # Photo backup

            ![d](/staff/logout) and [click me](javascript:fetch('/staff/logout')) and
            [a real reference](https://example.com/paper).

            About $n \\cdot 10^6$ uploads a day.
            """;

    @Inject
    AssessmentService assessments;

    @Inject
    ScorecardService scorecards;

    @Test
    void aDesignAnswerCannotMakeTheInterviewersBrowserRequestAnythingOrSignThemOut() {
        var created = assessments.create("Mallory Markup", "mallory@example.com", "designer", URI.create(url("/")),
                "test");
        String id = created.assessment().id();
        scorecards.assign(id, "demo-interviewer", "design-review", "test");
        candidateSaves(created.link(), ANSWER);

        List<String> requested = new CopyOnWriteArrayList<>();
        List<String> console = new CopyOnWriteArrayList<>();
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            page.onRequest(r -> requested.add(r.url()));
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.navigate(url("/staff/interviews"));
            signIn(page, "demo-interviewer");
            page.waitForURL(url("/staff/interviews"));

            requested.clear();
            page.navigate(url("/staff/interviews/" + id + "/design-review"));
            var answer = page.locator("#design-answer-design-sample");
            assertThat(answer).containsText("[image: d]");
            assertThat(answer.locator(".katex")).hasCount(1);
            page.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(answer.locator("img")).hasCount(0);
            assertThat(answer.locator("a")).hasCount(1);
            assertThat(answer.locator("a")).hasAttribute("href", "https://example.com/paper");
            assertThat(answer.locator("a")).hasAttribute("rel", "noopener noreferrer nofollow");
            assertThat(answer).containsText("(example.com)");
            assertThat(answer.innerHTML()).doesNotContain("javascript:").doesNotContain("/staff/logout");
            Browsers.screenshot(page, "design-answer-markup");
            assertThat(requested).as("requests made by the interviewer's page").isNotEmpty()
                    .noneMatch(u -> u.contains("/staff/logout")).noneMatch(u -> u.contains("example.com"));
            assertThat(console).as("no CSP violation while typesetting").noneMatch(m -> m.contains("Content Security"));

            page.navigate(url("/staff/interviews"));
            assertThat(page).hasURL(url("/staff/interviews"));
            assertThat(page.locator("#interviews")).containsText("Mallory Markup");
        }
    }

    /** The candidate's side over HTTP: open the link, start, save the design document as a draft. */
    private void candidateSaves(String link, String markdown) {
        RestAssured.baseURI = url("");
        try {
            Map<String, String> cookies = new HashMap<>(RestAssured.given().redirects().follow(false)
                    .get(link.substring(link.indexOf("/invite/"))).then().statusCode(303).extract().cookies());
            var landing = RestAssured.given().cookies(cookies).get("/candidate").then().statusCode(200).extract()
                    .response();
            cookies.putAll(landing.cookies());
            Matcher m = CSRF.matcher(landing.asString());
            assertThat(m.find()).isTrue();
            RestAssured.given().redirects().follow(false).cookies(cookies).contentType(ContentType.URLENC)
                    .formParam(m.group(1), m.group(2)).post("/candidate/start").then().statusCode(303);
            RestAssured.given().cookies(cookies).contentType(ContentType.JSON)
                    .body(Map.of("language", "markdown", "content", markdown, "baseVersion", 0))
                    .put("/api/candidate/exercises/design-sample/draft").then().statusCode(200);
        } finally {
            RestAssured.reset();
        }
    }
}
