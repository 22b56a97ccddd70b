package dev.redline.judging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.OptionalInt;

/** Judging settings of the service ({@code redline.judging.*}). */
@ConfigMapping(prefix = "redline.judging")
public interface JudgingConfig {

    /** Workers in this instance; unset means one per core. */
    OptionalInt workers();

    /** How long a claimed job holds without a heartbeat; a dead worker's job returns after this. */
    @WithDefault("60s")
    Duration lease();

    /** How often a worker renews its lease while judging. */
    @WithDefault("10s")
    Duration heartbeat();

    /** First delay after a judge error, doubled per attempt. */
    @WithDefault("5s")
    Duration retryBackoff();

    /** Attempts before a job is failed for an admin. */
    @WithDefault("4")
    int maxAttempts();

    /** Submissions per caller per minute. */
    @WithDefault("12")
    int submissionsPerMinute();

    /** Runs on samples or custom input per caller per minute. */
    @WithDefault("30")
    int runsPerMinute();
}
