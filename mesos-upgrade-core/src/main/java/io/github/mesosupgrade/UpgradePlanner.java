package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

/**
 * Plans the upgrade of a Mesos cluster from one release to another: the entry point of the library.
 *
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
 * for (UpgradeStep step : plan.steps()) {
 *   System.out.println(step.id() + "  " + step.describe());
 * }
 * }</pre>
 *
 * <p>How a plan is made:
 *
 * <ul>
 *   <li>{@code from} equal to {@code to} gives an empty plan.
 *   <li>Between release lines, the plan has one hop per pair of consecutive lines, each finished on
 *       the whole cluster before the next begins. An intermediate line is upgraded to its newest
 *       patch release ({@code 0.11.0 -> 0.15.0} goes through {@code 0.12.1}, {@code 0.13.0} and
 *       {@code 0.14.2}); the last hop ends on {@code to}.
 *   <li>Inside one release line ({@code 0.14.0 -> 0.14.2}) the plan has one hop that installs and
 *       restarts the masters, then the slaves. The upgrade guide has no section for patch releases;
 *       frameworks need no change.
 *   <li>Every plan passes the {@link PlanValidator}: the catalog's hops are validated when the
 *       catalog is built.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UpgradePlanner {
  private final UpgradeCatalog catalog;

  private UpgradePlanner(UpgradeCatalog catalog) {
    this.catalog = catalog;
  }

  /** Returns a planner over the built-in catalog. */
  public static UpgradePlanner builtIn() {
    return BuiltIn.PLANNER;
  }

  /** Returns a planner over {@code catalog}. */
  public static UpgradePlanner forCatalog(UpgradeCatalog catalog) {
    return new UpgradePlanner(requireNonNull(catalog, "catalog must not be null"));
  }

  /**
   * Plans the upgrade from {@code from} to {@code to} with the built-in catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public static UpgradePlan plan(MesosVersion from, MesosVersion to) {
    return builtIn().createPlan(from, to);
  }

  /**
   * Plans the upgrade from {@code from} to {@code to}, given as text such as {@code 0.11.0}, with
   * the built-in catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws MalformedVersionException if an argument is not of the form {@code major.minor.patch}
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public static UpgradePlan plan(String from, String to) {
    return builtIn().createPlan(from, to);
  }

  /**
   * Plans the upgrade from {@code from} to {@code to} with this planner's catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public UpgradePlan createPlan(MesosVersion from, MesosVersion to) {
    HopPlanner planner = catalog.hopPlanner();
    planner.check(from, to);
    return ImmutableUpgradePlan.builder()
        .from(from)
        .to(to)
        .addAllHops(planner.hops(from, to))
        .build();
  }

  /**
   * Plans the upgrade from {@code from} to {@code to}, given as text, with this planner's catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws MalformedVersionException if an argument is not of the form {@code major.minor.patch}
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public UpgradePlan createPlan(String from, String to) {
    return createPlan(parse(from, "from"), parse(to, "to"));
  }

  private static MesosVersion parse(String text, String name) {
    requireNonNull(text, name + " must not be null");
    return MesosVersion.tryParse(text).orElseThrow(() -> new MalformedVersionException(name, text));
  }

  /** Returns the catalog this planner plans with. */
  public UpgradeCatalog catalog() {
    return catalog;
  }

  /** Returns a validator over the same catalog. */
  public PlanValidator validator() {
    return PlanValidator.forCatalog(catalog);
  }

  private static final class BuiltIn {
    static final UpgradePlanner PLANNER = new UpgradePlanner(UpgradeCatalog.builtIn());

    private BuiltIn() {}
  }
}
