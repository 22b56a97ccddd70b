package dev.redline.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs untrusted programs. The one narrow door between Redline and candidate code: everything
 * above it speaks in files, limits and results, never in containers.
 */
public interface Sandbox {

    /** Languages that can run now, by id. */
    Map<String, Language> languages();

    /**
     * Opens a box for one program: its files go in, nothing runs yet. The caller closes it;
     * closing removes every trace of it.
     */
    Box open(String languageId, List<SourceFile> files);

    /** Compiles once, then runs each input with the same limits. */
    default Execution execute(String languageId, List<SourceFile> files, Limits compileLimits, Limits runLimits,
            List<byte[]> inputs) {
        try (Box box = open(languageId, files)) {
            CompileResult compile = box.compile(compileLimits);
            List<RunResult> runs = new ArrayList<>();
            if (compile.ok()) {
                runs.addAll(box.run(inputs, runLimits, r -> {
                }));
            }
            return new Execution(box.language(), compile, runs);
        }
    }

    /** The compile step and the runs of one program; no runs when it did not compile. */
    record Execution(Language language, CompileResult compile, List<RunResult> runs) {
    }
}
