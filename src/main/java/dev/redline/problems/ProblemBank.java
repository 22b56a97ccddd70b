package dev.redline.problems;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every problem package under one root directory, loaded once. A broken package is kept aside with its
 * errors and never stops the others. Plain class: the service decides where the root is and when to
 * (re)load.
 */
public final class ProblemBank {

    private final SortedMap<String, Problem> problems;
    private final SortedMap<String, List<PackageError>> broken;
    private final SortedMap<String, List<PackageError>> warnings;

    private ProblemBank(SortedMap<String, Problem> problems, SortedMap<String, List<PackageError>> broken,
            SortedMap<String, List<PackageError>> warnings) {
        this.problems = Collections.unmodifiableSortedMap(problems);
        this.broken = Collections.unmodifiableSortedMap(broken);
        this.warnings = Collections.unmodifiableSortedMap(warnings);
    }

    /**
     * Loads every direct subdirectory of {@code root} that holds a problem.yaml. A subdirectory without
     * problem.yaml but with redline.yaml or data/ looks like a package that lost its problem.yaml and is
     * reported as broken; anything else (role templates, interview kits, ...) is not a package and is
     * skipped.
     *
     * @throws IllegalArgumentException when {@code root} is not a directory: a misconfigured bank must
     *         fail loudly at start-up, not look empty
     */
    public static ProblemBank load(Path root) {
        if (!Files.isDirectory(root)) {
            throw new IllegalArgumentException("problem bank directory " + root.toAbsolutePath()
                    + " does not exist or is not a directory");
        }
        SortedMap<String, Problem> problems = new TreeMap<>();
        SortedMap<String, List<PackageError>> broken = new TreeMap<>();
        SortedMap<String, List<PackageError>> warnings = new TreeMap<>();
        for (Path dir : packages(root)) {
            String id = dir.getFileName().toString();
            LoadResult result = ProblemLoader.load(dir);
            if (result.ok()) {
                problems.put(id, result.problem());
            } else {
                broken.put(id, result.errors());
            }
            if (!result.warnings().isEmpty()) {
                warnings.put(id, result.warnings());
            }
        }
        return new ProblemBank(problems, broken, warnings);
    }

    /** Sound problems by id, sorted. */
    public Map<String, Problem> problems() {
        return problems;
    }

    /** Broken packages by directory name, sorted, each with every error found. */
    public Map<String, List<PackageError>> broken() {
        return broken;
    }

    /** Warnings by directory name (sound and broken packages alike), sorted. */
    public Map<String, List<PackageError>> warnings() {
        return warnings;
    }

    private static List<Path> packages(Path root) {
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> !Texts.ignored(d))
                    .filter(d -> Files.isRegularFile(d.resolve("problem.yaml"))
                            || Files.isRegularFile(d.resolve(RedlineYamlReader.FILE))
                            || Files.isDirectory(d.resolve("data")))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the problem bank " + root, e);
        }
    }
}
