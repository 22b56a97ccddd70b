package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import java.io.IOException;
import java.time.Duration;

/** Connects to a Docker engine: DOCKER_HOST when set, else the local socket. */
public final class DockerClients {

    private DockerClients() {
    }

    /** A docker-java client and the exec stream suited to the same engine. */
    public record Engine(DockerClient client, ExecStream execStream) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            client.close();
        }
    }

    /**
     * @param dockerHost engine address such as {@code unix:///var/run/docker.sock} or
     *                   {@code tcp://10.0.0.5:2376}; null or blank for DOCKER_HOST or the default
     */
    public static Engine connect(String dockerHost, int maxConnections) {
        var builder = DefaultDockerClientConfig.createDefaultConfigBuilder();
        if (dockerHost != null && !dockerHost.isBlank()) {
            builder.withDockerHost(dockerHost);
        }
        // No API version is pinned: the engine's own is used (older engines speak 1.41).
        var config = builder.build();
        var http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(maxConnections)
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        DockerClient client = DockerClientImpl.getInstance(config, http);
        ExecStream exec = SocketExecStream.forEngine(config.getDockerHost(), config.getSSLConfig() != null)
                .orElseGet(() -> new DockerJavaExecStream(client));
        return new Engine(client, exec);
    }
}
