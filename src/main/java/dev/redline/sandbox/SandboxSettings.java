package dev.redline.sandbox;

import java.time.Duration;

/**
 * How this Redline uses its Docker engine.
 *
 * @param nodeId       names the containers this process creates, so that after a crash it
 *                     removes exactly its own orphans (several Redlines may share one engine)
 * @param policy       limits that hold for every box
 * @param boxLifetime  a box stops and removes itself after this long, even if Redline died
 * @param warmBoxes    started, empty boxes kept ready per language, so that opening one costs no
 *                     container start (0: none, as for one-shot command-line use)
 * @param images       the names of the sandbox images to use
 */
public record SandboxSettings(String nodeId, BoxPolicy policy, Duration boxLifetime, int warmBoxes,
        ImagePrefix images) {

    public SandboxSettings(String nodeId, BoxPolicy policy, Duration boxLifetime) {
        this(nodeId, policy, boxLifetime, 0, ImagePrefix.fromEnvironment());
    }

    public SandboxSettings withWarmBoxes(int n) {
        return new SandboxSettings(nodeId, policy, boxLifetime, n, images);
    }

    public static final String LABEL_SANDBOX = "redline.sandbox";
    public static final String LABEL_NODE = "redline.node";
    public static final String LABEL_EXPIRES = "redline.expires";

    public static SandboxSettings defaults(String nodeId) {
        return new SandboxSettings(nodeId, BoxPolicy.DEFAULT, Duration.ofMinutes(30));
    }
}
