package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code redline.yaml}, Redline's own metadata beside problem.yaml:
 * <pre>
 * kind: coding            # coding | bugfix (required)
 * summary: One line for lists
 * languages: [python3, java, cpp]   # optional; default: all six (bugfix: the starter's languages)
 * estimated_minutes: 45   # required, 1..480
 * competencies: [algorithms, data-modelling]
 * starter:                # language id -> file in the package; required and non-empty for bugfix
 *   python3: starter/main.py
 * </pre>
 * Unlike problem.yaml, unknown keys are errors: this file is ours, and a typo must not pass silently.
 */
final class RedlineYamlReader {

    static final String FILE = "redline.yaml";
    private static final Set<String> KEYS = Set.of("kind", "summary", "languages", "estimated_minutes",
            "competencies", "starter");
    private static final int MAX_MINUTES = 480;

    private final Path dir;
    private final ProblemConfig problem;
    private final Findings findings;

    RedlineYamlReader(Path dir, ProblemConfig problem, Findings findings) {
        this.dir = dir;
        this.problem = problem;
        this.findings = findings;
    }

    RedlineMeta read() {
        if (!Files.isRegularFile(dir.resolve(FILE))) {
            findings.error(FILE, null, "is missing: add it beside problem.yaml, e.g. \"kind: coding\","
                    + " \"estimated_minutes: 45\", \"summary: <one line>\"");
            return null;
        }
        YamlMap yaml = YamlFile.read(dir.resolve(FILE), FILE, findings);
        if (yaml == null) {
            return null;
        }
        yaml.rejectUnknownKeys(KEYS);
        RedlineMeta.Kind kind = kind(yaml);
        String summary = summary(yaml);
        int minutes = minutes(yaml);
        List<String> competencies = yaml.strings("competencies", false);
        Map<String, String> starter = starter(yaml, kind);
        List<String> languages = languages(yaml, kind, starter);
        if (kind == null || minutes == 0) {
            return null;
        }
        return new RedlineMeta(kind, languages, starter, minutes, competencies == null ? List.of()
                : List.copyOf(competencies), summary);
    }

    private static RedlineMeta.Kind kind(YamlMap yaml) {
        String kind = yaml.string("kind");
        if (kind == null) {
            yaml.error("kind", "kind is missing: add kind: coding or kind: bugfix");
            return null;
        }
        return switch (kind) {
            case "coding" -> RedlineMeta.Kind.CODING;
            case "bugfix" -> RedlineMeta.Kind.BUGFIX;
            default -> {
                yaml.error("kind", "kind must be coding or bugfix, got \"" + kind + "\"");
                yield null;
            }
        };
    }

    private String summary(YamlMap yaml) {
        String summary = yaml.string("summary");
        if (summary == null || summary.isBlank()) {
            findings.warn(FILE, yaml.line("summary"), "summary is missing: add one line for problem lists");
            return "";
        }
        if (summary.strip().contains("\n")) {
            yaml.error("summary", "summary must be one line: shorten it");
        }
        return summary.strip();
    }

    private static int minutes(YamlMap yaml) {
        if (!yaml.has("estimated_minutes")) {
            yaml.error("estimated_minutes", "estimated_minutes is missing: add how many minutes a strong candidate"
                    + " needs (1 to " + MAX_MINUTES + ")");
            return 0;
        }
        Long minutes = yaml.integer("estimated_minutes", 1, "minutes");
        if (minutes != null && minutes > MAX_MINUTES) {
            yaml.error("estimated_minutes", "estimated_minutes must be at most " + MAX_MINUTES + " (8 hours), got "
                    + minutes);
            return 0;
        }
        return minutes == null ? 0 : minutes.intValue();
    }

    private List<String> languages(YamlMap yaml, RedlineMeta.Kind kind, Map<String, String> starter) {
        List<String> given = yaml.strings("languages", false);
        if (given == null) {
            List<String> base = kind == RedlineMeta.Kind.BUGFIX ? Languages.ALL.stream()
                    .filter(starter::containsKey).toList() : Languages.ALL;
            return base.stream().filter(l -> problem.languages() == null || problem.languages().contains(l)).toList();
        }
        if (given.isEmpty()) {
            yaml.error("languages", "languages must not be empty: list some of " + Languages.ALL
                    + ", or remove the key to offer all");
        }
        if (new LinkedHashSet<>(given).size() != given.size()) {
            yaml.error("languages", "languages lists a language twice: list each once");
        }
        for (String language : given) {
            if (!Languages.known(language)) {
                yaml.error("languages", "language \"" + language + "\" is unknown: use ids from " + Languages.ALL);
            } else if (problem.languages() != null && !problem.languages().contains(language)) {
                yaml.error("languages", "language " + language + " is not allowed by problem.yaml languages "
                        + problem.languages() + ": remove it here or allow it there");
            } else if (kind == RedlineMeta.Kind.BUGFIX && !starter.containsKey(language)) {
                yaml.error("languages", "bugfix language " + language + " has no starter code: add starter."
                        + language + " or remove the language");
            }
        }
        return List.copyOf(new LinkedHashSet<>(given));
    }

    private Map<String, String> starter(YamlMap yaml, RedlineMeta.Kind kind) {
        YamlMap map = yaml.map("starter");
        if (map == null || map.isEmpty()) {
            if (kind == RedlineMeta.Kind.BUGFIX) {
                yaml.error("starter", "a bugfix problem needs starter code: add starter: {python3: starter/main.py}"
                        + " (language id to a file in the package)");
            }
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.keys().forEachRemaining(language -> {
            if (!Languages.known(language)) {
                map.error(language, "starter language \"" + language + "\" is unknown: use ids from " + Languages.ALL);
                return;
            }
            String file = map.string(language);
            if (file != null) {
                String text = starterText(map, language, file);
                if (text != null) {
                    out.put(language, text);
                }
            }
        });
        return Map.copyOf(out);
    }

    /** A symlink may not lead out of the package: starter code is shown to candidates. */
    private boolean escapes(Path path) {
        try {
            return Files.exists(path) && !path.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException e) {
            return true;
        }
    }

    private String starterText(YamlMap map, String language, String file) {
        Path path = dir.resolve(file).normalize();
        if (!path.startsWith(dir.normalize()) || file.startsWith("/") || escapes(path)) {
            map.error(language, "starter." + language + " must be a path inside the package, got \"" + file + "\"");
            return null;
        }
        if (!Files.isRegularFile(path)) {
            map.error(language, "starter." + language + " names " + file + ", which does not exist: add the file or"
                    + " fix the path (relative to the package)");
            return null;
        }
        try {
            return Texts.read(path);
        } catch (IOException e) {
            map.error(language, "starter." + language + " file " + file + " cannot be read as UTF-8 text: "
                    + e.getMessage());
            return null;
        }
    }
}
