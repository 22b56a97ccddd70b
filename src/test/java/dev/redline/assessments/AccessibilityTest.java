package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dev.redline.testing.BrowserTest;
import dev.redline.testing.Browsers;
import dev.redline.testing.RealKeycloakProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The candidate's and the staff's pages checked with axe-core (WCAG 2.1 A and AA rules: labels, contrast, landmarks,
 * keyboard names) in headless Chromium at 1280x800. axe is injected into the page, so this context
 * bypasses the CSP; the journey tests run with it on.
 */
@QuarkusTest
@TestProfile(RealKeycloakProfile.class)
class AccessibilityTest extends BrowserTest {

    static final Path AXE = Path.of("web/node_modules/axe-core/axe.min.js");

    @Inject
    AssessmentService assessments;

    @Test
    void theCandidatesPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        assertThat(AXE).as("axe-core, installed by web/build.sh (npm ci)").exists();
        String axe = Files.readString(AXE);
        String link = assessments.create("Ada Access", "ada.access@example.com", "tester", URI.create(url("/")),
                "test").link();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setBypassCSP(true))) {
            Page page = context.newPage();
            page.navigate(link);
            check(page, axe, "landing");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Start the assessment")).click();
            page.waitForURL(url("/candidate/exercises/sum"));
            page.locator("#editor .cm-content").waitFor();
            check(page, axe, "exercise");
            page.onDialog(d -> d.accept());
            page.click("#finish");
            page.waitForURL(url("/candidate/finished"));
            check(page, axe, "finished");
            page.navigate(url("/invite/not-a-real-token"));
            check(page, axe, "invalid link");
        }
    }

    @Test
    void theStaffPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        String axe = Files.readString(AXE);
        String id = assessments.create("Staff Pages", "staff.pages@example.com", "tester", URI.create(url("/")),
                "test").assessment().id();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800)
                .setBypassCSP(true))) {
            Page page = context.newPage();
            page.navigate(url("/staff"));
            signIn(page, "demo-admin");
            page.waitForURL(url("/staff"));
            check(page, axe, "staff home");
            page.navigate(url("/staff/assessments"));
            check(page, axe, "assessments");
            page.navigate(url("/staff/assessments/" + id + "/interviewers"));
            check(page, axe, "interviewers");
            page.navigate(url("/staff/reports"));
            check(page, axe, "reports");
            page.navigate(url("/staff/reports/" + id));
            check(page, axe, "report");
            page.navigate(url("/staff/calibration"));
            check(page, axe, "calibration");
        }
    }

    @SuppressWarnings("unchecked")
    private static void check(Page page, String axe, String name) {
        page.evaluate(axe);
        Map<String, Object> results = (Map<String, Object>) page.evaluate(
                "() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => ({violations: r.violations.map(v => ({id: v.id, impact: v.impact, "
                        + "nodes: v.nodes.length, help: v.help}))}))");
        List<Map<String, Object>> violations = (List<Map<String, Object>>) results.get("violations");
        List<Map<String, Object>> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
        Browsers.screenshot(page, "a11y-" + name.replace(' ', '-'));
        assertThat(serious).as("serious or critical axe violations on the " + name + " page").isEmpty();
    }
}
