package dev.redline.judging;

import dev.redline.web.RateLimitedException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code perMinute} tokens, refilled evenly. Pure code over a clock; in
 * memory per instance, which bounds abuse without a shared store.
 */
public final class RateLimiter {

    private record Bucket(double tokens, long at) {
    }

    private final int perMinute;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int perMinute, Clock clock) {
        this.perMinute = perMinute;
        this.clock = clock;
    }

    /**
     * Takes a token for {@code key}, or refuses with a 429 that says when to try again.
     *
     * @param what the kind of request, in words, e.g. "submissions"
     */
    public void enforce(String key, String what) {
        long wait = acquire(key);
        if (wait > 0) {
            throw new RateLimitedException("too many " + what + " in a short time; try again in " + wait + " s",
                    wait);
        }
    }

    /** Takes a token; returns 0 when allowed, else the seconds until one is available. */
    public long acquire(String key) {
        long now = clock.millis();
        long[] wait = {0};
        buckets.compute(key, (k, b) -> {
            double tokens = b == null ? perMinute : Math.min(perMinute, b.tokens() + (now - b.at()) * perMinute / 60_000.0);
            if (tokens >= 1) {
                return new Bucket(tokens - 1, now);
            }
            wait[0] = (long) Math.ceil((1 - tokens) * 60.0 / perMinute);
            return new Bucket(tokens, now);
        });
        if (buckets.size() > 100_000) {
            buckets.clear(); // a flood of distinct keys must not become a memory leak
        }
        return wait[0];
    }
}
