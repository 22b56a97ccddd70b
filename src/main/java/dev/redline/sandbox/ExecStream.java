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

    /**
     * Starts the exec with its stdin open for as long as the conversation lasts (interactive runs):
     * stdout and stderr are handed over on a thread of the stream's own as they arrive.
     */
    Session open(String execId, Consumer<byte[]> stdout, Consumer<byte[]> stderr) throws IOException;

    /** A started exec whose stdin is written as the conversation goes. */
    interface Session extends AutoCloseable {

        /** Writes to the exec's stdin; blocks while the engine does not take more. */
        void write(byte[] bytes) throws IOException;

        /** Waits until the exec's output ended; false when {@code timeoutMs} passed first. */
        boolean await(long timeoutMs) throws InterruptedException;

        /** Ends the conversation; never throws. */
        @Override
        void close();
    }
}
