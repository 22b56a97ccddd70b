package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A real Docker engine for tests, and the check that a test left no box behind. */
public final class DockerTestSupport {

    private static DockerClients.Engine engine;

    private DockerTestSupport() {
    }

    public static synchronized DockerClients.Engine engine() {
        if (engine == null) {
            engine = DockerClients.connect(System.getenv("DOCKER_HOST"), 16);
        }
        return engine;
    }

    public static DockerClient docker() {
        return engine().client();
    }

    /** A node id of its own, so that parallel or earlier runs never confuse the leftovers check. */
    public static String newNode() {
        return "test-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static DockerSandbox sandbox(String node) {
        return new DockerSandbox(engine(), SandboxSettings.defaults(node));
    }

    public static List<Container> boxesOf(String node) {
        return docker().listContainersCmd().withShowAll(true)
                .withLabelFilter(Map.of(SandboxSettings.LABEL_NODE, node)).exec();
    }

    public static void assertNoBoxesLeft(String node) {
        assertThat(boxesOf(node)).as("sandbox containers left behind by node " + node).isEmpty();
    }
}
