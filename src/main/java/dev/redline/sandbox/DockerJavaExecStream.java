package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** {@link ExecStream} through docker-java's own attach: works on every engine address, slowly for big inputs. */
final class DockerJavaExecStream implements ExecStream {

    private final DockerClient docker;

    DockerJavaExecStream(DockerClient docker) {
        this.docker = docker;
    }

    @Override
    public boolean run(String execId, byte[] stdin, Consumer<byte[]> stdout, Consumer<byte[]> stderr, long timeoutMs)
            throws IOException, InterruptedException {
        var callback = new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(frame.getPayload());
            }
        };
        try (callback) {
            docker.execStartCmd(execId).withStdIn(new ByteArrayInputStream(stdin)).exec(callback);
            return callback.awaitCompletion(timeoutMs, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public Session open(String execId, Consumer<byte[]> stdout, Consumer<byte[]> stderr) {
        var stdin = new QueueInputStream();
        var callback = new ResultCallback.Adapter<Frame>() {
            @Override
            public void onNext(Frame frame) {
                (frame.getStreamType() == StreamType.STDERR ? stderr : stdout).accept(frame.getPayload());
            }
        };
        docker.execStartCmd(execId).withStdIn(stdin).exec(callback);
        return new Session() {
            @Override
            public void write(byte[] bytes) {
                stdin.add(bytes);
            }

            @Override
            public boolean await(long timeoutMs) throws InterruptedException {
                return callback.awaitCompletion(timeoutMs, TimeUnit.MILLISECONDS);
            }

            @Override
            public void close() {
                stdin.end();
                try {
                    callback.close();
                } catch (IOException ignored) {
                    // closing is all we wanted
                }
            }
        };
    }

    /** An exec's stdin fed as the conversation goes: docker-java's attach reads it on a thread of its own. */
    private static final class QueueInputStream extends InputStream {
        private static final byte[] END = new byte[0];
        private final BlockingQueue<byte[]> queue = new LinkedBlockingQueue<>();
        private byte[] current = new byte[0];
        private int pos;

        void add(byte[] bytes) {
            queue.add(bytes.clone());
        }

        void end() {
            queue.add(END);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                while (pos == current.length) {
                    if (current == END) {
                        return -1;
                    }
                    current = queue.take();
                    pos = 0;
                    if (current == END) {
                        queue.add(END);
                        return -1;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException();
            }
            int n = Math.min(len, current.length - pos);
            System.arraycopy(current, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
