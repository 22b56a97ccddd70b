package dev.redline.problems;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A YAML map with typed getters that report wrong types as errors pointing at the key's line, then
 * answer null so that reading goes on and every mistake in the file is reported in one pass.
 */
final class YamlMap {

    private final String file;
    private final String path;
    private final ObjectNode node;
    private final Map<String, Integer> lines;
    private final Findings findings;

    YamlMap(String file, String path, ObjectNode node, Map<String, Integer> lines, Findings findings) {
        this.file = file;
        this.path = path;
        this.node = node;
        this.lines = lines;
        this.findings = findings;
    }

    /** An empty map standing in for an absent one, so readers need no null checks. */
    static YamlMap empty(String file, String path, Findings findings) {
        return new YamlMap(file, path, JsonNodeFactory.instance.objectNode(), Map.of(), findings);
    }

    String file() {
        return file;
    }

    boolean has(String key) {
        return node.has(key);
    }

    boolean isEmpty() {
        return node.isEmpty();
    }

    Iterator<String> keys() {
        return node.fieldNames();
    }

    /** The key as written in messages, e.g. {@code limits.memory}. */
    String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Line of {@code key}; for an absent key the line of this map, or null at the top of the file. */
    Integer line(String key) {
        Integer line = lines.get(name(key));
        return line != null || path.isEmpty() ? line : lines.get(path);
    }

    void error(String key, String message) {
        findings.error(file, line(key), message);
    }

    void warn(String key, String message) {
        findings.warn(file, line(key), message);
    }

    /** Warns about every key not in {@code known}: a typo there would otherwise be silently ignored. */
    void warnUnknownKeys(Set<String> known) {
        keys().forEachRemaining(key -> {
            if (!known.contains(key)) {
                warn(key, "unknown key " + name(key) + " is ignored (known keys: " + String.join(", ", sorted(known))
                        + ")");
            }
        });
    }

    /** Errors for every key not in {@code known}: for files where a typo must not pass. */
    void rejectUnknownKeys(Set<String> known) {
        keys().forEachRemaining(key -> {
            if (!known.contains(key)) {
                error(key, "unknown key " + name(key) + ": remove it or fix its spelling (allowed keys: "
                        + String.join(", ", sorted(known)) + ")");
            }
        });
    }

    JsonNode raw(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    /** A scalar as text (numbers and booleans included); null when absent, an error when a map or list. */
    String string(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (value.isContainerNode()) {
            error(key, name(key) + " must be a single value, not a " + YamlFile.kind(value));
            return null;
        }
        return value.asText();
    }

    Double number(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            error(key, name(key) + " must be a number, got " + describe(value));
            return null;
        }
        return value.doubleValue();
    }

    /** A number above zero; {@code unit} goes into the message, e.g. "seconds". */
    Double positiveNumber(String key, String unit) {
        Double value = number(key);
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            error(key, name(key) + " must be a positive number of " + unit + ", got " + value);
            return null;
        }
        return value;
    }

    /** A whole number of at least {@code min}. */
    Long integer(String key, long min, String unit) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < min) {
            error(key, name(key) + " must be a whole number of " + unit + (min > 0 ? " above zero" : "")
                    + ", got " + describe(value));
            return null;
        }
        return value.longValue();
    }

    Boolean bool(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (!value.isBoolean()) {
            error(key, name(key) + " must be true or false, got " + describe(value));
            return null;
        }
        return value.booleanValue();
    }

    /** A list of scalars; null when absent. With {@code allowSingle}, a lone scalar counts as a list of one. */
    List<String> strings(String key, boolean allowSingle) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (allowSingle && value.isValueNode()) {
            return List.of(value.asText());
        }
        if (!value.isArray()) {
            error(key, name(key) + " must be a list" + (allowSingle ? " or a single value" : "") + ", like [a, b], got "
                    + describe(value));
            return null;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isValueNode() || item.isNull()) {
                error(key, name(key) + " must list plain values, found a " + YamlFile.kind(item));
                return null;
            }
            out.add(item.asText());
        }
        return out;
    }

    /** A nested map; null when absent, an error when not a map. */
    YamlMap map(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            error(key, name(key) + " must be a map of keys to values, got " + describe(value));
            return null;
        }
        return new YamlMap(file, name(key), (ObjectNode) value, lines, findings);
    }

    static String describe(JsonNode value) {
        if (value.isContainerNode()) {
            return "a " + YamlFile.kind(value);
        }
        String text = value.asText();
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return value.isTextual() ? "\"" + shown + "\"" : shown;
    }

    private static List<String> sorted(Set<String> keys) {
        return keys.stream().sorted().toList();
    }
}
