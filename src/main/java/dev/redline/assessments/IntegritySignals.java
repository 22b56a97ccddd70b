package dev.redline.assessments;

import dev.redline.db.Jdbc;
import dev.redline.web.InvalidRequestException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Paste and focus-loss events as the candidate's page reports them. Recorded as context for the
 * committee, never acted on: a paste may be the candidate's own snippet, a lost focus a doorbell.
 */
public final class IntegritySignals {

    public enum Kind {
        /** {@code amount}: characters pasted. */
        PASTE,
        /** {@code amount}: milliseconds the page was hidden or unfocused. */
        BLUR
    }

    /** Totals per exercise and kind. */
    public record Summary(String exercise, Kind kind, int events, long total) {
    }

    /** Bounds one report, so a misbehaving page cannot flood the table with absurd values. */
    static final long MAX_AMOUNT = 24L * 3600 * 1000;

    private final DataSource ds;
    private final Clock clock;

    public IntegritySignals(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    public void record(String assessmentId, String exercise, Kind kind, long amount) {
        if (amount < 0 || amount > MAX_AMOUNT) {
            // a client's number: a 400 saying the range, never a 500
            throw new InvalidRequestException("amount: between 0 and " + MAX_AMOUNT + " (characters pasted, or "
                    + "milliseconds the page was hidden, at most a day), not " + amount);
        }
        Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO integrity_signal "
                    + "(assessment_id, exercise, kind, amount, at) VALUES (?, ?, ?, ?, ?)")) {
                st.setString(1, assessmentId);
                st.setString(2, exercise);
                st.setString(3, kind.name());
                st.setLong(4, amount);
                st.setLong(5, clock.millis());
                return st.executeUpdate();
            }
        });
    }

    public List<Summary> summary(String assessmentId) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT exercise, kind, COUNT(*), SUM(amount) "
                    + "FROM integrity_signal WHERE assessment_id = ? GROUP BY exercise, kind ORDER BY exercise, kind")) {
                st.setString(1, assessmentId);
                try (ResultSet rs = st.executeQuery()) {
                    List<Summary> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Summary(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getInt(3),
                                rs.getLong(4)));
                    }
                    return out;
                }
            }
        });
    }
}
