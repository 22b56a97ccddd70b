package dev.redline.assessments;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.redline.testing.BrowserTest;
import dev.redline.testing.Browsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * The interactive and the sample-less exercise in Chromium: the sample as a dialogue of bubbles, "Run on
 * samples" played with the real validator in real sandboxes (verdict and judge message), no run on own
 * input and why, and an exercise without sample saying so when its samples are asked for. Screenshots
 * target/screenshots/interactive-exercise.png, interactive-run.png and no-sample-exercise.png.
 */
@QuarkusTest
@TestProfile(ExerciseKindsBank.class)
class InteractiveExerciseBrowserTest extends BrowserTest {

    @Inject
    AssessmentService assessments;

    @Test
    void aCandidateReadsTheDialogueRunsItAndIsToldWhatASampleLessExerciseOffers() throws Exception {
        String link = assessments.create("Ida Interactive", "ida@example.com", ExerciseKindsBank.ROLE,
                URI.create(url("/")), "test").link();
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            List<String> console = new CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.navigate(link);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the assessment")).click();
            page.waitForURL(u -> u.endsWith("/candidate/exercises/guess"));

            Locator turns = page.locator("ol.dialogue > li.turn");
            assertThat(turns).hasCount(16);
            assertThat(turns.nth(0)).hasClass("turn turn-program");
            assertThat(turns.nth(0).locator(".speaker")).hasText("your program");
            assertThat(turns.nth(0).locator("pre")).hasText("500");
            assertThat(turns.nth(1).locator(".speaker")).hasText("judge");
            assertThat(turns.nth(1).locator("pre")).hasText("higher");
            // the program's bubbles sit right of the judge's
            assertThat(turns.nth(0).boundingBox().x).isGreaterThan(turns.nth(1).boundingBox().x);
            assertThat(page.locator("section.statement")).not().containsText("fixed 792");
            assertThat(page.locator("#run-custom")).hasCount(0);
            assertThat(page.locator("#no-custom-run")).containsText("Not offered for an interactive exercise");
            Browsers.screenshot(page, "interactive-exercise");

            AssessmentJourneyTest.awaitEditor(page, "");
            AssessmentJourneyTest.type(page, ExerciseSamplesTest.source("accepted/guess.py"));
            page.locator("#run").click();
            assertThat(page.locator("#verdict[data-verdict=AC]")).hasCount(1, AssessmentJourneyTest.JUDGING);
            Locator sample = page.locator("#tests tr.test-row").first();
            assertThat(sample.locator("th")).hasText("sample/1");
            assertThat(page.locator("#tests .test-message")).hasText("Judge: found in 8 guesses");
            Browsers.screenshot(page, "interactive-run");

            page.locator(".exercise-nav a", new Page.LocatorOptions().setHasText("Double it")).click();
            page.waitForURL(u -> u.endsWith("/candidate/exercises/nosample"));
            assertThat(page.locator(".no-samples")).containsText("This exercise has no sample");
            AssessmentJourneyTest.awaitEditor(page, "");
            // no run on samples is offered, and the reason sits beside the button
            assertThat(page.locator("#run")).isDisabled();
            assertThat(page.locator("#run-unavailable")).containsText("No sample to run on");
            assertThat(page.locator("#run-unavailable")).containsText("Run on my input");
            page.locator(".cm-content").press("Control+Enter");
            assertThat(page.locator("#action-error")).isHidden();
            Browsers.screenshot(page, "no-sample-exercise");
            // the shortcut sent nothing: no refused request was logged
            assertThat(console).filteredOn(m -> m.startsWith("error")).isEmpty();
        }
    }
}
