package dev.redline.sandbox;

/**
 * How a batch of runs is carried out.
 *
 * @param stopOnFailure after the first run that is not OK, the rest are skipped and not returned
 * @param command       shell command run per input, with {@code {run}} standing for the language's
 *                      run command; platform code only (e.g. a validator's argument list), never
 *                      anything a candidate wrote
 */
public record RunOptions(boolean stopOnFailure, String command) {

    public static final RunOptions DEFAULT = new RunOptions(false, "exec {run}");
    public static final RunOptions STOP_ON_FAILURE = new RunOptions(true, "exec {run}");

    public RunOptions {
        if (!command.contains("{run}")) {
            throw new IllegalArgumentException("the command must contain {run}: " + command);
        }
    }

    String commandFor(Language language) {
        return command.replace("{run}", language.run());
    }
}
