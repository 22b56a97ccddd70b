package dev.redline.testing;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests against the real Keycloak share: one Chromium per class, addresses on the
 * loopback name the realm's redirect patterns allow, and signing in on Keycloak's own login page.
 */
public abstract class BrowserTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @TestHTTPResource("/")
    protected URL base;

    @BeforeAll
    static void startBrowser() {
        playwright = Browsers.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return base.toString().replace("localhost", "127.0.0.1").replaceAll("/$", "") + path;
    }

    /** Fills Keycloak's login form as {@code user} (a demo user of the realm) and submits it. */
    protected static void signIn(Page page, String user) {
        page.locator("#username").waitFor();
        page.fill("#username", user);
        page.fill("#password", KeycloakServer.password(user));
        page.click("#kc-login");
    }
}
