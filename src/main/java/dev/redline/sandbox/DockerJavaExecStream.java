package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.StreamType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
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
}
