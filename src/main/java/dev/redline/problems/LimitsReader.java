package dev.redline.problems;

import java.util.Set;

/**
 * Reads {@code limits} of problem.yaml into {@link ProblemLimits}: spec defaults where the spec gives
 * them, Redline's where it says "system default", and Redline's caps (with a warning) above them.
 */
final class LimitsReader {

    static final int MEMORY_DEFAULT_MB = 1024;
    static final int MEMORY_CAP_MB = 1024;
    static final int MEMORY_FLOOR_MB = 16;
    static final int OUTPUT_DEFAULT_MB = 8;
    static final int OUTPUT_CAP_MB = 64;
    static final int CODE_DEFAULT_KB = 128;
    static final int CODE_CAP_KB = 1024;
    static final int COMPILATION_DEFAULT_S = 60;
    static final int COMPILATION_CAP_S = 60;
    static final int VALIDATION_DEFAULT_S = 60;
    static final int VALIDATION_CAP_S = 60;
    static final int TIME_LIMIT_CAP_S = 60;
    static final double LEGACY_TIME_MULTIPLIER = 5;
    static final double LEGACY_SAFETY_MARGIN = 2;

    private static final Set<String> COMMON = Set.of("time_limit", "memory", "output", "code", "compilation_time",
            "compilation_memory", "validation_time", "validation_memory", "validation_output");
    private static final Set<String> LEGACY_ONLY = Set.of("time_multiplier", "time_safety_margin");
    private static final Set<String> CURRENT_ONLY = Set.of("time_multipliers", "time_resolution", "validation_passes");

    private LimitsReader() {
    }

    /** {@code limits} may be null (not given). */
    static ProblemLimits read(YamlMap limits, PackageFormat format, Findings findings) {
        YamlMap l = limits != null ? limits : YamlMap.empty("problem.yaml", "limits", findings);
        boolean legacy = format == PackageFormat.LEGACY;
        checkKeys(l, legacy);
        Double timeLimit = l.positiveNumber("time_limit", "seconds");
        long timeLimitMs = timeLimit == null ? 0 : Math.max(1, Math.round(timeLimit * 1000));
        if (timeLimitMs > TIME_LIMIT_CAP_S * 1000L) {
            l.warn("time_limit", "limits.time_limit " + timeLimit + " s is above Redline's cap: judged with "
                    + TIME_LIMIT_CAP_S + " s");
            timeLimitMs = TIME_LIMIT_CAP_S * 1000L;
        }
        double[] multipliers = legacy ? legacyMultipliers(l) : currentMultipliers(l.map("time_multipliers"));
        Double resolution = legacy ? null : l.positiveNumber("time_resolution", "seconds");
        if (!legacy) {
            l.integer("validation_passes", 2, "passes");
        }
        l.integer("compilation_memory", 1, "MiB");
        l.integer("validation_output", 1, "MiB");
        return new ProblemLimits(timeLimitMs, timeLimit == null,
                memory(l, "memory"),
                capped(l, "output", OUTPUT_DEFAULT_MB, OUTPUT_CAP_MB, "MiB"),
                capped(l, "code", CODE_DEFAULT_KB, CODE_CAP_KB, "KiB"),
                capped(l, "compilation_time", COMPILATION_DEFAULT_S, COMPILATION_CAP_S, "seconds") * 1000L,
                capped(l, "validation_time", VALIDATION_DEFAULT_S, VALIDATION_CAP_S, "seconds") * 1000L,
                memory(l, "validation_memory"),
                multipliers[0], multipliers[1],
                resolution == null ? 1_000 : Math.max(1, Math.round(resolution * 1000)));
    }

    private static void checkKeys(YamlMap l, boolean legacy) {
        Set<String> other = legacy ? CURRENT_ONLY : LEGACY_ONLY;
        l.keys().forEachRemaining(key -> {
            if (other.contains(key)) {
                l.error(key, "limits." + key + (legacy
                        ? " belongs to problem_format_version 2023-07 and later: use time_multiplier and"
                                + " time_safety_margin in a legacy package, or declare the newer version"
                        : " is a legacy key: use time_multipliers: {ac_to_time_limit: …, time_limit_to_tle: …}"));
            } else if (!COMMON.contains(key) && !(legacy ? LEGACY_ONLY : CURRENT_ONLY).contains(key)) {
                l.warn(key, "unknown key limits." + key + " is ignored");
            }
        });
    }

    private static double[] legacyMultipliers(YamlMap l) {
        Double multiplier = l.positiveNumber("time_multiplier", "times the slowest accepted run");
        Double margin = l.positiveNumber("time_safety_margin", "times the time limit");
        return new double[] {multiplier == null ? LEGACY_TIME_MULTIPLIER : multiplier,
            margin == null ? LEGACY_SAFETY_MARGIN : margin};
    }

    private static double[] currentMultipliers(YamlMap m) {
        if (m == null) {
            return new double[] {ProblemLimits.AC_TO_TIME_LIMIT, ProblemLimits.TIME_LIMIT_TO_TLE};
        }
        m.warnUnknownKeys(Set.of("ac_to_time_limit", "time_limit_to_tle"));
        return new double[] {atLeastOne(m, "ac_to_time_limit", ProblemLimits.AC_TO_TIME_LIMIT),
            atLeastOne(m, "time_limit_to_tle", ProblemLimits.TIME_LIMIT_TO_TLE)};
    }

    private static double atLeastOne(YamlMap m, String key, double fallback) {
        Double value = m.number(key);
        if (value == null) {
            return fallback;
        }
        if (!(value >= 1) || Double.isInfinite(value)) {
            m.error(key, m.name(key) + " must be a number of at least 1, got " + value);
            return fallback;
        }
        return value;
    }

    private static int memory(YamlMap l, String key) {
        Long value = l.integer(key, 1, "MiB");
        if (value == null) {
            return MEMORY_DEFAULT_MB;
        }
        if (value < MEMORY_FLOOR_MB) {
            l.error(key, "limits." + key + " " + value + " MiB is below the sandbox's minimum of " + MEMORY_FLOOR_MB
                    + " MiB: raise it");
            return MEMORY_FLOOR_MB;
        }
        if (value > MEMORY_CAP_MB) {
            l.warn(key, "limits." + key + " " + value + " MiB is above Redline's cap: judged with " + MEMORY_CAP_MB
                    + " MiB");
            return MEMORY_CAP_MB;
        }
        return value.intValue();
    }

    private static int capped(YamlMap l, String key, int fallback, int cap, String unit) {
        Long value = l.integer(key, 1, unit);
        if (value == null) {
            return fallback;
        }
        if (value > cap) {
            l.warn(key, "limits." + key + " " + value + " " + unit + " is above Redline's cap: judged with " + cap
                    + " " + unit);
            return cap;
        }
        return value.intValue();
    }
}
