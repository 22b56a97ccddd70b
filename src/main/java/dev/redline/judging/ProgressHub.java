package dev.redline.judging;

import dev.redline.sandbox.CompileResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Live progress of the judgements running in this instance, read by the event stream. A
 * judgement running in another instance shows no per-test progress, only its final result (read
 * from the database), so the stream stays correct with many instances.
 */
@ApplicationScoped
public class ProgressHub {

    /** Where a judgement is: which phase, how many tests of how many, the results so far. */
    public record Progress(String phase, int done, int total, List<TestResult> tests) {
    }

    private final Map<String, Progress> running = new ConcurrentHashMap<>();

    public Optional<Progress> progress(String submissionId) {
        return Optional.ofNullable(running.get(submissionId));
    }

    JudgeListener listenerFor(String submissionId) {
        running.put(submissionId, new Progress("compiling", 0, 0, List.of()));
        return new JudgeListener() {
            @Override
            public void compiled(CompileResult result) {
                running.put(submissionId, new Progress("running", 0, 0, List.of()));
            }

            @Override
            public void tested(TestResult result, int done, int total) {
                running.compute(submissionId, (id, p) -> {
                    List<TestResult> tests = new ArrayList<>(p == null ? List.of() : p.tests());
                    tests.add(result);
                    return new Progress("running", done, total, List.copyOf(tests));
                });
            }
        };
    }

    void finished(String submissionId) {
        running.remove(submissionId);
    }
}
