package dev.redline.judging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.redline.db.Jdbc;
import dev.redline.web.ConflictException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The durable judging queue in the database, the source of truth for submissions.
 *
 * <ul>
 * <li>{@link #submit} commits the submission and its job in one transaction before returning, and
 * is idempotent per owner and client key; a key is bound to one problem and purpose (another is 409).</li>
 * <li>{@link #claim} takes the next ready job (by priority, then age) with a lease; a job whose
 * lease expired (its worker died) is ready again. The claim is an UPDATE guarded by the job's
 * version, so two workers, in one process or many, never both win. It is fair across owners
 * (attempts, staff members): an owner who already has a job under a live lease is skipped, so
 * one owner's flood holds at most one worker while others wait. (Two claims racing in the same
 * instant may both see the owner idle; the next claim skips it again.)</li>
 * <li>{@link #complete} stores the result only while the lease's version still holds: a worker
 * that lost its lease cannot write a second result.</li>
 * <li>{@link #fail} puts a job back with exponential backoff, and after the last attempt marks the
 * submission FAILED for an admin to look at.</li>
 * </ul>
 * Plain JDBC with SQL that H2 and PostgreSQL share; times are epoch milliseconds from one clock.
 */
public final class JudgeQueue {

    /** A claimed job; {@code version} is the fencing token. */
    public record Lease(long jobId, String submissionId, String owner, long version, int attempt) {
    }

    /** What {@link #submit} stored; {@code created} is false when the client key matched an earlier one. */
    public record Submitted(String id, boolean created) {
    }

    private final DataSource ds;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public JudgeQueue(DataSource ds, Clock clock) {
        this.ds = ds;
        this.clock = clock;
    }

    public Submitted submit(String problemId, Submission s, Purpose purpose, String owner, String clientKey) {
        try {
            return insert(problemId, s, purpose, owner, clientKey);
        } catch (Jdbc.DatabaseException e) {
            // two requests with one key raced past the lookup: the loser answers with the winner's row
            if (clientKey != null && Jdbc.isUniqueViolation(e)) {
                return earlier(owner, clientKey, problemId, purpose).map(id -> new Submitted(id, false))
                        .orElseThrow(() -> e);
            }
            throw e;
        }
    }

    private Submitted insert(String problemId, Submission s, Purpose purpose, String owner, String clientKey) {
        return Jdbc.inTransaction(ds, c -> {
            if (clientKey != null) {
                Optional<String> existing = idForKey(c, owner, clientKey, problemId, purpose);
                if (existing.isPresent()) {
                    return new Submitted(existing.get(), false);
                }
            }
            String id = UUID.randomUUID().toString();
            long now = clock.millis();
            try (PreparedStatement st = c.prepareStatement("INSERT INTO submission (id, problem_id, language, source, "
                    + "purpose, owner, client_key, created_at, status, custom_input) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'QUEUED', ?)")) {
                st.setString(1, id);
                st.setString(2, problemId);
                st.setString(3, s.language());
                st.setString(4, s.source());
                st.setString(5, purpose.name());
                st.setString(6, owner);
                st.setString(7, clientKey);
                st.setLong(8, now);
                st.setString(9, s.customInput());
                st.executeUpdate();
            }
            insertJob(c, id, purpose, now);
            return new Submitted(id, true);
        });
    }

    /**
     * Records the fingerprint of a problem's tests; true when an earlier, different one was recorded,
     * i.e. the tests changed since and the problem's submissions deserve a rejudge.
     */
    public boolean recordVersion(String problemId, String fingerprint) {
        return Jdbc.inTransaction(ds, c -> {
            String known = null;
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT fingerprint FROM problem_version WHERE problem_id = ?")) {
                st.setString(1, problemId);
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        known = rs.getString(1);
                    }
                }
            }
            if (fingerprint.equals(known)) {
                return false;
            }
            String sql = known == null
                    ? "INSERT INTO problem_version (fingerprint, seen_at, problem_id) VALUES (?, ?, ?)"
                    : "UPDATE problem_version SET fingerprint = ?, seen_at = ? WHERE problem_id = ?";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, fingerprint);
                st.setLong(2, clock.millis());
                st.setString(3, problemId);
                st.executeUpdate();
            }
            return known != null;
        });
    }

    /** Queues every judged submission of a problem again, at rejudge priority; returns how many. */
    public int rejudge(String problemId) {
        return Jdbc.inTransaction(ds, c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id FROM submission WHERE problem_id = ? AND purpose = 'SUBMIT' "
                    + "AND status IN ('JUDGED', 'FAILED')")) {
                st.setString(1, problemId);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            long now = clock.millis();
            for (String id : ids) {
                insertJob(c, id, Purpose.REJUDGE, now);
                setStatus(c, id, "QUEUED");
            }
            return ids.size();
        });
    }

    public Optional<Lease> claim(String worker, Duration lease) {
        long now = clock.millis();
        List<long[]> candidates = Jdbc.inTransaction(ds, c -> {
            List<long[]> found = new ArrayList<>();
            // the oldest ready job (within its priority) of an owner with nothing leased right now
            try (PreparedStatement st = c.prepareStatement("SELECT j.id, j.version FROM judge_job j "
                    + "JOIN submission s ON s.id = j.submission_id WHERE "
                    + "((j.state = 'QUEUED' AND j.not_before <= ?) OR (j.state = 'RUNNING' AND j.lease_until < ?)) "
                    + "AND NOT EXISTS (SELECT 1 FROM judge_job b JOIN submission bs ON bs.id = b.submission_id "
                    + "WHERE bs.owner = s.owner AND b.state = 'RUNNING' AND b.lease_until >= ?) "
                    + "ORDER BY j.priority, j.id FETCH FIRST 8 ROWS ONLY")) {
                st.setLong(1, now);
                st.setLong(2, now);
                st.setLong(3, now);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        found.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
            return found;
        });
        for (long[] candidate : candidates) {
            Optional<Lease> won = Jdbc.inTransaction(ds, c -> tryClaim(c, candidate[0], candidate[1], worker,
                    now + lease.toMillis()));
            if (won.isPresent()) {
                return won;
            }
        }
        return Optional.empty();
    }

    private Optional<Lease> tryClaim(Connection c, long jobId, long version, String worker, long until)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE judge_job SET state = 'RUNNING', lease_owner = ?, "
                + "lease_until = ?, attempts = attempts + 1, version = version + 1 WHERE id = ? AND version = ?")) {
            st.setString(1, worker);
            st.setLong(2, until);
            st.setLong(3, jobId);
            st.setLong(4, version);
            if (st.executeUpdate() != 1) {
                return Optional.empty(); // another worker won
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "SELECT submission_id, attempts FROM judge_job WHERE id = ?")) {
            st.setLong(1, jobId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                String submissionId = rs.getString(1);
                setStatus(c, submissionId, "JUDGING");
                return Optional.of(new Lease(jobId, submissionId, worker, version + 1, rs.getInt(2)));
            }
        }
    }

    /**
     * Puts back the jobs that workers named {@code ownerPrefix...} were judging: at startup an
     * instance's own leases belong to its previous life, and waiting for them to expire would only
     * delay those candidates. Returns how many were released.
     */
    public int releaseLeasesOf(String ownerPrefix) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE judge_job SET state = 'QUEUED', lease_owner = NULL, "
                    + "lease_until = NULL, version = version + 1 WHERE state = 'RUNNING' AND lease_owner LIKE ?")) {
                st.setString(1, ownerPrefix.replace("%", "\\%").replace("_", "\\_") + "%");
                return st.executeUpdate();
            }
        });
    }

    /** Extends a lease; false when it was lost (expired and claimed by another worker). */
    public boolean heartbeat(Lease lease, Duration extension) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE judge_job SET lease_until = ? "
                    + "WHERE id = ? AND version = ? AND state = 'RUNNING'")) {
                st.setLong(1, clock.millis() + extension.toMillis());
                st.setLong(2, lease.jobId());
                st.setLong(3, lease.version());
                return st.executeUpdate() == 1;
            }
        });
    }

    /** Stores the result; false (and nothing written) when the lease was lost. */
    public boolean complete(Lease lease, Judgement judgement) {
        String result = toJson(judgement);
        return Jdbc.inTransaction(ds, c -> {
            if (!finishJob(c, lease, "DONE", null)) {
                return false;
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE submission SET status = 'JUDGED', verdict = ?, "
                    + "score = ?, max_score = ?, result = ?, judged_at = ? WHERE id = ?")) {
                st.setString(1, judgement.verdict().name());
                st.setDouble(2, judgement.score());
                st.setDouble(3, judgement.maxScore());
                st.setString(4, result);
                st.setLong(5, clock.millis());
                st.setString(6, lease.submissionId());
                st.executeUpdate();
            }
            return true;
        });
    }

    /**
     * A judge error: the job is queued again after {@code backoff} doubled per attempt, or, after
     * {@code maxAttempts}, failed for an admin with the submission marked FAILED.
     */
    public boolean fail(Lease lease, String error, Duration backoff, int maxAttempts) {
        String cut = error == null ? "" : error.length() > 2000 ? error.substring(0, 2000) : error;
        return Jdbc.inTransaction(ds, c -> {
            if (lease.attempt() >= maxAttempts) {
                if (!finishJob(c, lease, "FAILED", cut)) {
                    return false;
                }
                setStatus(c, lease.submissionId(), "FAILED");
                return true;
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE judge_job SET state = 'QUEUED', lease_owner = NULL, "
                    + "lease_until = NULL, not_before = ?, last_error = ?, version = version + 1 "
                    + "WHERE id = ? AND version = ?")) {
                long delay = backoff.toMillis() << Math.min(10, lease.attempt() - 1);
                st.setLong(1, clock.millis() + delay);
                st.setString(2, cut);
                st.setLong(3, lease.jobId());
                st.setLong(4, lease.version());
                if (st.executeUpdate() != 1) {
                    return false;
                }
            }
            setStatus(c, lease.submissionId(), "QUEUED");
            return true;
        });
    }

    public Optional<StoredSubmission> find(String id) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, problem_id, language, source, purpose, owner, "
                    + "created_at, status, result, custom_input FROM submission WHERE id = ?")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(read(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Submissions of one owner for one problem, newest first. */
    public List<StoredSubmission> list(String owner, String problemId, int max) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, problem_id, language, source, purpose, owner, "
                    + "created_at, status, result, custom_input FROM submission WHERE owner = ? AND problem_id = ? "
                    + "ORDER BY created_at DESC FETCH FIRST " + Math.max(1, max) + " ROWS ONLY")) {
                st.setString(1, owner);
                st.setString(2, problemId);
                List<StoredSubmission> all = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        all.add(read(rs));
                    }
                }
                return all;
            }
        });
    }

    /** Jobs by state, for health and admin pages. */
    public long count(String state) {
        return Jdbc.inTransaction(ds, c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM judge_job WHERE state = ?")) {
                st.setString(1, state);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    private StoredSubmission read(ResultSet rs) throws SQLException {
        String result = rs.getString(9);
        return new StoredSubmission(rs.getString(1), rs.getString(2),
                new Submission(rs.getString(3), rs.getString(4), rs.getString(10)), Purpose.valueOf(rs.getString(5)),
                rs.getString(6), rs.getLong(7), StoredSubmission.Status.valueOf(rs.getString(8)),
                result == null ? null : fromJson(result));
    }

    private boolean finishJob(Connection c, Lease lease, String state, String error) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE judge_job SET state = ?, lease_owner = NULL, "
                + "lease_until = NULL, last_error = ?, version = version + 1 WHERE id = ? AND version = ? "
                + "AND state = 'RUNNING'")) {
            st.setString(1, state);
            st.setString(2, error);
            st.setLong(3, lease.jobId());
            st.setLong(4, lease.version());
            return st.executeUpdate() == 1;
        }
    }

    private static void insertJob(Connection c, String submissionId, Purpose purpose, long now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO judge_job (submission_id, priority, state, "
                + "attempts, not_before, version, created_at) VALUES (?, ?, 'QUEUED', 0, ?, 0, ?)")) {
            st.setString(1, submissionId);
            st.setInt(2, purpose.priority());
            st.setLong(3, now);
            st.setLong(4, now);
            st.executeUpdate();
        }
    }

    private static void setStatus(Connection c, String submissionId, String status) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE submission SET status = ? WHERE id = ?")) {
            st.setString(1, status);
            st.setString(2, submissionId);
            st.executeUpdate();
        }
    }

    /**
     * The submission an earlier request with this owner's client key stored, if any: a retry of it gets
     * its id back.
     *
     * @throws ConflictException when the key was used for another problem or purpose: the key names one
     *                           request, so answering with a submission of another exercise (and storing
     *                           nothing) would silently lose this one
     */
    public Optional<String> earlier(String owner, String clientKey, String problemId, Purpose purpose) {
        if (clientKey == null) {
            return Optional.empty();
        }
        return Jdbc.inTransaction(ds, c -> idForKey(c, owner, clientKey, problemId, purpose));
    }

    private static Optional<String> idForKey(Connection c, String owner, String key, String problemId,
            Purpose purpose) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT id, problem_id, purpose FROM submission WHERE owner = ? AND client_key = ?")) {
            st.setString(1, owner);
            st.setString(2, key);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                if (!rs.getString(2).equals(problemId) || !rs.getString(3).equals(purpose.name())) {
                    throw new ConflictException("client key already used", "The client key '" + key
                            + "' was already used for " + describe(Purpose.valueOf(rs.getString(3))) + " of '"
                            + rs.getString(2) + "', so it cannot name " + describe(purpose) + " of '" + problemId
                            + "'. Send a new key (e.g. a fresh UUID) for every new request; reuse a key only to "
                            + "retry the same request.");
                }
                return Optional.of(rs.getString(1));
            }
        }
    }

    private static String describe(Purpose p) {
        return switch (p) {
            case SUBMIT -> "a submission";
            case SAMPLES -> "a run on the samples";
            case CUSTOM -> "a run on custom input";
            case REJUDGE -> "a rejudge";
        };
    }

    private String toJson(Judgement j) {
        try {
            return json.writeValueAsString(j);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a judgement", e);
        }
    }

    private Judgement fromJson(String s) {
        try {
            return json.readValue(s, Judgement.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored judgement cannot be read", e);
        }
    }
}
