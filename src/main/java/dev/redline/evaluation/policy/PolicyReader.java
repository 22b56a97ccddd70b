package dev.redline.evaluation.policy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.redline.problems.Findings;
import dev.redline.problems.YamlFile;
import dev.redline.problems.YamlMap;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks one policy file key by key, reporting every mistake at its line and reading on, so one pass
 * shows them all. What it builds is only returned when nothing was reported.
 */
final class PolicyReader {

    private static final Set<String> TOP = Set.of("red_lines", "pass_bar", "weights", "people");
    private static final Set<String> PASS_BAR = Set.of("technical");
    private static final Set<String> PEOPLE = Set.of("minimum_scorecards", "focus", "competency_minimum",
            "hire_mean", "strong_no_blocks", "disagreement_blocks");
    private static final Set<String> AREAS = Set.of(Area.CODING.id(), Area.DESIGN.id());
    private static final BigDecimal ONE = BigDecimal.ONE;
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_SCORECARDS = 20;

    private final Set<String> competencies;

    private PolicyReader(Set<String> competencies) {
        this.competencies = Set.copyOf(competencies);
    }

    static Policy read(Path path, String file, String role, Set<String> competencies, Findings findings) {
        int before = findings.errorCount();
        YamlMap yaml = YamlFile.read(path, file, findings);
        if (yaml == null) {
            return null;
        }
        Policy policy = new PolicyReader(competencies).policy(role, yaml);
        return findings.errorCount() == before ? policy : null;
    }

    private Policy policy(String role, YamlMap yaml) {
        yaml.rejectUnknownKeys(TOP);
        Map<Area, BigDecimal> redLines = redLines(section(yaml, "red_lines", "{coding: 60, design: 2.5}"));
        YamlMap passBar = section(yaml, "pass_bar", "{technical: 75}");
        if (passBar != null) {
            passBar.rejectUnknownKeys(PASS_BAR);
        }
        BigDecimal technical = decimal(passBar, "technical", BigDecimal.ZERO, HUNDRED, "percent");
        Map<Area, Integer> weights = weights(section(yaml, "weights", "{coding: 60, design: 40}"));
        PeopleBar people = people(section(yaml, "people", "{minimum_scorecards: 2, focus: [people-management], "
                + "...}"));
        return new Policy(role, redLines, technical == null ? BigDecimal.ZERO : technical, weights, people);
    }

    private Map<Area, BigDecimal> redLines(YamlMap yaml) {
        Map<Area, BigDecimal> bars = new EnumMap<>(Area.class);
        if (yaml == null) {
            return bars;
        }
        yaml.rejectUnknownKeys(AREAS);
        for (Area area : Area.values()) {
            BigDecimal bar = decimal(yaml, area.id(), area.min(), area.max(), area == Area.CODING ? "percent"
                    : "mean rating");
            if (bar != null) {
                bars.put(area, bar);
            }
        }
        return bars;
    }

    private Map<Area, Integer> weights(YamlMap yaml) {
        Map<Area, Integer> weights = new EnumMap<>(Area.class);
        if (yaml == null) {
            return weights;
        }
        yaml.rejectUnknownKeys(AREAS);
        List<String> terms = new ArrayList<>();
        for (Area area : Area.values()) {
            Integer w = whole(yaml, area.id(), 0, 100, "percent; 0 leaves " + area.id() + " out");
            if (w != null) {
                weights.put(area, w);
                terms.add(area.id() + " " + w);
            }
        }
        int sum = weights.values().stream().mapToInt(Integer::intValue).sum();
        if (weights.size() == Area.values().length && sum != 100) {
            yaml.errorHere("weights must sum to 100, they sum to " + sum + " (" + String.join(" + ", terms) + ")");
        }
        return weights;
    }

