package dev.redline.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code LABEL} instructions of a Dockerfile, read the way Docker reads them: lines joined at a
 * trailing backslash, comment lines dropped (also inside a continued instruction), {@code key=value}
 * pairs with double-quoted values whose backslash escapes are resolved. This lets Redline read a
 * language's labels from the Dockerfile it ships, without an engine, and get the very values the
 * built image carries. Pure code.
 */
public final class DockerfileLabels {

    private DockerfileLabels() {
    }

    /**
     * Every label, in the order written; a later label of the same key wins, as in Docker.
     *
     * @throws IllegalArgumentException on a LABEL Redline cannot read, naming the line
     */
    public static Map<String, String> parse(String dockerfile) {
        Map<String, String> labels = new LinkedHashMap<>();
        String[] lines = dockerfile.split("\r?\n", -1);
        int i = 0;
        while (i < lines.length) {
            int first = i + 1;
            StringBuilder instruction = new StringBuilder();
            String line = lines[i++];
            while (line.endsWith("\\") && i < lines.length) {
                instruction.append(line, 0, line.length() - 1);
                do {
                    line = lines[i++];
                } while (line.strip().startsWith("#") && i < lines.length);
            }
            instruction.append(line);
            String text = instruction.toString().strip();
            if (text.regionMatches(true, 0, "LABEL", 0, 5) && text.length() > 5
                    && Character.isWhitespace(text.charAt(5))) {
                pairs(text.substring(6), first, labels);
            }
        }
        return labels;
    }

    private static void pairs(String text, int line, Map<String, String> into) {
        int i = 0;
        int n = text.length();
        while (true) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                return;
            }
            int eq = text.indexOf('=', i);
            if (eq < 0) {
                throw new IllegalArgumentException("line " + line + ": LABEL wants key=value pairs, found \""
                        + text.substring(i) + "\"");
            }
            String key = unquote(text.substring(i, eq).strip(), line);
            StringBuilder value = new StringBuilder();
            i = eq + 1;
            if (i < n && text.charAt(i) == '"') {
                i++;
                while (i < n && text.charAt(i) != '"') {
                    char c = text.charAt(i);
                    if (c == '\\' && i + 1 < n) {
                        c = text.charAt(++i);
                    }
                    value.append(c);
                    i++;
                }
                if (i >= n) {
                    throw new IllegalArgumentException("line " + line + ": the value of label " + key
                            + " has no closing quote");
                }
                i++;
            } else {
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    value.append(text.charAt(i++));
                }
            }
            into.put(key, value.toString());
        }
    }

    private static String unquote(String key, int line) {
        if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("line " + line + ": a LABEL key is empty or has a space: \"" + key + "\"");
        }
        return key.length() >= 2 && key.startsWith("\"") && key.endsWith("\"") ? key.substring(1, key.length() - 1) : key;
    }
}
