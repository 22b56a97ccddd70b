package dev.redline.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Docker's multiplexed stream format and the choice of transport; plain JUnit, no engine. */
class SocketExecStreamTest {

    static byte[] frame(int stream, String payload) {
        byte[] p = payload.getBytes(StandardCharsets.UTF_8);
        ByteBuffer b = ByteBuffer.allocate(8 + p.length);
        b.put((byte) stream).put((byte) 0).put((byte) 0).put((byte) 0).putInt(p.length).put(p);
        return b.array();
    }

    @Test
    void demultiplexesFramesSplitAnywhere() {
        var all = new ByteArrayOutputStream();
        all.writeBytes(frame(1, "hello "));
        all.writeBytes(frame(2, "warning"));
        all.writeBytes(frame(1, ""));
        all.writeBytes(frame(1, "world"));
        byte[] bytes = all.toByteArray();
        for (int chunk : new int[] {1, 3, 8, 9, bytes.length}) {
            var out = new StringBuilder();
            var err = new StringBuilder();
            var demux = new SocketExecStream.Demultiplexer(b -> out.append(new String(b, StandardCharsets.UTF_8)),
                    b -> err.append(new String(b, StandardCharsets.UTF_8)));
            for (int i = 0; i < bytes.length; i += chunk) {
                demux.feed(ByteBuffer.wrap(bytes, i, Math.min(chunk, bytes.length - i)));
            }
            assertThat(out.toString()).as("chunk " + chunk).isEqualTo("hello world");
            assertThat(err.toString()).isEqualTo("warning");
        }
    }

    @Test
    void socketTransportOnlyForPlainUnixAndTcpEngines() {
        assertThat(SocketExecStream.forEngine(URI.create("unix:///var/run/docker.sock"), false)).isPresent();
        assertThat(SocketExecStream.forEngine(URI.create("tcp://127.0.0.1:2375"), false)).isPresent();
        assertThat(SocketExecStream.forEngine(URI.create("tcp://127.0.0.1:2376"), true)).isEmpty();
        assertThat(SocketExecStream.forEngine(URI.create("npipe:////./pipe/docker_engine"), false)).isEmpty();
    }
}
