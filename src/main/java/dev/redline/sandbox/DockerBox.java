package dev.redline.sandbox;

import com.github.dockerjava.api.DockerClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A running sandbox container and the supervisor conversations held with it. */
final class DockerBox implements Box {

    private static final System.Logger LOG = System.getLogger(DockerBox.class.getName());
    /** Time the engine may add to a step's own wall limit before we call it a platform failure. */
    private static final long ENGINE_SLACK_MS = 15_000;

    private final DockerClient docker;
    private final ExecStream execStream;
    private final String containerId;
    private final Language language;
    private final BoxPolicy policy;
    private List<SourceFile> pendingFiles;
    private int memoryMb;
    private boolean closed;

    DockerBox(DockerClient docker, ExecStream execStream, String containerId, Language language, BoxPolicy policy,
            List<SourceFile> files, int memoryMb) {
        this.docker = docker;
        this.execStream = execStream;
        this.containerId = containerId;
        this.language = language;
        this.policy = policy;
        this.pendingFiles = List.copyOf(files);
        this.memoryMb = memoryMb;
    }

    @Override
    public Language language() {
        return language;
    }

    String containerId() {
        return containerId;
    }

    @Override
    public void put(List<SourceFile> files) {
        List<SourceFile> all = new ArrayList<>(pendingFiles);
        all.addAll(files);
        pendingFiles = List.copyOf(all);
    }

    @Override
    public CompileResult compile(Limits limits) {
        if (!language.compiled()) {
            return new CompileResult(CompileStatus.OK, "", 0, 0);
        }
        List<RunResult> results = converse(List.of("/bin/sh", "-c", language.compile()), false, false,
                List.of(new byte[0]), limits,
                limits.outputBytes(), r -> {
                });
        RunResult r = results.get(0);
        String output = (r.stdout() + r.stderr()).strip();
        return switch (r.status()) {
            case OK -> new CompileResult(CompileStatus.OK, output, r.cpuMs(), r.wallMs());
            case TIME_LIMIT -> new CompileResult(CompileStatus.COMPILE_TIME_LIMIT,
                    "compilation took longer than " + limits.cpuTimeMs() + " ms and was stopped", r.cpuMs(), r.wallMs());
            case MEMORY_LIMIT -> new CompileResult(CompileStatus.COMPILE_ERROR,
                    "the compiler ran out of memory (" + limits.memoryMb() + " MiB)\n" + output, r.cpuMs(), r.wallMs());
            case OUTPUT_LIMIT -> new CompileResult(CompileStatus.COMPILE_ERROR,
                    "the compiler's output or the program it built is too large\n" + output, r.cpuMs(), r.wallMs());
            case RUNTIME_ERROR -> new CompileResult(CompileStatus.COMPILE_ERROR, output, r.cpuMs(), r.wallMs());
            case INTERNAL_ERROR -> CompileResult.internalError(r.detail());
        };
    }

    @Override
    public List<RunResult> run(List<byte[]> inputs, Limits limits, RunOptions options, Consumer<RunResult> onResult) {
        if (inputs.isEmpty()) {
            return List.of();
        }
        return converse(options.argvFor(language), true, options.stopOnFailure(), inputs, limits,
                policy.stderrBytes(), onResult);
    }

