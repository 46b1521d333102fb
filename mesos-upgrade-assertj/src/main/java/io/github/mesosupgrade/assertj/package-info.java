/**
 * Fluent AssertJ assertions on Mesos upgrade plans and validation reports, for the test suites of
 * the tools and runbooks that use {@code mesos-upgrade}.
 *
 * <p>The entry point is {@link io.github.mesosupgrade.assertj.UpgradeAssertions}: {@code
 * assertThat(plan)} gives an {@link io.github.mesosupgrade.assertj.UpgradePlanAssert} with three
 * ordering vocabularies: exact ({@code containsExactlySteps}), in order with gaps ({@code
 * containsStepsInOrder}), and pairwise ({@code step(...).isBefore(...)}, see {@link
 * io.github.mesosupgrade.assertj.PlanStepAssert}). {@code assertThat(report)} gives a {@link
 * io.github.mesosupgrade.assertj.ValidationReportAssert}. Steps are picked by the {@link
 * io.github.mesosupgrade.assertj.StepMatcher}s of {@link
 * io.github.mesosupgrade.assertj.StepMatchers}, which are AssertJ conditions too.
 *
 * <pre>{@code
 * assertThat(UpgradePlanner.plan("0.14.0", "0.15.0"))
 *     .step(restartWithFlag(MASTER, "credentials"))
 *     .isBefore(restart(SCHEDULER))
 *     .and()
 *     .step(restart(SCHEDULER))
 *     .isBefore(restartWithFlag(MASTER, "authenticate", "true"));
 * }</pre>
 *
 * <p>A failure message says first what kind of failure it was, then lists the whole numbered plan
 * (or the validation report). A bad argument ({@code null} other than the value under test, a hop
 * in neither notation, a matcher that can never match) fails with an {@link AssertionError} that
 * names it and says what would work. Hops are named as a plan prints them ({@code 1.2.3 -> 1.11.0})
 * or as step ids begin ({@code 1.10-1.11}). {@link
 * io.github.mesosupgrade.assertj.UpgradeSoftAssertions} collects failures softly.
 */
package io.github.mesosupgrade.assertj;
