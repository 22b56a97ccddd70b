package dev.redline.problems;

import java.nio.file.Path;
import java.util.List;

/**
 * How outputs are checked: the default validator with flags, or a custom validator program.
 *
 * @param custom     null for the default validator; else the custom validator's directory or file
 * @param flags      the default validator's flags (case_sensitive, space_change_sensitive,
 *                   float_tolerance / float_absolute_tolerance / float_relative_tolerance), from the
 *                   problem's validator flags / output_validator_args; for a custom validator, the arguments
 *                   passed to it
 * @param interactive the validator talks to the submission while it runs ({@code type: interactive},
 *                    legacy {@code validation: custom interactive})
 * @param passes      1, or for a multi-pass problem the most passes ({@code limits.validation_passes})
 */
public record OutputValidation(Path custom, List<String> flags, boolean interactive, int passes) {

    /** Default validation passes of a multi-pass problem ({@code limits.validation_passes}). */
    public static final int DEFAULT_PASSES = 2;

    /** A validator that checks the output after one run. */
    public OutputValidation(Path custom, List<String> flags) {
        this(custom, flags, false, 1);
    }

    public boolean isDefault() {
        return custom == null;
    }

    /** Whether the validator may ask for another run ({@code nextpass.in}), up to {@link #passes}. */
    public boolean multiPass() {
        return passes > 1;
    }

    /** Interactive or multi-pass: the submission and the validator run side by side, connected. */
    public boolean streamed() {
        return interactive || multiPass();
    }
}
