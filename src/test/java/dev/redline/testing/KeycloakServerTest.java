package dev.redline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The realm file against a real Keycloak and a real browser: each demo user signs in on Keycloak's own
 * login page with the code flow and PKCE, the code is exchanged with the client secret, and the access
 * token carries exactly the user's realm role in {@code realm_access.roles}. Proves the placeholders
 * (client secret, passwords), the redirect URI patterns and the roles claim Redline relies on.
 */
class KeycloakServerTest {

    private static final KeycloakServer KEYCLOAK = new KeycloakServer();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .proxy(HttpClient.Builder.NO_PROXY).connectTimeout(Duration.ofSeconds(5)).build();

    private static Map<String, String> config;
    private static HttpServer callbackServer;
    private static String redirectUri;
    private static final List<String> callbacks = new CopyOnWriteArrayList<>();
    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        // The redirect target: a loopback port chosen at random, as a Quarkus test port would be.
        callbackServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        callbackServer.createContext("/cb", exchange -> {
            callbacks.add(exchange.getRequestURI().toString());
            byte[] body = "<!doctype html><title>callback</title><h1>Back at the client with a code</h1>"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        callbackServer.start();
        redirectUri = "http://127.0.0.1:" + callbackServer.getAddress().getPort() + "/cb";

        config = KEYCLOAK.start();
        playwright = Browsers.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stop() {
        try {
            if (browser != null) {
                browser.close();
            }
            if (playwright != null) {
                playwright.close();
            }
        } finally {
            KEYCLOAK.stop();
            if (callbackServer != null) {
                callbackServer.stop(0);
            }
        }
    }

    @Test
    void givesQuarkusTheIssuerTheClientAndItsSecret() throws Exception {
        assertThat(config).containsOnlyKeys("quarkus.oidc.auth-server-url", "quarkus.oidc.client-id",
                "quarkus.oidc.credentials.secret");
        assertThat(config.get("quarkus.oidc.auth-server-url")).isEqualTo(KeycloakServer.issuer())
                .matches("http://127\\.0\\.0\\.1:\\d+/realms/redline");
        assertThat(config.get("quarkus.oidc.client-id")).isEqualTo("redline");
        assertThat(config.get("quarkus.oidc.credentials.secret")).isEqualTo(KeycloakServer.clientSecret()).hasSize(64);

        JsonNode discovery = getJson(KeycloakServer.issuer() + "/.well-known/openid-configuration");
        assertThat(discovery.get("issuer").asText()).isEqualTo(KeycloakServer.issuer());
        assertThat(discovery.get("code_challenge_methods_supported").toString()).contains("S256");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo-admin", "demo-interviewer", "demo-committee"})
    void eachDemoUserSignsInAndGetsExactlyTheirRealmRole(String user) throws Exception {
        var flow = new Flow();
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            page.navigate(flow.authorizationUrl(redirectUri));
            assertThat(page.title()).containsIgnoringCase("Redline");
            Browsers.screenshot(page, "keycloak-login-" + user);
            page.fill("#username", user);
            page.fill("#password", KeycloakServer.password(user));
            page.click("#kc-login");
            page.waitForURL(redirectUri + "?**");
            Browsers.screenshot(page, "keycloak-signed-in-" + user);

            Map<String, String> query = query(URI.create(page.url()));
            assertThat(query.get("state")).isEqualTo(flow.state);
            assertThat(query.get("code")).isNotBlank();
            assertThat(callbacks).anyMatch(url -> url.contains("code=" + URLEncoder.encode(query.get("code"), StandardCharsets.UTF_8)));

            HttpResponse<String> tokens = exchange(query.get("code"), flow.verifier, KeycloakServer.clientSecret());
            assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
            JsonNode access = payload(JSON.readTree(tokens.body()).get("access_token").asText());
            assertThat(access.get("iss").asText()).isEqualTo(KeycloakServer.issuer());
            assertThat(access.get("azp").asText()).isEqualTo("redline");
            assertThat(access.get("preferred_username").asText()).isEqualTo(user);
            List<String> roles = new ArrayList<>();
            access.at("/realm_access/roles").forEach(role -> roles.add(role.asText()));
            String role = KeycloakServer.DEMO_ROLES.get(user);
            assertThat(roles).contains(role);
            assertThat(roles).doesNotContainAnyElementsOf(
                    KeycloakServer.DEMO_ROLES.values().stream().filter(other -> !other.equals(role)).toList());
        }
    }

    @Test
    void aWrongPasswordShowsKeycloaksErrorAndIssuesNoCode() {
        var flow = new Flow();
        int before = callbacks.size();
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            page.navigate(flow.authorizationUrl(redirectUri));
            page.fill("#username", "demo-admin");
            page.fill("#password", "not-" + KeycloakServer.password("demo-admin"));
            page.click("#kc-login");
            page.getByText("Invalid username or password.").first().waitFor();
            Browsers.screenshot(page, "keycloak-wrong-password");
            assertThat(page.locator("#kc-login").count()).isEqualTo(1);
            assertThat(page.url()).startsWith(KeycloakServer.issuer() + "/login-actions/").doesNotContain("code=");
        }
        assertThat(callbacks).hasSize(before);
    }

    @Test
    void acceptsLoopbackRedirectsOnAnyPortAndRefusesOthers() {
        var flow = new Flow();
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            for (String accepted : List.of("http://127.0.0.1:8081/staff", "http://localhost:8080/staff/assessments")) {
                page.navigate(flow.authorizationUrl(accepted));
                assertThat(page.locator("#kc-login").count()).as(accepted).isEqualTo(1);
            }
            for (String refused : List.of("http://redline.invalid/staff", "https://127.0.0.1:8081/staff")) {
                page.navigate(flow.authorizationUrl(refused));
                assertThat(page.locator("#kc-login").count()).as(refused).isZero();
                assertThat(page.content()).as(refused).contains("Invalid parameter: redirect_uri");
            }
            Browsers.screenshot(page, "keycloak-refused-redirect");
        }
    }

