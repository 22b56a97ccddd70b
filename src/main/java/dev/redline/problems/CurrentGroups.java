package dev.redline.problems;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Current-format test groups: {@code test_group.yaml} in data/sample, data/secret and its groups (and,
 * in 2023-07-draft, data/ itself), plus each case's own {@code .yaml}.
 *
 * <p>Mapping to {@link GroupScoring} for scoring problems. 2025-09: {@code max_score} (default 100 for
 * secret, unbounded for groups, which the spec allows only under an unbounded secret) and
 * {@code score_aggregation} (default sum for secret, pass-fail for groups). 2023-07-draft: the
 * {@code scoring} map's {@code score} and {@code aggregation}, with the same defaults, and a group or case
 * without a score gets an even share of what its parent has left: {@code (M - S) / (A + T)}.
 * A pass-fail group gets {@code passFail} true and its max score when all its cases pass; a sum or min
 * group's case is worth {@code acceptScore} = its share ({@code M / N} under sum, {@code M} under min;
 * 0 when unbounded, where the validator's score.txt decides), {@code rejectScore} 0; sum groups go on
 * after a rejected case ({@code stopOnReject} false), min and pass-fail groups stop. Pass-fail problems
 * and samples are all {@link GroupScoring#PASS_FAIL}, and scoring keys there are errors.
 *
 * <p>Validator arguments are inherited, not concatenated: a case's {@code output_validator_args} if
 * it has them, else its group's, else secret's or sample's, else (draft) data/test_group.yaml's.
 */
final class CurrentGroups {

    private static final Set<String> KEYS_2025 = Set.of("max_score", "score_aggregation", "static_validation_score",
            "require_pass", "args", "input_validator_args", "static_validator_args", "output_validator_args",
            "input_visualizer_args", "output_visualizer_args", "full_feedback");
    private static final Set<String> KEYS_DRAFT = Set.of("scoring", "args", "input_validator_args",
            "output_validator_args", "static_validation", "full_feedback", "hint", "description",
            "input_visualizer_args", "output_visualizer_args");
    private static final Set<String> CASE_KEYS = Set.of("args", "input_validator_args", "output_validator_args",
            "input_visualizer_args", "output_visualizer_args", "full_feedback", "hint", "description");
    private static final double EPSILON = 1e-9;

    /** Output validator arguments in effect and where they were set. */
    record Args(List<String> values, String file, Integer line) {
        static final Args NONE = new Args(List.of(), ProblemYamlReader.FILE, null);
    }

    /** One test_group.yaml, read; {@code maxGiven} with a null {@code maxScore} means unbounded. */
    record Settings(String where, YamlMap yaml, Args args, boolean maxGiven, Double maxScore, String aggregation) {
    }

    private final ProblemConfig problem;
    private final boolean defaultValidator;
    private final Findings findings;
    private final ValidatorArgsCheck argsCheck;
    private final boolean v2025;

    CurrentGroups(ProblemConfig problem, boolean defaultValidator, Findings findings, ValidatorArgsCheck argsCheck) {
        this.problem = problem;
        this.defaultValidator = defaultValidator;
        this.findings = findings;
        this.argsCheck = argsCheck;
        this.v2025 = problem.format() == PackageFormat.V2025_09;
    }

    /** Arguments from data/test_group.yaml (draft), or none. */
    Args root(YamlMap config) {
        return config == null ? Args.NONE : settings("data", config, Args.NONE, false).args();
    }

    TestGroup resolveSample(RawGroup sample, Args root) {
        Settings s = settings("data/sample", sample.config, root, true);
        return passFail(sample, s.args(), true);
    }

    TestGroup resolveSecret(RawGroup secret, Args root) {
        Settings s = settings("data/secret", secret.config, root, false);
        if (v2025 && !secret.cases.isEmpty() && !secret.groups.isEmpty()) {
            findings.error("data/secret", null, "has both test cases and groups, which 2025-09 forbids: move the"
                    + " cases into a group directory");
        }
        if (problem.type() != ProblemType.SCORING) {
            return passFail(secret, s.args(), false);
        }
        Double max = s.maxGiven() ? s.maxScore() : Double.valueOf(100);
        if (max == null && defaultValidator) {
            findings.error(s.where(), null, "secret has an unbounded max_score, which needs a custom output validator"
                    + " writing score.txt; give max_score a number or add output_validator/");
        }
        return scored(secret, s, max, true);
    }

    private TestGroup passFail(RawGroup group, Args args, boolean sample) {
        List<TestCase> cases = cases(group, args, sample);
        List<TestGroup> groups = group.groups.stream()
                .map(g -> passFail(g, settings(where(g), g.config, args, sample).args(), sample)).toList();
        return new TestGroup(group.name, GroupScoring.PASS_FAIL, cases, groups);
    }

    private TestGroup scored(RawGroup group, Settings s, Double max, boolean top) {
        String aggregation = s.aggregation() != null ? s.aggregation() : top ? "sum" : "pass-fail";
        if (aggregation.equals("pass-fail") && max == null) {
            error(s, "max_score", s.where() + " uses pass-fail aggregation, which needs a bounded max_score: give"
                    + " it max_score: <points>");
        }
        List<Settings> children = group.groups.stream()
                .map(g -> settings(where(g), g.config, s.args(), false)).toList();
        Double share = share(group, s, aggregation, max, children);
        List<TestGroup> groups = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
            Settings child = children.get(i);
            if (aggregation.equals("pass-fail") && child.aggregation() != null && !child.aggregation().equals(
                    "pass-fail")) {
                error(child, "score_aggregation", child.where() + " must use pass-fail aggregation because its"
                        + " parent does");
            }
            Double childMax = child.maxGiven() ? child.maxScore() : share;
            groups.add(scored(group.groups.get(i), child, childMax, false));
        }
        double accept = aggregation.equals("pass-fail") ? 1 : share == null ? 0 : share;
        GroupScoring scoring = new GroupScoring(aggregation.equals("min") ? GroupScoring.Aggregation.MIN
                : GroupScoring.Aggregation.SUM, aggregation.equals("pass-fail"), max, accept, 0,
                !aggregation.equals("sum"));
        return new TestGroup(group.name, scoring, cases(group, s.args(), false), groups);
    }

    /** What a child without its own max score is worth, checking the children's scores add up. */
    private Double share(RawGroup group, Settings s, String aggregation, Double max, List<Settings> children) {
        if (max == null || aggregation.equals("pass-fail")) {
            return max;
        }
        double given = 0;
        int unspecified = 0;
        for (Settings child : children) {
            if (!child.maxGiven()) {
                unspecified++;
                if (v2025) {
                    error(child, "max_score", child.where() + " needs a max_score: in 2025-09 a group's default is"
                            + " unbounded, which is only allowed when secret is unbounded");
                }
            } else if (child.maxScore() == null) {
                error(child, "max_score", child.where() + " is unbounded but its parent " + s.where()
                        + " is not: give it a number");
            } else if (aggregation.equals("min") && child.maxScore() > max + EPSILON) {
                error(child, "max_score", child.where() + " max_score " + child.maxScore() + " is above its parent's "
                        + max + " under min aggregation: lower it");
            } else {
                given += child.maxScore();
            }
        }
        if (aggregation.equals("min")) {
            return max;
        }
        int sharing = (v2025 ? 0 : unspecified) + group.cases.size();
        if (given > max + EPSILON) {
            error(s, "max_score", "the max_score of " + s.where() + "'s groups add up to " + given + ", above its own "
                    + max + ": make them add up to " + max);
        } else if (sharing == 0 && given < max - EPSILON && unspecified == 0) {
            findings.warn(file(s), line(s, "max_score"), "the max_score of " + s.where() + "'s groups add up to "
                    + given + ", so no submission can reach its " + max);
        }
        return sharing == 0 ? 0.0 : Math.max(0, max - given) / sharing;
    }

    private List<TestCase> cases(RawGroup group, Args args, boolean sample) {
        List<TestCase> cases = new ArrayList<>();
        for (RawGroup.RawCase c : group.cases) {
            Args caseArgs = args;
            String description = c.description();
            if (c.config() != null) {
                YamlMap yaml = c.config();
                yaml.warnUnknownKeys(CASE_KEYS);
                rejectArgs(yaml);
                yaml.bool("full_feedback");
                List<String> own = validatorArgs(yaml);
                if (own != null) {
                    caseArgs = new Args(own, yaml.file(), yaml.line("output_validator_args"));
                }
                String text = yaml.string("description");
                description = text != null ? text.strip() : description;
            }
            argsCheck.check(caseArgs.values(), caseArgs.file(), caseArgs.line());
            cases.add(new TestCase(c.name(), c.input(), c.answer(), description, caseArgs.values(), sample));
        }
        return cases;
    }

    private Settings settings(String where, YamlMap yaml, Args inherited, boolean sample) {
        if (yaml == null) {
            return new Settings(where, null, inherited, false, null, null);
        }
        yaml.warnUnknownKeys(v2025 ? KEYS_2025 : KEYS_DRAFT);
        rejectOtherVersion(yaml);
        rejectArgs(yaml);
        yaml.bool("full_feedback");
        for (String key : List.of("static_validation_score", "static_validation", "static_validator_args")) {
            JsonNode value = yaml.raw(key);
            if (value != null && !(value.isBoolean() && !value.asBoolean())) {
                yaml.error(key, key + ": static validation is not supported by Redline: remove it");
            }
        }
        YamlMap scoring = v2025 ? yaml : yaml.map("scoring");
        String maxKey = v2025 ? "max_score" : "score";
        String aggregationKey = v2025 ? "score_aggregation" : "aggregation";
        if (scoring != null) {
            if (!v2025) {
                scoring.warnUnknownKeys(Set.of("score", "aggregation", "require_pass"));
            }
            rejectScoringWhereNotAllowed(scoring, sample, List.of(maxKey, aggregationKey, "require_pass"));
            if (scoring.has("require_pass") && problem.type() == ProblemType.SCORING && !sample) {
                scoring.warn("require_pass", "require_pass is not supported by Redline yet: this group is scored"
                        + " whatever the groups it names get");
            }
        }
        List<String> own = validatorArgs(yaml);
        Args args = own == null ? inherited : new Args(own, yaml.file(), yaml.line("output_validator_args"));
        JsonNode max = scoring == null ? null : scoring.raw(maxKey);
        return new Settings(where, yaml, args, max != null, max == null ? null : maxScore(scoring, maxKey, max),
                scoring == null ? null : aggregation(scoring, aggregationKey));
    }

    private void rejectScoringWhereNotAllowed(YamlMap scoring, boolean sample, List<String> keys) {
        for (String key : keys) {
            if (!scoring.has(key)) {
                continue;
            }
            if (sample) {
                scoring.error(key, scoring.name(key) + " is not allowed in data/sample (samples are never scored):"
                        + " remove it");
            } else if (problem.type() != ProblemType.SCORING && problem.typeKnown()) {
                scoring.error(key, scoring.name(key) + " is only for scoring problems: add type: scoring to"
                        + " problem.yaml or remove it");
            }
        }
    }

    private void rejectOtherVersion(YamlMap yaml) {
        if (v2025 && yaml.has("scoring")) {
            yaml.error("scoring", "scoring is the 2023-07-draft form: in 2025-09 write max_score and"
                    + " score_aggregation at the top of test_group.yaml");
        }
        if (!v2025) {
            for (String key : List.of("max_score", "score_aggregation")) {
                if (yaml.has(key)) {
                    yaml.error(key, key + " is the 2025-09 form: in 2023-07-draft write scoring: {score: …,"
                            + " aggregation: …}, or declare problem_format_version 2025-09");
                }
            }
        }
    }

    private static void rejectArgs(YamlMap yaml) {
        List<String> args = yaml.strings("args", false);
        if (args != null && !args.isEmpty()) {
            yaml.error("args", "args (command-line arguments for submissions) are not supported by Redline: give"
                    + " the case everything on stdin");
        }
    }

    private List<String> validatorArgs(YamlMap yaml) {
        JsonNode raw = yaml.raw("output_validator_args");
        if (raw != null && raw.isValueNode()) {
            yaml.warn("output_validator_args", "output_validator_args should be a list, like [float_tolerance, 1e-6]:"
                    + " read as space-separated words");
            return ProblemYamlReader.split(raw.asText()).stream().map(problem::substitute).toList();
        }
        List<String> args = yaml.strings("output_validator_args", false);
        return args == null ? null : args.stream().map(problem::substitute).toList();
    }

    private static Double maxScore(YamlMap scoring, String key, JsonNode value) {
        if (value.isTextual() && value.asText().equals("unbounded")) {
            return null;
        }
        if (!value.isNumber() || value.doubleValue() < 0 || !Double.isFinite(value.doubleValue())) {
            scoring.error(key, scoring.name(key) + " must be a non-negative number or unbounded, got "
                    + YamlMap.describe(value));
            return 0.0;
        }
        return value.doubleValue();
    }

    private static String aggregation(YamlMap scoring, String key) {
        String value = scoring.string(key);
        if (value != null && !Set.of("pass-fail", "sum", "min").contains(value)) {
            scoring.error(key, scoring.name(key) + " must be pass-fail, sum or min, got \"" + value + "\"");
            return null;
        }
        return value;
    }

    private void error(Settings s, String key, String message) {
        findings.error(file(s), line(s, key), message);
    }

    private static String file(Settings s) {
        return s.yaml() != null ? s.yaml().file() : s.where();
    }

    private Integer line(Settings s, String key) {
        if (s.yaml() == null) {
            return null;
        }
        return v2025 ? s.yaml().line(key) : s.yaml().line("scoring");
    }

    private static String where(RawGroup group) {
        return "data/" + group.name;
    }
}
