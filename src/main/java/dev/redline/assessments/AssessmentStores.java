package dev.redline.assessments;

import dev.redline.identity.Invitations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** The plain-JDBC stores of this package as beans, on the service's data source and the system clock. */
@ApplicationScoped
public class AssessmentStores {

    @Produces
    @Singleton
    Invitations invitations(DataSource ds) {
        return new Invitations(ds, Clock.systemUTC());
    }

    @Produces
    @Singleton
    Assessments assessments(DataSource ds, Invitations invitations) {
        return new Assessments(ds, invitations, Clock.systemUTC());
    }

    @Produces
    @Singleton
    Drafts drafts(DataSource ds) {
        return new Drafts(ds, Clock.systemUTC());
    }

    @Produces
    @Singleton
    IntegritySignals integritySignals(DataSource ds) {
        return new IntegritySignals(ds, Clock.systemUTC());
    }
}
