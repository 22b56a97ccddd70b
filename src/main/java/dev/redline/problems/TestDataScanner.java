package dev.redline.problems;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Walks data/sample and data/secret: pairs every .in with its .ans, reads descriptions and per-case
 * .yaml, finds group configuration files, and reports strays. Interpreting configuration is left to the
 * format's group reader.
 *
 * <p>In 2025-09 only the directories directly under data/secret are groups; deeper directories just
 * organize a group's cases (their cases belong to the group). In legacy and 2023-07-draft every
 * directory is a group. data/sample never has groups in the current format. Which file configures a
 * group: see {@link #groupFile}.
 */
final class TestDataScanner {

    private final Path packageDir;
    private final PackageFormat format;
    private final Findings findings;
    private final String configName;
    private final String otherConfigName;

    static final String LEGACY_GROUP_FILE = "testdata.yaml";
    static final String GROUP_FILE = "test_group.yaml";

    TestDataScanner(Path packageDir, PackageFormat format, Findings findings) {
        this.packageDir = packageDir;
        this.format = format;
        this.findings = findings;
        this.configName = groupFile(packageDir, format);
        this.otherConfigName = configName.equals(GROUP_FILE) ? LEGACY_GROUP_FILE : GROUP_FILE;
    }

    /**
     * The name of the group files this package uses: testdata.yaml in legacy, test_group.yaml in 2025-09. In
     * 2023-07-draft either: problemtools (the reference tool) reads testdata.yaml with the legacy keys for the
     * draft as for legacy, while later drafts of the spec renamed it test_group.yaml; a draft package with any
     * testdata.yaml is read the way problemtools reads it, and then test_group.yaml files are errors.
     */
    static String groupFile(Path packageDir, PackageFormat format) {
        return switch (format) {
            case LEGACY -> LEGACY_GROUP_FILE;
            case V2025_09 -> GROUP_FILE;
            case DRAFT_2023_07 -> anyBelow(packageDir.resolve("data"), LEGACY_GROUP_FILE) ? LEGACY_GROUP_FILE
                    : GROUP_FILE;
        };
    }

    private static boolean anyBelow(Path dir, String fileName) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().equals(fileName) && Files.isRegularFile(f));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Whether groups are read with the legacy keys (testdata.yaml: on_reject, grader_flags, accept_score, ...). */
    boolean legacyGroupKeys() {
        return configName.equals(LEGACY_GROUP_FILE);
    }

    /** Scans data/&lt;top&gt; (sample or secret); null when the directory does not exist. */
    RawGroup scanTop(String top) {
        Path dir = packageDir.resolve("data").resolve(top);
        if (!Files.isDirectory(dir)) {
            return null;
        }
        boolean groupsBelow = format == PackageFormat.LEGACY || top.equals("secret");
        RawGroup group = new RawGroup(top, dir, config(dir));
        scanInto(group, dir, top, groupsBelow, groupsBelow && format != PackageFormat.V2025_09);
        return group;
    }

    /** The group configuration file in data/ itself (legacy and draft; 2025-09 has none there). */
    YamlMap rootConfig() {
        Path data = packageDir.resolve("data");
        if (format == PackageFormat.V2025_09 && Files.isRegularFile(data.resolve(configName))) {
            findings.error("data/" + configName, null, "is not read in 2025-09 (only data/sample, data/secret and"
                    + " its groups have one): move its keys to data/sample/test_group.yaml and"
                    + " data/secret/test_group.yaml");
            return null;
        }
        return config(data);
    }

    /**
     * Reads one directory into {@code group}. {@code subgroups}: subdirectories become groups (else their
     * cases join this group). {@code nestedGroups}: those subgroups may have groups of their own.
     */
    private void scanInto(RawGroup group, Path dir, String prefix, boolean subgroups, boolean nestedGroups) {
        Entries entries = list(dir);
        pairCases(group, dir, prefix, entries);
        for (Path sub : entries.dirs) {
            String name = prefix + "/" + sub.getFileName();
            if (subgroups) {
                RawGroup child = new RawGroup(name, sub, config(sub));
                scanInto(child, sub, name, nestedGroups, nestedGroups);
                group.groups.add(child);
            } else {
                if (Files.isRegularFile(sub.resolve(configName))) {
                    findings.error(rel(sub.resolve(configName)), null, group.name.equals("sample")
                            ? "data/sample cannot have test groups: move these cases up into data/sample"
                            : "groups cannot be nested in 2025-09: only directories directly under data/secret are"
                                    + " groups; merge this file's keys into data/" + group.name + "/" + configName);
                }
                scanInto(group, sub, name, false, false);
            }
        }
        group.cases.sort(Comparator.comparing(RawGroup.RawCase::name));
    }

    private void pairCases(RawGroup group, Path dir, String prefix, Entries e) {
        for (String base : e.inputs) {
            Path in = dir.resolve(base + ".in");
            Path ans = dir.resolve(base + ".ans");
            if (!e.answers.contains(base)) {
                findings.error(rel(in), null, "has no answer file: add " + base + ".ans beside it (or remove the .in)");
                continue;
            }
            if (e.dirNames.contains(base)) {
                findings.error(rel(dir.resolve(base)), null, "has the same name as test case " + base
                        + ": rename the directory or the case");
            }
            YamlMap caseConfig = format != PackageFormat.LEGACY && e.yamls.contains(base)
                    ? YamlFile.read(dir.resolve(base + ".yaml"), rel(dir.resolve(base + ".yaml")), findings) : null;
            group.cases.add(new RawGroup.RawCase(prefix + "/" + base, in, ans, description(dir, base, e), caseConfig));
        }
        for (String base : e.answers) {
            if (!e.inputs.contains(base)) {
                findings.error(rel(dir.resolve(base + ".ans")), null, "has no input file: add " + base
                        + ".in beside it (or remove the .ans)");
            }
        }
        for (String base : e.filesDirs) {
            findings.error(rel(dir.resolve(base + ".files")), null, e.inputs.contains(base)
                            ? "test-case files (.files directories) are not supported by Redline yet: give the"
                                    + " case its input on stdin only"
                            : "belongs to no test case (there is no " + base + ".in): remove it");
        }
        for (String base : e.strays) {
            if (!e.inputs.contains(base)) {
                findings.warn(rel(dir), null, "has files named " + base + ".* but no " + base
                        + ".in: they are ignored");
            }
        }
    }

    private String description(Path dir, String base, Entries e) {
        if (!e.descs.contains(base)) {
            return "";
        }
        try {
            return Texts.read(dir.resolve(base + ".desc")).strip();
        } catch (IOException ex) {
            findings.warn(rel(dir.resolve(base + ".desc")), null, "cannot be read: " + ex.getMessage());
            return "";
        }
    }

    private YamlMap config(Path dir) {
        if (Files.isRegularFile(dir.resolve(otherConfigName))) {
            wrongConfigName(dir.resolve(otherConfigName));
        }
        Path file = dir.resolve(configName);
        return Files.isRegularFile(file) ? YamlFile.read(file, rel(file), findings) : null;
    }

    private void wrongConfigName(Path file) {
        findings.error(rel(file), null, switch (format) {
            case LEGACY -> "is the current format's group file; a legacy package uses testdata.yaml (or declare"
                    + " problem_format_version 2023-07-draft or 2025-09 in problem.yaml)";
            case DRAFT_2023_07 -> "this 2023-07-draft package also has testdata.yaml files, which problemtools"
                    + " reads (with the legacy keys): use one group file name throughout the package";
            case V2025_09 -> "is the legacy group file; in 2025-09 it is test_group.yaml: rename it and update its"
                    + " keys (or declare problem_format_version 2023-07-draft, whose packages problemtools reads"
                    + " with testdata.yaml)";
        });
    }

    /** A directory's entries, by kind; auxiliary names (leading dot or dash) are skipped, as the spec asks. */
    private static final class Entries {
        final Set<String> inputs = new TreeSet<>();
        final Set<String> answers = new TreeSet<>();
        final Set<String> descs = new TreeSet<>();
        final Set<String> yamls = new TreeSet<>();
        final Set<String> strays = new TreeSet<>();
        final Set<String> filesDirs = new TreeSet<>();
        final Set<String> dirNames = new TreeSet<>();
        final List<Path> dirs = new ArrayList<>();
    }

    private Entries list(Path dir) {
        Entries e = new Entries();
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> !Texts.ignored(p)).sorted().toList();
        } catch (IOException ex) {
            findings.error(rel(dir), null, "cannot be listed: " + ex.getMessage());
            return e;
        }
        Map<String, Set<String>> byExtension = new TreeMap<>(Map.of(".in", e.inputs, ".ans", e.answers,
                ".desc", e.descs));
        for (Path p : paths) {
            String name = p.getFileName().toString();
            if (Files.isDirectory(p)) {
                if (name.endsWith(".files")) {
                    e.filesDirs.add(name.substring(0, name.length() - ".files".length()));
                } else {
                    e.dirs.add(p);
                    e.dirNames.add(name);
                }
                continue;
            }
            if (name.equals(configName) || name.equals(otherConfigName)) {
                continue;
            }
            String ext = extension(name);
            String base = baseName(name, ext);
            if (byExtension.containsKey(ext)) {
                byExtension.get(ext).add(base);
            } else if (ext.equals(".yaml")) {
                if (format == PackageFormat.LEGACY) {
                    findings.warn(rel(p), null, "per-case .yaml files are not part of the legacy format and are"
                            + " ignored");
                } else if (legacyGroupKeys()) {
                    findings.warn(rel(p), null, "is ignored: per-case .yaml files are not read in a package whose"
                            + " groups use testdata.yaml (as problemtools does); put its keys in the group's"
                            + " testdata.yaml");
                }
                e.yamls.add(base);
                e.strays.add(base);
            } else if (!base.isEmpty()) {
                e.strays.add(base);
            }
        }
        e.strays.addAll(e.descs);
        return e;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot);
    }

    /** The case a file belongs to: {@code 01} for {@code 01.in}, {@code 01.ans.statement} or {@code 01.png}. */
    private static String baseName(String name, String ext) {
        String base = name.substring(0, name.length() - ext.length());
        if ((ext.equals(".statement") || ext.equals(".download"))
                && (base.endsWith(".in") || base.endsWith(".ans"))) {
            return base.substring(0, base.lastIndexOf('.'));
        }
        return base;
    }

    private String rel(Path path) {
        return Texts.relative(packageDir, path);
    }
}
