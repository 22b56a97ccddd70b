package dev.redline.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.testing.TestDatabases;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invitations on H2 and PostgreSQL: a genuine token admits to its own subject only; a guessed,
 * malformed, expired or revoked one gets the same nothing. Plain JUnit over real databases.
 */
class InvitationsTest {

    final TestDatabases.ManualClock clock = new TestDatabases.ManualClock();

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aGenuineTokenAdmitsToItsOwnSubjectOnly(String db) {
        var invitations = new Invitations(TestDatabases.migrated(db), clock);
        var alice = invitations.issue("assessment-alice", Invitations.DEFAULT_VALIDITY);
        var bob = invitations.issue("assessment-bob", Invitations.DEFAULT_VALIDITY);

        assertThat(invitations.resolve(alice.token()).orElseThrow().subject()).isEqualTo("assessment-alice");
        assertThat(invitations.resolve(bob.token()).orElseThrow().subject()).isEqualTo("assessment-bob");
        assertThat(alice.token()).hasSize(43).isNotEqualTo(bob.token());
        assertThat(alice.expiresAt()).isEqualTo(clock.millis() + Duration.ofDays(14).toMillis());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void guessedMalformedExpiredAndRevokedTokensAllGetNothing(String db) {
        var invitations = new Invitations(TestDatabases.migrated(db), clock);
        var expiring = invitations.issue("a", Duration.ofHours(1));
        var revoked = invitations.issue("b", Duration.ofDays(1));

        assertThat(invitations.resolve(InvitationToken.issue())).as("guessed").isEmpty();
        assertThat(invitations.resolve(expiring.token().substring(1) + "A")).as("tampered").isEmpty();
        assertThat(invitations.resolve("' OR '1'='1")).as("malformed").isEmpty();
        assertThat(invitations.resolve(null)).as("none").isEmpty();

        assertThat(invitations.revoke(revoked.id())).isTrue();
        assertThat(invitations.resolve(revoked.token())).as("revoked").isEmpty();
        assertThat(invitations.revoke(revoked.id())).as("revoked once").isFalse();
        assertThat(invitations.extend(revoked.id(), Duration.ofDays(1))).as("a revoked one stays revoked").isFalse();

        clock.advance(Duration.ofHours(1).toMillis());
        assertThat(invitations.resolve(expiring.token())).as("expired").isEmpty();
        assertThat(invitations.extend(expiring.id(), Duration.ofHours(2))).isTrue();
        assertThat(invitations.resolve(expiring.token())).as("extended").isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void theDatabaseNeverHoldsTheToken(String db) throws Exception {
        DataSource ds = TestDatabases.migrated(db);
        var issued = new Invitations(ds, clock).issue("a", Duration.ofDays(1));
        StringBuilder everything = new StringBuilder();
        try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery(
                "SELECT id, token_hash, subject, created_at, expires_at FROM invitation")) {
            while (rs.next()) {
                for (int i = 1; i <= 5; i++) {
                    everything.append(rs.getString(i)).append('|');
                }
            }
        }
        assertThat(everything).doesNotContain(issued.token()).contains(InvitationToken.hash(issued.token()));
    }

    @Test
    void aValidityMustBePositive() {
        var invitations = new Invitations(TestDatabases.migrated("h2"), clock);
        assertThatThrownBy(() -> invitations.issue("a", Duration.ZERO)).hasMessageContaining("valid for some time");
    }

    @Test
    void tokensAreUniqueAndOfOneForm() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String t = InvitationToken.issue();
            assertThat(InvitationToken.wellFormed(t)).isTrue();
            assertThat(seen.add(t)).isTrue();
        }
        assertThat(InvitationToken.hash("x")).hasSize(64).isEqualTo(InvitationToken.hash("x"));
    }
}