    private PeopleBar people(YamlMap yaml) {
        if (yaml == null) {
            return new PeopleBar(1, List.of(), ONE, ONE, false, false);
        }
        yaml.rejectUnknownKeys(PEOPLE);
        Integer minimum = whole(yaml, "minimum_scorecards", 1, MAX_SCORECARDS, "scorecards");
        List<String> focus = focus(yaml);
        BigDecimal competency = decimal(yaml, "competency_minimum", ONE, FOUR, "mean rating");
        BigDecimal hire = decimal(yaml, "hire_mean", ONE, FOUR, "mean rating");
        Boolean strongNo = bool(yaml, "strong_no_blocks");
        Boolean disagreement = bool(yaml, "disagreement_blocks");
        return new PeopleBar(minimum == null ? 1 : minimum, focus, competency == null ? ONE : competency,
                hire == null ? ONE : hire, Boolean.TRUE.equals(strongNo), Boolean.TRUE.equals(disagreement));
    }

    private List<String> focus(YamlMap yaml) {
        String example = "[people-management, founders-and-peers]";
        if (missing(yaml, "focus", "a list of competencies, e.g. " + example)) {
            return List.of();
        }
        List<String> ids = yaml.strings("focus", false);
        if (ids == null) {
            return List.of();
        }
        if (ids.isEmpty()) {
            yaml.error("focus", yaml.name("focus") + " is empty: list the competencies this role is judged on, e.g. "
                    + example);
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!competencies.contains(id)) {
                // a misspelt competency would never be rated, and every decision would stay Incomplete
                yaml.error("focus", yaml.name("focus") + ": '" + id + "' is not a competency of the bank ("
                        + PolicyFiles.COMPETENCIES + "/: " + String.join(", ", competencies.stream().sorted().toList())
                        + ")");
            } else if (!seen.add(id)) {
                yaml.error("focus", yaml.name("focus") + " lists '" + id + "' twice: list each once");
            } else {
                out.add(id);
            }
        }
        return out;
    }

    /** A required map; null (reported) when absent or not a map, so the keys inside are not blamed too. */
    private static YamlMap section(YamlMap yaml, String key, String example) {
        return missing(yaml, key, "e.g. " + key + ": " + example) ? null : yaml.map(key);
    }

    private static boolean missing(YamlMap yaml, String key, String hint) {
        if (yaml.raw(key) != null) {
            return false;
        }
        yaml.error(key, yaml.name(key) + " is missing: add it (" + hint + ")");
        return true;
    }

    /** A number from min to max with at most two decimal places: bars are written by people. */
    private static BigDecimal decimal(YamlMap yaml, String key, BigDecimal min, BigDecimal max, String unit) {
        String range = "a number from " + min + " to " + max + " (" + unit + ")";
        if (yaml == null || missing(yaml, key, range)) {
            return null;
        }
        JsonNode node = yaml.raw(key);
        // the double parsed from "2.55" prints back as 2.55: valueOf keeps the decimal as written
        BigDecimal value = node.isNumber() ? BigDecimal.valueOf(node.doubleValue()) : null;
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0
                || value.stripTrailingZeros().scale() > 2) {
            yaml.error(key, yaml.name(key) + " must be " + range + " with at most two decimal places, got "
                    + shown(node));
            return null;
        }
        return value;
    }

    private static Integer whole(YamlMap yaml, String key, int min, int max, String unit) {
        String range = "a whole number from " + min + " to " + max + " (" + unit + ")";
        if (missing(yaml, key, range)) {
            return null;
        }
        JsonNode node = yaml.raw(key);
        if (!node.isIntegralNumber() || !node.canConvertToInt() || node.intValue() < min || node.intValue() > max) {
            yaml.error(key, yaml.name(key) + " must be " + range + ", got " + shown(node));
            return null;
        }
        return node.intValue();
    }

    private static Boolean bool(YamlMap yaml, String key) {
        return missing(yaml, key, "true or false") ? null : yaml.bool(key);
    }

    private static String shown(JsonNode node) {
        if (node.isContainerNode()) {
            return node.isArray() ? "a list" : "a map";
        }
        return node.isTextual() ? "\"" + node.asText() + "\"" : node.asText();
    }
}
