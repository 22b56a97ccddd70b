package dev.redline.assessments;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redline.problems.Languages;
import dev.redline.problems.PackageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads role templates ({@code *.yaml} in a folder) and checks each against the problem bank:
 *
 * <pre>
 * title: VP Engineering
 * summary: One line for admins
 * window_minutes: 150
 * languages: [python3, java, cpp]   # optional; default all
 * exercises: [deployorder, invoiceproration, latencyreport]
 * </pre>
 *
 * Every problem is reported with file and message; a template with any error is not loaded, the
 * others are. Unknown keys are errors: a typo must not silently drop an exercise.
 */
public final class RoleTemplates {

    static final Set<String> KEYS = Set.of("title", "summary", "window_minutes", "languages", "exercises");
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    /** What loading found: the good templates by id, and every error. */
    public record Loaded(Map<String, RoleTemplate> templates, List<PackageError> errors) {
    }

    private RoleTemplates() {
    }

    public static Loaded load(Path dir, Set<String> problemIds) {
        Map<String, RoleTemplate> templates = new TreeMap<>();
        List<PackageError> errors = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return new Loaded(templates, errors);
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            errors.add(new PackageError(dir.toString(), null, "cannot list role templates: " + e.getMessage()));
            return new Loaded(templates, errors);
        }
        for (Path f : files) {
            List<PackageError> own = new ArrayList<>();
            RoleTemplate t = read(f, problemIds, own);
            errors.addAll(own);
            if (own.isEmpty() && t != null) {
                templates.put(t.id(), t);
            }
        }
        return new Loaded(templates, errors);
    }

    static RoleTemplate read(Path file, Set<String> problemIds, List<PackageError> errors) {
        String name = file.getFileName().toString();
        String id = name.substring(0, name.length() - ".yaml".length());
        if (!ID.matcher(id).matches()) {
            errors.add(new PackageError(name, null, "a role template's file name is its id: use lower case letters, "
                    + "digits and '-', e.g. vp-engineering.yaml"));
        }
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        } catch (JsonProcessingException e) {
            errors.add(new PackageError(name, e.getLocation() == null ? null : e.getLocation().getLineNr(),
                    "not valid YAML: " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            errors.add(new PackageError(name, null, "cannot read: " + e.getMessage()));
            return null;
        }
        if (root == null || !root.isObject()) {
            errors.add(new PackageError(name, null, "a role template is a map of title, window_minutes, exercises, ..."));
            return null;
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext();) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                errors.add(new PackageError(name, null, "unknown key '" + key + "'; known: " + String.join(", ",
                        KEYS.stream().sorted().toList())));
            }
        }
        String title = text(root, "title", name, errors);
        int minutes = root.path("window_minutes").asInt(-1);
        if (minutes < 10 || minutes > 600) {
            errors.add(new PackageError(name, null, "window_minutes must be a whole number from 10 to 600"));
        }
        List<String> languages = list(root, "languages", name, errors, Languages.ALL);
        for (String l : languages) {
            if (!Languages.known(l)) {
                errors.add(new PackageError(name, null, "unknown language '" + l + "'; known: "
                        + String.join(", ", Languages.ALL)));
            }
        }
        List<String> exercises = list(root, "exercises", name, errors, List.of());
        if (exercises.isEmpty()) {
            errors.add(new PackageError(name, null, "exercises must list at least one problem id from the bank"));
        }
        for (String e : exercises) {
            if (!problemIds.contains(e)) {
                errors.add(new PackageError(name, null, "exercise '" + e + "' is not a loaded problem of the bank"));
            }
        }
        if (exercises.stream().distinct().count() != exercises.size()) {
            errors.add(new PackageError(name, null, "an exercise is listed twice"));
        }
        return new RoleTemplate(id, title, root.path("summary").asText(""), Duration.ofMinutes(Math.max(minutes, 1)),
                languages, exercises);
    }

    private static String text(JsonNode root, String key, String file, List<PackageError> errors) {
        JsonNode n = root.get(key);
        if (n == null || !n.isTextual() || n.asText().isBlank()) {
            errors.add(new PackageError(file, null, key + " is required and must be text"));
            return "";
        }
        return n.asText();
    }

    private static List<String> list(JsonNode root, String key, String file, List<PackageError> errors,
            List<String> fallback) {
        JsonNode n = root.get(key);
        if (n == null) {
            return fallback;
        }
        if (!n.isArray()) {
            errors.add(new PackageError(file, null, key + " must be a list, e.g. " + key + ": [a, b]"));
            return fallback;
        }
        List<String> values = new ArrayList<>();
        n.forEach(v -> values.add(v.asText()));
        return List.copyOf(values);
    }
}
