package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the Docker engine answers and every configured language (by default every shipped one)
 * has its image.
 */
@Readiness
@ApplicationScoped
public class SandboxHealthCheck implements HealthCheck {

    private final DockerClient docker;
    private final DockerSandbox sandbox;
    private final SandboxConfig config;

    SandboxHealthCheck(DockerClient docker, DockerSandbox sandbox, SandboxConfig config) {
        this.docker = docker;
        this.sandbox = sandbox;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("sandbox");
        try {
            var version = docker.versionCmd().exec();
            response.withData("engine", version.getVersion()).withData("api", version.getApiVersion());
            sandbox.catalog().refresh();
        } catch (RuntimeException e) {
            return response.down().withData("engine", "unreachable: " + e.getMessage()).build();
        }
        Map<String, Language> languages = sandbox.languages();
        List<String> missing = new ArrayList<>();
        for (String id : config.languages().orElseGet(LanguageRegistry.shipped()::ids)) {
            Language l = languages.get(id);
            if (l == null) {
                missing.add(id);
            } else {
                response.withData("language." + id, l.name() + " (" + l.image() + ")");
            }
        }
        if (!missing.isEmpty()) {
            response.withData("missing", String.join(",", missing) + ": run './redline images'");
        }
        return response.status(missing.isEmpty()).build();
    }
}
