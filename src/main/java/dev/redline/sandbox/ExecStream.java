package dev.redline.sandbox;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Starts a created exec, writes its stdin and hands its stdout and stderr over as they arrive.
 * Two ways exist because docker-java's attach writes stdin 1 KiB at a time with a flush after each
 * (about 10 MB/s here), which made a 1 MB test input cost ~100 ms: {@link SocketExecStream} speaks
 * to the engine's socket directly with large writes and is used whenever the engine is reached over
 * a plain unix or tcp socket; {@link DockerJavaExecStream} serves every other engine address (TLS).
 */
public interface ExecStream {

    /**
     * Runs the exec to its end or until {@code timeoutMs} passes.
     *
     * @return false when it timed out
     */
    boolean run(String execId, byte[] stdin, Consumer<byte[]> stdout, Consumer<byte[]> stderr, long timeoutMs)
            throws IOException, InterruptedException;
}
