package dev.redline.problems;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The problem bank the service serves: every package under {@code redline.problems.dir}, loaded at
 * startup. A broken package is listed with its reasons for admins and never stops the others.
 */
@ApplicationScoped
public class ProblemCatalog {

    private static final Logger LOG = Logger.getLogger(ProblemCatalog.class);

    private final Path root;
    private volatile ProblemBank bank;

    ProblemCatalog(@ConfigProperty(name = "redline.problems.dir", defaultValue = "problems") Path root) {
        this.root = root;
    }

    void onStart(@Observes StartupEvent event) {
        bank();   // once: a catalog that starts before this one may already have loaded it
    }

    /** Loads the bank again, e.g. after a package changed. */
    public synchronized void reload() {
        bank = ProblemBank.load(root);
        LOG.infof("problem bank %s: %d problems, %d broken", root.toAbsolutePath(), bank.problems().size(),
                bank.broken().size());
        bank.broken().forEach((id, errors) -> LOG.warnf("problem package %s is broken: %s", id, errors));
    }

    public Optional<Problem> find(String id) {
        return Optional.ofNullable(bank().problems().get(id));
    }

    public Map<String, Problem> all() {
        return bank().problems();
    }

    public Map<String, List<PackageError>> broken() {
        return bank().broken();
    }

    private synchronized ProblemBank bank() {
        if (bank == null) {
            reload();
        }
        return bank;
    }
}
