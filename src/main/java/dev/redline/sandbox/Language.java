package dev.redline.sandbox;

import java.util.Map;
import java.util.Optional;

/**
 * A language the sandbox can run, as described by the labels of its image. The image is the
 * single source of truth: what is installed there and how it is compiled and run travel together.
 *
 * @param id          stable id used in requests, e.g. {@code python3}
 * @param name        human name, e.g. {@code Python 3}
 * @param version     compiler or interpreter version
 * @param image       the Docker image that runs it
 * @param sourceFile  the file name the candidate's source is stored under, e.g. {@code Main.java}
 * @param compile     shell command that compiles (or syntax-checks) {@code sourceFile}; empty when none
 * @param run         shell command that runs the compiled program
 */
public record Language(String id, String name, String version, String image, String sourceFile, String compile,
        String run) {

    static final String LABEL_ID = "redline.language";

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
        return Optional.of(new Language(id, labels.getOrDefault("redline.language.name", id),
                labels.getOrDefault("redline.version", "unknown"), image, source,
                labels.getOrDefault("redline.compile", ""), run));
    }

    public boolean compiled() {
        return !compile.isBlank();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
