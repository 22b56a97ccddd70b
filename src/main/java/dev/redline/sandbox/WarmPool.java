package dev.redline.sandbox;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Started, empty boxes kept ready per language: opening a box then costs no container create and
 * start (~150 ms here), which is most of a "run on samples" answer. A taken box is replaced in the
 * background. Boxes are identical and stateless until taken, so a warm one is as clean as a new one;
 * one older than {@code maxAge} is replaced rather than handed out, well before its lifetime ends.
 */
final class WarmPool implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(WarmPool.class.getName());

    private record Warm(String id, long bornAt) {
    }

    private final int size;
    private final long maxAgeMs;
    private final Function<Language, String> start;
    private final Consumer<String> remove;
    private final Map<String, Deque<Warm>> ready = new HashMap<>();
    private final ExecutorService refill = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "redline-warm-boxes");
        t.setDaemon(true);
        return t;
    });
    private boolean closed;

    WarmPool(int size, Duration maxAge, Function<Language, String> start, Consumer<String> remove) {
        this.size = size;
        this.maxAgeMs = maxAge.toMillis();
        this.start = start;
        this.remove = remove;
    }

    /** A ready box for the language, if one is warm; a refill is started either way. */
    Optional<String> take(Language language) {
        if (size <= 0) {
            return Optional.empty();
        }
        Optional<String> taken = Optional.empty();
        synchronized (this) {
            Deque<Warm> q = ready.computeIfAbsent(language.id(), k -> new ArrayDeque<>());
            while (!q.isEmpty() && taken.isEmpty()) {
                Warm w = q.poll();
                if (System.currentTimeMillis() - w.bornAt() < maxAgeMs) {
                    taken = Optional.of(w.id());
                } else {
                    refill.execute(() -> remove.accept(w.id()));
                }
            }
        }
        refill.execute(() -> topUp(language));
        return taken;
    }

    private void topUp(Language language) {
        while (true) {
            synchronized (this) {
                if (closed || ready.computeIfAbsent(language.id(), k -> new ArrayDeque<>()).size() >= size) {
                    return;
                }
            }
            String id;
            try {
                id = start.apply(language);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not warm a {0} box: {1}", language.id(), e.getMessage());
                return;
            }
            synchronized (this) {
                if (closed) {
                    remove.accept(id);
                    return;
                }
                ready.get(language.id()).add(new Warm(id, System.currentTimeMillis()));
            }
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        refill.shutdown();
        try {
            // a box being warmed right now is removed by its own task (closed is set): wait for it, so
            // the caller can close the Docker client afterwards
            if (!refill.awaitTermination(30, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "a box was still warming after 30 s; it may outlive the pool");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            ready.values().forEach(q -> q.forEach(w -> remove.accept(w.id())));
            ready.clear();
        }
    }
}
