package dev.redline.problems;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads data/: the samples and the secret group tree, in the package's format. Samples may be absent,
 * as the spec allows (a warning: candidates learn the I/O format from them); at least one secret case is
 * required, and every group must have a case.
 */
final class TestDataReader {

    /** The test data of a package; either part is null when it could not be read. */
    record TestData(List<TestCase> samples, TestGroup secret) {
    }

    private TestDataReader() {
    }

    static TestData read(Path packageDir, ProblemConfig config, boolean defaultValidator, Findings findings) {
        if (!Files.isDirectory(packageDir.resolve("data"))) {
            findings.error("data", null, "is missing: add data/sample and data/secret with .in/.ans pairs");
            return new TestData(null, null);
        }
        TestDataScanner scanner = new TestDataScanner(packageDir, config.format(), findings);
        YamlMap rootConfig = scanner.rootConfig();
        RawGroup sample = scanner.scanTop("sample");
        RawGroup secret = scanner.scanTop("secret");
        if (sample == null || sample.caseCount() == 0) {
            // the spec allows it and public packages do it; candidates then read the format from the statement
            findings.warn("data/sample", null, (sample == null ? "is missing" : "has no test cases")
                    + ": candidates see no sample and \"Run on samples\" has nothing to run (they can still run on"
                    + " their own input); add a sample (01.in with 01.ans): candidates learn the format from them");
        }
        if (secret == null) {
            findings.error("data/secret", null, "is missing: add data/secret with the hidden .in/.ans pairs");
        } else if (secret.caseCount() == 0) {
            findings.error("data/secret", null, "has no test cases: add .in/.ans pairs");
        } else {
            secret.groups.forEach(g -> reportEmpty(g, findings));
        }
        ValidatorArgsCheck argsCheck = new ValidatorArgsCheck(defaultValidator, findings);
        if (config.legacy() || scanner.legacyGroupKeys()) {
            LegacyGroups groups = new LegacyGroups(config, findings, argsCheck);
            LegacyGroups.Settings root = groups.root(rootConfig);
            return new TestData(sample == null ? List.of() : groups.resolve(sample, root, true).allCases(),
                    secret == null ? null : groups.resolve(secret, root, false));
        }
        CurrentGroups groups = new CurrentGroups(config, defaultValidator, findings, argsCheck);
        CurrentGroups.Args root = groups.root(rootConfig);
        return new TestData(sample == null ? List.of() : groups.resolveSample(sample, root).allCases(),
                secret == null ? null : groups.resolveSecret(secret, root));
    }

    private static void reportEmpty(RawGroup group, Findings findings) {
        if (group.caseCount() == 0) {
            findings.error("data/" + group.name, null, "has no test cases: add .in/.ans pairs or remove the"
                    + " directory");
            return;
        }
        group.groups.forEach(g -> reportEmpty(g, findings));
    }
}
