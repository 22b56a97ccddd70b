package dev.redline.evaluation.rubrics;

import dev.redline.problems.Findings;
import dev.redline.problems.PackageError;
import dev.redline.problems.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The people-skills side of the bank: competencies with their anchored scales and suggested questions
 * ({@code competencies/<id>.yaml}, see {@link CompetencyReader}) and the interview kit of each role
 * template ({@code kits/<role-template-id>.yaml}, see {@link InterviewKitReader}).
 *
 * <p>Every role template in {@code roles/} needs a kit. Every mistake is reported as {@code file:line: message} with the file relative to the bank root;
 * a file with any error is left out whole and never stops the others. A kit may name a competency whose
 * file is broken: that file's own errors say what to fix, and the kit is not blamed for it.
 */
public final class Rubrics {

    static final String COMPETENCIES = "competencies";
    static final String KITS = "kits";
    static final String ROLES = "roles";

    /**
     * What loading found.
     *
     * @param competencies sound competencies by id, sorted
     * @param kits         sound kits by role template id, sorted
     * @param errors       every error, file by file
     */
    public record Loaded(Map<String, Competency> competencies, Map<String, InterviewKit> kits,
            List<PackageError> errors) {

        public boolean ok() {
            return errors.isEmpty();
        }
    }

    private Rubrics() {
    }

    /**
     * Loads {@code bankRoot/competencies/} and {@code bankRoot/kits/}, checking kits against the competency
     * files, the role templates in {@code bankRoot/roles/} and {@code designExercises} (the ids of the
     * bank's design problems). A missing folder holds nothing.
     */
    public static Loaded load(Path bankRoot, Set<String> designExercises) {
        List<PackageError> errors = new ArrayList<>();
        SortedMap<String, Competency> competencies = new TreeMap<>();
        List<Path> competencyFiles = yamlFiles(bankRoot, COMPETENCIES, errors);
        for (Path file : competencyFiles) {
            Findings findings = new Findings();
            String id = id(file);
            Competency c = CompetencyReader.read(file, id, COMPETENCIES + "/" + file.getFileName(), findings);
            errors.addAll(findings.errors());
            if (c != null) {
                competencies.put(id, c);
            }
        }
        Set<String> roles = ids(yamlFiles(bankRoot, ROLES, errors));
        var context = new InterviewKitReader.Context(ids(competencyFiles), roles, Set.copyOf(designExercises));
        SortedMap<String, InterviewKit> kits = new TreeMap<>();
        List<Path> kitFiles = yamlFiles(bankRoot, KITS, errors);
        for (String role : roles) {
            if (!ids(kitFiles).contains(role)) {
                errors.add(new PackageError(KITS + "/" + role + ".yaml", null, "role template " + role + " has no"
                        + " interview kit: add " + KITS + "/" + role + ".yaml, or its interviewers have nothing to"
                        + " run"));
            }
        }
        for (Path file : kitFiles) {
            Findings findings = new Findings();
            String id = id(file);
            InterviewKit kit = InterviewKitReader.read(file, id, KITS + "/" + file.getFileName(), context, findings);
            errors.addAll(findings.errors());
            if (kit != null) {
                kits.put(id, kit);
            }
        }
        return new Loaded(Collections.unmodifiableSortedMap(competencies), Collections.unmodifiableSortedMap(kits),
                List.copyOf(errors));
    }

    /** The ids of the design exercises among {@code problems} (e.g. a loaded bank's), for {@link #load}. */
    public static Set<String> designExercises(Collection<Problem> problems) {
        return problems.stream().filter(p -> !p.meta().judged()).map(Problem::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> yamlFiles(Path root, String folder, List<PackageError> errors) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            files.stream().filter(p -> p.getFileName().toString().endsWith(".yml")).forEach(p -> errors.add(
                    new PackageError(folder + "/" + p.getFileName(), null, "is not read: rename it to .yaml")));
            return files.stream().filter(p -> p.getFileName().toString().endsWith(".yaml")).toList();
        } catch (IOException e) {
            errors.add(new PackageError(folder, null, "cannot be listed: " + e.getMessage()));
            return List.of();
        }
    }

    private static String id(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".yaml".length());
    }

    /** The ids the files stand for; a file whose name is no id reports that itself and stands for nothing. */
    private static Set<String> ids(List<Path> files) {
        return files.stream().map(Rubrics::id).filter(id -> Fields.ID.matcher(id).matches())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
