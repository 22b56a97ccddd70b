package dev.redline.judging;

import dev.redline.problems.ExpectedSubmission;
import dev.redline.problems.Problem;
import dev.redline.problems.ProblemLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gives a problem without a time limit the one the format prescribes: the slowest test of its
 * slowest accepted submission times the package's ac-to-time-limit multiplier, rounded up to the
 * package's time resolution, within sane bounds. The accepted submissions run under a provisional
 * ceiling while it is measured.
 */
public final class TimeLimitDeriver {

    static final long PROVISIONAL_MS = 10_000;
    static final long FLOOR_MS = 200;
    static final long CAP_MS = 10_000;
    static final long FALLBACK_MS = 2_000;

    private TimeLimitDeriver() {
    }

    public static Problem derive(Problem problem, Judge judge) {
        Problem provisional = withTimeLimit(problem, PROVISIONAL_MS);
        long slowest = -1;
        for (ExpectedSubmission s : problem.submissions()) {
            if (!s.expected().equals("accepted") || s.language() == null) {
                continue;
            }
            try {
                Judgement j = judge.judge(provisional, SubmissionFolder.read(s), JudgeListener.NONE, true);
                if (j.verdict().accepted()) {
                    slowest = Math.max(slowest, j.maxTimeMs());
                }
            } catch (IOException | RuntimeException e) {
                // an unreadable submission does not derive anything; verify reports it on its own
            }
        }
        if (slowest < 0) {
            return withTimeLimit(problem, FALLBACK_MS);
        }
        ProblemLimits l = problem.limits();
        return withTimeLimit(problem, limitFor(slowest, l.acToTimeLimit(), l.timeResolutionMs()));
    }

    /** Pure: the limit for a slowest accepted time. */
    static long limitFor(long slowestMs, double multiplier, long resolutionMs) {
        long step = Math.max(1, resolutionMs);
        long raw = (long) Math.ceil(Math.max(1, slowestMs) * multiplier / step) * step;
        return Math.min(CAP_MS, Math.max(FLOOR_MS, raw));
    }

    static Problem withTimeLimit(Problem p, long ms) {
        var limits = p.limits().withDerivedTimeLimit(ms);
        return new Problem(p.id(), p.name(), p.dir(), p.format(), p.type(), limits, p.statement(), p.samples(),
                p.secret(), p.validation(), p.submissions(), p.meta());
    }
}
