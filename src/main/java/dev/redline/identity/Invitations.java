package dev.redline.identity;

import dev.redline.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Candidate invitations in the database: issue, resolve, extend, revoke. {@link #resolve} answers
 * the same "nothing" for a guessed, malformed, expired or revoked token, so a caller learns no hint
 * of which. Plain JDBC with SQL that H2 and PostgreSQL share.
 */
public final class Invitations {

    public static final Duration DEFAULT_VALIDITY = Duration.ofDays(14);

    /** A new invitation; {@code token} is shown once, in the link, and never stored. */
    public record Issued(String id, String token, long expiresAt) {
    }

    /** A valid invitation, as resolved from its token. */
    public record Invitation(String id, String subject, long expiresAt) {
    }

    private final DataSource ds;
    private final Clock clock;

    public Invitations(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    public Issued issue(String subject, Duration validity) {
        return Jdbc.inTransaction(ds, c -> issue(c, subject, validity));
    }

    /** Issues within the caller's transaction, so an invitation commits together with what it admits to. */
    public Issued issue(Connection c, String subject, Duration validity) throws SQLException {
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalArgumentException("an invitation must be valid for some time, not " + validity);
        }
        String token = InvitationToken.issue();
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        long expires = now + validity.toMillis();
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO invitation (id, token_hash, subject, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, id);
            st.setString(2, InvitationToken.hash(token));
            st.setString(3, subject);
            st.setLong(4, now);
            st.setLong(5, expires);
            st.executeUpdate();
        }
        return new Issued(id, token, expires);
    }

    /** Revokes every unrevoked invitation to {@code subject}, in the caller's transaction; how many. */
    public int revokeAll(Connection c, String subject) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE invitation SET revoked_at = ? WHERE subject = ? AND revoked_at IS NULL")) {
            st.setLong(1, clock.millis());
            st.setString(2, subject);
            return st.executeUpdate();
        }
    }

    /**
     * Keeps every unrevoked invitation to {@code subject} valid until at least {@code until}, e.g. so
     * that a link cannot expire in the middle of the attempt it admits to.
     */
    public void keepValidUntil(Connection c, String subject, long until) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE invitation SET expires_at = ? "
                + "WHERE subject = ? AND revoked_at IS NULL AND expires_at < ?")) {
            st.setLong(1, until);
            st.setString(2, subject);
            st.setLong(3, until);
            st.executeUpdate();
        }
    }

    /** The invitation a token admits to, when it is genuine, unexpired and not revoked. */
    public Optional<Invitation> resolve(String token) {
        if (!InvitationToken.wellFormed(token)) {
            return Optional.empty();
        }
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, subject, expires_at FROM invitation "
                    + "WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?")) {
                st.setString(1, InvitationToken.hash(token));
                st.setLong(2, clock.millis());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(new Invitation(rs.getString(1), rs.getString(2), rs.getLong(3)))
                            : Optional.empty();
                }
            }
        });
    }

    /** Revokes an invitation for good; false when there is no such (unrevoked) invitation. */
    public boolean revoke(String id) {
        return update("UPDATE invitation SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL", st -> {
            st.setLong(1, clock.millis());
            st.setString(2, id);
        }) == 1;
    }

    /** Moves the expiry of an unrevoked invitation by {@code extra}; false when there is none. */
    public boolean extend(String id, Duration extra) {
        return update("UPDATE invitation SET expires_at = expires_at + ? WHERE id = ? AND revoked_at IS NULL",
                st -> {
                    st.setLong(1, extra.toMillis());
                    st.setString(2, id);
                }) == 1;
    }

    private interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    private int update(String sql, Binder binder) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                binder.bind(st);
                return st.executeUpdate();
            }
        });
    }
}
