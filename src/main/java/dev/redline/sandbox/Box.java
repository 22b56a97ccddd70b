package dev.redline.sandbox;

import java.util.List;
import java.util.function.Consumer;

/** One program in its own sealed container: compile once, run many times, then close. */
public interface Box extends AutoCloseable {

    Language language();

    /**
     * Adds files, written into the work dir before the next step. A name that exists is replaced,
     * never written through, even when a program turned it into a symlink.
     */
    void put(List<SourceFile> files);

    /** Compiles (or syntax-checks) the source. Languages without a compile step answer OK. */
    CompileResult compile(Limits limits);

    /**
     * Runs the program once per input, in order, each with {@code limits}, each starting from the
     * work dir as it was before the first run (what a run creates is removed after it). Results are given to
     * {@code onResult} as each run ends and returned together at the end.
     */
    default List<RunResult> run(List<byte[]> inputs, Limits limits, Consumer<RunResult> onResult) {
        return run(inputs, limits, RunOptions.DEFAULT, onResult);
    }

    /**
     * As {@link #run(List, Limits, Consumer)}, with options; with {@link RunOptions#stopOnFailure()}
     * fewer results than inputs come back when a run fails.
     */
    List<RunResult> run(List<byte[]> inputs, Limits limits, RunOptions options, Consumer<RunResult> onResult);

    /**
     * Starts the program once with its stdin and stdout streamed, for interactive and multi-pass
     * problems: what it writes goes to {@link Interaction#outputTo}, what it reads comes from
     * {@link Interaction#send}. The files put so far go in first. A box that cannot stream (a scripted
     * one in tests) says so.
     */
    default Interaction interact(Limits limits, InteractOptions options) {
        throw new SandboxException.Unavailable("this sandbox cannot run interactive programs", null);
    }

    /** Removes the container. Never throws. */
    @Override
    void close();
}
