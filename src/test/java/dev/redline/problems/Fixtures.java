package dev.redline.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The fixture packages under src/test/resources/packages/ (and public-packages/), and copies of them to
 * break in a test.
 */
public final class Fixtures {

    private Fixtures() {
    }

    static Path fixture(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/packages/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no fixture package " + name, e);
        }
    }

    /** A package of src/test/resources/public-packages/: as public packages come, without Redline's additions. */
    static Path publicPackage(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/public-packages/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("no public fixture package " + name, e);
        }
    }

    /** A copy of fixture {@code name} as {@code into/<newName>}, to change without touching the original. */
    static Path copy(String name, Path into, String newName) {
        return copyTree(fixture(name), into.resolve(newName));
    }

    /** A copy of public fixture package {@code name} in {@code into}. */
    static Path copyPublic(String name, Path into) {
        return copyTree(publicPackage(name), into.resolve(name));
    }

    private static Path copyTree(Path source, Path target) {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.sorted(Comparator.naturalOrder()).toList()) {
                Path t = target.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(t);
                } else {
                    Files.copy(p, t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    public static Path copy(String name, Path into) {
        return copy(name, into, name);
    }

    static void write(Path dir, String relative, String content) {
        try {
            Path file = dir.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dir, String relative) {
        try (Stream<Path> files = Files.walk(dir.resolve(relative))) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path dir, String relative) {
        try {
            return Files.readString(dir.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