    @Test
    void requiresPkceAndTheClientSecret() throws Exception {
        try (BrowserContext context = Browsers.context(browser)) {
            Page page = context.newPage();
            String withoutPkce = KeycloakServer.issuer() + "/protocol/openid-connect/auth?client_id=redline&response_type=code"
                    + "&scope=openid&redirect_uri=" + URLEncoder.encode(redirectUri, StandardCharsets.UTF_8);
            page.navigate(withoutPkce);
            // The redirect URI is valid, so Keycloak sends the OAuth error back to the client: no login form, no code.
            page.waitForURL(redirectUri + "?**");
            Map<String, String> query = query(URI.create(page.url()));
            assertThat(query).doesNotContainKey("code");
            assertThat(query.get("error")).isEqualTo("invalid_request");
            assertThat(query.get("error_description")).contains("code_challenge_method");
        }
        // A bogus code tells the two apart: the right secret gets as far as the code, any other is refused.
        assertThat(exchange("bogus", "v".repeat(43), KeycloakServer.clientSecret()).body()).contains("invalid_grant");
        for (String wrong : List.of("${REDLINE_OIDC_CLIENT_SECRET}", "not-" + KeycloakServer.clientSecret())) {
            HttpResponse<String> refused = exchange("bogus", "v".repeat(43), wrong);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).contains("unauthorized_client");
        }
    }

    /** One authorization request: state, nonce and a PKCE verifier with its S256 challenge. */
    private static final class Flow {
        final String state = random();
        final String nonce = random();
        final String verifier = random() + random();

        String authorizationUrl(String redirect) {
            var params = new LinkedHashMap<String, String>();
            params.put("client_id", "redline");
            params.put("response_type", "code");
            params.put("scope", "openid");
            params.put("redirect_uri", redirect);
            params.put("state", state);
            params.put("nonce", nonce);
            params.put("code_challenge", s256(verifier));
            params.put("code_challenge_method", "S256");
            return KeycloakServer.issuer() + "/protocol/openid-connect/auth?" + form(params);
        }
    }

    private static HttpResponse<String> exchange(String code, String verifier, String secret) throws Exception {
        var params = new LinkedHashMap<String, String>();
        params.put("grant_type", "authorization_code");
        params.put("code", code);
        params.put("redirect_uri", redirectUri);
        params.put("code_verifier", verifier);
        String basic = Base64.getEncoder().encodeToString(
                (URLEncoder.encode("redline", StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8))
                        .getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create(KeycloakServer.issuer() + "/protocol/openid-connect/token"))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString(form(params)))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode getJson(String url) throws Exception {
        var response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private static JsonNode payload(String jwt) throws IOException {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private static Map<String, String> query(URI uri) {
        var result = new LinkedHashMap<String, String>();
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            result.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return result;
    }

    private static String form(Map<String, String> params) {
        return params.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static String random() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
