package dev.redline.problems;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Legacy test groups: {@code testdata.yaml} in data/ or any group directory, inherited whole by every
 * group below that has none of its own (the legacy rule).
 *
 * <p>Mapping to {@link GroupScoring}: a pass-fail problem's groups are all {@link GroupScoring#PASS_FAIL}
 * (accept_score, reject_score and range are then errors, as the spec allows them only for scoring
 * problems), keeping their grader_flags verdict rule. A scoring problem's group takes {@code grader_flags}
 * {@code sum} (default), {@code min}, {@code avg} or {@code max} as aggregation, {@code accept_score} (default 1) and {@code reject_score} (default 0) per case,
 * {@code on_reject} break (default) or continue as {@code stopOnReject}; {@code passFail} is false;
 * {@code maxScore} is null (legacy has no declared group score: a group's score is the plain sum or min
 * of its children's). When the validator does not write scores, a group that could score above the
 * upper bound of {@code range} is an error. {@code grading: custom} is not supported (an error).
 *
 * <p>Grader flags mean what they mean to problemtools' default grader (support/default_grader): the
 * last score mode wins, and so does the last verdict mode; {@code always_accept} accepts the group
 * whatever its children got, {@code accept_if_any_accepted} accepts it when one child is accepted
 * (otherwise the verdict mode decides). The verdict modes {@code worst_error}, {@code no_errors} and
 * {@code first_error} only pick which error is shown (Redline shows the first); {@code ignore_sample}
 * needs nothing (samples never count towards Redline's score).
 *
 * <p>Validator arguments of a case: problem.yaml {@code validator_flags}, then the
 * {@code output_validator_flags} of the testdata.yaml in effect.
 */
final class LegacyGroups {

    private static final Set<String> KEYS = Set.of("on_reject", "grading", "grader_flags", "input_validator_flags",
            "output_validator_flags", "accept_score", "reject_score", "range");
    private static final Set<String> ERROR_MODES = Set.of("worst_error", "no_errors", "first_error");
    private static final double EPSILON = 1e-9;

    /** One testdata.yaml, read. */
    record Settings(String file, Integer flagsLine, List<String> flags, GroupScoring.Aggregation aggregation,
            GroupScoring.VerdictRule verdictRule, double acceptScore, double rejectScore, boolean stopOnReject,
            Double rangeHigh) {

        static final Settings DEFAULT = new Settings(null, null, List.of(), GroupScoring.Aggregation.SUM,
                GroupScoring.VerdictRule.ALL_ACCEPTED, 1, 0, true, null);
    }

    private final ProblemConfig problem;
    private final Findings findings;
    private final ValidatorArgsCheck argsCheck;

    LegacyGroups(ProblemConfig problem, Findings findings, ValidatorArgsCheck argsCheck) {
        this.problem = problem;
        this.findings = findings;
        this.argsCheck = argsCheck;
    }

    /** Settings of data/testdata.yaml, or the defaults. */
    Settings root(YamlMap config) {
        return config == null ? Settings.DEFAULT : parse(config);
    }

    TestGroup resolve(RawGroup group, Settings inherited, boolean sample) {
        Settings s = group.config == null ? inherited : parse(group.config);
        List<String> args = new ArrayList<>(problem.validatorFlags());
        args.addAll(s.flags());
        argsCheck.check(args, s.flags().isEmpty() ? ProblemYamlReader.FILE : s.file(),
                s.flags().isEmpty() ? problem.flagsLine() : s.flagsLine());
        List<String> frozen = List.copyOf(args);
        List<TestCase> cases = group.cases.stream()
                .map(c -> new TestCase(c.name(), c.input(), c.answer(), c.description(), frozen, sample)).toList();
        List<TestGroup> groups = group.groups.stream().map(g -> resolve(g, s, sample)).toList();
        return new TestGroup(group.name, scoring(s, cases, groups), cases, groups);
    }

    private GroupScoring scoring(Settings s, List<TestCase> cases, List<TestGroup> groups) {
        if (problem.type() != ProblemType.SCORING) {
            return GroupScoring.PASS_FAIL.withVerdictRule(s.verdictRule());
        }
        GroupScoring scoring = new GroupScoring(s.aggregation(), false, null, s.acceptScore(), s.rejectScore(),
                s.stopOnReject(), s.verdictRule());
        if (!problem.validatorScores() && s.rangeHigh() != null) {
            double reachable = reachable(new TestGroup("", scoring, cases, groups));
            if (reachable > s.rangeHigh() + EPSILON) {
                findings.error(s.file(), null, "a group using this file can score " + reachable + ", above the upper"
                        + " bound of range (" + s.rangeHigh() + "): lower accept_score or raise range");
            }
        }
        return scoring;
    }

    /** The best score a group can get from accept scores alone. */
    private static double reachable(TestGroup group) {
        List<Double> maxima = new ArrayList<>();
        group.cases().forEach(c -> maxima.add(group.scoring().acceptScore()));
        group.groups().forEach(g -> maxima.add(reachable(g)));
        return group.scoring().aggregation().apply(maxima);
    }

    Settings parse(YamlMap yaml) {
        yaml.warnUnknownKeys(KEYS);
        boolean scoring = problem.type() == ProblemType.SCORING;
        for (String key : List.of("accept_score", "reject_score", "range")) {
            if (yaml.has(key) && !scoring && problem.typeKnown()) {
                yaml.error(key, key + " is only for scoring problems: add type: scoring to problem.yaml or remove"
                        + " it");
            }
        }
        if ("custom".equals(yaml.string("grading"))) {
            yaml.error("grading", "grading: custom (a grader program) is not supported by Redline: use grader_flags"
                    + " (sum, min, avg, max, always_accept, accept_if_any_accepted)");
        } else if (yaml.has("grading") && !"default".equals(yaml.string("grading"))) {
            yaml.error("grading", "grading must be default or custom");
        }
        Double accept = yaml.number("accept_score");
        Double reject = yaml.number("reject_score");
        List<String> flags = ProblemYamlReader.split(yaml.string("grader_flags"));
        return new Settings(yaml.file(), yaml.line("output_validator_flags"), validatorFlags(yaml),
                aggregation(yaml, flags), verdictRule(flags), accept == null ? 1 : accept, reject == null ? 0 : reject, onReject(yaml),
                rangeHigh(yaml));
    }

    /** The last score mode among the flags (sum when none); an unknown flag is an error. */
    private static GroupScoring.Aggregation aggregation(YamlMap yaml, List<String> flags) {
        GroupScoring.Aggregation aggregation = GroupScoring.Aggregation.SUM;
        for (String flag : flags) {
            switch (flag) {
                case "sum", "min", "avg", "max" -> aggregation = GroupScoring.Aggregation.valueOf(
                        flag.toUpperCase(java.util.Locale.ROOT));
                case "always_accept", "accept_if_any_accepted", "ignore_sample" -> {
                }
                default -> {
                    if (!ERROR_MODES.contains(flag)) {
                        yaml.error("grader_flags", "grader_flags \"" + flag + "\" is unknown: use sum, min, avg, max,"
                                + " always_accept, accept_if_any_accepted, first_error, worst_error or ignore_sample");
                    }
                }
            }
        }
        return aggregation;
    }

    /** As the default grader reads them: the last verdict mode wins; accept_if_any_accepted stands apart. */
    private static GroupScoring.VerdictRule verdictRule(List<String> flags) {
        boolean always = false;
        for (String flag : flags) {
            if (flag.equals("always_accept")) {
                always = true;
            } else if (ERROR_MODES.contains(flag)) {
                always = false;
            }
        }
        if (always) {
            return GroupScoring.VerdictRule.ALWAYS;
        }
        return flags.contains("accept_if_any_accepted") ? GroupScoring.VerdictRule.ANY_ACCEPTED
                : GroupScoring.VerdictRule.ALL_ACCEPTED;
    }

    private static boolean onReject(YamlMap yaml) {
        String value = yaml.string("on_reject");
        if (value == null || value.equals("break")) {
            return true;
        }
        if (!value.equals("continue")) {
            yaml.error("on_reject", "on_reject must be break or continue, got \"" + value + "\"");
        }
        return false;
    }

    private static Double rangeHigh(YamlMap yaml) {
        String range = yaml.string("range");
        if (range == null) {
            return null;
        }
        List<String> bounds = ProblemYamlReader.split(range);
        Double low = bounds.size() == 2 ? bound(bounds.get(0)) : null;
        Double high = bounds.size() == 2 ? bound(bounds.get(1)) : null;
        if (low == null || high == null || low > high) {
            yaml.error("range", "range must be two numbers, low then high, like \"0 100\" (inf, -inf, +inf"
                    + " allowed), got \"" + range + "\"");
            return null;
        }
        return Double.isInfinite(high) ? null : high;
    }

    private static Double bound(String text) {
        return switch (text) {
            case "inf", "+inf" -> Double.POSITIVE_INFINITY;
            case "-inf" -> Double.NEGATIVE_INFINITY;
            default -> FloatToken.matches(text) ? Double.parseDouble(text) : null;
        };
    }

    /** {@code output_validator_flags}: a string of flags, or a map with {@code name} and {@code flags}. */
    private static List<String> validatorFlags(YamlMap yaml) {
        JsonNode raw = yaml.raw("output_validator_flags");
        if (raw == null) {
            return List.of();
        }
        if (raw.isObject()) {
            YamlMap map = yaml.map("output_validator_flags");
            map.warnUnknownKeys(Set.of("name", "flags"));
            return ProblemYamlReader.split(map.string("flags"));
        }
        return ProblemYamlReader.split(yaml.string("output_validator_flags"));
    }
}
