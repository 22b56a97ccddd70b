package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Redline's language ids (the sandbox images' {@code redline.language} labels) and how a file name
 * maps to one. Files in other languages are not run; the caller lists them as skipped.
 */
public final class Languages {

    /** Every language Redline runs, in the order they are offered to candidates. */
    public static final List<String> ALL = List.of("python3", "java", "c", "cpp", "javascript", "go");

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "py", "python3", "java", "java", "c", "c", "cpp", "cpp", "cc", "cpp", "cxx", "cpp", "c++", "cpp",
            "js", "javascript", "go", "go");

    private Languages() {
    }

    public static boolean known(String id) {
        return ALL.contains(id);
    }

    /** The language of a source file by its extension (case-insensitive), or null when Redline does not run it. */
    public static String ofFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        return BY_EXTENSION.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The language of a submission: a single file by its extension; a directory by the files inside
     * (headers and other files without a language are ignored). Null when there is none or more than one.
     */
    public static String ofSubmission(Path path) {
        if (!Files.isDirectory(path)) {
            return ofFileName(path.getFileName().toString());
        }
        Set<String> found = languagesIn(path);
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** Every Redline language with at least one source file below {@code dir} (hidden files ignored). */
    static Set<String> languagesIn(Path dir) {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                    .filter(f -> !Texts.ignored(f))
                    .map(f -> ofFileName(f.getFileName().toString()))
                    .filter(l -> l != null)
                    .forEach(found::add);
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
        return found;
    }
}
