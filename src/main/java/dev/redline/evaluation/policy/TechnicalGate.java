package dev.redline.evaluation.policy;

import dev.redline.evaluation.policy.Checked.Severity;
import dev.redline.evaluation.policy.RuleResult.Input;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The technical rules: a red line per area, then the pass bar on the weighted technical score. */
final class TechnicalGate {

    static final String PASS_BAR = "pass-bar.technical";

    private TechnicalGate() {
    }

    static List<Checked> check(Policy policy, Evidence evidence) {
        List<Checked> checks = new ArrayList<>();
        List<AreaScore> scores = new ArrayList<>();
        for (Area area : Area.values()) {
            if (policy.needs(area)) {
                scores.add(AreaScore.of(area, evidence));
            }
        }
        for (AreaScore score : scores) {
            BigDecimal bar = policy.redLines().get(score.area());
            if (bar != null) {
                checks.add(redLine(score, bar));
            }
        }
        checks.add(passBar(policy, scores));
        checks.addAll(Disagreements.check("design.disagreement.", "design", evidence.designReviews(),
                evidence::name, Severity.INFO));
        return checks;
    }

    static Checked redLine(AreaScore score, BigDecimal bar) {
        Area area = score.area();
        String id = "red-line." + area.id();
        String title = capitalized(area.id()) + " red line";
        String barShown = area.show(bar);
        List<Input> inputs = List.of(new Input(area.label(), score.shown()),
                new Input(area == Area.CODING ? "exercises" : "design reviews", score.detail()),
                new Input("red line", barShown));
        if (!score.isMissing()) {
            String clause = "the " + area.label() + " " + score.shown();
            if (score.value().atLeast(bar)) {
                return Checked.of(id, title, inputs, RuleOutcome.PASS, sentence(clause
                        + " is at or above the red line of " + barShown), Severity.RED_LINE, null);
            }
            String reason = clause + " is below the red line of " + barShown;
            return Checked.of(id, title, inputs, RuleOutcome.FAIL, sentence(reason) + " That is No hire, whatever "
                    + "else: the red line is make-or-break.", Severity.RED_LINE, reason);
        }
        if (score.atMost() != null && !score.atMost().atLeast(bar)) {
            String reason = "the " + area.label() + " can reach at most " + area.show(score.atMost()) + " (" + score
                    .missing() + "; counted at 100%), below the red line of " + barShown;
            return Checked.of(id, title, inputs, RuleOutcome.FAIL, sentence(reason) + " That is No hire, whatever "
                    + "the rest scores: the red line is make-or-break.", Severity.RED_LINE, reason);
        }
        return Checked.of(id, title, inputs, RuleOutcome.MISSING, sentence("the " + area.label() + " is missing: "
                + score.missing()) + " The red line of " + barShown + " cannot be checked yet.", Severity.RED_LINE,
                "the " + area.label() + " (" + score.missing() + ")");
    }

    static Checked passBar(Policy policy, List<AreaScore> scores) {
        String barShown = Ratio.of(policy.passBar()).percent();
        List<Input> inputs = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        List<String> unnamed = new ArrayList<>();
        Ratio total = Ratio.ZERO;
        for (AreaScore score : scores) {
            Area area = score.area();
            int weight = policy.weight(area);
            if (weight == 0) {
                continue;
            }
            if (score.isMissing()) {
                missing.add(area.label());
                if (!policy.redLines().containsKey(area)) {
                    unnamed.add("the " + area.label() + " (" + score.missing() + ")");
                }
                inputs.add(new Input(area.id(), "missing, weighted " + weight + "%"));
                continue;
            }
            Ratio percent = area.percent(score.value());
            total = total.plus(percent.times(weight).dividedBy(100));
            String value = area == Area.CODING ? score.shown()
                    : score.shown() + " = " + percent.percent();
            inputs.add(new Input(area.id(), value + ", weighted " + weight + "%"));
            parts.add(area.id() + " " + value + " weighted " + weight + "%");
        }
        String title = "Technical pass bar";
        if (!missing.isEmpty()) {
            inputs.add(new Input("pass bar", barShown));
            return Checked.of(PASS_BAR, title, inputs, RuleOutcome.MISSING, "The technical score cannot be "
                    + "computed without the " + String.join(" and the ", missing) + ".", Severity.CAP,
                    unnamed.isEmpty() ? null : String.join("; ", unnamed));
        }
        String shown = total.percent();
        inputs.add(new Input("technical score", shown));
        inputs.add(new Input("pass bar", barShown));
        String clause = "the technical score " + shown + " (" + String.join(", ", parts) + ")";
        if (total.atLeast(policy.passBar())) {
            String reason = clause + " is at or above the pass bar of " + barShown;
            return Checked.of(PASS_BAR, title, inputs, RuleOutcome.PASS, sentence(reason), Severity.CAP, reason);
        }
        String reason = clause + " is between the red lines and the pass bar of " + barShown;
        return Checked.of(PASS_BAR, title, inputs, RuleOutcome.FAIL, sentence(clause + " is below the pass bar of "
                + barShown) + " That is Review at best.", Severity.CAP, reason);
    }

    /** A clause as a sentence: capital first letter, full stop. */
    static String sentence(String clause) {
        return capitalized(clause) + ".";
    }

    static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
