package dev.redline.assessments;

import dev.redline.db.Jdbc;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Versioned drafts per attempt, exercise and language. A save appends a version (an unchanged
 * draft appends nothing); a save based on an older version than the latest is still kept, and
 * flagged, so two browsers never silently lose each other's work. Each save thins the older
 * versions by {@link DraftRetention} in the same transaction, so storage stays bounded. Plain JDBC,
 * H2 and PostgreSQL.
 */
public final class Drafts {

    public static final int MAX_BYTES = 128 << 10;

    /** One stored version. */
    public record Draft(long version, String content, long savedAt) {
    }

    /**
     * What a save did.
     *
     * @param version  the version now latest
     * @param created  false when the content equalled the latest version
     * @param diverged true when the save was based on an older version than the latest (another
     *                 browser saved in between); both versions are kept
     */
    public record Saved(long version, boolean created, boolean diverged) {
    }

    private final DataSource ds;
    private final Clock clock;

    public Drafts(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    /**
     * @param baseVersion the version the editor started from (0 for none)
     * @throws IllegalArgumentException when the draft is larger than {@link #MAX_BYTES}
     */
    public Saved save(String attempt, String exercise, String language, String content, long baseVersion) {
        return save(attempt, exercise, language, content, baseVersion, null);
    }

    /**
     * @param cutoff the attempt's scoring cutoff (epoch ms; null: none yet): the version saved last
     *               before it is never thinned
     */
    public Saved save(String attempt, String exercise, String language, String content, long baseVersion,
            Long cutoff) {
        int size = content.getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_BYTES) {
            throw new IllegalArgumentException("the draft is " + size + " bytes; the limit is " + MAX_BYTES
                    + " bytes. Make it smaller; nothing was saved.");
        }
        for (int attemptNo = 0; ; attemptNo++) {
            try {
                return Jdbc.inTransaction(ds, c -> {
                    Saved saved = append(c, attempt, exercise, language, content, baseVersion);
                    if (saved.created()) {
                        thin(c, attempt, exercise, language, cutoff);
                    }
                    return saved;
                });
            } catch (Jdbc.DatabaseException e) {
                // two saves took the same next version: the loser appends after the winner
                if (attemptNo >= 5 || !Jdbc.isUniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private Saved append(Connection c, String attempt, String exercise, String language, String content, long base)
            throws SQLException {
        Optional<Draft> latest = latest(c, attempt, exercise, language);
        long current = latest.map(Draft::version).orElse(0L);
        if (latest.isPresent() && latest.get().content().equals(content)) {
            return new Saved(current, false, false);
        }
        try (PreparedStatement st = c.prepareStatement("INSERT INTO draft (attempt_id, exercise, language, "
                + "version, content, saved_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            st.setString(1, attempt);
            st.setString(2, exercise);
            st.setString(3, language);
            st.setLong(4, current + 1);
            st.setString(5, content);
            st.setLong(6, clock.millis());
            st.executeUpdate();
        }
        return new Saved(current + 1, true, base < current);
    }

    private void thin(Connection c, String attempt, String exercise, String language, Long cutoff)
            throws SQLException {
        List<DraftRetention.Stamp> stamps = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT version, saved_at FROM draft "
                + "WHERE attempt_id = ? AND exercise = ? AND language = ? ORDER BY version DESC")) {
            st.setString(1, attempt);
            st.setString(2, exercise);
            st.setString(3, language);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    stamps.add(new DraftRetention.Stamp(rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        if (stamps.size() <= DraftRetention.RECENT) {
            return;
        }
        var keep = DraftRetention.keep(stamps, clock.millis(), cutoff);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM draft WHERE attempt_id = ? AND exercise = ? "
                + "AND language = ? AND version = ?")) {
            for (DraftRetention.Stamp s : stamps) {
                if (!keep.contains(s.version())) {
                    st.setString(1, attempt);
                    st.setString(2, exercise);
                    st.setString(3, language);
                    st.setLong(4, s.version());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    public Optional<Draft> latest(String attempt, String exercise, String language) {
        return Jdbc.inTransaction(ds, c -> latest(c, attempt, exercise, language));
    }

    /** Every version, newest first. */
    public List<Draft> history(String attempt, String exercise, String language) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT version, content, saved_at FROM draft "
                    + "WHERE attempt_id = ? AND exercise = ? AND language = ? ORDER BY version DESC")) {
                st.setString(1, attempt);
                st.setString(2, exercise);
                st.setString(3, language);
                List<Draft> all = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(new Draft(rs.getLong(1), rs.getString(2), rs.getLong(3)));
                    }
                }
                return all;
            }
        });
    }

    private static Optional<Draft> latest(Connection c, String attempt, String exercise, String language)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT version, content, saved_at FROM draft WHERE "
                + "attempt_id = ? AND exercise = ? AND language = ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY")) {
            st.setString(1, attempt);
            st.setString(2, exercise);
            st.setString(3, language);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Draft(rs.getLong(1), rs.getString(2), rs.getLong(3)))
                        : Optional.empty();
            }
        }
    }
}
