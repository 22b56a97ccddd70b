package dev.redline.assessments;

import java.time.Duration;
import java.time.Instant;

/**
 * A candidate's time window: it opens when they start, lasts the role template's window, stretched
 * by an accommodation (extra time in percent) and any extension an admin granted. The server alone
 * decides with it; the page's countdown only shows it. Pure code.
 *
 * @param startedAt            when the candidate pressed start
 * @param window               the template's window
 * @param accommodationPercent extra time granted, 0..200 percent of the window
 * @param extension            extra time granted on top, e.g. after an incident
 */
public record TimeWindow(Instant startedAt, Duration window, int accommodationPercent, Duration extension) {

    public TimeWindow {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a time window must be positive, not " + window);
        }
        if (accommodationPercent < 0 || accommodationPercent > 200) {
            throw new IllegalArgumentException("an accommodation is 0 to 200 percent, not " + accommodationPercent);
        }
        if (extension.isNegative()) {
            throw new IllegalArgumentException("an extension cannot take time away: " + extension);
        }
    }

    public Instant deadline() {
        Duration stretched = window.plus(window.multipliedBy(accommodationPercent).dividedBy(100));
        return startedAt.plus(stretched).plus(extension);
    }

    /** Whether work may still be submitted at {@code now}: up to, not including, the deadline. */
    public boolean open(Instant now) {
        return now.isBefore(deadline());
    }

    /** Time left at {@code now}, never negative. */
    public Duration remaining(Instant now) {
        Duration left = Duration.between(now, deadline());
        return left.isNegative() ? Duration.ZERO : left;
    }

    public TimeWindow extendedBy(Duration more) {
        return new TimeWindow(startedAt, window, accommodationPercent, extension.plus(more));
    }
}
