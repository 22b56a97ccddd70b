package dev.redline.sandbox;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One program running in its box with stdin and stdout streamed ({@code redline-box interact}).
 * {@link #send} never blocks: bytes wait in a queue that a thread of this interaction writes to the
 * box as fast as the box takes them, so that one side that stops reading never stalls the other side,
 * nor the thread that relays its output. What waits is bounded by the other side's output limit.
 */
public final class Interaction {

    /** Where the program's stdout goes, as it is written. */
    public interface Output {
        void data(byte[] bytes);

        /** The program closed its stdout (or ended). */
        void closed();

        Output DISCARD = new Output() {
            @Override
            public void data(byte[] bytes) {
            }

            @Override
            public void closed() {
            }
        };
    }

    /** How the run ended, and the files of the collect dir. */
    public record Result(RunResult run, Map<String, byte[]> files) {
    }

    private static final byte[] STOP = new byte[0];

    private final BlockingQueue<byte[]> toBox = new LinkedBlockingQueue<>();
    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final List<Object> early = new ArrayList<>();
    private final BoxProtocol.InteractionReader reader;
    private final StringBuilder supervisorErr = new StringBuilder();
    private Output output;
    private ExecStream.Session session;
    private long budgetMs = 1;

    Interaction() {
        this.reader = new BoxProtocol.InteractionReader(new BoxProtocol.InteractionEvents() {
            @Override
            public void output(byte[] bytes) {
                deliver(bytes);
            }

            @Override
            public void outputClosed() {
                deliver(STOP);
            }

            @Override
            public void finished(RunResult run, Map<String, byte[]> files) {
                result.complete(new Result(run, files));
            }

            @Override
            public void failed(String error) {
                result.complete(new Result(RunResult.internalError("box supervisor: " + error), Map.of()));
            }
        });
    }

    /** Starts writing to the box; the first bytes are the files and the start frame. */
    void attach(ExecStream.Session session, byte[] opening, long budgetMs) {
        this.session = session;
        this.budgetMs = budgetMs;
        toBox.add(opening);
        Thread.ofVirtual().name("redline-interaction-stdin").start(this::writeLoop);
    }

    void stdout(byte[] bytes) {
        reader.feed(bytes);
    }

    void stderr(byte[] bytes) {
        synchronized (supervisorErr) {
            supervisorErr.append(new String(bytes, java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** Where the program's output goes from now on; what it wrote before is delivered first. */
    public void outputTo(Output target) {
        synchronized (early) {
            output = target;
            for (Object o : early) {
                if (o instanceof byte[] b) {
                    target.data(b);
                } else {
                    target.closed();
                }
            }
            early.clear();
        }
    }

    private void deliver(byte[] bytes) {
        synchronized (early) {
            if (output == null) {
                early.add(bytes == STOP ? Boolean.TRUE : bytes);
            } else if (bytes == STOP) {
                output.closed();
            } else {
                output.data(bytes);
            }
        }
    }

    /** Calls {@code action} when the program's result has arrived (on the thread that read it). */
    public void whenFinished(java.util.function.Consumer<Result> action) {
        result.thenAccept(action);
    }

    /** Bytes for the program's stdin. */
    public void send(byte[] bytes) {
        if (bytes.length > 0) {
            toBox.add(BoxProtocol.data(bytes));
        }
    }

    /** Closes the program's stdin once everything sent has been delivered. */
    public void closeInput() {
        toBox.add(BoxProtocol.closeInput());
    }

    /** Kills the program now. */
    public void kill() {
        toBox.add(BoxProtocol.kill());
    }

    /** An {@link Output} that feeds this program's stdin: how two interactions are connected. */
    public Output asInput() {
        return new Output() {
            @Override
            public void data(byte[] bytes) {
                send(bytes);
            }

            @Override
            public void closed() {
                closeInput();
            }
        };
    }

    /**
     * Waits for the program's end. A box that does not answer within its own wall limit plus the
     * engine's slack is the platform's failure: an internal error.
     */
    public Result await() {
        try {
            return result.get(budgetMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return new Result(RunResult.internalError("the Docker engine did not answer in time"), Map.of());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(RunResult.internalError("interrupted"), Map.of());
        } catch (ExecutionException e) {
            return new Result(RunResult.internalError(String.valueOf(e.getCause())), Map.of());
        } finally {
            close();
        }
    }

    void failedToStart(String cause) {
        result.complete(new Result(RunResult.internalError(cause), Map.of()));
    }

    /** Called when the exec's output ended: without a RESULT the supervisor died. */
    void ended() {
        String err;
        synchronized (supervisorErr) {
            err = supervisorErr.toString().strip();
        }
        result.complete(new Result(RunResult.internalError(err.isEmpty()
                ? "the box supervisor ended without a result" : "box supervisor: " + err), Map.of()));
    }

    private void writeLoop() {
        try {
            while (true) {
                byte[] next = toBox.take();
                if (next == STOP) {
                    return;
                }
                session.write(next);
            }
        } catch (IOException e) {
            // the supervisor has ended (it exits after its result): nothing more is needed from it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void close() {
        toBox.add(STOP);
        if (session != null) {
            session.close();
        }
    }
}
