package dev.redline.cli;

import dev.redline.sandbox.DockerClients;
import dev.redline.sandbox.DockerSandbox;
import dev.redline.sandbox.SandboxException;
import dev.redline.sandbox.SandboxSettings;
import java.util.Arrays;
import java.util.List;

/**
 * Entry point of the command-line tools that ./redline starts without the service: run, bench.
 * Kept free of Quarkus so that it starts in a fraction of a second.
 */
public final class Cli {

    private Cli() {
    }

    public static void main(String[] args) {
        System.exit(dispatch(args));
    }

    static int dispatch(String[] args) {
        if (args.length == 0) {
            System.err.println("usage: Cli run|bench ...");
            return 2;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try (DockerClients.Engine engine = DockerClients.connect(System.getenv("DOCKER_HOST"), 8)) {
            // benchmarks measure the service's way of working, warm boxes included; one-shot runs need none
            int warm = args[0].equals("bench") ? 1 : 0;
            DockerSandbox sandbox = new DockerSandbox(engine,
                    SandboxSettings.defaults("cli-" + ProcessHandle.current().pid()).withWarmBoxes(warm));
            try (sandbox) {
                return switch (args[0]) {
                    case "run" -> RunCommand.execute(RunCommand.parse(rest), sandbox, System.out, System.err);
                    case "bench" -> BenchCommand.execute(rest, sandbox, System.out);
                    case "verify" -> VerifyCommand.execute(rest, sandbox, System.out, System.err);
                    default -> {
                        System.err.println("unknown command " + args[0]);
                        yield 2;
                    }
                };
            }
        } catch (UsageException | SandboxException.BadRequest | SandboxException.UnknownLanguage e) {
            System.err.println("redline " + args[0] + ": " + e.getMessage());
            return 2;
        } catch (SandboxException.Unavailable e) {
            System.err.println("redline " + args[0] + ": the Docker engine failed: " + e.getMessage());
            return 3;
        } catch (Exception e) {
            System.err.println("redline " + args[0] + ": " + e);
            return 3;
        }
    }
}
