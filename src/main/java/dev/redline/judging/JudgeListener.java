package dev.redline.judging;

import dev.redline.sandbox.CompileResult;

/** Live progress of one judgement, for streaming to a page. Called on the judging thread. */
public interface JudgeListener {

    JudgeListener NONE = new JudgeListener() {
    };

    default void compiled(CompileResult result) {
    }

    default void tested(TestResult result, int done, int total) {
    }
}
