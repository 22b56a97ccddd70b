package dev.redline.evaluation.policy;

import dev.redline.problems.Findings;
import dev.redline.problems.PackageError;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Loads the hiring policies of the bank, {@code policies/<role-template-id>.yaml}, one per role template
 * (the settings are explained on {@link Policy} and in each shipped file). Every mistake is reported as
 * {@code file:line: message} with the file relative to the bank root; unknown and missing keys are
 * errors, since a hiring rule must never fall back to a silent default; a file with any error is left
 * out whole and never stops the others.
 */
public final class PolicyFiles {

    static final String POLICIES = "policies";
    static final String ROLES = "roles";
    static final String COMPETENCIES = "competencies";

    /** What loading found: the sound policies by role template id, and every error. */
    public record Loaded(Map<String, Policy> policies, List<PackageError> errors) {
    }

    private PolicyFiles() {
    }

    /**
     * Reads {@code bankRoot/policies/}: each file must be named after a role template of
     * {@code bankRoot/roles/}, every role template must have one, and the focus competencies must be files
     * of {@code bankRoot/competencies/} (a broken competency file reports its own errors). A missing
     * folder holds nothing.
     */
    public static Loaded load(Path bankRoot) {
        List<PackageError> errors = new ArrayList<>();
        Set<String> roles = ids(yamlFiles(bankRoot, ROLES, errors));
        Set<String> competencies = ids(yamlFiles(bankRoot, COMPETENCIES, errors));
        Map<String, Policy> policies = new TreeMap<>();
        for (Path file : yamlFiles(bankRoot, POLICIES, errors)) {
            String role = id(file);
            String name = POLICIES + "/" + file.getFileName();
            Findings findings = new Findings();
            if (!roles.contains(role)) {
                findings.error(name, null, "there is no role template '" + role + "': a policy is named after its "
                        + "role template (" + ROLES + "/: " + String.join(", ", roles) + ")");
            }
            Policy policy = read(file, name, competencies, findings);
            errors.addAll(findings.errors());
            if (!findings.hasErrors()) {
                policies.put(role, policy);
            }
        }
        for (String role : roles) {
            String name = POLICIES + "/" + role + ".yaml";
            if (!policies.containsKey(role) && errors.stream().noneMatch(e -> e.file().equals(name))) {
                errors.add(new PackageError(name, null, "is missing: role template '" + role + "' needs a hiring "
                        + "policy"));
            }
        }
        return new Loaded(policies, List.copyOf(errors));
    }

    /**
     * One policy file, shown in messages as {@code name}; null unless it is entirely valid, every mistake
     * in {@code findings}.
     */
    public static Policy read(Path file, String name, Set<String> competencies, Findings findings) {
        return PolicyReader.read(file, name, id(file), competencies, findings);
    }

    private static List<Path> yamlFiles(Path root, String folder, List<PackageError> errors) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            errors.add(new PackageError(folder, null, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".yaml") ? name.substring(0, name.length() - ".yaml".length()) : name;
    }

    private static Set<String> ids(List<Path> files) {
        return files.stream().map(PolicyFiles::id).collect(Collectors.toCollection(TreeSet::new));
    }
}
