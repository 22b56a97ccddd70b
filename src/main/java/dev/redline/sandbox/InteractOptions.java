package dev.redline.sandbox;

import java.util.List;

/**
 * How an interactive run is started.
 *
 * @param args          arguments after the language's run command; platform code only (a validator's
 *                      {@code input answer feedback_dir} and flags), never anything a candidate wrote
 * @param collectDir    a directory of the work dir whose regular files come back with the result (a
 *                      validator's feedback dir), or null
 * @param freshCollect  empty {@code collectDir} before the run; false keeps it (multi-pass: the feedback
 *                      dir persists between passes), only a previous {@code nextpass.in} is removed
 * @param resetWorkDir  restore the work dir afterwards, so that no run passes anything to the next
 */
public record InteractOptions(List<String> args, String collectDir, boolean freshCollect, boolean resetWorkDir) {

    /** A submission: no arguments, nothing collected, the work dir restored after the run. */
    public static final InteractOptions SUBMISSION = new InteractOptions(List.of(), null, true, true);

    public InteractOptions {
        args = List.copyOf(args);
        if (collectDir != null && !BoxProtocol.FILE_NAME.matcher(collectDir).matches()) {
            throw new IllegalArgumentException("collect dir must be a plain name: " + collectDir);
        }
    }
}
