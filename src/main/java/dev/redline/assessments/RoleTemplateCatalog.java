package dev.redline.assessments;

import dev.redline.problems.PackageError;
import dev.redline.problems.ProblemCatalog;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** The role templates the service offers: {@code <problems dir>/roles/*.yaml}, checked against the bank. */
@ApplicationScoped
public class RoleTemplateCatalog {

    private static final Logger LOG = Logger.getLogger(RoleTemplateCatalog.class);

    private final Path dir;
    private final ProblemCatalog problems;
    private volatile RoleTemplates.Loaded loaded;

    RoleTemplateCatalog(@ConfigProperty(name = "redline.problems.dir", defaultValue = "problems") Path problemsDir,
            ProblemCatalog problems) {
        this.dir = problemsDir.resolve("roles");
        this.problems = problems;
    }

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public synchronized void reload() {
        loaded = RoleTemplates.load(dir, problems.all().keySet());
        LOG.infof("role templates %s: %s", dir.toAbsolutePath(), loaded.templates().keySet());
        for (PackageError e : loaded.errors()) {
            LOG.warnf("role template problem: %s", e);
        }
    }

    public Optional<RoleTemplate> find(String id) {
        return Optional.ofNullable(loaded().templates().get(id));
    }

    public Map<String, RoleTemplate> all() {
        return loaded().templates();
    }

    public List<PackageError> errors() {
        return loaded().errors();
    }

    private RoleTemplates.Loaded loaded() {
        if (loaded == null) {
            reload();
        }
        return loaded;
    }
}
