package dev.redline.problems;

/** The problem_format_version a package declares (none means legacy). */
public enum PackageFormat {
    LEGACY, DRAFT_2023_07, V2025_09
}
