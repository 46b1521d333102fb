package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.ValidationReport;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the assertions: {@code assertThat} for an {@link UpgradePlan} or a {@link
 * ValidationReport}. Import it statically next to AssertJ's own {@code Assertions.assertThat}; the
 * compiler picks the overload by the argument's type.
 *
 * <pre>{@code
 * import static io.github.mesosupgrade.Component.*;
 * import static io.github.mesosupgrade.assertj.StepMatchers.*;
 * import static io.github.mesosupgrade.assertj.UpgradeAssertions.assertThat;
 *
 * assertThat(UpgradePlanner.plan("0.11.0", "0.12.0"))
 *     .step(restart(SLAVE)).isBefore(install(MASTER));
 * assertThat(PlanValidator.validate(plan)).isValid();
 * }</pre>
 */
public final class UpgradeAssertions {
  private UpgradeAssertions() {}

  /**
   * Returns assertions on {@code actual}. A null plan is accepted here and fails the first
   * assertion made on it.
   */
  public static UpgradePlanAssert assertThat(@Nullable UpgradePlan actual) {
    return new UpgradePlanAssert(actual);
  }

  /**
   * Returns assertions on {@code actual}. A null report is accepted here and fails the first
   * assertion made on it.
   */
  public static ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return new ValidationReportAssert(actual);
  }
}
