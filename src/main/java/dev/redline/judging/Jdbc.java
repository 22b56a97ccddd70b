package dev.redline.judging;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Plain-JDBC transactions. The queue speaks SQL that H2 and PostgreSQL share and owns its
 * transactions here, so that it runs the same inside the service and in a bare test JVM.
 */
final class Jdbc {

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    private Jdbc() {
    }

    static <T> T inTransaction(DataSource ds, Work<T> work) {
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
            throw new QueueException("database: " + e.getMessage(), e);
        }
    }

    /** A failure of the database behind the queue: the platform's, never the candidate's. */
    static final class QueueException extends RuntimeException {
        QueueException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
