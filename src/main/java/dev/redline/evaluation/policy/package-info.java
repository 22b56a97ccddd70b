/**
 * The hiring-decision policy: a role template's policy file ({@code problems/policies/<role>.yaml}, read by
 * {@link dev.redline.evaluation.policy.PolicyFiles}) applied to the evidence of one candidate (exercise
 * scores, design reviews, people-skills scorecards) gives an explained
 * {@link dev.redline.evaluation.policy.Decision}: Hire, Review, No hire or Incomplete, with every rule, its
 * inputs and a sentence. The semantics and the precedence are on {@link dev.redline.evaluation.policy.Policy}.
 * Pure code, no framework types, tested with plain JUnit.
 */
package dev.redline.evaluation.policy;
