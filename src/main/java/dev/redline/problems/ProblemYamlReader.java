package dev.redline.problems;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads problem.yaml. A missing or unparsable file is reported and replaced by defaults (with the
 * format guessed from the layout) so that the rest of the package is still checked in the same pass.
 */
final class ProblemYamlReader {

    static final String FILE = "problem.yaml";

    private static final Set<String> LEGACY_KEYS = Set.of("problem_format_version", "type", "name", "uuid", "author",
            "source", "source_url", "license", "rights_owner", "limits", "validation", "validator_flags", "grading",
            "keywords");
    private static final Set<String> CURRENT_KEYS = Set.of("problem_format_version", "type", "name", "uuid",
            "version", "credits", "source", "license", "rights_owner", "embargo_until", "limits", "keywords",
            "languages", "allow_file_writing", "constants");
    private static final Set<String> REFUSED_TYPES = Set.of("submit-answer");

    private boolean interactive;
    private boolean multiPass;

    private final Path dir;
    private final Findings findings;

    ProblemYamlReader(Path dir, Findings findings) {
        this.dir = dir;
        this.findings = findings;
    }

    ProblemConfig read() {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            findings.error(FILE, null, "is missing: every package needs problem.yaml at its top, with at least"
                    + " problem_format_version and name");
            return defaults();
        }
        YamlMap yaml = YamlFile.read(file, FILE, findings);
        if (yaml == null) {
            return defaults();
        }
        PackageFormat format = format(yaml);
        yaml.warnUnknownKeys(format == PackageFormat.LEGACY ? LEGACY_KEYS : CURRENT_KEYS);
        if (format != PackageFormat.LEGACY) {
            rejectLegacyKeys(yaml, format);
        }
        int errorsBefore = findings.errorCount();
        ProblemType type = type(yaml, format);
        boolean typeKnown = findings.errorCount() == errorsBefore;
        Map<String, String> names = names(yaml, format);
        if (format != PackageFormat.LEGACY && !yaml.has("uuid")) {
            findings.warn(FILE, null, "uuid is required by the spec (Redline does not use it): add a uuid line");
        }
        ProblemLimits limits = LimitsReader.read(yaml.map("limits"), format, findings);
        String validation = format == PackageFormat.LEGACY ? legacyValidation(yaml, type) : "default";
        List<String> flags = format == PackageFormat.LEGACY ? split(yaml.string("validator_flags")) : List.of();
        if (format == PackageFormat.LEGACY) {
            legacyGrading(yaml, type);
        }
        boolean custom = validation.startsWith("custom") || interactive || multiPass;
        return new ProblemConfig(format, type, names, limits, custom,
                validation.contains("score"), flags, yaml.line("validator_flags"), languages(yaml, format),
                constants(yaml, format), typeKnown, interactive, multiPass ? passes(yaml) : 1);
    }

    private ProblemConfig defaults() {
        PackageFormat guess = Files.isDirectory(dir.resolve("statement")) ? PackageFormat.V2025_09
                : PackageFormat.LEGACY;
        return new ProblemConfig(guess, ProblemType.PASS_FAIL, Map.of(),
                LimitsReader.read(null, guess, new Findings()), false, false, List.of(), null, null, Map.of(), false,
                false, 1);
    }

    /** limits.validation_passes (checked by {@link LimitsReader}); a multi-pass problem needs at least 2. */
    private static int passes(YamlMap yaml) {
        YamlMap limits = yaml.map("limits");
        JsonNode n = limits == null ? null : limits.raw("validation_passes");
        return n != null && n.canConvertToInt() && n.asInt() >= 2 ? n.asInt() : OutputValidation.DEFAULT_PASSES;
    }

    private PackageFormat format(YamlMap yaml) {
        String version = yaml.string("problem_format_version");
        if (version == null) {
            return PackageFormat.LEGACY;
        }
        switch (version) {
            case "legacy", "legacy-icpc":
                return PackageFormat.LEGACY;
            case "2023-07-draft", "2023-07":
                return PackageFormat.DRAFT_2023_07;
            case "2025-09", "2025-09-draft":
                return PackageFormat.V2025_09;
            case "draft":
                yaml.warn("problem_format_version", "problem_format_version draft is read as 2025-09, the latest"
                        + " version Redline knows: write 2025-09 to say so");
                return PackageFormat.V2025_09;
            default:
                yaml.error("problem_format_version", "problem_format_version \"" + version + "\" is not one Redline"
                        + " reads: use legacy, 2023-07-draft or 2025-09");
                return Files.isDirectory(dir.resolve("statement")) ? PackageFormat.V2025_09 : PackageFormat.LEGACY;
        }
    }

    /** Keys that moved out of problem.yaml: ignoring them would silently judge with the wrong validator. */
    private void rejectLegacyKeys(YamlMap yaml, PackageFormat format) {
        String version = format == PackageFormat.V2025_09 ? "2025-09" : "2023-07-draft";
        for (String key : List.of("validator_flags", "output_validator_args")) {
            if (yaml.has(key)) {
                yaml.error(key, key + " is not a problem.yaml key in " + version + ": put output_validator_args: ["
                        + "…] in data/sample/test_group.yaml and data/secret/test_group.yaml");
            }
        }
        if (yaml.has("validation")) {
            yaml.error("validation", "validation is not a problem.yaml key in " + version + ": a custom validator"
                    + " lives in output_validator/, and interaction or scoring is part of type");
        }
    }

    private ProblemType type(YamlMap yaml, PackageFormat format) {
        List<String> values = yaml.strings("type", true);
        if (values == null) {
            return ProblemType.PASS_FAIL;
        }
        if (values.isEmpty()) {
            yaml.error("type", "type must not be an empty list: write pass-fail or scoring");
            return ProblemType.PASS_FAIL;
        }
        if (new LinkedHashSet<>(values).size() != values.size()) {
            yaml.error("type", "type lists a value twice: list each once");
        }
        boolean scoring = false;
        boolean passFail = false;
        for (String value : values) {
            if (REFUSED_TYPES.contains(value)) {
                yaml.error("type", "type " + value + " is not supported by Redline yet: Redline judges pass-fail,"
                        + " scoring, interactive and multi-pass problems by running a program; remove " + value
                        + " or leave this package out of the bank");
            } else if (value.equals("interactive")) {
                interactive = true;
            } else if (value.equals("multi-pass")) {
                multiPass = true;
            } else if (value.equals("scoring")) {
                scoring = true;
            } else if (value.equals("pass-fail")) {
                passFail = true;
            } else {
                yaml.error("type", "type \"" + value + "\" is unknown: use pass-fail or scoring, and interactive"
                        + " or multi-pass when they apply");
            }
        }
        if (scoring && passFail) {
            yaml.error("type", "type cannot be both pass-fail and scoring: keep one");
        }
        return scoring ? ProblemType.SCORING : ProblemType.PASS_FAIL;
    }

    private Map<String, String> names(YamlMap yaml, PackageFormat format) {
        JsonNode name = yaml.raw("name");
        Map<String, String> names = new LinkedHashMap<>();
        if (name == null) {
            if (format != PackageFormat.LEGACY) {
                findings.error(FILE, null, "name is missing: add name: <the problem's name> (or a map of"
                        + " language code to name)");
            }
        } else if (name.isObject()) {
            YamlMap map = yaml.map("name");
            name.fieldNames().forEachRemaining(lang -> {
                String value = map.string(lang);
                if (value != null && !value.isBlank()) {
                    names.put(lang, value.strip());
                }
            });
        } else if (name.isValueNode() && !name.asText().isBlank()) {
            names.put("en", name.asText().strip());
        } else {
            yaml.error("name", "name must be the problem's name, or a map of language code to name");
        }
        return names;
    }

    private String legacyValidation(YamlMap yaml, ProblemType type) {
        String value = yaml.string("validation");
        if (value == null) {
            return "default";
        }
        List<String> words = split(value);
        if (words.isEmpty() || !(words.get(0).equals("default") || words.get(0).equals("custom"))) {
            yaml.error("validation", "validation must start with default or custom, got \"" + value + "\"");
            return "default";
        }
        if (words.get(0).equals("default") && words.size() > 1) {
            yaml.error("validation", "validation default takes nothing after it: use custom " + String.join(" ",
                    words.subList(1, words.size())) + " with a validator in output_validators/");
        }
        for (String word : words.subList(1, words.size())) {
            if (word.equals("interactive")) {
                interactive = true;
            } else if (word.equals("multi-pass")) {
                multiPass = true;
            } else if (word.equals("score") && type != ProblemType.SCORING) {
                yaml.error("validation", "validation custom score is only for scoring problems: add type: scoring"
                        + " or remove score");
            } else if (!word.equals("score")) {
                yaml.error("validation", "validation option \"" + word + "\" is unknown: use score, interactive"
                        + " and/or multi-pass after custom");
            }
        }
        return value;
    }

    private void legacyGrading(YamlMap yaml, ProblemType type) {
        YamlMap grading = yaml.map("grading");
        if (grading == null) {
            return;
        }
        if (type != ProblemType.SCORING) {
            yaml.warn("grading", "grading only applies to scoring problems and is ignored");
        }
        grading.warnUnknownKeys(Set.of("objective", "show_test_data_groups"));
        String objective = grading.string("objective");
        if ("min".equals(objective)) {
            grading.error("objective", "grading.objective min is not supported: Redline's scores are maximized;"
                    + " invert the score or use objective max");
        } else if (objective != null && !objective.equals("max")) {
            grading.error("objective", "grading.objective must be max or min, got \"" + objective + "\"");
        }
        grading.bool("show_test_data_groups");
    }

    private List<String> languages(YamlMap yaml, PackageFormat format) {
        if (format == PackageFormat.LEGACY) {
            return null;
        }
        List<String> values = yaml.strings("languages", true);
        if (values == null || values.equals(List.of("all"))) {
            return null;
        }
        if (values.isEmpty()) {
            yaml.error("languages", "languages must not be empty: write all, or list language codes");
        }
        return values;
    }

    private Map<String, String> constants(YamlMap yaml, PackageFormat format) {
        YamlMap map = format == PackageFormat.LEGACY ? null : yaml.map("constants");
        if (map == null) {
            return Map.of();
        }
        Map<String, String> out = new LinkedHashMap<>();
        map.keys().forEachRemaining(name -> {
            if (!name.matches("[a-zA-Z_][a-zA-Z0-9_]*")) {
                map.error(name, "constant name \"" + name + "\" must match [a-zA-Z_][a-zA-Z0-9_]*");
            }
            String value = map.string(name);
            if (value != null) {
                out.put(name, value);
            }
        });
        return out;
    }

    /** Legacy flag strings are space separated. */
    static List<String> split(String flags) {
        if (flags == null || flags.isBlank()) {
            return List.of();
        }
        return new ArrayList<>(Arrays.asList(flags.strip().split("\\s+")));
    }
}
