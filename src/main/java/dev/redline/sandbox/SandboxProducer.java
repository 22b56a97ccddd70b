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
    private DockerClients.Engine engine;
    private DockerSandbox sandbox;

    SandboxProducer(SandboxConfig config) {
        this.config = config;
    }

    @Produces
    @Singleton
    DockerClients.Engine engine() {
        engine = DockerClients.connect(config.dockerHost().orElse(System.getenv("DOCKER_HOST")), 64);
        return engine;
    }

    @Produces
    @Singleton
    DockerClient dockerClient(DockerClients.Engine engine) {
        return engine.client();
    }

    @Produces
    @Singleton
    SandboxSettings settings() {
        BoxPolicy d = BoxPolicy.DEFAULT;
        BoxPolicy policy = new BoxPolicy(config.pids(), config.workDirMb(), d.fileSizeBytes(), d.openFiles(),
                d.stderrBytes(), config.sourceBytes(), config.cpus());
        return new SandboxSettings(config.nodeId().orElseGet(SandboxProducer::hostName), policy, config.boxLifetime(),
                config.warmBoxes(), config.imagePrefix().map(ImagePrefix::new).orElseGet(ImagePrefix::fromEnvironment));
    }

    @Produces
    @Singleton
    DockerSandbox sandbox(DockerClients.Engine engine, SandboxSettings settings) {
        sandbox = new DockerSandbox(engine, settings);
        return sandbox;
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

    /**
     * The warm boxes are removed through the engine's client, so the sandbox closes first, here, in one
     * place: a disposer would run when the singletons are destroyed, after this observer had closed the
     * client, and every removal failed with "Connection pool shut down", leaving the boxes running.
     */
    void onStop(@Observes ShutdownEvent event) throws IOException {
        if (sandbox != null) {
            sandbox.close();
        }
        if (engine != null) {
            engine.close();
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
