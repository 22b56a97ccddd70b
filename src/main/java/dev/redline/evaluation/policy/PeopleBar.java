package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * The {@code people:} section of a policy; see {@link Policy} for what each setting does.
 *
 * @param focus the competencies this role is judged on, in the order reports show them
 */
public record PeopleBar(int minimumScorecards, List<String> focus, BigDecimal competencyMinimum,
        BigDecimal hireMean, boolean strongNoBlocks, boolean disagreementBlocks) {

    public PeopleBar {
        focus = List.copyOf(focus);
        competencyMinimum = Policy.canonical(competencyMinimum);
        hireMean = Policy.canonical(hireMean);
    }
}
