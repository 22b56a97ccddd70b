package dev.redline.sandbox;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A language the sandbox can run, as described by the labels of its image. The labels, written in
 * {@code sandbox-images/<id>/Dockerfile}, are the single source of every fact about a language: what
 * is installed and how it is compiled and run travel together with its name, version, file
 * extensions and syntax. Redline reads them from the engine's images ({@link LanguageCatalog}) and,
 * where no engine is at hand, from the shipped Dockerfiles ({@link LanguageRegistry}).
 *
 * @param id             stable id used in requests and stored in databases, e.g. {@code python3}
 * @param name           display name with the version, e.g. {@code Python 3.11}
 * @param version        the version the compiler or interpreter reports, as a prefix, e.g. {@code 3.11}
 * @param image          the Docker image that runs it
 * @param sourceFile     the file name the candidate's source is stored under, e.g. {@code Main.java}
 * @param compile        shell command that compiles (or syntax-checks) {@code sourceFile}; empty when none
 * @param run            command that runs the compiled program (split at spaces, run without a shell)
 * @param extensions     file extensions (lower case, no dot) of its source files in problem packages
 * @param syntax         the syntax the editor and the report highlight it as, e.g. {@code python}
 * @param versionCommand command whose output carries {@code version}; empty when not declared
 * @param order          position in lists offered to people (smaller first)
 */
public record Language(String id, String name, String version, String image, String sourceFile, String compile,
        String run, List<String> extensions, String syntax, String versionCommand, int order) {

    static final String LABEL_ID = "redline.language";

    public Language {
        extensions = List.copyOf(extensions);
    }

    /** A language with only the facts a box needs (tests that build one by hand). */
    public Language(String id, String name, String version, String image, String sourceFile, String compile,
            String run) {
        this(id, name, version, image, sourceFile, compile, run, List.of(), id, "", Integer.MAX_VALUE);
    }

    /** Reads a language from image labels; empty when the labels do not describe one. */
    static Optional<Language> fromLabels(String image, Map<String, String> labels) {
        if (labels == null) {
            return Optional.empty();
        }
        String id = labels.get(LABEL_ID);
        String source = labels.get("redline.source");
        String run = labels.get("redline.run");
        if (blank(id) || blank(source) || blank(run)) {
            return Optional.empty();
        }
        List<String> extensions = Arrays.stream(labels.getOrDefault("redline.extensions", "").split("\\s+"))
                .filter(e -> !e.isBlank()).toList();
        return Optional.of(new Language(id, labels.getOrDefault("redline.language.name", id),
                labels.getOrDefault("redline.version", "unknown"), image, source,
                labels.getOrDefault("redline.compile", ""), run, extensions,
                labels.getOrDefault("redline.syntax", id), labels.getOrDefault("redline.version-command", ""),
                order(labels.get("redline.order"))));
    }

    public boolean compiled() {
        return !compile.isBlank();
    }

    private static int order(String label) {
        try {
            return label == null ? Integer.MAX_VALUE : Integer.parseInt(label.strip());
        } catch (NumberFormatException e) {
            return Integer.MAX_VALUE;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
