/**
 * Rubrics: the people-skills competencies interviewers score (each with an anchored Strong No / No /
 * Yes / Strong Yes scale and suggested questions) and the interview kit of each role template (which
 * interviews, how long, which competencies and design exercises each scores). Read from
 * {@code problems/competencies/} and {@code problems/kits/} by {@link dev.redline.evaluation.rubrics.Rubrics#load};
 * pure code, no framework types, tested with plain JUnit.
 */
package dev.redline.evaluation.rubrics;
