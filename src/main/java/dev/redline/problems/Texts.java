package dev.redline.problems;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Text-file helpers shared by the package readers. */
final class Texts {

    private Texts() {
    }

    /**
     * The file as strict UTF-8 (a malformed byte is an error, not a silent replacement character),
     * without a byte-order mark: the spec forbids one, and tolerating it costs nothing.
     */
    static String read(Path path) throws IOException {
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
                .toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** {@code path} relative to {@code base}, with {@code /} separators whatever the platform. */
    static String relative(Path base, Path path) {
        String rel = base.relativize(path).toString().replace('\\', '/');
        return rel.isEmpty() ? "." : rel;
    }

    /** Names starting with a dot or a dash are auxiliary files the spec tells judges to ignore. */
    static boolean ignored(Path path) {
        String name = path.getFileName().toString();
        return name.startsWith(".") || name.startsWith("-");
    }
}
