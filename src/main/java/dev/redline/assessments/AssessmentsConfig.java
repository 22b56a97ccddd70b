package dev.redline.assessments;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** Assessment settings ({@code redline.assessments.*}). */
@ConfigMapping(prefix = "redline.assessments")
public interface AssessmentsConfig {

    /** How long a new invitation link works before the candidate starts. */
    @WithDefault("14d")
    Duration linkValidity();

    /**
     * The address candidates reach Redline at, for invitation links, e.g. https://hiring.example.com.
     * Unset: the address the admin's request came in on.
     */
    Optional<String> publicUrl();

    /** Draft saves per attempt per minute; more get a 429 with Retry-After (the editor waits and retries). */
    @WithDefault("30")
    int draftSavesPerMinute();
}
