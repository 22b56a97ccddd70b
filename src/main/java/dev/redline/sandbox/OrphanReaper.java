package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Removes sandbox containers nobody will ever close: those of this node (at startup none of its
 * boxes can be in use, so any left are a crashed run's) and, from any node, those past their
 * expiry. Boxes of other live nodes sharing the engine are left alone.
 */
public final class OrphanReaper {

    private final DockerClient docker;
    private final String nodeId;

    public OrphanReaper(DockerClient docker, String nodeId) {
        this.docker = docker;
        this.nodeId = nodeId;
    }

    /** Returns how many containers were removed. */
    public int reap() {
        List<Container> boxes = docker.listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(SandboxSettings.LABEL_SANDBOX, "1")).exec();
        long now = Instant.now().getEpochSecond();
        int removed = 0;
        for (Container box : boxes) {
            if (orphaned(box.getLabels(), nodeId, now)) {
                DockerSandbox.remove(docker, box.getId());
                removed++;
            }
        }
        return removed;
    }

    static boolean orphaned(Map<String, String> labels, String nodeId, long nowEpochSeconds) {
        if (nodeId.equals(labels.get(SandboxSettings.LABEL_NODE))) {
            return true;
        }
        try {
            return Long.parseLong(labels.getOrDefault(SandboxSettings.LABEL_EXPIRES, "0")) < nowEpochSeconds;
        } catch (NumberFormatException e) {
            return true; // a sandbox box with a mangled expiry is nobody's
        }
    }
}
