package dev.redline.evaluation.rubrics;

import dev.redline.problems.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;

/** Typed reads the rubric files share, each reporting a missing or wrong value at its line. */
final class Fields {

    /** Ids of competencies, kits and interviews: they appear in URLs, file names and other files. */
    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private Fields() {
    }

    /** Non-blank text, stripped; null (after an error naming {@code hint}) when missing or blank. */
    static String text(YamlMap yaml, String key, String hint) {
        if (!yaml.has(key)) {
            yaml.errorHere(yaml.name(key) + " is missing: add " + key + ": " + hint);
            return null;
        }
        String value = yaml.string(key);
        if (yaml.raw(key) != null && yaml.raw(key).isContainerNode()) {
            return null; // string() reported it
        }
        if (value == null || value.isBlank()) {
            yaml.error(key, yaml.name(key) + " is empty: write " + hint);
            return null;
        }
        return value.strip();
    }

    /** Optional text, stripped; empty when absent. */
    static String optionalText(YamlMap yaml, String key) {
        String value = yaml.string(key);
        return value == null ? "" : value.strip();
    }

    /**
     * A list of ids, each checked against {@link #ID} and listed once; null when absent, the valid ids
     * otherwise (errors for the others).
     */
    static List<String> ids(YamlMap yaml, String key) {
        List<String> values = yaml.strings(key, false);
        if (values == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (!ID.matcher(v).matches()) {
                yaml.error(key, yaml.name(key) + ": \"" + v + "\" is not an id (lowercase letters, digits and -)");
            } else {
                out.add(v);
            }
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            yaml.error(key, yaml.name(key) + " lists an id twice: list each once");
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }
}
