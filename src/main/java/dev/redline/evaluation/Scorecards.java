package dev.redline.evaluation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.audit.AuditLog;
import dev.redline.db.Jdbc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Interview assignments, scorecards and committee decisions in the database. A scorecard is edited
 * freely while a draft; once submitted every change is a new version written to the audit log too, so
 * what the committee read can always be reconstructed. Plain JDBC with SQL that H2 and PostgreSQL share.
 */
public final class Scorecards {

    private final DataSource ds;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public Scorecards(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    /** Assigns; assigning twice changes nothing. */
    public void assign(Assignment a, String actor) {
        Instant now = clock.instant();
        Jdbc.inTransaction(ds, c -> {
            if (assignments(c, "assessment_id = ? AND interviewer = ? AND interview = ?", a.assessmentId(),
                    a.interviewer(), a.interview()).isEmpty()) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO interview_assignment "
                        + "(assessment_id, interviewer, interview, assigned_by, assigned_at) VALUES (?, ?, ?, ?, ?)")) {
                    st.setString(1, a.assessmentId());
                    st.setString(2, a.interviewer());
                    st.setString(3, a.interview());
                    st.setString(4, actor);
                    st.setLong(5, now.toEpochMilli());
                    st.executeUpdate();
                }
                AuditLog.append(c, now, actor, "interview.assign", a.assessmentId(),
                        a.interviewer() + " for " + a.interview());
            }
            return null;
        });
    }

    public List<Assignment> assignments(String assessmentId) {
        return Jdbc.inTransaction(ds, c -> assignments(c, "assessment_id = ?", assessmentId));
    }

    public List<Assignment> assignmentsOf(String interviewer) {
        return Jdbc.inTransaction(ds, c -> assignments(c, "interviewer = ?", interviewer));
    }

    public Optional<StoredScorecard> find(String assessmentId, String interviewer, ScorecardKind kind, String subject) {
        return Jdbc.inTransaction(ds, c -> load(c, assessmentId, interviewer, kind, subject));
    }

    /** Every scorecard of an assessment, drafts included (callers decide who sees what). */
    public List<StoredScorecard> of(String assessmentId) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM scorecard WHERE assessment_id = ? ORDER BY interviewer, kind, subject")) {
                st.setString(1, assessmentId);
                return read(st);
            }
        });
    }

    /** Every submitted scorecard, for calibration. */
    public List<StoredScorecard> submitted() {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM scorecard WHERE status = 'SUBMITTED' ORDER BY interviewer, assessment_id")) {
                return read(st);
            }
        });
    }

    /**
     * Saves the content; a draft stays a draft, a submitted scorecard gets a new version and an audit
     * entry with the new content. Returns the stored scorecard.
     */
    public StoredScorecard save(String assessmentId, String interviewer, ScorecardKind kind, String subject,
            ScorecardContent content) {
        long now = clock.millis();
        String text = write(content);
        return Jdbc.inTransaction(ds, c -> {
            Optional<StoredScorecard> old = load(c, assessmentId, interviewer, kind, subject);
            if (old.isEmpty()) {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO scorecard (assessment_id, interviewer, "
                        + "kind, subject, version, status, content, updated_at) VALUES (?, ?, ?, ?, 1, 'DRAFT', ?, ?)")) {
                    st.setString(1, assessmentId);
                    st.setString(2, interviewer);
                    st.setString(3, kind.name());
                    st.setString(4, subject);
                    st.setString(5, text);
                    st.setLong(6, now);
                    st.executeUpdate();
                }
            } else {
                if (old.get().content().equals(content)) {
                    return old.get();
                }
                update(c, assessmentId, interviewer, kind, subject, text, now, null);
                if (old.get().submitted()) {
                    AuditLog.append(c, Instant.ofEpochMilli(now), interviewer, "scorecard.amend", assessmentId,
                            kind + " " + subject + " v" + (old.get().version() + 1) + ": " + text);
                }
            }
            return load(c, assessmentId, interviewer, kind, subject).orElseThrow();
        });
    }

    /** Marks a (checked) scorecard submitted, with an audit entry holding the content. */
    public StoredScorecard submit(String assessmentId, String interviewer, ScorecardKind kind, String subject) {
        long now = clock.millis();
        return Jdbc.inTransaction(ds, c -> {
            StoredScorecard s = load(c, assessmentId, interviewer, kind, subject).orElseThrow();
            if (!s.submitted()) {
                update(c, assessmentId, interviewer, kind, subject, write(s.content()), now, now);
                AuditLog.append(c, Instant.ofEpochMilli(now), interviewer, "scorecard.submit", assessmentId,
                        kind + " " + subject + " v" + (s.version() + 1) + ": " + write(s.content()));
            }
            return load(c, assessmentId, interviewer, kind, subject).orElseThrow();
        });
    }

    public CommitteeDecision decide(String assessmentId, String outcome, String policyOutcome, String rationale,
            String actor) {
        long now = clock.millis();
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("INSERT INTO committee_decision (assessment_id, outcome, "
                    + "policy_outcome, rationale, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, assessmentId);
                st.setString(2, outcome);
                st.setString(3, policyOutcome);
                st.setString(4, rationale);
                st.setString(5, actor);
                st.setLong(6, now);
                st.executeUpdate();
            }
            AuditLog.append(c, Instant.ofEpochMilli(now), actor, "committee.decide", assessmentId,
                    outcome + " (policy: " + policyOutcome + "): " + rationale);
            return new CommitteeDecision(assessmentId, outcome, policyOutcome, rationale, actor, now);
        });
    }

    /** Every decision, oldest first; the last one counts. */
    public List<CommitteeDecision> decisions(String assessmentId) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT assessment_id, outcome, policy_outcome, rationale, "
                    + "decided_by, decided_at FROM committee_decision WHERE assessment_id = ? ORDER BY id")) {
                st.setString(1, assessmentId);
                try (ResultSet rs = st.executeQuery()) {
                    List<CommitteeDecision> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new CommitteeDecision(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getLong(6)));
                    }
                    return out;
                }
            }
        });
    }

    private static final String COLUMNS = "assessment_id, interviewer, kind, subject, version, status, content, "
            + "updated_at, submitted_at";

    private void update(Connection c, String assessmentId, String interviewer, ScorecardKind kind, String subject,
            String text, long now, Long submittedAt) throws SQLException {
        String sql = "UPDATE scorecard SET content = ?, version = version + 1, updated_at = ?"
                + (submittedAt != null ? ", status = 'SUBMITTED', submitted_at = ?" : "")
                + " WHERE assessment_id = ? AND interviewer = ? AND kind = ? AND subject = ?";
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            st.setString(i++, text);
            st.setLong(i++, now);
            if (submittedAt != null) {
                st.setLong(i++, submittedAt);
            }
            st.setString(i++, assessmentId);
            st.setString(i++, interviewer);
            st.setString(i++, kind.name());
            st.setString(i, subject);
            st.executeUpdate();
        }
    }

    private Optional<StoredScorecard> load(Connection c, String assessmentId, String interviewer, ScorecardKind kind,
            String subject) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM scorecard "
                + "WHERE assessment_id = ? AND interviewer = ? AND kind = ? AND subject = ?")) {
            st.setString(1, assessmentId);
            st.setString(2, interviewer);
            st.setString(3, kind.name());
            st.setString(4, subject);
            List<StoredScorecard> found = read(st);
            return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
        }
    }

    private List<StoredScorecard> read(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            List<StoredScorecard> out = new ArrayList<>();
            while (rs.next()) {
                long submitted = rs.getLong(9);
                boolean wasNull = rs.wasNull();
                out.add(new StoredScorecard(rs.getString(1), rs.getString(2), ScorecardKind.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getLong(5), "SUBMITTED".equals(rs.getString(6)), parse(rs.getString(7)),
                        rs.getLong(8), wasNull ? null : submitted));
            }
            return out;
        }
    }

    private static List<Assignment> assignments(Connection c, String where, String... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT assessment_id, interviewer, interview "
                + "FROM interview_assignment WHERE " + where + " ORDER BY assessment_id, interviewer, interview")) {
            for (int i = 0; i < args.length; i++) {
                st.setString(i + 1, args[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                List<Assignment> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Assignment(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
                return out;
            }
        }
    }

    private String write(ScorecardContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a scorecard", e);
        }
    }

    private ScorecardContent parse(String text) {
        try {
            return json.readValue(text, ScorecardContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored scorecard is not readable: " + e.getMessage(), e);
        }
    }
}
