package io.github.mesosupgrade.assertj;

import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.ValidationReport;
import java.util.function.Consumer;
import org.assertj.core.api.AbstractSoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;
import org.assertj.core.api.StandardSoftAssertionsProvider;
import org.jspecify.annotations.Nullable;

/**
 * Soft assertions on plans and validation reports: every failure is collected, and {@link
 * #assertAll()} reports them all at once. AssertJ's standard soft assertions ({@code
 * softly.assertThat(list)}, ...) are here too, so one object serves a whole test.
 *
 * <pre>{@code
 * UpgradeSoftAssertions softly = new UpgradeSoftAssertions();
 * softly.assertThat(plan).hasHopCount(1).step(restart(SCHEDULER)).isBefore(install(SLAVE));
 * softly.assertThat(PlanValidator.validate(plan)).isValid();
 * softly.assertAll();
 *
 * UpgradeSoftAssertions.assertSoftly(softly -> softly.assertThat(plan).hasHops("0.14-0.15"));
 *
 * try (AutoCloseableUpgradeSoftAssertions softly = new AutoCloseableUpgradeSoftAssertions()) {
 *   softly.assertThat(plan).doesNotContainStep(restartWithFlag(MASTER, "checkpoint"));
 * }
 * }</pre>
 *
 * <p>With JUnit 5, AssertJ's {@code SoftAssertionsExtension} injects it into a field annotated
 * {@code @InjectSoftAssertions} or a test method's parameter and checks it after each test.
 *
 * <p>A step picked with {@link UpgradePlanAssert#step} is checked softly too; when no single step
 * matches, that failure is collected and the step assertions chained after it check nothing.
 */
public class UpgradeSoftAssertions extends AbstractSoftAssertions
    implements StandardSoftAssertionsProvider {

  /** Creates soft assertions with no failure collected yet. */
  public UpgradeSoftAssertions() {
    super();
  }

  /**
   * Returns soft assertions on {@code actual}; a null plan fails the first assertion made on it.
   *
   * @param actual the plan to check
   * @return assertions whose failures this object collects
   */
  public UpgradePlanAssert assertThat(@Nullable UpgradePlan actual) {
    UpgradePlanAssert assertion = proxy(UpgradePlanAssert.class, UpgradePlan.class, actual);
    assertion.soft = this;
    return assertion;
  }

  /**
   * Returns soft assertions on {@code actual}; a null report fails the first assertion made on it.
   *
   * @param actual the report to check
   * @return assertions whose failures this object collects
   */
  public ValidationReportAssert assertThat(@Nullable ValidationReport actual) {
    return proxy(ValidationReportAssert.class, ValidationReport.class, actual);
  }

  /**
   * Runs {@code softly} with new soft assertions, then fails with every failure they collected.
   *
   * @param softly the assertions to run
   * @throws AssertionError if an assertion failed; with several, AssertJ's {@code
   *     MultipleFailuresError} lists them all
   */
  public static void assertSoftly(Consumer<UpgradeSoftAssertions> softly) {
    SoftAssertionsProvider.assertSoftly(UpgradeSoftAssertions.class, softly);
  }
}
