package dev.redline.assessments;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's assessment: what the role template said when it was created, the time granted, and
 * where the candidate is. The attempt is the part from {@code startedAt} on.
 */
public record Assessment(String id, String candidateName, String candidateEmail, String templateId, String roleTitle,
        List<String> exercises, List<String> languages, Duration window, int accommodationPercent, Duration extension,
        Status status, Instant createdAt, String createdBy, Instant startedAt, Instant finishedAt, Instant revokedAt) {

    public enum Status {
        INVITED, STARTED, FINISHED, REVOKED
    }

    /** The window, once the candidate has started. */
    public Optional<TimeWindow> timeWindow() {
        return startedAt == null ? Optional.empty()
                : Optional.of(new TimeWindow(startedAt, window, accommodationPercent, extension));
    }

    public Optional<Instant> deadline() {
        return timeWindow().map(TimeWindow::deadline);
    }

    /** Whether work may be run and submitted at {@code now}: started, not finished, before the deadline. */
    public boolean open(Instant now) {
        return status == Status.STARTED && timeWindow().map(w -> w.open(now)).orElse(false);
    }

    /** The owner of this attempt's submissions in the judging queue. */
    public String owner() {
        return "attempt:" + id;
    }
}
