package dev.redline.problems;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads {@code submissions/submissions.yaml} (2025-09): each key is a path or glob relative to
 * submissions/ ({@code accepted/}, {@code mixed/*.py}, {@code wrong_answer/off_by_one.cpp}; a directory
 * matches everything below it), each value the expectations of the submissions it matches. Every matching
 * entry applies; a submission no entry matches keeps its folder's meaning. Keys Redline does not act on
 * ({@code use_for_time_limit}, {@code language}, {@code entrypoint}) are warnings that say so.
 */
final class SubmissionsYamlReader {

    static final String FILE = "submissions/submissions.yaml";
    private static final Set<String> KEYS = Set.of("permitted", "required", "score", "message", "use_for_time_limit",
            "language", "entrypoint", "author");

    /** One entry: the key as written, its matcher and its rule. */
    record Entry(String pattern, PathMatcher matcher, SubmissionRule rule) {

        boolean matches(String relative) {
            String dir = pattern.endsWith("/") ? pattern.substring(0, pattern.length() - 1) : pattern;
            return matcher.matches(Path.of(relative)) || relative.startsWith(dir + "/");
        }
    }

    private SubmissionsYamlReader() {
    }

    /** The entries, in file order; empty when the file is absent or broken (its errors are reported). */
    static List<Entry> read(Path packageDir, Findings findings) {
        Path file = packageDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        YamlMap yaml = YamlFile.read(file, FILE, findings);
        if (yaml == null) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Iterator<String> keys = yaml.keys(); keys.hasNext();) {
            String pattern = keys.next();
            YamlMap map = yaml.map(pattern);
            if (map == null) {
                continue;
            }
            if (pattern.startsWith("/") || pattern.contains("..")) {
                yaml.error(pattern, "\"" + pattern + "\" must be a path inside submissions/, like accepted/ or"
                        + " mixed/*.py");
                continue;
            }
            SubmissionRule rule = rule(pattern, yaml.line(pattern), map);
            if (rule != null) {
                String glob = pattern.endsWith("/") ? pattern + "**" : pattern;
                entries.add(new Entry(pattern, FileSystems.getDefault().getPathMatcher("glob:" + glob), rule));
            }
        }
        return List.copyOf(entries);
    }

    private static SubmissionRule rule(String pattern, Integer line, YamlMap map) {
        map.warnUnknownKeys(KEYS);
        for (String key : List.of("use_for_time_limit", "language", "entrypoint")) {
            if (map.has(key)) {
                map.warn(key, map.name(key) + " is not used by Redline: " + switch (key) {
                    case "use_for_time_limit" -> "the time limit comes from problem.yaml, else from accepted/";
                    case "language" -> "a submission's language comes from its file extensions";
                    default -> "a submission is one file, or a folder whose files form one program";
                });
            }
        }
        Set<String> permitted = verdicts(map, "permitted");
        Set<String> required = verdicts(map, "required");
        Double[] score = score(map);
        String source = FILE + (line == null ? "" : ":" + line) + " (" + pattern + ")";
        if (score == null) {
            return null;
        }
        return new SubmissionRule(source, permitted, required, score[0], score[1], map.string("message"));
    }

    private static Set<String> verdicts(YamlMap map, String key) {
        List<String> given = map.strings(key, false);
        if (given == null) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>();
        for (String v : given) {
            if (!SubmissionRule.VERDICTS.contains(v)) {
                map.error(key, map.name(key) + " lists \"" + v + "\": verdicts are AC, WA, TLE and RTE");
            } else {
                out.add(v);
            }
        }
        return Set.copyOf(out);
    }

    /** {@code score: 50} or {@code score: [20, 60]}: {min, max} (nulls when absent), or null after an error. */
    private static Double[] score(YamlMap map) {
        JsonNode value = map.raw("score");
        if (value == null) {
            return new Double[] {null, null};
        }
        if (value.isNumber()) {
            return new Double[] {value.asDouble(), value.asDouble()};
        }
        if (value.isArray() && value.size() == 2 && value.get(0).isNumber() && value.get(1).isNumber()
                && value.get(0).asDouble() <= value.get(1).asDouble()) {
            return new Double[] {value.get(0).asDouble(), value.get(1).asDouble()};
        }
        map.error("score", map.name("score") + " must be a number or [min, max] with min <= max, got "
                + (value.isArray() ? value.toString() : YamlMap.describe(value)));
        return null;
    }
}
