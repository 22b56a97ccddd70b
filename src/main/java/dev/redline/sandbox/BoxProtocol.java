package dev.redline.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The frames spoken with {@code redline-box exec} (see sandbox-images/box/redline-box.c): files and
 * runs go in on its stdin, one RESULT header plus the captured bytes per run come back on its stdout.
 * Pure code, so that the format is tested without Docker.
 */
final class BoxProtocol {

    static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.\\-]{0,99}");

    private BoxProtocol() {
    }

    static byte[] file(String name, byte[] content, int mode) {
        if (!FILE_NAME.matcher(name).matches()) {
            throw new SandboxException.BadRequest("file name '" + name
                    + "' is not allowed: use letters, digits, '.', '_' and '-', no path");
        }
        return frame("F " + Integer.toOctalString(mode) + " " + content.length + " " + name, content);
    }

    static byte[] run(byte[] stdin, Limits limits) {
        return frame("R " + stdin.length + " " + limits.cpuTimeMs() + " " + limits.wallTimeMs() + " "
                + (long) limits.memoryMb() * 1024 + " " + limits.outputBytes(), stdin);
    }

    /** Starts the program of an interaction ({@code redline-box interact}) with these limits. */
    static byte[] start(Limits limits) {
        return ("S " + limits.cpuTimeMs() + " " + limits.wallTimeMs() + " " + (long) limits.memoryMb() * 1024 + " "
                + limits.outputBytes() + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes for the interacting program's stdin. */
    static byte[] data(byte[] bytes) {
        return frame("D " + bytes.length, bytes);
    }

    static byte[] closeInput() {
        return "C\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] kill() {
        return "K\n".getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] end() {
        return "E\n".getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] frame(String header, byte[] payload) {
        var out = new ByteArrayOutputStream(header.length() + 1 + payload.length);
        out.writeBytes((header + "\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(payload);
        return out.toByteArray();
    }

    /** What an interaction's supervisor says, as it says it. */
    interface InteractionEvents {
        void output(byte[] bytes);

        void outputClosed();

        void finished(RunResult result, Map<String, byte[]> files);

        void failed(String error);
    }

    /**
     * Reads {@code redline-box interact}'s stdout in any chunking: O (program output) and C (its
     * stdout closed) frames, then the RESULT with the program's stderr and the collected files.
     */
    static final class InteractionReader {
        private final InteractionEvents events;
        private final Bytes buf = new Bytes();
        private String resultHeader;
        private String stderr;
        private int filesLeft;
        private final Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        private boolean done;

        InteractionReader(InteractionEvents events) {
            this.events = events;
        }

        void feed(byte[] bytes) {
            if (done) {
                return;
            }
            buf.append(bytes);
            try {
                while (!done && step()) {
                    // each step takes one frame
                }
            } catch (RuntimeException e) {
                done = true;
                events.failed("unreadable answer from the box supervisor: " + e.getMessage());
            }
        }

        boolean done() {
            return done;
        }

        private boolean step() {
            int nl = buf.indexOf((byte) '\n');
            if (nl < 0) {
                return false;
            }
            String header = new String(buf.data, 0, nl, StandardCharsets.UTF_8);
            if (resultHeader != null) { // the collected files after RESULT
                String[] parts = header.split(" ", 3);
                int size = Integer.parseInt(parts[1]);
                if (!parts[0].equals("F") || !buf.has(nl + 1 + size)) {
                    return false;
                }
                files.put(parts[2], buf.take(nl + 1, size));
                return finishIfComplete();
            }
            if (header.equals("C")) {
                buf.take(nl + 1, 0);
                events.outputClosed();
                return true;
            }
            if (header.startsWith("O ")) {
                int size = Integer.parseInt(header.substring(2));
                if (!buf.has(nl + 1 + size)) {
                    return false;
                }
                events.output(buf.take(nl + 1, size));
                return true;
            }
            if (header.startsWith("ERROR ")) {
                done = true;
                events.failed(header.substring(6));
                return false;
            }
            if (!header.startsWith("RESULT ")) {
                throw new IllegalStateException(ResultReader.abbreviate(header));
            }
            Map<String, String> f = ResultReader.fields(header.substring(7));
            int err = (int) ResultReader.number(f, "err");
            if (!buf.has(nl + 1 + err)) {
                return false;
            }
            stderr = new String(buf.take(nl + 1, err), StandardCharsets.UTF_8);
            resultHeader = header;
            filesLeft = (int) ResultReader.number(f, "files");
            return finishIfComplete();
        }

        private boolean finishIfComplete() {
            if (files.size() < filesLeft) {
                return true;
            }
            done = true;
            events.finished(ResultReader.toResult(ResultReader.fields(resultHeader.substring(7)), "", stderr),
                    Map.copyOf(files));
            return false;
        }
    }

    /** A growable byte buffer from which frames are taken at the front. */
    private static final class Bytes {
        private byte[] data = new byte[8192];
        private int len;

        void append(byte[] bytes) {
            if (len + bytes.length > data.length) {
                data = Arrays.copyOf(data, Math.max(data.length * 2, len + bytes.length));
            }
            System.arraycopy(bytes, 0, data, len, bytes.length);
            len += bytes.length;
        }

        boolean has(int n) {
            return len >= n;
        }

        /** Returns {@code size} bytes at {@code from} and drops everything before their end. */
        byte[] take(int from, int size) {
            byte[] out = Arrays.copyOfRange(data, from, from + size);
            System.arraycopy(data, from + size, data, 0, len - from - size);
            len -= from + size;
            return out;
        }

        int indexOf(byte b) {
            for (int i = 0; i < len; i++) {
                if (data[i] == b) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * Reads the supervisor's answer as it streams in. Feed it bytes in any chunking; it yields each
     * run's result as soon as that run's bytes are complete.
     */
    static final class ResultReader {
        private byte[] buf = new byte[8192];
        private int len;
        private final List<RunResult> results = new ArrayList<>();
        private String error;
        private boolean stopped;

        /** Adds bytes; returns the results completed by them. */
        List<RunResult> feed(byte[] bytes) {
            append(bytes);
            List<RunResult> completed = new ArrayList<>();
            RunResult next;
            while (error == null && (next = tryTake()) != null) {
                completed.add(next);
                results.add(next);
            }
            return completed;
        }

        List<RunResult> results() {
            return List.copyOf(results);
        }

        /** Whether the supervisor skipped the remaining runs after a failure ("STOPPED"). */
        boolean stopped() {
            return stopped;
        }

        /** The supervisor's own error ("ERROR ..."), when it reported one. */
        String error() {
            return error;
        }

        boolean hasLeftover() {
            return len > 0;
        }

        private void append(byte[] bytes) {
            if (len + bytes.length > buf.length) {
                buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + bytes.length));
            }
            System.arraycopy(bytes, 0, buf, len, bytes.length);
            len += bytes.length;
        }

        private RunResult tryTake() {
            int nl = indexOf((byte) '\n');
            if (nl < 0) {
                return null;
            }
            String header = new String(buf, 0, nl, StandardCharsets.UTF_8);
            if (header.equals("STOPPED")) {
                stopped = true;
                System.arraycopy(buf, nl + 1, buf, 0, len - nl - 1);
                len -= nl + 1;
                return null;
            }
            if (header.startsWith("ERROR ")) {
                error = header.substring(6);
                return null;
            }
            if (!header.startsWith("RESULT ")) {
                error = "unexpected output from the box supervisor: " + abbreviate(header);
                return null;
            }
            Map<String, String> fields = fields(header.substring(7));
            int out = (int) number(fields, "out");
            int err = (int) number(fields, "err");
            int total = nl + 1 + out + err;
            if (len < total) {
                return null;
            }
            String stdout = new String(buf, nl + 1, out, StandardCharsets.UTF_8);
            String stderr = new String(buf, nl + 1 + out, err, StandardCharsets.UTF_8);
            System.arraycopy(buf, total, buf, 0, len - total);
            len -= total;
            return toResult(fields, stdout, stderr);
        }

        static RunResult toResult(Map<String, String> f, String stdout, String stderr) {
            RunStatus status = RunStatus.valueOf(f.get("status"));
            int exit = (int) number(f, "exit");
            int signal = (int) number(f, "signal");
            String note = f.getOrDefault("note", "-");
            return new RunResult(status, exit >= 0 && signal == 0 ? exit : null, signal != 0 ? signal : null,
                    number(f, "cpu"), number(f, "wall"), number(f, "mem"), stdout, stderr,
                    "1".equals(f.get("outtrunc")), "1".equals(f.get("errtrunc")), "-".equals(note) ? "" : note);
        }

        static Map<String, String> fields(String s) {
            Map<String, String> map = new HashMap<>();
            for (String part : s.split(" ")) {
                int eq = part.indexOf('=');
                if (eq > 0) {
                    map.put(part.substring(0, eq), part.substring(eq + 1));
                }
            }
            return map;
        }

        static long number(Map<String, String> f, String key) {
            String v = f.get(key);
            if (v == null) {
                throw new IllegalStateException("RESULT without " + key);
            }
            return Long.parseLong(v);
        }

        private int indexOf(byte b) {
            for (int i = 0; i < len; i++) {
                if (buf[i] == b) {
                    return i;
                }
            }
            return -1;
        }

        static String abbreviate(String s) {
            return s.length() > 200 ? s.substring(0, 200) + "..." : s;
        }
    }
}
