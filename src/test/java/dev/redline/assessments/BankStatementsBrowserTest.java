package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.redline.testing.Browsers;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every statement of the real problem bank as a candidate sees it, in Chromium with the CSP on: no raw
 * TeX ($, \frac, \le...) is left in the visible text, each formula became KaTeX (with its MathML for
 * screen readers), and nothing was refused by the CSP. One screenshot per statement in
 * target/screenshots/statement-&lt;id&gt;.png, for a human look.
 */
@QuarkusTest
@TestProfile(BankStatementsBrowserTest.RealBank.class)
class BankStatementsBrowserTest {

    /** The bank in problems/ instead of the test fixtures. */
    public static class RealBank implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("redline.problems.dir", "problems");
        }
    }

    @TestHTTPResource("/")
    URL base;

    @Inject
    AssessmentService assessments;

    @Test
    void everyBankStatementShowsTypesetMathsAndNoRawTex() throws Exception {
        Set<String> bank = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(Path.of("problems"))) {
            dirs.filter(d -> Files.exists(d.resolve("statement/problem.en.md")))
                    .forEach(d -> bank.add(d.getFileName().toString()));
        }
        Set<String> seen = new TreeSet<>();
        try (var playwright = Browsers.create(); Browser browser = Browsers.launch(playwright)) {
            for (String role : List.of("cto", "engineering-director", "vp-engineering")) {
                String link = assessments.create("Tex " + role, role + "@example.com", role,
                        URI.create(url("/")), "test").link();
                try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                        .setViewportSize(1280, 3200))) {   // tall: the whole statement in one screenshot
                    Page page = context.newPage();
                    List<String> console = new CopyOnWriteArrayList<>();
                    page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
                    page.navigate(link);
                    page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Start the assessment")).click();
                    page.waitForURL(u -> u.contains("/candidate/exercises/"));
                    List<String> exercises = page.locator(".exercise-nav a").all().stream()
                            .map(a -> a.getAttribute("href")).toList();
                    for (String href : exercises) {
                        String id = href.substring(href.lastIndexOf('/') + 1);
                        if (!seen.add(id)) {
                            continue;
                        }
                        check(page, href, id, Files.readString(Path.of("problems", id, "statement/problem.en.md")));
                    }
                    assertThat(console).as("console of " + role).noneMatch(m -> m.contains("Content Security Policy"))
                            .noneMatch(m -> m.startsWith("error"));
                }
            }
        }
        assertThat(seen).as("statements opened").containsAll(bank);
    }

    private void check(Page page, String href, String id, String source) {
        page.navigate(url(href));
        Locator body = page.locator("section.statement .statement-body");
        body.waitFor();
        // typeset and its fonts in: what a person sees, and what the screenshot shows
        page.waitForFunction("() => document.querySelectorAll('span.math:not([data-typeset])').length === 0"
                + " && document.fonts.status === 'loaded'");
        String visible = body.innerText();
        assertThat(visible).as(id + ": visible text").doesNotContain("$").doesNotContainPattern("\\\\[A-Za-z,]");
        assertThat(body.locator(".math-error").count()).as(id + ": formulas KaTeX could not read").isZero();
        int formulas = (int) source.chars().filter(c -> c == '$').count();
        if (formulas > 0) {
            assertThat(body.locator(".katex").count()).as(id + ": KaTeX formulas").isPositive();
            assertThat(body.locator(".katex-mathml math").count()).as(id + ": MathML for screen readers")
                    .isEqualTo(body.locator(".katex").count());
        }
        page.locator("section.statement").screenshot(new Locator.ScreenshotOptions()
                .setPath(Browsers.SCREENSHOTS.resolve("statement-" + id + ".png")));
    }

    private String url(String path) {
        return base.toString().replace("localhost", "127.0.0.1").replaceAll("/$", "") + path;
    }
}
