package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.net.InetAddress;
import org.jboss.logging.Logger;

/** Wires the framework-free sandbox into the service and reaps orphans at startup. */
@ApplicationScoped
public class SandboxProducer {

    private static final Logger LOG = Logger.getLogger(SandboxProducer.class);

    private final SandboxConfig config;
    private DockerClient docker;

    SandboxProducer(SandboxConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    DockerClient dockerClient() {
        docker = DockerClients.connect(config.dockerHost().orElse(System.getenv("DOCKER_HOST")), 64);
        return docker;
    }

    @Produces
    @Singleton
    SandboxSettings settings() {
        BoxPolicy d = BoxPolicy.DEFAULT;
        BoxPolicy policy = new BoxPolicy(config.pids(), config.workDirMb(), d.fileSizeBytes(), d.openFiles(),
                d.stderrBytes(), config.sourceBytes(), config.cpus());
        return new SandboxSettings(config.nodeId().orElseGet(SandboxProducer::hostName), policy, config.boxLifetime());
    }

    @Produces
    @Singleton
    DockerSandbox sandbox(DockerClient docker, SandboxSettings settings) {
        return new DockerSandbox(docker, settings);
    }

    void onStart(@Observes StartupEvent event, DockerClient docker, SandboxSettings settings) {
        if (!config.reapOrphansAtStartup()) {
            return;
        }
        try {
            int removed = new OrphanReaper(docker, settings.nodeId()).reap();
            if (removed > 0) {
                LOG.infof("removed %d sandbox container(s) left by an earlier run", removed);
            }
        } catch (RuntimeException e) {
            LOG.warnf("could not look for orphaned sandbox containers: %s", e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (docker != null) {
            docker.close();
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "redline";
        }
    }
}
