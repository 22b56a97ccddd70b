package dev.redline.problems;

import java.util.ArrayList;
import java.util.List;

/**
 * A test group (a directory under data/), its scoring rule and its contents.
 *
 * @param name     path below data/, e.g. {@code secret} or {@code secret/group1}
 * @param scoring  how the group's score comes from its children
 * @param cases    the group's own test cases, sorted by name
 * @param groups   subgroups, sorted by name
 */
public record TestGroup(String name, GroupScoring scoring, List<TestCase> cases, List<TestGroup> groups) {

    /** Cases of this group and its subgroups, depth-first in judging order (own cases, then subgroups). */
    public List<TestCase> allCases() {
        List<TestCase> all = new ArrayList<>(cases);
        for (TestGroup g : groups) {
            all.addAll(g.allCases());
        }
        return all;
    }
}
