package dev.redline.assessments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.redline.audit.AuditLog;
import dev.redline.identity.Invitations;
import dev.redline.testing.TestDatabases;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The assessment store on H2 and PostgreSQL: one-way states, audited changes, links that cannot lapse mid-attempt. */
class AssessmentsTest {

    static final RoleTemplate CTO = new RoleTemplate("cto", "CTO", "breadth", Duration.ofMinutes(180),
            List.of("python3", "go"), List.of("incidentmttr", "deployorder"));

    final TestDatabases.ManualClock clock = new TestDatabases.ManualClock();

    record Fixture(DataSource ds, Invitations invitations, Assessments assessments) {
    }

    Fixture fixture(String db) {
        DataSource ds = TestDatabases.migrated(db);
        Invitations invitations = new Invitations(ds, clock);
        return new Fixture(ds, invitations, new Assessments(ds, invitations, clock));
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void createCopiesTheTemplateIssuesALinkAndAudits(String db) {
        Fixture f = fixture(db);
        var created = f.assessments().create(new Assessments.NewAssessment("Grace", "grace@example.com", CTO),
                Duration.ofDays(14), "alice");
        Assessment a = created.assessment();
        assertThat(a.status()).isEqualTo(Assessment.Status.INVITED);
        assertThat(a.exercises()).containsExactly("incidentmttr", "deployorder");
        assertThat(a.languages()).containsExactly("python3", "go");
        assertThat(a.window()).isEqualTo(Duration.ofMinutes(180));
        assertThat(a.deadline()).isEmpty();
        assertThat(f.invitations().resolve(created.invitation().token()).orElseThrow().subject()).isEqualTo(a.id());
        assertThat(AuditLog.about(f.ds(), a.id())).extracting(AuditLog.Entry::action, AuditLog.Entry::actor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("assessment.create", "alice"));
        assertThat(AuditLog.about(f.ds(), a.id()).get(0).detail()).doesNotContain(created.invitation().token());
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void startingTwiceKeepsTheFirstStartAndTheDeadlineCountsAccommodationAndExtensions(String db) {
        Fixture f = fixture(db);
        String id = f.assessments().create(new Assessments.NewAssessment("Grace", "g@example.com", CTO),
                Duration.ofDays(14), "alice").assessment().id();
        f.assessments().accommodate(id, 50, "alice");
        long t0 = clock.millis();
        f.assessments().start(id);
        clock.advance(60_000);
        Assessment again = f.assessments().start(id);
        assertThat(again.startedAt().toEpochMilli()).isEqualTo(t0);
        assertThat(again.deadline().orElseThrow().toEpochMilli()).isEqualTo(t0 + 270 * 60_000L);
        Assessment extended = f.assessments().extend(id, Duration.ofMinutes(15), "bob").orElseThrow();
        assertThat(extended.deadline().orElseThrow().toEpochMilli()).isEqualTo(t0 + 285 * 60_000L);
        assertThat(AuditLog.about(f.ds(), id)).extracting(AuditLog.Entry::action)
                .containsExactly("assessment.create", "assessment.accommodate", "assessment.extend");
        assertThatThrownBy(() -> f.assessments().accommodate(id, 201, "alice"))
                .hasMessageContaining("0 to 200 percent");
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aLinkStaysValidUntilADayAfterTheDeadlineEvenIfItWouldExpireMidAttempt(String db) {
        Fixture f = fixture(db);
        var created = f.assessments().create(new Assessments.NewAssessment("Grace", "g@example.com", CTO),
                Duration.ofHours(1), "alice");
        f.assessments().start(created.assessment().id());
        clock.advance(Duration.ofHours(3).toMillis());
        assertThat(f.invitations().resolve(created.invitation().token())).as("3 h into a 3 h window").isPresent();
        clock.advance(Duration.ofHours(25).toMillis());
        assertThat(f.invitations().resolve(created.invitation().token())).as("a day after the deadline").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void revokingEndsEveryLinkAndANewLinkReplacesTheOld(String db) {
        Fixture f = fixture(db);
        var created = f.assessments().create(new Assessments.NewAssessment("Grace", "g@example.com", CTO),
                Duration.ofDays(14), "alice");
        String id = created.assessment().id();
        Invitations.Issued second = f.assessments().newLink(id, Duration.ofDays(14), "alice").orElseThrow();
        assertThat(f.invitations().resolve(created.invitation().token())).as("the replaced link").isEmpty();
        assertThat(f.invitations().resolve(second.token())).isPresent();

        assertThat(f.assessments().revoke(id, "alice").orElseThrow().status()).isEqualTo(Assessment.Status.REVOKED);
        assertThat(f.invitations().resolve(second.token())).isEmpty();
        assertThat(f.assessments().revoke(id, "alice")).as("a second revoke").isEmpty();
        assertThat(f.assessments().start(id).status()).as("a revoked assessment never starts")
                .isEqualTo(Assessment.Status.REVOKED);
        assertThat(f.assessments().extend(id, Duration.ofMinutes(5), "alice")).isEmpty();
        assertThat(f.assessments().newLink(id, Duration.ofDays(1), "alice")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void finishingClosesTheWindowOnce(String db) {
        Fixture f = fixture(db);
        String id = f.assessments().create(new Assessments.NewAssessment("Grace", "g@example.com", CTO),
                Duration.ofDays(14), "alice").assessment().id();
        assertThat(f.assessments().finish(id)).as("not started").isFalse();
        f.assessments().start(id);
        assertThat(f.assessments().find(id).orElseThrow().open(clock.instant())).isTrue();
        assertThat(f.assessments().finish(id)).isTrue();
        assertThat(f.assessments().finish(id)).isFalse();
        Assessment done = f.assessments().find(id).orElseThrow();
        assertThat(done.status()).isEqualTo(Assessment.Status.FINISHED);
        assertThat(done.open(clock.instant())).isFalse();
    }
}
