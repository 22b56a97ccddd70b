package dev.redline.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds how outputs are checked. Legacy: {@code validation: custom} in problem.yaml selects the program in
 * {@code output_validators/} (Redline runs exactly one), else the default validator with
 * {@code validator_flags}. Current: a program in {@code output_validator/} is the custom validator, else
 * the default one. A validator directory must hold a source file (Python, C, C++, ...) or a
 * {@code build}/{@code run} script.
 */
final class OutputValidatorReader {

    private static final String LEGACY_DIR = "output_validators";
    private static final String CURRENT_DIR = "output_validator";

    private OutputValidatorReader() {
    }

    static OutputValidation read(Path packageDir, ProblemConfig config, Findings findings) {
        OutputValidation v = config.legacy() ? legacy(packageDir, config, findings)
                : current(packageDir, config, findings);
        if (!config.interactive() && config.passes() == 1) {
            return v;
        }
        if (v.isDefault()) {
            String dir = config.legacy() ? LEGACY_DIR + "/<name>/" : CURRENT_DIR + "/";
            findings.error(dir, null, (config.interactive() ? "an interactive" : "a multi-pass")
                    + " problem needs its own output validator: add it in " + dir);
        }
        return new OutputValidation(v.custom(), v.flags(), config.interactive(), config.passes());
    }

    private static OutputValidation legacy(Path packageDir, ProblemConfig config, Findings findings) {
        Path dir = packageDir.resolve(LEGACY_DIR);
        List<Path> programs = Texts.entries(dir);
        if (Files.isDirectory(packageDir.resolve(CURRENT_DIR))) {
            findings.warn(CURRENT_DIR, null, "is the current format's location and is ignored in a legacy package:"
                    + " move the validator to " + LEGACY_DIR + "/<name>/");
        }
        if (!config.customValidation()) {
            if (!programs.isEmpty()) {
                findings.warn(LEGACY_DIR, null, "is ignored because problem.yaml does not say validation: custom;"
                        + " add it to use this validator");
            }
            return new OutputValidation(null, config.validatorFlags());
        }
        if (programs.isEmpty()) {
            findings.error(LEGACY_DIR, null, "validation: custom needs a validator here: add "
                    + LEGACY_DIR + "/<name>/ with its source (or use validation: default)");
            return new OutputValidation(null, config.validatorFlags());
        }
        if (programs.size() > 1) {
            findings.error(LEGACY_DIR, null, "holds " + programs.size() + " validators ("
                    + String.join(", ", programs.stream().map(p -> p.getFileName().toString()).toList())
                    + "); Redline runs exactly one: keep one");
        }
        Path program = programs.get(0);
        checkProgram(packageDir, program, findings);
        return new OutputValidation(program, config.validatorFlags());
    }

    private static OutputValidation current(Path packageDir, ProblemConfig config, Findings findings) {
        if (Files.isDirectory(packageDir.resolve(LEGACY_DIR))) {
            findings.error(LEGACY_DIR, null, "is the legacy location: in this format the validator is the program"
                    + " in " + CURRENT_DIR + "/ (one, without a name directory); move it there");
        }
        Path dir = packageDir.resolve(CURRENT_DIR);
        if (!Files.exists(dir)) {
            return new OutputValidation(null, List.of());
        }
        checkProgram(packageDir, dir, findings);
        return new OutputValidation(dir, List.of());
    }

    /** A validator is a single source file or a directory with at least one source file or build/run. */
    private static void checkProgram(Path packageDir, Path program, Findings findings) {
        String where = Texts.relative(packageDir, program);
        if (Files.isDirectory(program)) {
            boolean script = Files.isRegularFile(program.resolve("build"))
                    || Files.isRegularFile(program.resolve("run"));
            if (!script && Languages.languagesIn(program).isEmpty()) {
                findings.error(where, null, "has no validator source: add e.g. validator.py or validator.cpp, or"
                        + " a build/run script");
            }
        } else if (Languages.ofFileName(program.getFileName().toString()) == null) {
            findings.error(where, null, "is not a validator source file Redline can build (.py, .c, .cpp, ...):"
                    + " put the validator in a directory with its sources");
        }
    }

}
