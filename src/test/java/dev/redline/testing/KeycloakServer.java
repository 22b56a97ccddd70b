package dev.redline.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Keycloak for tests: the distribution that {@code scripts/keycloak.sh fetch} unpacks and builds,
 * started on a free loopback port with its own data directory ({@code target/keycloak-test-<random>})
 * and Redline's realm ({@code keycloak/redline-realm.json}) imported with a fresh random client secret
 * and fresh demo passwords for this run. Log: {@code target/keycloak-test.log}.
 *
 * <p>As a Quarkus test resource it hands Redline {@code quarkus.oidc.auth-server-url},
 * {@code quarkus.oidc.client-id} and {@code quarkus.oidc.credentials.secret}. Tests in the same JVM
 * read the issuer and the demo passwords through {@link #issuer()}, {@link #password(String)} and
 * {@link #clientSecret()}; these are kept in system properties so that they are seen whichever class
 * loader (Quarkus's or the test's) loaded this class. The Keycloak started last is the one they name;
 * stopping it names the previous one again.
 *
 * <p>Where the distribution is: {@code REDLINE_KEYCLOAK_HOME} (set by {@code ./redline test}), else
 * {@code target/keycloak/keycloak-26.7.3}, else this runs {@code bash scripts/keycloak.sh fetch}, which
 * unpacks it from the local Maven repository (downloading it first when missing).
 */
public class KeycloakServer implements QuarkusTestResourceLifecycleManager {

    public static final String VERSION = "26.7.3";
    public static final String REALM = "redline";
    public static final String CLIENT_ID = "redline";
    /** The realm's demo users and their one realm role each. */
    public static final Map<String, String> DEMO_ROLES = demoRoles();

    private static final String PROPERTY = "redline.test.keycloak.";
    private static final String MARKER = ".redline-build";
    private static final Duration READY_WITHIN = Duration.ofSeconds(
            Long.parseLong(System.getenv().getOrDefault("REDLINE_KEYCLOAK_WAIT", "180")));
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LOG_STARTED = "redline.test.keycloak-log.started";

    private Process process;
    private Path home;
    private Thread shutdownHook;
    private List<String> published;
    private Map<String, String> previous = Map.of();

    private static Map<String, String> demoRoles() {
        var roles = new LinkedHashMap<String, String>();
        roles.put("demo-admin", "admin");
        roles.put("demo-interviewer", "interviewer");
        roles.put("demo-committee", "committee");
        return Map.copyOf(roles);
    }

    /** The issuer of the running test Keycloak, e.g. {@code http://127.0.0.1:41234/realms/redline}. */
    public static String issuer() {
        return required("issuer");
    }

    public static String clientSecret() {
        return required("client-secret");
    }

    /** This run's password of a demo user ({@code demo-admin}, {@code demo-interviewer}, {@code demo-committee}). */
    public static String password(String user) {
        if (!DEMO_ROLES.containsKey(user)) {
            throw new IllegalArgumentException("no demo user " + user + "; the realm has " + DEMO_ROLES.keySet());
        }
        return required("password." + user);
    }

    private static String required(String key) {
        String value = System.getProperty(PROPERTY + key);
        if (value == null) {
            throw new IllegalStateException("the test Keycloak is not running (start KeycloakServer first)");
        }
        return value;
    }

    @Override
    public synchronized Map<String, String> start() {
        if (process != null) {
            throw new IllegalStateException("already started");
        }
        Path redlineHome = Path.of(System.getProperty("redline.home", "")).toAbsolutePath();
        Path target = redlineHome.resolve("target");
        try {
            Path dist = distribution(redlineHome);
            String secret = randomHex(32);
            Map<String, String> passwords = new LinkedHashMap<>();
            DEMO_ROLES.keySet().forEach(user -> passwords.put(user, randomHex(12)));

            home = target.resolve("keycloak-test-" + randomHex(4));
            Files.createDirectories(home.resolve("data/import"));
            Files.copy(redlineHome.resolve("keycloak/redline-realm.json"), home.resolve("data/import/redline-realm.json"),
                    StandardCopyOption.REPLACE_EXISTING);
            // kc.home.dir: data/ is this run's; the built distribution supplies the rest.
            for (String part : List.of("lib", "providers", "themes", "conf")) {
                Files.createSymbolicLink(home.resolve(part), dist.resolve(part));
            }

            int port = freeLoopbackPort();
            String issuer = "http://127.0.0.1:" + port + "/realms/" + REALM;
            var builder = new ProcessBuilder(dist.resolve("bin/kc.sh").toString(), "start", "--optimized", "--cache=local",
                    "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port, "--hostname-strict=false",
                    "--import-realm", "-Dkc.home.dir=" + home);
            Map<String, String> env = builder.environment();
            // Keycloak is a Quarkus application too: keep Redline's QUARKUS_* and any KC_* settings away from it.
            env.keySet().removeIf(name -> name.startsWith("QUARKUS_") || name.startsWith("KC_"));
            env.put("JAVA_HOME", System.getProperty("java.home"));
            env.put("REDLINE_OIDC_CLIENT_SECRET", secret);
            env.put("REDLINE_DEMO_ADMIN_PASSWORD", passwords.get("demo-admin"));
            env.put("REDLINE_DEMO_INTERVIEWER_PASSWORD", passwords.get("demo-interviewer"));
            env.put("REDLINE_DEMO_COMMITTEE_PASSWORD", passwords.get("demo-committee"));
            Path log = target.resolve("keycloak-test.log");
            synchronized (KeycloakServer.class) {
                // One log per test JVM, whichever class loader (and so whichever copy of this class) starts first.
                if (System.getProperty(LOG_STARTED) == null) {
                    Files.deleteIfExists(log);
                    System.setProperty(LOG_STARTED, "true");
                }
                Files.writeString(log, "=== Keycloak " + VERSION + " on " + issuer + ", home " + home + "\n",
                        StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            long t0 = System.nanoTime();
            process = builder.start();
            shutdownHook = new Thread(this::killTree, "keycloak-test-shutdown");
            Runtime.getRuntime().addShutdownHook(shutdownHook);
            awaitReady(issuer, log);
            System.err.printf("[redline] test Keycloak ready in %d s: %s%n",
                    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0), issuer);

            var values = new LinkedHashMap<String, String>();
            values.put(PROPERTY + "issuer", issuer);
            values.put(PROPERTY + "client-secret", secret);
            passwords.forEach((user, password) -> values.put(PROPERTY + "password." + user, password));
            previous = new LinkedHashMap<>();
            values.keySet().forEach(key -> {
                if (System.getProperty(key) != null) {
                    previous.put(key, System.getProperty(key));
                }
            });
            published = List.copyOf(values.keySet());
            values.forEach(System::setProperty);
            return Map.of(
                    "quarkus.oidc.auth-server-url", issuer,
                    "quarkus.oidc.client-id", CLIENT_ID,
                    "quarkus.oidc.credentials.secret", secret);
        } catch (IOException e) {
            stop();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    @Override
    public synchronized void stop() {
        if (published != null) {
            // Hand the accessors back to the Keycloak that was published before this one, if any is still running.
            published.forEach(System::clearProperty);
            previous.forEach(System::setProperty);
            published = null;
        }
        if (process != null) {
            killTree();
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException shuttingDown) {
                    // the hook runs anyway
                }
            }
            process = null;
        }
        if (home != null) {
            deleteTree(home);
            home = null;
        }
    }

    /** SIGTERM to kc.sh and Keycloak's JVM, up to 30 s for a clean stop, then SIGKILL to whatever is left. */
    private void killTree() {
        Process p = process;
        if (p == null) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>(p.descendants().toList());
        tree.add(p.toHandle());
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (Exception notYet) {
                handle.destroyForcibly();
            }
        }
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception e) {
                System.err.println("[redline] test Keycloak process " + handle.pid() + " did not exit");
            }
        }
    }

    private void awaitReady(String issuer, Path log) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).proxy(HttpClient.Builder.NO_PROXY).build();
        var request = HttpRequest.newBuilder(URI.create(issuer + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " while starting; see "
                        + log + "\n" + tail(log));
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for Keycloak", e);
            }
            sleep(500);
        }
        throw new IllegalStateException("Keycloak did not answer " + issuer + " within " + READY_WITHIN.toSeconds()
                + " s; see " + log + "\n" + tail(log));
    }

    private static Path distribution(Path redlineHome) throws IOException {
        String configured = System.getenv("REDLINE_KEYCLOAK_HOME");
        if (configured != null && !configured.isBlank()) {
            Path dist = Path.of(configured).toAbsolutePath();
            if (!Files.isRegularFile(dist.resolve(MARKER))) {
                throw new IllegalStateException("REDLINE_KEYCLOAK_HOME=" + configured
                        + " is not a distribution prepared by 'bash scripts/keycloak.sh fetch'");
            }
            return dist;
        }
        Path dist = redlineHome.resolve("target/keycloak/keycloak-" + VERSION);
        if (Files.isRegularFile(dist.resolve(MARKER))) {
            return dist;
        }
        // The same code path as the launcher: unpack (downloading when missing) and build, atomically.
        var fetch = new ProcessBuilder("bash", redlineHome.resolve("scripts/keycloak.sh").toString(), "fetch")
                .directory(redlineHome.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        fetch.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = fetch.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        try {
            if (!process.waitFor(20, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("'bash scripts/keycloak.sh fetch' failed; see its messages above");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while preparing Keycloak", e);
        }
        Path fetched = Path.of(out.lines().reduce((first, last) -> last).orElse(""));
        if (!Files.isRegularFile(fetched.resolve(MARKER))) {
            throw new IllegalStateException("'bash scripts/keycloak.sh fetch' printed no usable distribution: " + out);
        }
        return fetched;
    }

    private static int freeLoopbackPort() throws IOException {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String randomHex(int bytes) {
        byte[] buffer = new byte[bytes];
        RANDOM.nextBytes(buffer);
        return HexFormat.of().formatHex(buffer);
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path root) {
        // Files.walk does not follow the symbolic links into the distribution: only the links are deleted.
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("[redline] could not delete " + root + ": " + e.getMessage());
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
