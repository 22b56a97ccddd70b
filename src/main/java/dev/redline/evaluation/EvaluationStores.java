package dev.redline.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;

/** The plain-JDBC store of this package as a bean. */
@ApplicationScoped
public class EvaluationStores {

    @Produces
    @Singleton
    Scorecards scorecards(DataSource ds) {
        return new Scorecards(ds, Clock.systemUTC());
    }
}
