package dev.redline.problems;

import dev.redline.sandbox.Language;
import dev.redline.sandbox.LanguageRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Redline's language ids and how a file name maps to one, as the sandbox images declare them
 * ({@code redline.language} and {@code redline.extensions} labels, read by {@link LanguageRegistry}).
 * Files in other languages are not run; the caller lists them as skipped.
 */
public final class Languages {

    /** Every language Redline runs, in the order they are offered to candidates. */
    public static final List<String> ALL = LanguageRegistry.shipped().ids();

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
        return LanguageRegistry.shipped().ofExtension(fileName.substring(dot + 1)).map(Language::id).orElse(null);
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
