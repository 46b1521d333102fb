package io.github.mesosupgrade;

/** How binding an {@link UpgradeStep} is, in the upgrade guide's own words. */
public enum Necessity {
  /** The step must be done. */
  REQUIRED,
  /**
   * The guide says "if necessary": for example relinking is needed only by frameworks that link the
   * Mesos native library and jar, not by those that use pure-language bindings.
   */
  IF_NECESSARY,
  /** The guide recommends the step, for example setting {@code FrameworkInfo.checkpoint}. */
  RECOMMENDED
}
