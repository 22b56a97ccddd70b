package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.ConflictException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link Sandbox} on a Docker engine: one hardened container per program.
 *
 * <p>The walls, all set here and each covered by a test: no network, read-only root, a
 * size-limited tmpfs as the only writable place, every capability dropped, no-new-privileges,
 * an unprivileged uid, no IPC namespace sharing and no /dev/shm, pids/memory(=swap)/CPU limits,
 * file-size, open-files and core ulimits, an empty environment, no host mounts. Files travel in
 * the supervisor's stdin and results come back on its stdout: nothing is copied to the host's
 * file system, so nothing host-side can follow a symlink made in the box.
 */
public final class DockerSandbox implements Sandbox, AutoCloseable {

    static final String USER = "10001:10001";
    static final String WORK_DIR = "/box";
    private static final System.Logger LOG = System.getLogger(DockerSandbox.class.getName());
    private static final Duration REMOVAL_WAIT = Duration.ofSeconds(10);

    private final DockerClient docker;
    private final ExecStream execStream;
    private final SandboxSettings settings;
    private final LanguageCatalog catalog;
    private final WarmPool warm;

    public DockerSandbox(DockerClients.Engine engine, SandboxSettings settings) {
        this.docker = engine.client();
        this.execStream = engine.execStream();
        this.settings = settings;
        this.catalog = new LanguageCatalog(docker, settings.images());
        this.warm = new WarmPool(settings.warmBoxes(), settings.boxLifetime().dividedBy(2), this::startBox,
                id -> remove(docker, id));
    }

    @Override
    public Map<String, Language> languages() {
        return catalog.all();
    }

    public LanguageCatalog catalog() {
        return catalog;
    }

    @Override
    public Box open(String languageId, List<SourceFile> files) {
        Language language = catalog.require(languageId);
        BoxPolicy policy = settings.policy();
        long size = files.stream().mapToLong(SourceFile::size).sum();
        if (size > policy.sourceBytes()) {
            throw new SandboxException.BadRequest("the source is " + size + " bytes; the limit is "
                    + policy.sourceBytes() + " bytes. Make it smaller.");
        }
        String id = warm.take(language).orElseGet(() -> startBox(language));
        return new DockerBox(docker, execStream, id, language, policy, files, Limits.COMPILE_DEFAULT.memoryMb());
    }

    private String startBox(Language language) {
        String id = create(language, Limits.COMPILE_DEFAULT.memoryMb());
        try {
            docker.startContainerCmd(id).exec();
        } catch (RuntimeException e) {
            remove(docker, id);
            throw new SandboxException.Unavailable("cannot start a sandbox container: " + e.getMessage(), e);
        }
        return id;
    }

    /** Removes the warm boxes. */
    @Override
    public void close() {
        warm.close();
    }

    private String create(Language language, int memoryMb) {
        BoxPolicy policy = settings.policy();
        long memory = (long) memoryMb << 20;
        HostConfig host = HostConfig.newHostConfig()
                .withNetworkMode("none")
                .withReadonlyRootfs(true)
                .withTmpFs(Map.of(WORK_DIR, "rw,exec,nosuid,nodev,size=" + policy.workDirMb() + "m,uid=10001,gid=10001"))
                .withCapDrop(Capability.ALL)
                .withSecurityOpts(List.of("no-new-privileges"))
                .withPrivileged(false)
                .withIpcMode("none")
                .withPidsLimit((long) policy.pids())
                .withMemory(memory)
                .withMemorySwap(memory)
                .withNanoCPUs((long) (policy.cpus() * 1e9))
                .withUlimits(List.of(
                        new Ulimit("nofile", policy.openFiles(), policy.openFiles()),
                        new Ulimit("fsize", policy.fileSizeBytes(), policy.fileSizeBytes()),
                        new Ulimit("core", 0, 0)))
                .withAutoRemove(true);
        long lifetime = settings.boxLifetime().toSeconds();
        try {
            return docker.createContainerCmd(language.image())
                    .withHostConfig(host)
                    .withUser(USER)
                    .withWorkingDir(WORK_DIR)
                    .withEnv(List.of())
                    .withNetworkDisabled(true)
                    .withHostName("box")
                    .withCmd("redline-box", "init", Long.toString(lifetime))
                    .withLabels(Map.of(
                            SandboxSettings.LABEL_SANDBOX, "1",
                            SandboxSettings.LABEL_NODE, settings.nodeId(),
                            SandboxSettings.LABEL_EXPIRES,
                            Long.toString(Instant.now().getEpochSecond() + lifetime + 60),
                            Language.LABEL_ID, language.id()))
                    .exec()
                    .getId();
        } catch (RuntimeException e) {
            throw new SandboxException.Unavailable("cannot create a sandbox container from " + language.image()
                    + ": " + e.getMessage(), e);
        }
    }

    /**
     * Force-removes a container and returns once it is gone. A container that is gone already, or
     * whose auto-removal is under way, is fine; a failure is logged, never thrown, and the box's
     * own lifetime and the orphan reaper remain as backstops.
     */
    static void remove(DockerClient docker, String id) {
        try {
            docker.removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
            return;
        } catch (NotFoundException e) {
            return;
        } catch (ConflictException e) {
            // auto-removal is under way: wait for it below
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not remove sandbox container {0}: {1}", id, e.getMessage());
            return;
        }
        long deadline = System.nanoTime() + REMOVAL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                docker.inspectContainerCmd(id).exec();
                Thread.sleep(50);
            } catch (NotFoundException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                break;
            }
        }
        LOG.log(System.Logger.Level.WARNING, "sandbox container {0} is still being removed", id);
    }
}
