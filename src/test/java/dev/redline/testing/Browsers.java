package dev.redline.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Playwright driving Debian's Chromium ({@code scripts/chromium.sh} installs it; {@code REDLINE_CHROMIUM}
 * names another). Playwright never downloads browsers here.
 */
public final class Browsers {

    public static final Path SCREENSHOTS = Path.of(System.getProperty("redline.home", "")).toAbsolutePath()
            .resolve("target/screenshots");

    private Browsers() {
    }

    public static Playwright create() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        Path chromium = Path.of(System.getenv().getOrDefault("REDLINE_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(chromium)) {
            throw new IllegalStateException(chromium + " is missing: run 'bash scripts/chromium.sh' (or './redline test'), "
                    + "or set REDLINE_CHROMIUM to a Chromium binary");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(chromium)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }

    public static BrowserContext context(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 800));
    }

    /** A full-page PNG at {@code target/screenshots/<name>.png}. */
    public static Path screenshot(Page page, String name) {
        Path file = SCREENSHOTS.resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
