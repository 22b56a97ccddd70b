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
 */
public record OutputValidation(Path custom, List<String> flags) {

    public boolean isDefault() {
        return custom == null;
    }
}
