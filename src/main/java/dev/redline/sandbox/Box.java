package dev.redline.sandbox;

import java.util.List;
import java.util.function.Consumer;

/** One program in its own sealed container: compile once, run many times, then close. */
public interface Box extends AutoCloseable {

    Language language();

    /** Compiles (or syntax-checks) the source. Languages without a compile step answer OK. */
    CompileResult compile(Limits limits);

    /**
     * Runs the program once per input, in order, each with {@code limits}. Results are given to
     * {@code onResult} as each run ends and returned together at the end.
     */
    List<RunResult> run(List<byte[]> inputs, Limits limits, Consumer<RunResult> onResult);

    /** Removes the container. Never throws. */
    @Override
    void close();
}
