package dev.redline.assessments;

import dev.redline.audit.AuditLog;
import dev.redline.db.Jdbc;
import dev.redline.identity.Invitations;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Assessments in the database. Every staff change commits together with its audit entry, and an
 * assessment commits together with its invitation. State moves one way: INVITED, STARTED, FINISHED;
 * REVOKED from any of them. Plain JDBC with SQL that H2 and PostgreSQL share.
 */
public final class Assessments {

    /** What an admin asks for; the template is resolved by the caller. */
    public record NewAssessment(String candidateName, String candidateEmail, RoleTemplate template) {
    }

    /** A created assessment and its invitation; the token is shown once and never stored. */
    public record Created(Assessment assessment, Invitations.Issued invitation) {
    }

    /** How long a candidate's link stays usable after the deadline, to see their summary. */
    static final Duration AFTER_DEADLINE = Duration.ofDays(1);

    private static final String COLUMNS = "id, candidate_name, candidate_email, template_id, role_title, exercises, "
            + "languages, window_ms, accommodation_percent, extension_ms, status, created_at, created_by, started_at, "
            + "finished_at, revoked_at";

    private final DataSource ds;
    private final Invitations invitations;
    private final Clock clock;

    public Assessments(DataSource ds, Invitations invitations, Clock clock) {
        this.ds = ds;
        this.invitations = invitations;
        this.clock = clock;
    }

    public Created create(NewAssessment request, Duration linkValidity, String actor) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        RoleTemplate t = request.template();
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO assessment (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 'INVITED', ?, ?, NULL, NULL, NULL)")) {
                st.setString(1, id);
                st.setString(2, request.candidateName());
                st.setString(3, request.candidateEmail());
                st.setString(4, t.id());
                st.setString(5, t.title());
                st.setString(6, String.join(",", t.exercises()));
                st.setString(7, String.join(",", t.languages()));
                st.setLong(8, t.window().toMillis());
                st.setLong(9, now.toEpochMilli());
                st.setString(10, actor);
                st.executeUpdate();
            }
            Invitations.Issued issued = invitations.issue(c, id, linkValidity);
            AuditLog.append(c, now, actor, "assessment.create", id,
                    "template " + t.id() + " for " + request.candidateEmail());
            return new Created(load(c, id).orElseThrow(), issued);
        });
    }

    public Optional<Assessment> find(String id) {
        return Jdbc.inTransaction(ds, c -> load(c, id));
    }

    /** Newest first, at most {@code max}. */
    public List<Assessment> list(int max) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM assessment ORDER BY created_at DESC, id")) {
                st.setMaxRows(max);
                try (ResultSet rs = st.executeQuery()) {
                    List<Assessment> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(read(rs));
                    }
                    return all;
                }
            }
        });
    }

    /**
     * Starts the clock, once: a second start (another tab, a retry) changes nothing. The links to the
     * assessment are kept valid until a day after the deadline, so none expires mid-attempt.
     */
    public Assessment start(String id) {
        Instant now = clock.instant();
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE assessment SET status = 'STARTED', started_at = ? WHERE id = ? AND status = 'INVITED'")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, id);
                st.executeUpdate();
            }
            Assessment a = load(c, id).orElseThrow();
            keepLinksValid(c, a);
            return a;
        });
    }

    /** Hands in the attempt; false when it was not running (not started, finished or revoked). */
    public boolean finish(String id) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE assessment SET status = 'FINISHED', finished_at = ? WHERE id = ? AND status = 'STARTED'")) {
                st.setLong(1, clock.millis());
                st.setString(2, id);
                return st.executeUpdate() == 1;
            }
        });
    }

    /** Adds time to the window; an assessment not yet started gets it when it starts. */
    public Optional<Assessment> extend(String id, Duration extra, String actor) {
        if (extra.isNegative() || extra.isZero()) {
            throw new IllegalArgumentException("an extension adds time: give a positive number of minutes");
        }
        return change(id, actor, "assessment.extend", "+" + extra.toMinutes() + " min",
                "UPDATE assessment SET extension_ms = extension_ms + ? WHERE id = ? AND status IN ('INVITED', 'STARTED')",
                extra.toMillis());
    }

    /** Sets the accommodation (extra time in percent of the window, 0..200). */
    public Optional<Assessment> accommodate(String id, int percent, String actor) {
        if (percent < 0 || percent > 200) {
            throw new IllegalArgumentException("an accommodation is 0 to 200 percent of the time window, not "
                    + percent);
        }
        return change(id, actor, "assessment.accommodate", percent + "%",
                "UPDATE assessment SET accommodation_percent = ? WHERE id = ? AND status IN ('INVITED', 'STARTED')",
                percent);
    }

    /** Revokes the assessment and every link to it, for good. */
    public Optional<Assessment> revoke(String id, String actor) {
        Instant now = clock.instant();
        return Jdbc.inTransaction(ds, c -> {
            int changed;
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE assessment SET status = 'REVOKED', revoked_at = ? WHERE id = ? AND status <> 'REVOKED'")) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, id);
                changed = st.executeUpdate();
            }
            if (changed == 0) {
                return Optional.empty();
            }
            int links = invitations.revokeAll(c, id);
            AuditLog.append(c, now, actor, "assessment.revoke", id, links + " link(s) revoked");
            return load(c, id);
        });
    }

    /**
     * Replaces the invitation link: the old links stop working, a new one is issued. Tokens are only
     * stored hashed, so a lost link cannot be shown again, only replaced.
     */
    public Optional<Invitations.Issued> newLink(String id, Duration validity, String actor) {
        Instant now = clock.instant();
        return Jdbc.inTransaction(ds, c -> {
            Optional<Assessment> a = load(c, id);
            if (a.isEmpty() || a.get().status() == Assessment.Status.REVOKED
                    || a.get().status() == Assessment.Status.FINISHED) {
                return Optional.empty();
            }
            int old = invitations.revokeAll(c, id);
            Invitations.Issued issued = invitations.issue(c, id, validity);
            keepLinksValid(c, a.get());
            AuditLog.append(c, now, actor, "assessment.new-link", id, old + " old link(s) revoked");
            return Optional.of(issued);
        });
    }

    private Optional<Assessment> change(String id, String actor, String action, String detail, String sql,
            long value) {
        Instant now = clock.instant();
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setLong(1, value);
                st.setString(2, id);
                if (st.executeUpdate() == 0) {
                    return Optional.empty();
                }
            }
            AuditLog.append(c, now, actor, action, id, detail);
            Assessment a = load(c, id).orElseThrow();
            keepLinksValid(c, a);
            return Optional.of(a);
        });
    }

    private void keepLinksValid(Connection c, Assessment a) throws SQLException {
        if (a.deadline().isPresent()) {
            invitations.keepValidUntil(c, a.id(), a.deadline().get().plus(AFTER_DEADLINE).toEpochMilli());
        }
    }

    private static Optional<Assessment> load(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM assessment WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static Assessment read(ResultSet rs) throws SQLException {
        return new Assessment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                split(rs.getString(6)), split(rs.getString(7)), Duration.ofMillis(rs.getLong(8)), rs.getInt(9),
                Duration.ofMillis(rs.getLong(10)), Assessment.Status.valueOf(rs.getString(11)),
                Instant.ofEpochMilli(rs.getLong(12)), rs.getString(13), instant(rs, 14), instant(rs, 15),
                instant(rs, 16));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }

    private static List<String> split(String csv) {
        return csv.isEmpty() ? List.of() : Arrays.asList(csv.split(","));
    }
}
