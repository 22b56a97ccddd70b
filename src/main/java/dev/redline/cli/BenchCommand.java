package dev.redline.cli;

import dev.redline.sandbox.Sandbox;
import java.io.PrintStream;
import java.util.List;

/** ./redline bench: measured in the same run against a baseline. */
final class BenchCommand {
    static int execute(List<String> args, Sandbox sandbox, PrintStream out) {
        throw new UsageException("bench: not yet");
    }
}
