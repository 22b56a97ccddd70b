package dev.redline.problems;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a YAML file into a Jackson tree while remembering the line of every key, because
 * {@code ObjectMapper.readTree} forgets where things were and an error without a line is half an error.
 */
public final class YamlFile {

    private static final YAMLFactory FACTORY = new YAMLFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /**
     * Package YAML is configuration of a few KiB; a 30 MB file stalled the YAML parser for 90 s, so
     * anything larger is refused before it is read.
     */
    static final long MAX_BYTES = 1024 * 1024;

    private final String file;
    private final Findings findings;
    private final Map<String, Integer> lines = new HashMap<>();

    private YamlFile(String file, Findings findings) {
        this.file = file;
        this.findings = findings;
    }

    /**
     * The top-level map of {@code path}, or null when the file cannot be read, is not YAML or is not a
     * map (each reported as an error). An empty file is an empty map.
     */
    public static YamlMap read(Path path, String file, Findings findings) {
        String text;
        try {
            long size = Files.size(path);
            if (size > MAX_BYTES) {
                findings.error(file, null, "is " + size + " bytes, over the limit of " + MAX_BYTES
                        + " bytes (1 MiB) for a YAML file: keep only configuration in it");
                return null;
            }
            text = Texts.read(path);
        } catch (CharacterCodingException e) {
            findings.error(file, null, "is not valid UTF-8: save it as UTF-8");
            return null;
        } catch (IOException e) {
            findings.error(file, null, "cannot be read: " + e.getMessage());
            return null;
        }
        return new YamlFile(file, findings).parse(text);
    }

    private YamlMap parse(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlMap(file, "", NODES.objectNode(), lines, findings);
            }
            JsonNode root = value(parser, "");
            if (!root.isObject()) {
                findings.error(file, 1, "must be a YAML map of keys to values, not a " + kind(root));
                return null;
            }
            return new YamlMap(file, "", (ObjectNode) root, lines, findings);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            Integer line = at == null || at.getLineNr() < 1 ? null : at.getLineNr();
            findings.error(file, line, "is not valid YAML: " + e.getOriginalMessage().lines().findFirst().orElse("")
                    + " (check indentation, colons and quotes around this line)");
            return null;
        } catch (IOException e) {
            findings.error(file, null, "cannot be read: " + e.getMessage());
            return null;
        }
    }

    private JsonNode value(JsonParser p, String path) throws IOException {
        JsonToken token = p.currentToken();
        lines.putIfAbsent(path, p.currentTokenLocation().getLineNr());
        return switch (token) {
            case START_OBJECT -> object(p, path);
            case START_ARRAY -> array(p, path);
            case VALUE_STRING -> NODES.textNode(p.getText());
            case VALUE_NUMBER_INT -> NODES.numberNode(p.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            default -> NODES.nullNode();
        };
    }

    private ObjectNode object(JsonParser p, String path) throws IOException {
        ObjectNode node = NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            String child = path.isEmpty() ? key : path + "." + key;
            int line = p.currentTokenLocation().getLineNr();
            if (node.has(key)) {
                findings.error(file, line, "key " + child + " appears twice: keep one (YAML keeps only the last)");
            }
            lines.put(child, line);
            p.nextToken();
            node.set(key, value(p, child));
        }
        return node;
    }

    private ArrayNode array(JsonParser p, String path) throws IOException {
        ArrayNode node = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            node.add(value(p, path + "[" + node.size() + "]"));
        }
        return node;
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "map";
        }
        if (node.isArray()) {
            return "list";
        }
        if (node.isNumber()) {
            return "number";
        }
        if (node.isBoolean()) {
            return "boolean";
        }
        return node.isNull() ? "empty value" : "string";
    }
}
