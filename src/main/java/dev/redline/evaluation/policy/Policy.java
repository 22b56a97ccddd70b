package dev.redline.evaluation.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A role template's hiring policy ({@code problems/policies/<role>.yaml}, read by {@link PolicyFiles}),
 * and the pure function from {@link Evidence} to an explained {@link Decision}.
 *
 * <h2>Scores</h2>
 * <ul>
 * <li><b>coding</b>: the mean of the coding and bug-fix exercises' percentages, each exercise weighing
 * the same. An exercise not judged yet makes it missing, unless even 100% on every such exercise could
 * not lift the mean to the red line: then the red line has already failed.</li>
 * <li><b>design</b>: the mean over design reviewers of each reviewer's mean dimension rating (1..4),
 * so every reviewer counts once however many dimensions they rated. No review: missing.</li>
 * <li><b>technical score</b>: the weighted mean of the areas as percentages (design 1 = 0%, 4 = 100%),
 * weights in whole percent summing to 100. Areas weighted 0 are not needed for it.</li>
 * <li><b>people-skills mean</b>: the mean of the focus competencies' means, each competency weighing
 * the same; a competency's mean is over every rating it received.</li>
 * </ul>
 * All arithmetic is exact ({@link Ratio}) and every bar is "at or above passes", so 2.5 meets a bar of
 * 2.5 and 59.999 misses a bar of 60.
 *
 * <h2>Precedence</h2>
 * <ol>
 * <li>Any available technical score below its red line: <b>No hire</b>, even if other evidence is
 * missing. The red line is make-or-break and nothing still to come can change it.</li>
 * <li>Otherwise any required evidence missing (a score of an area with a red line or a weight, fewer
 * scorecards than {@code minimum_scorecards}, a focus competency nobody rated): <b>Incomplete</b>,
 * listing what is missing. Never a guess.</li>
 * <li>Otherwise any focus competency's mean below {@code competency_minimum}: <b>No hire</b>. The
 * interviewers, together, say the candidate lacks something the role needs; Review is kept for doubt
 * (close calls, split panels), not for an agreed gap.</li>
 * <li>Otherwise any of these: <b>Review</b>. The technical score below the pass bar; the people-skills
 * mean below {@code hire_mean}; a Strong No (any competency, or a Strong no hire recommendation) when
 * {@code strong_no_blocks}; interviewers 2 or more levels apart on one competency when
 * {@code disagreement_blocks}; recommendations without a majority for hire (a tie included: a tie is not
 * a majority; recommendations of "none" count neither way and when all are none the ratings decide).</li>
 * <li>Otherwise <b>Hire</b>.</li>
 * </ol>
 * The pass bar makes technical results "Review at best" rather than exactly Review (as step 3 before 4
 * would): otherwise a weaker technical result could turn a people-skills No hire into Review, and a
 * lower score must never improve an outcome. Disagreement is always shown (INFO) and, like a Strong No,
 * only ever caps the outcome at Review, so it never turns a No hire into anything better.
 */
public record Policy(String role, Map<Area, BigDecimal> redLines, BigDecimal passBar, Map<Area, Integer> weights,
        PeopleBar people) {

    public Policy {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passBar, "passBar");
        Objects.requireNonNull(people, "people");
        passBar = canonical(passBar);
        Map<Area, BigDecimal> bars = new EnumMap<>(Area.class);
        redLines.forEach((area, bar) -> bars.put(area, canonical(bar)));
        redLines = Collections.unmodifiableMap(bars);
        Map<Area, Integer> shares = new EnumMap<>(Area.class);
        shares.putAll(weights);
        weights = Collections.unmodifiableMap(shares);
    }

    /** 75, 75.0 and 75.00 are one bar: equal policies compare equal whatever the file wrote. */
    static BigDecimal canonical(BigDecimal bar) {
        BigDecimal stripped = bar.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public int weight(Area area) {
        return weights.getOrDefault(area, 0);
    }

    /** An area's score is needed when it has a red line or counts in the technical score. */
    boolean needs(Area area) {
        return redLines.containsKey(area) || weight(area) > 0;
    }

    public Decision decide(Evidence evidence) {
        return Decider.decide(this, evidence);
    }
}
