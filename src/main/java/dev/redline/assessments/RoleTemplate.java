package dev.redline.assessments;

import java.time.Duration;
import java.util.List;

/**
 * What a role's assessment consists of, from {@code problems/roles/<id>.yaml}.
 *
 * @param id         the file name without .yaml, e.g. {@code vp-engineering}
 * @param title      e.g. "VP Engineering"
 * @param summary    one line for admins
 * @param window     time from the candidate's start to the deadline
 * @param languages  languages the candidate may use (each exercise may allow fewer)
 * @param exercises  problem ids, in the order the candidate meets them
 */
public record RoleTemplate(String id, String title, String summary, Duration window, List<String> languages,
        List<String> exercises) {
}
