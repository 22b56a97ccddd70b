package dev.redline.evaluation;

import dev.redline.evaluation.rubrics.Competency;
import dev.redline.evaluation.rubrics.InterviewKit;
import dev.redline.evaluation.rubrics.Rubrics;
import dev.redline.problems.ProblemCatalog;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Competencies and interview kits of the bank ({@code competencies/}, {@code kits/}), loaded at startup. */
@ApplicationScoped
public class RubricCatalog {

    private static final Logger LOG = Logger.getLogger(RubricCatalog.class);

    private final Path root;
    private final ProblemCatalog problems;
    private volatile Rubrics.Loaded loaded;

    RubricCatalog(@ConfigProperty(name = "redline.problems.dir", defaultValue = "problems") Path root,
            ProblemCatalog problems) {
        this.root = root;
        this.problems = problems;
    }

    void onStart(@Observes StartupEvent event) {
        loaded();
    }

    public Optional<InterviewKit> kit(String roleTemplate) {
        return Optional.ofNullable(loaded().kits().get(roleTemplate));
    }

    public Map<String, Competency> competencies() {
        return loaded().competencies();
    }

    private Rubrics.Loaded loaded() {
        if (loaded == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = Rubrics.load(root, Rubrics.designExercises(problems.all().values()));
                    LOG.infof("rubrics: %d competencies, kits for %s", loaded.competencies().size(),
                            loaded.kits().keySet());
                    loaded.errors().forEach(e -> LOG.warnf("rubric file problem: %s", e));
                }
            }
        }
        return loaded;
    }
}
