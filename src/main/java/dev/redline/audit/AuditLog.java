package dev.redline.audit;

import dev.redline.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The append-only record of what staff changed. Entries are written in the same transaction as the
 * change they describe, so a change without its entry (or the reverse) cannot be committed.
 */
public final class AuditLog {

    /** One entry; {@code detail} is short plain text, never a secret such as an invitation token. */
    public record Entry(Instant at, String actor, String action, String subject, String detail) {
    }

    private static final int DETAIL_MAX = 4000;

    private AuditLog() {
    }

    public static void append(Connection c, Instant at, String actor, String action, String subject, String detail)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO audit_log (at, actor, action, subject, detail) VALUES (?, ?, ?, ?, ?)")) {
            st.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            st.setString(2, actor);
            st.setString(3, action);
            st.setString(4, subject);
            st.setString(5, detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX));
            st.executeUpdate();
        }
    }

    /** The entries about {@code subject}, oldest first. */
    public static List<Entry> about(DataSource ds, String subject) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT at, actor, action, subject, detail FROM audit_log "
                    + "WHERE subject = ? ORDER BY id")) {
                st.setString(1, subject);
                try (ResultSet rs = st.executeQuery()) {
                    List<Entry> entries = new ArrayList<>();
                    while (rs.next()) {
                        entries.add(new Entry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                                rs.getString(3), rs.getString(4), rs.getString(5)));
                    }
                    return entries;
                }
            }
        });
    }
}
