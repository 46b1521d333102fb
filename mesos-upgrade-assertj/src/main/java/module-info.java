import org.jspecify.annotations.NullMarked;

/**
 * Fluent AssertJ assertions on Mesos upgrade plans and validation reports, for test suites.
 *
 * <p>The entry point is {@link io.github.mesosupgrade.assertj.UpgradeAssertions}; steps are picked
 * with {@link io.github.mesosupgrade.assertj.StepMatchers}.
 */
@NullMarked
module io.github.mesosupgrade.assertj {
  requires transitive io.github.mesosupgrade;
  requires transitive org.assertj.core;

  exports io.github.mesosupgrade.assertj;
}
