package dev.redline.sandbox;

import static dev.redline.sandbox.DockerTestSupport.assertNoBoxesLeft;
import static dev.redline.sandbox.DockerTestSupport.docker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ulimit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Docker sandbox against a real engine: its walls, its lifecycle, its per-run limits. */
class DockerSandboxTest {

    /** A Python program that runs whatever code it is given on stdin: one box, many probes. */
    static final SourceFile PYTHON_SHELL = new SourceFile("main.py",
            "import sys\nexec(sys.stdin.read())\n".getBytes(StandardCharsets.UTF_8));
    static final Limits QUICK = new Limits(2_000, 5_000, 128, 1 << 20);

    final String node = DockerTestSupport.newNode();
    final DockerSandbox sandbox = DockerTestSupport.sandbox(node);

    @AfterEach
    void noBoxRemains() {
        assertNoBoxesLeft(node);
    }

    static byte[] code(String python) {
        return python.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void itsLanguagesAreTheImagesOfItsPrefixOnly() {
        var otherSet = new DockerSandbox(DockerTestSupport.engine(), new SandboxSettings(node, BoxPolicy.DEFAULT,
                Duration.ofMinutes(1), 0, new ImagePrefix("redline-no-such-set/sandbox-")));
        try {
            assertThat(otherSet.languages()).isEmpty();
            assertThatThrownBy(() -> otherSet.open("python3", List.of(PYTHON_SHELL)))
                    .isInstanceOf(SandboxException.UnknownLanguage.class);
        } finally {
            otherSet.close();
        }
        assertThat(sandbox.languages()).containsKey("python3");
        assertThat(sandbox.languages().values())
                .allSatisfy(l -> assertThat(l.image()).startsWith(ImagePrefix.fromEnvironment().value()));
    }

    @Test
    void containerIsCreatedWithEveryWall() {
        try (DockerBox box = (DockerBox) sandbox.open("python3", List.of(PYTHON_SHELL))) {
            InspectContainerResponse c = docker().inspectContainerCmd(box.containerId()).exec();
            HostConfig host = c.getHostConfig();
            assertThat(host.getNetworkMode()).isEqualTo("none");
            assertThat(host.getReadonlyRootfs()).isTrue();
            assertThat(host.getPrivileged()).isFalse();
            assertThat(host.getCapDrop()).containsExactly(Capability.ALL);
            assertThat(host.getCapAdd()).isNullOrEmpty();
            assertThat(host.getSecurityOpts()).contains("no-new-privileges");
            assertThat(host.getIpcMode()).isEqualTo("none");
            assertThat(host.getPidsLimit()).isEqualTo(64L);
            assertThat(host.getMemory()).isPositive().isEqualTo(host.getMemorySwap());
            assertThat(host.getNanoCPUs()).isEqualTo(1_000_000_000L);
            assertThat(host.getBinds()).isNullOrEmpty();
            assertThat(c.getMounts()).allSatisfy(m -> assertThat(m.getSource()).isNullOrEmpty());
            assertThat(host.getTmpFs()).containsOnlyKeys("/box");
            assertThat(host.getTmpFs().get("/box")).contains("size=256m", "nosuid", "nodev");
            Map<String, Long> ulimits = Arrays.stream(host.getUlimits())
                    .collect(Collectors.toMap(Ulimit::getName, Ulimit::getHardLong));
            assertThat(ulimits).containsEntry("nofile", 64L).containsEntry("core", 0L)
                    .containsEntry("fsize", 64L << 20);
            assertThat(c.getConfig().getUser()).isEqualTo("10001:10001");
            assertThat(c.getConfig().getImage()).isEqualTo(ImagePrefix.fromEnvironment().image("python3") + ":latest");
            assertThat(c.getConfig().getLabels()).containsEntry(SandboxSettings.LABEL_NODE, node);
            List<String> envNames = Arrays.stream(c.getConfig().getEnv()).map(e -> e.split("=", 2)[0]).toList();
            assertThat(envNames).as("only the image's own PATH").containsOnly("PATH");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"python3", "java", "c", "cpp", "javascript", "go"})
    void smokeProgramOfEachLanguageRuns(String language) throws IOException {
        Path smoke = Path.of("sandbox-images", language, "smoke");
        Language lang = sandbox.languages().get(language);
        assertThat(lang).as("image for " + language).isNotNull();
        byte[] source = Files.readAllBytes(smoke.resolve(lang.sourceFile()));
        byte[] input = Files.readAllBytes(smoke.resolve("input.txt"));
        String expected = Files.readString(smoke.resolve("expected.txt"));

        Sandbox.Execution ex = sandbox.execute(language, List.of(new SourceFile(lang.sourceFile(), source)),
                Limits.COMPILE_DEFAULT, Limits.RUN_DEFAULT, List.of(input, input));

        assertThat(ex.compile().status()).as(ex.compile().output()).isEqualTo(CompileStatus.OK);
        assertThat(ex.runs()).hasSize(2).allSatisfy(r -> {
            assertThat(r.status()).as(r.stderr()).isEqualTo(RunStatus.OK);
            assertThat(r.stdout()).isEqualTo(expected);
            assertThat(r.exitCode()).isZero();
            assertThat(r.memoryKb()).isPositive();
        });
    }

    @Test
    void eachRunHasItsOwnLimits() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            byte[] spin = code("while True: pass");
            byte[] allocate = code("b = bytearray(96 << 20)\nfor i in range(0, len(b), 4096): b[i] = 1\nprint('ok')");

            assertThat(box.run(List.of(spin), new Limits(300, 2_000, 128, 1024), r -> {
            }).get(0).status()).isEqualTo(RunStatus.TIME_LIMIT);
            assertThat(box.run(List.of(allocate), new Limits(2_000, 5_000, 64, 1024), r -> {
            }).get(0).status()).isEqualTo(RunStatus.MEMORY_LIMIT);
            RunResult roomy = box.run(List.of(allocate), new Limits(2_000, 5_000, 256, 1024), r -> {
            }).get(0);
            assertThat(roomy.status()).as(roomy.stderr()).isEqualTo(RunStatus.OK);
            assertThat(roomy.memoryKb()).isGreaterThan(96 << 10);
        }
    }

    @Test
    void resultsStreamAsEachRunEnds() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            var seen = new java.util.ArrayList<RunResult>();
            List<RunResult> results = box.run(List.of(code("print(1)"), code("raise SystemExit(4)"), code("print(3)")),
                    QUICK, seen::add);
            assertThat(seen).isEqualTo(results);
            assertThat(results).extracting(RunResult::status)
                    .containsExactly(RunStatus.OK, RunStatus.RUNTIME_ERROR, RunStatus.OK);
            assertThat(results.get(1).exitCode()).isEqualTo(4);
        }
    }

    @Test
    void largeInputsAndOutputsArriveWhole() throws Exception {
        byte[] big = new byte[4 << 20];
        new java.util.Random(7).nextBytes(big);
        String digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(big));
        String program = "import hashlib, sys\ndata = sys.stdin.buffer.read()\n"
                + "print(len(data), hashlib.sha256(data).hexdigest())\nsys.stdout.write('y' * (3 << 20))";
        try (Box box = sandbox.open("python3", List.of(new SourceFile("main.py", code(program))))) {
            RunResult r = box.run(List.of(big), new Limits(5_000, 10_000, 256, 8 << 20), x -> {
            }).get(0);
            assertThat(r.status()).as(r.stderr()).isEqualTo(RunStatus.OK);
            assertThat(r.stdout()).startsWith((4 << 20) + " " + digest + "\n");
            assertThat(r.stdout().length()).isEqualTo(String.valueOf(4 << 20).length() + 1 + 64 + 1 + (3 << 20));
        }
    }

    @Test
    void theDockerJavaTransportGivesTheSameResults() {
        var engine = DockerTestSupport.engine();
        var portable = new DockerSandbox(new DockerClients.Engine(engine.client(),
                new DockerJavaExecStream(engine.client())), SandboxSettings.defaults(node));
        Sandbox.Execution ex = portable.execute("python3", List.of(PYTHON_SHELL), Limits.COMPILE_DEFAULT, QUICK,
                List.of(code("print('ok')"), code("raise SystemExit(2)")));
        assertThat(ex.runs()).extracting(RunResult::status).containsExactly(RunStatus.OK, RunStatus.RUNTIME_ERROR);
        assertThat(ex.runs().get(1).exitCode()).isEqualTo(2);
        Sandbox.Execution echo = portable.execute("python3", List.of(new SourceFile("main.py",
                code("print(input()[::-1])"))), Limits.COMPILE_DEFAULT, QUICK, List.of(code("abc\n")));
        assertThat(echo.runs().get(0).stdout()).isEqualTo("cba\n");
    }

    @Test
    void noProcessOutlivesItsRun() throws InterruptedException {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            String daemon = """
                    import os, signal, time
                    if os.fork() == 0:
                        os.setsid()
                        if os.fork() == 0:
                            signal.signal(signal.SIGHUP, signal.SIG_IGN)
                            while True:
                                open('/box/daemon-survived', 'w').write('yes')
                                time.sleep(0.01)
                        os._exit(0)
                    print('parent done')
                    """;
            assertThat(box.run(List.of(code(daemon)), QUICK, r -> {
            }).get(0).stdout()).isEqualTo("parent done\n");
            // no waiting: the supervisor kills every process of a run before it answers, so the
            // daemon is gone (or was never started) whatever the machine's speed
            String census = """
                    import os
                    me = os.getpid()
                    others = []
                    for pid in filter(str.isdigit, os.listdir('/proc')):
                        cmd = open('/proc/%s/cmdline' % pid, 'rb').read().replace(b'\\0', b' ').decode()
                        if int(pid) != me and 'redline-box' not in cmd and cmd.strip():
                            others.append(cmd)
                    print(sorted(os.listdir('/box')), others)
                    """;
            RunResult r = box.run(List.of(code(census)), QUICK, x -> {
            }).get(0);
            assertThat(r.stdout().strip()).isEqualTo("['main.py'] []");
        }
    }

    @Test
    void aProcessThatKeepsWritingFilesIsGoneWithItsFilesBeforeTheNextRunStarts() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            // a detached child that re-creates a file as fast as it can, forever
            String writer = """
                    import os
                    if os.fork() == 0:
                        os.setsid()
                        n = 0
                        while True:
                            n += 1
                            with open('/box/leftover-%d' % (n % 4), 'w') as f:
                                f.write('from the last run')
                    print('parent done')
                    """;
            String census = """
                    import os
                    me, parent = os.getpid(), os.getppid()
                    others = [p for p in filter(str.isdigit, os.listdir('/proc')) if int(p) not in (1, me, parent)]
                    print(sorted(os.listdir('/box')), others)
                    """;
            // one batch: the second run starts right after the first, with no pause for the daemon to die
            List<RunResult> results = box.run(List.of(code(writer), code(census), code(census)), QUICK, r -> {
            });
            assertThat(results.get(0).stdout()).isEqualTo("parent done\n");
            assertThat(results.get(1).stdout().strip()).isEqualTo("['main.py'] []");
            assertThat(results.get(2).stdout().strip()).isEqualTo("['main.py'] []");
        }
    }

    @Test
    void stopOnFailureSkipsTheRunsAfterTheFirstFailure() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            var seen = new java.util.ArrayList<RunResult>();
            List<RunResult> results = box.run(List.of(code("print(1)"), code("import time\nwhile True: pass"),
                    code("print(3)")), new Limits(300, 2_000, 128, 1024), RunOptions.STOP_ON_FAILURE, seen::add);
            assertThat(results).extracting(RunResult::status).containsExactly(RunStatus.OK, RunStatus.TIME_LIMIT);
            assertThat(seen).isEqualTo(results);
            // the box is still good for the next batch
            assertThat(box.run(List.of(code("print(4)")), QUICK, r -> {
            }).get(0).stdout()).isEqualTo("4\n");
        }
    }

    @Test
    void aRunCommandCanWrapTheLanguagesOwn() {
        try (Box box = sandbox.open("python3", List.of(new SourceFile("main.py",
                code("import sys\nprint(sys.argv[1:])"))))) {
            RunResult r = box.run(List.of(new byte[0]), QUICK, new RunOptions(false, "{run} a 'b c'; echo after"),
                    x -> {
                    }).get(0);
            assertThat(r.stdout()).isEqualTo("['a', 'b c']\nafter\n");
        }
    }

    @Test
    void everyRunStartsFromTheSameWorkDir() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL))) {
            List<RunResult> results = box.run(List.of(
                    code("import os\nos.mkdir('/box/d')\nopen('/box/d/f', 'w').write('x')\nos.symlink('/etc', '/box/l')\n"
                            + "print(sorted(os.listdir('/box')))"),
                    code("import os\nprint(sorted(os.listdir('/box')))")), QUICK, r -> {
                    });
            assertThat(results.get(0).stdout().strip()).isEqualTo("['d', 'l', 'main.py']");
            assertThat(results.get(1).stdout().strip()).isEqualTo("['main.py']");
        }
    }

    @Test
    void putReplacesASymlinkInsteadOfWritingThroughIt() {
        try (Box box = sandbox.open("python3", List.of(PYTHON_SHELL,
                new SourceFile("data.txt", code("original"))))) {
            box.run(List.of(code("import os\nos.remove('/box/data.txt')\nos.symlink('/box/main.py', '/box/data.txt')")),
                    QUICK, r -> {
                    });
            box.put(List.of(new SourceFile("data.txt", code("replaced"))));
            RunResult r = box.run(List.of(code(
                    "import os\nprint(os.path.islink('/box/data.txt'), open('/box/data.txt').read(), "
                            + "open('/box/main.py').read().startswith('import sys'))")), QUICK, x -> {
                            }).get(0);
            assertThat(r.status()).as(r.stderr()).isEqualTo(RunStatus.OK);
            assertThat(r.stdout().strip()).isEqualTo("False replaced True");
        }
    }

    private static boolean sleeperRuns(String containerId) {
        try {
            var top = docker().topContainerCmd(containerId).exec();
            return top.getProcesses() != null && java.util.Arrays.stream(top.getProcesses())
                    .anyMatch(p -> String.join(" ", p).contains("main.py"));
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aBoxWhoseContainerDiesIsAnInternalErrorNotTheProgramsFault() throws Exception {
        try (DockerBox box = (DockerBox) sandbox.open("python3", List.of(PYTHON_SHELL))) {
            CompletableFuture<List<RunResult>> running = CompletableFuture.supplyAsync(
                    () -> box.run(List.of(code("import time\ntime.sleep(4)"), code("print(1)")), QUICK, r -> {
                    }));
            // kill the container once the first run is under way, not after a guessed delay
            long deadline = System.currentTimeMillis() + 60_000;
            while (!running.isDone() && !sleeperRuns(box.containerId()) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            docker().killContainerCmd(box.containerId()).exec();
            List<RunResult> results = running.get();
            assertThat(results).hasSize(2).allSatisfy(r -> {
                assertThat(r.status()).isEqualTo(RunStatus.INTERNAL_ERROR);
                assertThat(r.detail()).isNotBlank();
            });
        }
    }

    @Test
    void aBoxRemovesItselfWhenItsOwnerIsGone() throws InterruptedException {
        var shortLived = new DockerSandbox(DockerTestSupport.engine(), new SandboxSettings(node, BoxPolicy.DEFAULT, Duration.ofSeconds(2)));
        Box abandoned = shortLived.open("python3", List.of(PYTHON_SHELL));
        assertThat(DockerTestSupport.boxesOf(node)).hasSize(1);
        long deadline = System.currentTimeMillis() + 15_000;
        while (!DockerTestSupport.boxesOf(node).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertThat(DockerTestSupport.boxesOf(node)).isEmpty();
        abandoned.close(); // closing a box that is already gone is fine
    }

    @Test
    void orphansOfThisNodeAreReapedAndOtherNodesBoxesAreLeftAlone() {
        String otherNode = DockerTestSupport.newNode();
        Box other = DockerTestSupport.sandbox(otherNode).open("python3", List.of(PYTHON_SHELL));
        try {
            sandbox.open("python3", List.of(PYTHON_SHELL)); // never closed: a crash
            sandbox.open("c", List.of(new SourceFile("main.c", code("int main(){}"))));
            assertThat(DockerTestSupport.boxesOf(node)).hasSize(2);

            int removed = new OrphanReaper(docker(), node).reap();

            assertThat(removed).isEqualTo(2);
            assertThat(DockerTestSupport.boxesOf(otherNode)).hasSize(1);
        } finally {
            other.close();
        }
        assertNoBoxesLeft(otherNode);
    }

    @Test
    void warmBoxesAreReadyCleanAndRemovedWithTheSandbox() throws InterruptedException {
        var warm = new DockerSandbox(DockerTestSupport.engine(), SandboxSettings.defaults(node).withWarmBoxes(1));
        try (warm) {
            try (Box first = warm.open("python3", List.of(PYTHON_SHELL))) {
                first.run(List.of(code("open('/box/left-behind', 'w').write('x')")), QUICK, r -> {
                });
            }
            long deadline = System.currentTimeMillis() + 15_000;
            while (DockerTestSupport.boxesOf(node).size() < 1 && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            assertThat(DockerTestSupport.boxesOf(node)).as("one warm box waits").hasSize(1);
            String warmId = DockerTestSupport.boxesOf(node).get(0).getId();
            try (DockerBox second = (DockerBox) warm.open("python3", List.of(PYTHON_SHELL))) {
                assertThat(second.containerId()).isEqualTo(warmId);
                RunResult r = second.run(List.of(code("import os\nprint(sorted(os.listdir('/box')))")), QUICK,
                        x -> {
                        }).get(0);
                assertThat(r.stdout().strip()).isEqualTo("['main.py']");
            }
        }
        assertNoBoxesLeft(node);
    }

    @Test
    void unknownLanguageIsABadRequestNamingTheKnownOnes() {
        assertThatThrownBy(() -> sandbox.open("cobol", List.of(PYTHON_SHELL)))
                .isInstanceOf(SandboxException.UnknownLanguage.class)
                .hasMessageContaining("'cobol'").hasMessageContaining("python3");
    }

    @Test
    void oversizedSourceIsRefusedBeforeAnyContainerExists() {
        byte[] big = new byte[(128 << 10) + 1];
        assertThatThrownBy(() -> sandbox.open("python3", List.of(new SourceFile("main.py", big))))
                .isInstanceOf(SandboxException.BadRequest.class)
                .hasMessageContaining("131073 bytes").hasMessageContaining("131072");
        assertNoBoxesLeft(node);
    }
}
