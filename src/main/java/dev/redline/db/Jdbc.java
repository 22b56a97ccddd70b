package dev.redline.db;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain-JDBC transactions for Redline's stores (the judging queue, invitations, drafts). They speak
 * SQL that H2 and PostgreSQL share and own their transactions here, so that they run the same inside
 * the service and in a bare test JVM.
 */
public final class Jdbc {

    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
    public static <T> T inTransaction(DataSource ds, Work<T> work) {
        try (Connection c = ds.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new DatabaseException("database: " + e.getMessage(), e);
        }
    }

    /** Whether the failure was a unique or primary key violation (SQLState class 23), e.g. a lost race. */
    public static boolean isUniqueViolation(DatabaseException e) {
        return e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("23");
    }

    /** A failure of the database behind a store: the platform's, never the candidate's. */
    public static final class DatabaseException extends RuntimeException {
        DatabaseException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
