package dev.redline.testing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The two databases Redline's stores must work on: a fresh in-memory H2 and the real PostgreSQL that
 * {@code ./redline test} starts (scripts/postgres.sh). Both get the service's own Flyway migrations.
 */
public final class TestDatabases {

    private TestDatabases() {
    }

    public static DataSource migrated(String kind) {
        DataSource ds = switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgres();
            default -> throw new IllegalArgumentException(kind);
        };
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").cleanDisabled(false).load().clean();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    public static DataSource h2() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:queue-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    /** The test PostgreSQL; its absence is a failure, not a skip: run the tests with ./redline test. */
    public static PGSimpleDataSource postgres() {
        String url = System.getenv("REDLINE_TEST_PG_URL");
        if (url == null) {
            throw new IllegalStateException("REDLINE_TEST_PG_URL is not set: run the tests with './redline test', "
                    + "which starts PostgreSQL (scripts/postgres.sh)");
        }
        var ds = new PGSimpleDataSource();
        ds.setUrl(url);
        ds.setUser(System.getenv("REDLINE_TEST_PG_USER"));
        ds.setPassword(System.getenv("REDLINE_TEST_PG_PASSWORD"));
        return ds;
    }

    /** A clock the test moves by hand, so lease expiry needs no sleeping. */
    public static final class ManualClock extends Clock {
        private final AtomicLong millis = new AtomicLong(1_800_000_000_000L);

        public void advance(long ms) {
            millis.addAndGet(ms);
        }

        @Override
        public long millis() {
            return millis.get();
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
