package dev.redline.evaluation;

import dev.redline.evaluation.policy.Policy;
import dev.redline.evaluation.policy.PolicyFiles;
import dev.redline.problems.PackageError;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The hiring policy of each role template ({@code <problems dir>/policies/<role>.yaml}), loaded at
 * startup. A broken or missing policy file is logged and leaves that role without a policy: its reports
 * say so instead of guessing a decision.
 */
@ApplicationScoped
public class PolicyCatalog {

    private static final Logger LOG = Logger.getLogger(PolicyCatalog.class);

    private final Path root;
    private volatile PolicyFiles.Loaded loaded;

    PolicyCatalog(@ConfigProperty(name = "redline.problems.dir", defaultValue = "problems") Path root) {
        this.root = root;
    }

    void onStart(@Observes StartupEvent event) {
        loaded();
    }

    /** The policy of a role template, if its file is there and sound. */
    public Optional<Policy> policy(String roleTemplate) {
        return Optional.ofNullable(loaded().policies().get(roleTemplate));
    }

    /** Every problem found in the policy files, for admins. */
    public List<PackageError> errors() {
        return loaded().errors();
    }

    private PolicyFiles.Loaded loaded() {
        if (loaded == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = PolicyFiles.load(root);
                    LOG.infof("hiring policies %s: %s", root.resolve("policies").toAbsolutePath(),
                            loaded.policies().keySet());
                    loaded.errors().forEach(e -> LOG.warnf("policy file problem: %s", e));
                }
            }
        }
        return loaded;
    }
}
