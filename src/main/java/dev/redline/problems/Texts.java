package dev.redline.problems;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

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

    /**
     * A directory's entries that count (not hidden, not disabled with a leading '-'), sorted; none
     * when it is not a directory or cannot be listed.
     */
    static List<Path> entries(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> !ignored(p)).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
