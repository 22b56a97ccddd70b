package dev.redline.assessments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.redline.testing.BrowserTest;
import dev.redline.testing.Browsers;
import dev.redline.testing.KeycloakServer;
import dev.redline.testing.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The whole assessment in a real browser (Playwright, Debian's headless Chromium) against the real
 * service, a real Keycloak and real sandboxes: an admin signs in through Keycloak's login page and
 * creates an assessment; the candidate opens the link, starts, writes a solution in the editor, runs
 * it on the samples, submits (Accepted, per-test results), reloads and finds the draft, opens the
 * link in another browser and finds it there too, submits a wrong answer, and finishes. Screenshots
 * land in target/screenshots.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AssessmentJourneyTest extends BrowserTest {

    static final String ACCEPTED = "a, b = map(int, input().split())\nprint(a + b)\n";
    static final String WRONG = "a, b = map(int, input().split())\nprint(a - b)\n";
    static final LocatorAssertions.HasCountOptions JUDGING = new LocatorAssertions.HasCountOptions().setTimeout(60_000);

    static String invitationLink;

    @Test
    @Order(1)
    void anAdminSignsInThroughKeycloakAndCreatesAnAssessment() {
        try (BrowserContext admin = Browsers.context(browser)) {
            Page page = admin.newPage();
            page.navigate(url("/staff/assessments"));
            assertThat(page.url()).startsWith(KeycloakServer.issuer());
            Browsers.screenshot(page, "01-keycloak-login");
            signIn(page, "demo-admin");
            page.waitForURL(url("/staff/assessments"));
            page.fill("#candidateName", "Margaret Hamilton");
            page.fill("#candidateEmail", "margaret@example.com");
            page.selectOption("#template", "tester");
            page.click("#create");
            invitationLink = page.locator("#invitation-link").inputValue();
            assertThat(invitationLink).contains("/invite/");
            assertThat(page.locator("tr.assessment-row[data-status=INVITED]").first()).containsText("Margaret Hamilton");
            Browsers.screenshot(page, "02-admin-created-assessment");
        }
    }

    @Test
    @Order(2)
    void anInterviewerIsSignedInButMayNotManageAssessments() {
        try (BrowserContext interviewer = Browsers.context(browser)) {
            Page page = interviewer.newPage();
            page.navigate(url("/staff"));
            signIn(page, "demo-interviewer");
            page.waitForURL(url("/staff"));
            assertThat(page.locator("#roles")).hasText("interviewer");
            assertThat(page.navigate(url("/staff/assessments")).status()).isEqualTo(403);
            assertThat(page.locator("h1")).containsText("not for your role");
            Browsers.screenshot(page, "09-interviewer-forbidden");
        }
    }

    @Test
    @Order(3)
    void theCandidateSolvesTheExerciseAndNothingTheyWriteIsLost() {
        assertThat(invitationLink).as("created by the admin test").isNotNull();
        try (BrowserContext laptop = Browsers.context(browser)) {
            Page page = laptop.newPage();
            List<String> consoleErrors = new java.util.ArrayList<>();
            page.onConsoleMessage(m -> {
                if ("error".equals(m.type())) {
                    consoleErrors.add(m.text());
                }
            });
            page.navigate(invitationLink);
            assertThat(page.url()).isEqualTo(url("/candidate"));
            assertThat(page.locator("body")).containsText("Margaret Hamilton");
            Browsers.screenshot(page, "03-candidate-landing");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Start the assessment")).click();
            page.waitForURL(url("/candidate/exercises/sum"));
            assertThat(page.locator("#countdown")).not().hasText("–:––:––");

            awaitEditor(page, "a, b = map(int, input().split())");   // the starter code
            type(page, ACCEPTED);
            page.keyboard().press("Control+Enter");   // the editor's shortcut for "Run on samples"
            assertThat(page.locator("#verdict[data-verdict=AC]")).hasCount(1, JUDGING);
            assertThat(page.locator("#tests tr.test-row")).hasCount(1);
            Browsers.screenshot(page, "04-run-on-samples");

            page.click("#submit");
            assertThat(page.locator("#history tr.history-row")).hasCount(1, JUDGING);
            assertThat(page.locator("#history tr.history-row").first()).hasAttribute("data-verdict", "AC",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.locator("#verdict[data-verdict=AC]")).hasCount(1, JUDGING);
            Locator rows = page.locator("#tests tr.test-row");
            assertThat(rows).hasCount(3);
            assertThat(rows.nth(1)).containsText("hidden 1");
            assertThat(page.content()).doesNotContain("3000000000").doesNotContain("3000000001");
            Browsers.screenshot(page, "05-submitted-accepted");

            assertThat(page.locator("#save-state")).hasAttribute("data-state", "saved");
            page.reload();
            assertThat(page.locator("#editor .cm-content")).containsText("print(a + b)");
            Browsers.screenshot(page, "06-reloaded-draft");
            assertThat(consoleErrors).as("console errors, e.g. CSP violations").isEmpty();
        }

        try (BrowserContext tablet = Browsers.context(browser)) {
            Page page = tablet.newPage();
            page.navigate(invitationLink);
            page.navigate(url("/candidate/exercises/sum"));
            awaitEditor(page, "print(a + b)");   // the draft saved in the other browser
            assertThat(page.locator("#history tr.history-row")).hasCount(1);

            // the connection drops while typing: the failed save is shown and retried, and typing goes on
            page.route("**/api/candidate/exercises/sum/draft", route -> {
                if ("PUT".equals(route.request().method())) {
                    route.abort();
                } else {
                    route.resume();
                }
            });
            type(page, WRONG);
            assertThat(page.locator("#save-state")).hasAttribute("data-state", "error");
            assertThat(page.locator("#save-state")).containsText("retrying");
            Browsers.screenshot(page, "07a-save-failed-retrying");
            page.unrouteAll();
            assertThat(page.locator("#save-state")).hasAttribute("data-state", "saved",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));

            // saving too often: the server answers 429 with Retry-After; the editor waits, keeps the
            // text, and saves it once allowed (the reload shows it came from the server)
            java.util.concurrent.atomic.AtomicInteger refused = new java.util.concurrent.atomic.AtomicInteger();
            page.route("**/api/candidate/exercises/sum/draft", route -> {
                if ("PUT".equals(route.request().method()) && refused.getAndIncrement() == 0) {
                    route.fulfill(new Route.FulfillOptions().setStatus(429).setContentType("application/json")
                            .setHeaders(java.util.Map.of("Retry-After", "5"))
                            .setBody("{\"error\":\"too many requests\",\"detail\":\"try again in 5 s\"}"));
                } else {
                    route.resume();
                }
            });
            type(page, WRONG + "# kept through a 429\n");
            assertThat(page.locator("#save-state")).containsText("saving too often");
            assertThat(page.locator("#save-state")).hasAttribute("data-state", "saved",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(15_000));
            page.unrouteAll();
            page.reload();
            awaitEditor(page, "# kept through a 429");
            page.click("#submit");
            assertThat(page.locator("#history tr.history-row")).hasCount(2, JUDGING);
            assertThat(page.locator("#history tr.history-row").first()).hasAttribute("data-verdict", "WA",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(60_000));
            assertThat(page.locator("#verdict[data-verdict=WA]")).hasCount(1, JUDGING);
            Browsers.screenshot(page, "07-wrong-answer");

            page.onDialog(d -> d.accept());
            page.click("#finish");
            page.waitForURL(url("/candidate/finished"));
            assertThat(page.locator("#summary tr.outcome-row")).hasCount(1);
            assertThat(page.locator("#summary tr.outcome-row").first()).containsText("Wrong answer");
            Browsers.screenshot(page, "08-finished");
        }
    }

    /**
     * Waits until the editor shows {@code text} and its draft has loaded (the page loads the draft
     * after it renders; typing before that would be replaced, as it would for a person).
     */
    static void awaitEditor(Page page, String text) {
        assertThat(page.locator("#editor .cm-content")).containsText(text);
        assertThat(page.locator("#save-state[data-state=idle], #save-state[data-state=saved]")).hasCount(1);
    }

    /** Replaces the editor's text as a candidate would: select all, then type (inserted as one edit). */
    static void type(Page page, String code) {
        Locator editor = page.locator("#editor .cm-content");
        editor.click();
        page.keyboard().press("Control+A");
        page.keyboard().press("Delete");
        page.keyboard().insertText(code);
        assertThat(editor).containsText(code.lines().toList().get(1));
    }
}