    @Override
    public Interaction interact(Limits limits, InteractOptions options) {
        var interaction = new Interaction();
        try {
            setMemory(limits.memoryMb());
            List<String> argv = new ArrayList<>(List.of("redline-box", "interact",
                    "--err-bytes", Long.toString(policy.stderrBytes()),
                    "--fsize-bytes", Long.toString(policy.fileSizeBytes()),
                    "--nofile", Integer.toString(policy.openFiles()),
                    "--reset", options.resetWorkDir() ? "1" : "0"));
            if (options.collectDir() != null) {
                argv.addAll(List.of("--collect", options.collectDir(), "--fresh", options.freshCollect() ? "1" : "0"));
            }
            argv.add("--");
            argv.addAll(List.of(language.run().trim().split("\\s+")));
            argv.addAll(options.args());
            var opening = new ByteArrayOutputStream();
            for (SourceFile f : pendingFiles) {
                opening.writeBytes(BoxProtocol.file(f.name(), f.content(), 0644));
            }
            opening.writeBytes(BoxProtocol.start(limits));
            ExecStream.Session session = execStream.open(createExec(argv), interaction::stdout, interaction::stderr);
            pendingFiles = List.of();
            interaction.attach(session, opening.toByteArray(), limits.wallTimeMs() + ENGINE_SLACK_MS);
            Thread.ofVirtual().name("redline-interaction-end").start(() -> {
                try {
                    session.await(limits.wallTimeMs() + 2 * ENGINE_SLACK_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                interaction.ended();
            });
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "interaction could not start: {0}", e.toString());
            interaction.failedToStart("sandbox failure: " + e.getMessage());
        }
        return interaction;
    }

    private String createExec(List<String> argv) {
        return docker.execCreateCmd(containerId)
                .withAttachStdin(true)
                .withAttachStdout(true)
                .withAttachStderr(true)
                .withUser(DockerSandbox.USER)
                .withWorkingDir(DockerSandbox.WORK_DIR)
                .withCmd(argv.toArray(String[]::new))
                .exec()
                .getId();
    }

    /**
     * Holds one or more supervisor conversations until every input has a result. A run that took
     * its supervisor down (a program may kill every process of its uid) is that program's runtime
     * error; the remaining inputs then get a fresh supervisor.
     */
    private List<RunResult> converse(List<String> command, boolean reset, boolean stopOnFailure, List<byte[]> inputs,
            Limits limits, long stderrBytes, Consumer<RunResult> onResult) {
        List<RunResult> results = new ArrayList<>(inputs.size());
        try {
            setMemory(limits.memoryMb());
            while (results.size() < inputs.size()) {
                List<byte[]> rest = inputs.subList(results.size(), inputs.size());
                Conversation c = talk(command, reset, stopOnFailure, rest, limits, stderrBytes, onResult);
                results.addAll(c.results);
                if (results.size() == inputs.size() || c.stopped) {
                    break;
                }
                if (c.error != null) {
                    fillInternal(results, inputs.size(), onResult, "box supervisor: " + c.error);
                } else if (c.timedOut) {
                    fillInternal(results, inputs.size(), onResult, "the Docker engine did not answer in time");
                } else if (!alive()) {
                    fillInternal(results, inputs.size(), onResult, "the sandbox container stopped unexpectedly");
                } else {
                    RunResult killed = new RunResult(RunStatus.RUNTIME_ERROR, null, 9, 0, 0, 0, "", "", false, false,
                            "supervisor-killed");
                    results.add(killed);
                    onResult.accept(killed);
                }
            }
        } catch (SandboxException.Unavailable e) {
            fillInternal(results, inputs.size(), onResult, e.getMessage());
        } catch (RuntimeException e) {
            fillInternal(results, inputs.size(), onResult, "sandbox failure: " + e);
        }
        return results;
    }

    private static void fillInternal(List<RunResult> results, int size, Consumer<RunResult> onResult, String cause) {
        LOG.log(System.Logger.Level.WARNING, "sandbox internal error: {0}", cause);
        while (results.size() < size) {
            RunResult r = RunResult.internalError(cause);
            results.add(r);
            onResult.accept(r);
        }
    }

    private record Conversation(List<RunResult> results, String error, boolean timedOut, boolean stopped) {
    }

    private Conversation talk(List<String> command, boolean reset, boolean stopOnFailure, List<byte[]> inputs,
            Limits limits, long stderrBytes, Consumer<RunResult> onResult) {
        var stdin = new ByteArrayOutputStream();
        for (SourceFile f : pendingFiles) {
            stdin.writeBytes(BoxProtocol.file(f.name(), f.content(), 0644));
        }
        for (byte[] input : inputs) {
            stdin.writeBytes(BoxProtocol.run(input, limits));
        }
        stdin.writeBytes(BoxProtocol.end());

        List<String> argv = new ArrayList<>(List.of("redline-box", "exec",
                "--err-bytes", Long.toString(stderrBytes),
                "--fsize-bytes", Long.toString(policy.fileSizeBytes()),
                "--nofile", Integer.toString(policy.openFiles()),
                "--reset", reset ? "1" : "0",
                "--stop-on-failure", stopOnFailure ? "1" : "0",
                "--"));
        argv.addAll(command);
        String execId = createExec(argv);
        var reader = new BoxProtocol.ResultReader();
        var supervisorErr = new StringBuilder();
        long budget = inputs.size() * limits.wallTimeMs() + ENGINE_SLACK_MS;
        boolean finished;
        try {
            finished = execStream.run(execId, stdin.toByteArray(), bytes -> reader.feed(bytes).forEach(onResult),
                    bytes -> supervisorErr.append(new String(bytes, StandardCharsets.UTF_8)), budget);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        } catch (IOException e) {
            throw new SandboxException.Unavailable("the exec stream failed: " + e.getMessage(), e);
        }
        if (!reader.results().isEmpty() || reader.error() != null) {
            pendingFiles = List.of(); // the files are in the box now
        }
        String error = reader.error();
        if (error == null && !supervisorErr.isEmpty()) {
            error = supervisorErr.toString().strip();
        }
        return new Conversation(reader.results(), error, !finished, reader.stopped());
    }

    private void setMemory(int mb) {
        if (mb == memoryMb) {
            return;
        }
        long bytes = (long) mb << 20;
        try {
            docker.updateContainerCmd(containerId).withMemory(bytes).withMemorySwap(bytes).exec();
        } catch (RuntimeException e) {
            throw new SandboxException.Unavailable("cannot set the box's memory to " + mb + " MiB: " + e.getMessage(),
                    e);
        }
        memoryMb = mb;
    }

    /**
     * Whether the box still stands, proven by a fresh exec answering: a container that is being
     * killed may still be reported as running, but it cannot start a process.
     */
    private boolean alive() {
        try {
            String execId = docker.execCreateCmd(containerId).withAttachStdout(true).withAttachStdin(true)
                    .withUser(DockerSandbox.USER).withCmd("redline-box", "alive").exec().getId();
            var out = new StringBuilder();
            boolean done = execStream.run(execId, new byte[0], b -> out.append(new String(b, StandardCharsets.UTF_8)),
                    b -> {
                    }, ENGINE_SLACK_MS);
            return done && out.toString().strip().equals("alive");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            DockerSandbox.remove(docker, containerId);
        }
    }
}
