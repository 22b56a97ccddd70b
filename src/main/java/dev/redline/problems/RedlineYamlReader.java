package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code redline.yaml}, Redline's own metadata beside problem.yaml:
 * <pre>
 * kind: coding            # coding | bugfix | design (required)
 * summary: One line for lists
 * languages: [python3, java, cpp]   # optional; default: all six (bugfix: the starter's languages); not for design
 * estimated_minutes: 45   # required, 1..480
 * competencies: [algorithms, data-modelling]
 * starter:                # language id -> file in the package; required and non-empty for bugfix; not for design
 *   python3: starter/main.py
 * dimensions:             # design only; optional, default: the six DesignDimension.STANDARD ones
 *   - architecture                      # a standard dimension by id
 *   - id: offline-edits                 # or an own one: id, title, description
 *     title: Offline edits and conflicts
 *     description: What happens to edits made while offline, and how conflicts reach the user
 * </pre>
 * A standard dimension may also be written as a map to retitle or redescribe it. Unknown keys are errors,
 * unlike in problem.yaml: this file is ours, and a typo must not pass silently. The file itself is
 * optional: without it a package is a coding exercise (see {@link #assumed}), so public packages import as
 * they are.
 */
final class RedlineYamlReader {

    static final String FILE = "redline.yaml";
    private static final Set<String> KEYS = Set.of("kind", "summary", "languages", "estimated_minutes",
            "competencies", "starter", "dimensions");
    private static final Set<String> DIMENSION_KEYS = Set.of("id", "title", "description");
    private static final Pattern DIMENSION_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_DIMENSIONS = 12;
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
        if (!present(dir)) {
            return assumed();
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
        if (kind == RedlineMeta.Kind.DESIGN) {
            return design(yaml, minutes, competencies, summary);
        }
        if (yaml.has("dimensions")) {
            yaml.error("dimensions", "dimensions is only for kind: design (what interviewers score a design"
                    + " document on): remove it");
        }
        Map<String, String> starter = starter(yaml, kind);
        List<String> languages = languages(yaml, kind, starter);
        if (kind == null || minutes == 0) {
            return null;
        }
        return new RedlineMeta(kind, languages, starter, minutes, competencies == null ? List.of()
                : List.copyOf(competencies), summary);
    }

    /**
     * A public package comes without redline.yaml: it is a coding exercise in every language problem.yaml
     * allows, with no time estimate (0) and no summary (the loader puts the problem's name there). Said as a
     * warning, so that whoever imports the package sees what was assumed and can write the file.
     */
    private RedlineMeta assumed() {
        List<String> languages = allowed(Languages.ALL);
        findings.warn(FILE, null, "is missing, so Redline assumed kind: coding, languages: " + languages
                + ", the problem's name as summary, and no time estimate; add redline.yaml beside problem.yaml"
                + " to set them (e.g. \"kind: coding\", \"estimated_minutes: 45\", \"summary: <one line>\")");
        return new RedlineMeta(RedlineMeta.Kind.CODING, languages, Map.of(), 0, List.of(), "");
    }

    /** Whether the package has a redline.yaml (without one, Redline assumes a coding exercise). */
    static boolean present(Path dir) {
        return Files.isRegularFile(dir.resolve(FILE));
    }

    /**
     * Whether {@code dir}'s redline.yaml says {@code kind: design}, read quietly: the loader must know
     * before it looks for test data, and redline.yaml's own errors are reported by {@link #read}.
     */
    static boolean declaresDesign(Path dir) {
        if (!present(dir)) {
            return false;
        }
        YamlMap yaml = YamlFile.read(dir.resolve(FILE), FILE, new Findings());
        return yaml != null && yaml.raw("kind") != null && "design".equals(yaml.raw("kind").asText());
    }

    private RedlineMeta design(YamlMap yaml, int minutes, List<String> competencies, String summary) {
        for (String key : List.of("languages", "starter")) {
            if (yaml.has(key)) {
                yaml.error(key, key + " is not for a design exercise: the candidate answers with a design"
                        + " document in Markdown, no code is run; remove " + key);
            }
        }
        List<DesignDimension> dimensions = dimensions(yaml);
        if (minutes == 0 || dimensions == null) {
            return null;
        }
        return new RedlineMeta(RedlineMeta.Kind.DESIGN, List.of(), Map.of(), minutes, competencies == null
                ? List.of() : List.copyOf(competencies), summary, dimensions, null);
    }

    /** The dimensions of a design exercise, the standard ones when not given; null after an error. */
    private List<DesignDimension> dimensions(YamlMap yaml) {
        if (!yaml.has("dimensions")) {
            return DesignDimension.STANDARD;
        }
        int errorsBefore = findings.errorCount();
        List<YamlMap.Item> items = yaml.items("dimensions");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            yaml.error("dimensions", "dimensions must not be empty: list what the answer is scored on, or remove"
                    + " the key for the standard ones (" + String.join(", ", DesignDimension.standardIds()) + ")");
            return null;
        }
        if (items.size() > MAX_DIMENSIONS) {
            yaml.error("dimensions", "dimensions lists " + items.size() + "; at most " + MAX_DIMENSIONS
                    + " can be scored with care in one interview: merge some");
        }
        List<DesignDimension> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (YamlMap.Item item : items) {
            DesignDimension d = item.map() == null ? standardDimension(item) : ownDimension(item.map());
            if (d != null && !seen.add(d.id())) {
                findings.error(FILE, item.line(), item.path() + ": dimension " + d.id() + " is listed twice: keep"
                        + " one");
            }
            if (d != null) {
                out.add(d);
            }
        }
        return findings.errorCount() == errorsBefore ? List.copyOf(out) : null;
    }

    private DesignDimension standardDimension(YamlMap.Item item) {
        var standard = DesignDimension.standard(item.text());
        if (standard.isEmpty()) {
            findings.error(FILE, item.line(), item.path() + ": \"" + item.text() + "\" is not a standard dimension ("
                    + String.join(", ", DesignDimension.standardIds()) + "): fix the id, or define your own as"
                    + " {id: ..., title: ..., description: ...}");
            return null;
        }
        return standard.get();
    }

    private DesignDimension ownDimension(YamlMap map) {
        map.rejectUnknownKeys(DIMENSION_KEYS);
        String id = map.string("id");
        String title = map.string("title");
        String description = map.string("description");
        if (id == null || id.isBlank()) {
            map.errorHere(map.name("id") + " is missing: give the dimension an id, e.g. id: offline-edits");
            return null;
        }
        if (!DIMENSION_ID.matcher(id).matches()) {
            map.error("id", map.name("id") + " \"" + id + "\" must be lowercase letters, digits and - (at most 64):"
                    + " scorecards refer to it");
            return null;
        }
        var standard = DesignDimension.standard(id);
        if (title == null || title.isBlank()) {
            if (standard.isEmpty()) {
                map.errorHere(map.name("title") + " is missing: dimension " + id + " is not a standard one, so it"
                        + " needs a title");
                return null;
            }
            title = standard.get().title();
        }
        if (description == null || description.isBlank()) {
            if (standard.isEmpty()) {
                map.errorHere(map.name("description") + " is missing: say what dimension " + id + " covers, so"
                        + " that every interviewer scores the same thing");
                return null;
            }
            description = standard.get().description();
        }
        return new DesignDimension(id, title.strip(), description.strip());
    }

    private static RedlineMeta.Kind kind(YamlMap yaml) {
        String kind = yaml.string("kind");
        if (kind == null) {
            yaml.error("kind", "kind is missing: add kind: coding, kind: bugfix or kind: design");
            return null;
        }
        return switch (kind) {
            case "coding" -> RedlineMeta.Kind.CODING;
            case "bugfix" -> RedlineMeta.Kind.BUGFIX;
            case "design" -> RedlineMeta.Kind.DESIGN;
            default -> {
                yaml.error("kind", "kind must be coding, bugfix or design, got \"" + kind + "\"");
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
            return allowed(base);
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

    /** The languages of {@code base} that problem.yaml's languages (when given) allow, in order. */
    private List<String> allowed(List<String> base) {
        return base.stream().filter(l -> problem.languages() == null || problem.languages().contains(l)).toList();
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
