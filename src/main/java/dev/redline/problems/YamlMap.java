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
public final class YamlMap {

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

    public String file() {
        return file;
    }

    public boolean has(String key) {
        return node.has(key);
    }

    public boolean isEmpty() {
        return node.isEmpty();
    }

    public Iterator<String> keys() {
        return node.fieldNames();
    }

    /** The key as written in messages, e.g. {@code limits.memory}. */
    public String name(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** Line of {@code key}; for an absent key the line of this map, or null at the top of the file. */
    public Integer line(String key) {
        Integer line = lines.get(name(key));
        return line != null || path.isEmpty() ? line : lines.get(path);
    }

    public void error(String key, String message) {
        findings.error(file, line(key), message);
    }

    public void warn(String key, String message) {
        findings.warn(file, line(key), message);
    }

    /** Warns about every key not in {@code known}: a typo there would otherwise be silently ignored. */
    public void warnUnknownKeys(Set<String> known) {
        keys().forEachRemaining(key -> {
            if (!known.contains(key)) {
                warn(key, "unknown key " + name(key) + " is ignored (known keys: " + String.join(", ", sorted(known))
                        + ")");
            }
        });
    }

    /** Errors for every key not in {@code known}: for files where a typo must not pass. */
    public void rejectUnknownKeys(Set<String> known) {
        keys().forEachRemaining(key -> {
            if (!known.contains(key)) {
                error(key, "unknown key " + name(key) + ": remove it or fix its spelling (allowed keys: "
                        + String.join(", ", sorted(known)) + ")");
            }
        });
    }

    public JsonNode raw(String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value;
    }

    /** A scalar as text (numbers and booleans included); null when absent, an error when a map or list. */
    public String string(String key) {
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

    public Double number(String key) {
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
    public Double positiveNumber(String key, String unit) {
        Double value = number(key);
        if (value != null && !(value > 0 && Double.isFinite(value))) {
            error(key, name(key) + " must be a positive number of " + unit + ", got " + value);
            return null;
        }
        return value;
    }

    /** A whole number of at least {@code min}. */
    public Long integer(String key, long min, String unit) {
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

    public Boolean bool(String key) {
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
    public List<String> strings(String key, boolean allowSingle) {
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
    public YamlMap map(String key) {
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

    /**
     * One item of a list: where it is, and either its text (a plain value) or its map.
     *
     * @param path  the item as written in messages, e.g. {@code dimensions[2]}
     * @param line  the item's line, or null when unknown
     * @param text  the value when the item is a plain value, else null
     * @param map   the map when the item is a map, else null
     */
    public record Item(String path, Integer line, String text, YamlMap map) {
    }

    /**
     * The items of a list whose items are plain values and/or maps, e.g.
     * {@code dimensions: [architecture, {id: offline, title: Offline edits}]}, each with its own line so
     * that errors point at the item; null when absent. A non-list is an error; an empty item or a list
     * inside the list is an error and left out.
     */
    public List<Item> items(String key) {
        JsonNode value = raw(key);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            error(key, name(key) + " must be a list, got " + describe(value));
            return null;
        }
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            JsonNode item = value.get(i);
            String itemPath = name(key) + "[" + i + "]";
            Integer line = lines.getOrDefault(itemPath, line(key));
            if (item.isObject()) {
                out.add(new Item(itemPath, line, null, new YamlMap(file, itemPath, (ObjectNode) item, lines,
                        findings)));
            } else if (item.isValueNode() && !item.isNull() && !item.asText().isBlank()) {
                out.add(new Item(itemPath, line, item.asText().strip(), null));
            } else {
                findings.error(file, line, itemPath + " must be a value or a map, found " + (item.isNull()
                        || item.isValueNode() ? "an empty value" : "a " + YamlFile.kind(item)));
            }
        }
        return out;
    }

    /**
     * Reports an error against this map itself: a list item's or a nested map's line; no line for the
     * top of the file, where the error concerns the whole file (e.g. a missing key).
     */
    public void errorHere(String message) {
        findings.error(file, path.isEmpty() ? null : lines.get(path), message);
    }

    /** Reports an error at {@code line} of this file (e.g. a list item's), or at none when null. */
    public void errorAt(Integer line, String message) {
        findings.error(file, line, message);
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
