package dev.redline.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged service ({@code target/quarkus-app/quarkus-run.jar}) as a real process on a loopback
 * port, for tests that kill and restart it. Its output goes to a log file under target/.
 */
public final class ServiceProcess implements AutoCloseable {

    private final List<String> command;
    private final Path workDir;
    private final Path log;
    private final int port;
    private Process process;

    private ServiceProcess(List<String> command, Path workDir, Path log, int port) {
        this.command = command;
        this.workDir = workDir;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts the service in {@code workDir} (so its default ./data database lands there) with these
     * system properties, on a free port, and waits until it answers.
     */
    public static ServiceProcess start(Path workDir, Map<String, String> properties, Path log) throws Exception {
        Path jar = Path.of("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: this test runs after `./mvnw package` (failsafe, in "
                    + "`./mvnw verify`)");
        }
        int port = freePort();
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.port=" + port, "-Dquarkus.http.host=127.0.0.1"));
        properties.forEach((k, v) -> cmd.add("-D" + k + "=" + v));
        cmd.addAll(List.of("-jar", jar.toAbsolutePath().toString()));
        ServiceProcess s = new ServiceProcess(cmd, workDir, log.toAbsolutePath(), port);
        s.launch();
        return s;
    }

    public int port() {
        return port;
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no graceful anything, like a power cut. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service did not die within 30 s");
        }
    }

    /** SIGTERM, as a clean stop sends it; waits for the exit and returns its code. */
    public int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the service did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    /** Starts it again, same port, same settings. */
    public void restart() throws Exception {
        launch();
    }

    private void launch() throws Exception {
        Files.createDirectories(log.getParent());
        process = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.currentTimeMillis() + 120_000;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the service exited with " + process.exitValue() + "; see " + log);
            }
            try {
                var r = http.send(HttpRequest.newBuilder(URI.create(url() + "/q/health/live")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not answer within 120 s; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
