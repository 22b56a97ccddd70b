package dev.redline.sandbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Sandbox settings of the service ({@code redline.sandbox.*}). */
@ConfigMapping(prefix = "redline.sandbox")
public interface SandboxConfig {

    /** Docker engine address; unset means DOCKER_HOST, else the local socket. */
    Optional<String> dockerHost();

    /**
     * Names this instance's containers. Must differ between Redline instances sharing one engine;
     * unset means the host name.
     */
    Optional<String> nodeId();

    /**
     * Languages the platform expects images for; health is DOWN while one is missing. Unset means
     * every language Redline ships (each folder of sandbox-images/ with a language label).
     */
    Optional<List<String>> languages();

    /**
     * What the sandbox images are called ({@link ImagePrefix}); unset means REDLINE_IMAGE_PREFIX, the
     * variable scripts/images.sh builds by, else {@code redline/sandbox-}.
     */
    Optional<String> imagePrefix();

    /** A box removes itself after this long even if Redline died. */
    @WithDefault("30m")
    Duration boxLifetime();

    /** Processes and threads per box. */
    @WithDefault("64")
    int pids();

    /** Size of a box's tmpfs work dir in MiB. */
    @WithDefault("256")
    int workDirMb();

    /** Total size of the files of one program, in bytes. */
    @WithDefault("131072")
    long sourceBytes();

    /** CPUs one box may use. */
    @WithDefault("1.0")
    double cpus();

    /** Started, empty boxes kept ready per language, so that a run answers faster. */
    @WithDefault("1")
    int warmBoxes();

    /** Remove this node's containers left by an earlier crash, and expired ones, at startup. */
    @WithDefault("true")
    boolean reapOrphansAtStartup();
}
