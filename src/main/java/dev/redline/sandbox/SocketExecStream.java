package dev.redline.sandbox;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * {@link ExecStream} over the engine's own socket: {@code POST /exec/{id}/start} upgraded to a raw
 * stream (the same hijack the docker CLI uses), stdin written in large chunks by its own thread
 * while this one reads the multiplexed output (8-byte frame headers: stream, 0, 0, 0, size).
 */
final class SocketExecStream implements ExecStream {

    private static final int CHUNK = 256 << 10;
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "redline-exec-watchdog");
        t.setDaemon(true);
        return t;
    });

    private final URI engine;

    private SocketExecStream(URI engine) {
        this.engine = engine;
    }

    /** A socket stream for plain unix and tcp engine addresses; empty for anything else (TLS). */
    static Optional<ExecStream> forEngine(URI engine, boolean tls) {
        String scheme = engine.getScheme();
        if ("unix".equals(scheme) || ("tcp".equals(scheme) && !tls)) {
            return Optional.of(new SocketExecStream(engine));
        }
        return Optional.empty();
    }

    private SocketChannel connect() throws IOException {
        if ("unix".equals(engine.getScheme())) {
            SocketChannel ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(engine.getPath()));
            return ch;
        }
        return SocketChannel.open(new InetSocketAddress(engine.getHost(), engine.getPort()));
    }

    @Override
    public boolean run(String execId, byte[] stdin, Consumer<byte[]> stdout, Consumer<byte[]> stderr, long timeoutMs)
            throws IOException, InterruptedException {
        AtomicBoolean timedOut = new AtomicBoolean();
        try (SocketChannel ch = connect()) {
            var watchdog = WATCHDOG.schedule(() -> {
                timedOut.set(true);
                closeQuietly(ch);
            }, timeoutMs, TimeUnit.MILLISECONDS);
            try {
                ByteBuffer leftover = start(ch, execId);
                Thread writer = Thread.ofVirtual().name("redline-exec-stdin").start(() -> writeStdin(ch, stdin));
                new Demultiplexer(stdout, stderr).feed(leftover).drain(ch);
                writer.join(1_000);
                return true;
            } catch (IOException e) {
                if (timedOut.get()) {
                    return false;
                }
                throw e;
            } finally {
                watchdog.cancel(false);
            }
        }
    }

    @Override
    public Session open(String execId, Consumer<byte[]> stdout, Consumer<byte[]> stderr) throws IOException {
        SocketChannel ch = connect();
        try {
            ByteBuffer leftover = start(ch, execId);
            Thread reader = Thread.ofVirtual().name("redline-exec-session").start(() -> {
                try {
                    new Demultiplexer(stdout, stderr).feed(leftover).drain(ch);
                } catch (IOException e) {
                    // closed by our side, or the engine went away: the session's owner sees the end
                }
            });
            return new Session() {
                @Override
                public void write(byte[] bytes) throws IOException {
                    synchronized (ch) {
                        writeAll(ch, ByteBuffer.wrap(bytes));
                    }
                }

                @Override
                public boolean await(long timeoutMs) throws InterruptedException {
                    return reader.join(java.time.Duration.ofMillis(Math.max(1, timeoutMs)));
                }

                @Override
                public void close() {
                    closeQuietly(ch);
                }
            };
        } catch (IOException | RuntimeException e) {
            closeQuietly(ch);
            throw e;
        }
    }

    /** Sends the start request; returns the bytes after the response head, which belong to the stream. */
    private static ByteBuffer start(SocketChannel ch, String execId) throws IOException {
        String body = "{\"Detach\":false,\"Tty\":false}";
        String request = "POST /exec/" + execId + "/start HTTP/1.1\r\n"
                + "Host: docker\r\nContent-Type: application/json\r\n"
                + "Connection: Upgrade\r\nUpgrade: tcp\r\n"
                + "Content-Length: " + body.length() + "\r\n\r\n" + body;
        writeAll(ch, ByteBuffer.wrap(request.getBytes(StandardCharsets.US_ASCII)));
        return readResponseHead(ch);
    }

    private static void writeStdin(SocketChannel ch, byte[] stdin) {
        try {
            for (int off = 0; off < stdin.length; off += CHUNK) {
                writeAll(ch, ByteBuffer.wrap(stdin, off, Math.min(CHUNK, stdin.length - off)));
            }
            ch.shutdownOutput();
        } catch (IOException e) {
            // the reader sees the stream end and reports what is missing
        }
    }

    private static void writeAll(SocketChannel ch, ByteBuffer buf) throws IOException {
        while (buf.hasRemaining()) {
            ch.write(buf);
        }
    }

    /** Reads the HTTP response head; returns the bytes after it, which already belong to the stream. */
    private static ByteBuffer readResponseHead(SocketChannel ch) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(8192);
        while (true) {
            if (ch.read(buf) < 0) {
                throw new IOException("the Docker engine closed the connection before answering");
            }
            byte[] seen = Arrays.copyOf(buf.array(), buf.position());
            int end = indexOf(seen, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            if (end >= 0) {
                String head = new String(seen, 0, end, StandardCharsets.US_ASCII);
                String status = head.lines().findFirst().orElse("");
                if (!status.contains(" 101 ") && !status.contains(" 200 ")) {
                    throw new IOException("the Docker engine refused to start the exec: " + status);
                }
                return ByteBuffer.wrap(seen, end + 4, seen.length - end - 4);
            }
            if (!buf.hasRemaining()) {
                throw new IOException("the Docker engine's answer has no end of headers");
            }
        }
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static void closeQuietly(SocketChannel ch) {
        try {
            ch.close();
        } catch (IOException ignored) {
            // closing is all we wanted
        }
    }

    /** Splits Docker's multiplexed stream into stdout and stderr payloads. */
    static final class Demultiplexer {
        private final Consumer<byte[]> stdout;
        private final Consumer<byte[]> stderr;
        private final ByteBuffer header = ByteBuffer.allocate(8);
        private ByteBuffer payload;
        private int stream;

        Demultiplexer(Consumer<byte[]> stdout, Consumer<byte[]> stderr) {
            this.stdout = stdout;
            this.stderr = stderr;
        }

        Demultiplexer feed(ByteBuffer data) {
            while (data.hasRemaining()) {
                if (payload == null) {
                    while (header.hasRemaining() && data.hasRemaining()) {
                        header.put(data.get());
                    }
                    if (header.hasRemaining()) {
                        return this;
                    }
                    header.flip();
                    stream = header.get(0);
                    payload = ByteBuffer.allocate(header.getInt(4));
                    header.clear();
                }
                int n = Math.min(payload.remaining(), data.remaining());
                payload.put(payload.position(), data, data.position(), n);
                payload.position(payload.position() + n);
                data.position(data.position() + n);
                if (!payload.hasRemaining()) {
                    (stream == 2 ? stderr : stdout).accept(payload.array());
                    payload = null;
                }
            }
            return this;
        }

        void drain(SocketChannel ch) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(64 << 10);
            while (ch.read(buf) >= 0) {
                buf.flip();
                feed(buf);
                buf.clear();
            }
        }
    }
}
