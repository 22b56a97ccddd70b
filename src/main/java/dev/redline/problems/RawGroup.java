package dev.redline.problems;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A test data directory as found on disk, before its configuration is interpreted: the format-specific
 * readers ({@link LegacyGroups}, {@link CurrentGroups}) turn it into a {@link TestGroup}.
 */
final class RawGroup {

    /** A test case as found: its files and, in the current format, its own .yaml. */
    record RawCase(String name, Path input, Path answer, String description, YamlMap config) {
    }

    final String name;
    final Path dir;
    final YamlMap config;
    final List<RawCase> cases = new ArrayList<>();
    final List<RawGroup> groups = new ArrayList<>();

    RawGroup(String name, Path dir, YamlMap config) {
        this.name = name;
        this.dir = dir;
        this.config = config;
    }

    /** Cases here and below. */
    int caseCount() {
        return cases.size() + groups.stream().mapToInt(RawGroup::caseCount).sum();
    }
}
