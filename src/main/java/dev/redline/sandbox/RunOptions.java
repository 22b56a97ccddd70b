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

    /**
     * The argv to run: the language's run command itself when no wrapping is asked for (no shell
     * in between, a few ms less per run), else the wrapper through /bin/sh.
     */
    java.util.List<String> argvFor(Language language) {
        if (command.equals(DEFAULT.command())) {
            return java.util.List.of(language.run().trim().split("\\s+"));
        }
        return java.util.List.of("/bin/sh", "-c", command.replace("{run}", language.run()));
    }
}
