package io.github.mesosupgrade.assertj;

import org.assertj.core.api.AutoCloseableSoftAssertionsProvider;

/**
 * {@link UpgradeSoftAssertions} for a try-with-resources block: closing them fails with every
 * failure collected, as {@link #assertAll()} does.
 *
 * <pre>{@code
 * try (AutoCloseableUpgradeSoftAssertions softly = new AutoCloseableUpgradeSoftAssertions()) {
 *   softly.assertThat(plan).hasHopCount(1);
 *   softly.assertThat(PlanValidator.validate(plan)).isValid();
 * }
 * }</pre>
 */
public class AutoCloseableUpgradeSoftAssertions extends UpgradeSoftAssertions
    implements AutoCloseableSoftAssertionsProvider {

  /** Creates soft assertions with no failure collected yet. */
  public AutoCloseableUpgradeSoftAssertions() {
    super();
  }
}
