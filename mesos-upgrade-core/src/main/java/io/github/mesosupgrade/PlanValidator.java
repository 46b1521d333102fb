package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Checks a sequence of upgrade steps, the library's own, one a user reordered, or a runbook written
 * by hand, and reports every problem as a {@link Violation} with a stable {@link ViolationCode}.
 *
 * <p>It checks the structure (unknown, repeated or missing steps; hops finished before the next
 * begins; each hop's "must come before" rules, for a jump across 1.x lines those of every line
 * crossed) and then simulates the cluster step by step: a daemon restarts only onto an installed
 * release; it is started only with flags its release accepts (a deprecated name such as {@code
 * authenticate} for {@code authenticate_frameworks} is the same setting) and with every flag it
 * requires ({@code --work_dir}); authentication is enforced only when the masters have credentials
 * and every scheduler authenticates; schedulers authenticate only once masters can check them;
 * frameworks checkpoint only once slaves do; masters and slaves never run releases Mesos does not
 * support side by side (before 1.0 no more than one release line apart, and no master of 1.2.1 or
 * later with a slave older than 1.0.0, which it ignores); schedulers link libmesos 0.23.0 or later
 * once masters run 0.24; and at the end every master and slave runs the target release.
 *
 * <pre>{@code
 * List<UpgradeStep> steps = new ArrayList<>(plan.steps());
 * Collections.swap(steps, 0, 1);
 * PlanValidator.validate(plan.from(), plan.to(), steps).isValid();   // false
 * }</pre>
 *
 * <p>Steps are recognised by what they do, so a runbook with its own ids and sources is checked by
 * the same rules. A step whose id is a library step id of the upgrade is that step; any other step
 * is matched to an unmatched library step of the same component, action, release and framework
 * change that sets and removes the same flags (their values may differ). Among library steps that
 * do the same thing, a step whose id ends in the same words (after the slash) as one of them means
 * that one; otherwise they are matched in order of occurrence and, when the runbook has fewer, to
 * those that break the fewest rules. One runbook step does one library step's work (install and
 * restart are two steps); a step that does what no unmatched library step does is {@link
 * ViolationCode#UNKNOWN_STEP}. Messages name a runbook's own ids with their positions (counting
 * from 1) and the library step each does.
 *
 * <p>Executors and schedulers are not required to end on the target release: relinking is needed
 * only by frameworks that link the Mesos native library ({@link Necessity#IF_NECESSARY}). A
 * framework change that needs a newer library than the one linked is reported.
 *
 * <p>One verb, {@code validate}, for every way to check. The methods are static: without a catalog
 * they check against the built-in one ({@link UpgradeCatalog#builtIn()}); a custom catalog is their
 * first argument; a whole {@link UpgradePlan} is checked against the catalog that made it ({@link
 * UpgradePlan#catalog()}). There are no validator instances, for the reason {@link UpgradePlanner}
 * gives: an instance method {@code validate(from, to, steps)} cannot sit beside the static one, and
 * calling the static one on an instance would silently check against the built-in catalog.
 */
public final class PlanValidator {
  private PlanValidator() {}

  /**
   * Checks {@code steps} as an upgrade from {@code from} to {@code to}, against the built-in
   * catalog.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if the built-in catalog cannot plan {@code from -> to}
   */
  public static ValidationReport validate(
      MesosVersion from, MesosVersion to, List<UpgradeStep> steps) {
    return validate(UpgradeCatalog.builtIn(), from, to, steps);
  }

  /**
   * Checks {@code steps} as an upgrade from {@code from} to {@code to}, against the built-in
   * catalog, with the conditional steps {@code profile} decides; see {@link
   * #validate(UpgradeCatalog, MesosVersion, MesosVersion, List, ClusterProfile)}.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if the built-in catalog cannot plan {@code from -> to}
   */
  public static ValidationReport validate(
      MesosVersion from, MesosVersion to, List<UpgradeStep> steps, ClusterProfile profile) {
    return validate(UpgradeCatalog.builtIn(), from, to, steps, profile);
  }

  /**
   * Checks {@code steps} as the rest of the upgrade of the cluster in {@code state} to {@code to},
   * against the built-in catalog: the simulation starts from the state, and a step the state shows
   * done is reported as {@link ViolationCode#STEP_ALREADY_DONE}.
   *
   * <pre>{@code
   * UpgradePlan rest = UpgradePlanner.plan(state, to);
   * PlanValidator.validate(state, to, rest.steps()).isValid();   // true
   * }</pre>
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if no plan can come from the state
   */
  public static ValidationReport validate(
      ClusterState state, MesosVersion to, List<UpgradeStep> steps) {
    return validate(UpgradeCatalog.builtIn(), state, to, steps, ClusterProfile.unknown());
  }

  /**
   * Checks {@code steps} as the rest of the upgrade of the cluster in {@code state} to {@code to},
   * against the built-in catalog, with the conditional steps {@code profile} decides.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if no plan can come from the state
   */
  public static ValidationReport validate(
      ClusterState state, MesosVersion to, List<UpgradeStep> steps, ClusterProfile profile) {
    return validate(UpgradeCatalog.builtIn(), state, to, steps, profile);
  }

  /**
   * Checks the steps of {@code plan} against the catalog that made it ({@link
   * UpgradePlan#catalog()}), with the plan's profile, and from its start state when it resumes from
   * one.
   *
   * @throws NullPointerException if {@code plan} is null
   * @throws UnsupportedUpgradeException if the plan's catalog cannot plan the plan's releases
   */
  public static ValidationReport validate(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    if (plan.startState().isPresent()) {
      return validate(
          plan.catalog(), plan.startState().get(), plan.to(), plan.steps(), plan.profile());
    }
    return validate(plan.catalog(), plan.from(), plan.to(), plan.steps(), plan.profile());
  }

  /**
   * Checks {@code steps} as an upgrade from {@code from} to {@code to}, against {@code catalog}.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if the catalog cannot plan {@code from -> to}
   */
  public static ValidationReport validate(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to, List<UpgradeStep> steps) {
    return PlanChecker.check(checked(catalog), from, to, steps);
  }

  /**
   * Checks {@code steps} as an upgrade from {@code from} to {@code to}, against {@code catalog},
   * with the conditional steps {@code profile} decides: a step the profile leaves out is not
   * missing, and one it includes because a fact says so is required.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if the catalog cannot plan {@code from -> to}
   */
  public static ValidationReport validate(
      UpgradeCatalog catalog,
      MesosVersion from,
      MesosVersion to,
      List<UpgradeStep> steps,
      ClusterProfile profile) {
    return PlanChecker.check(checked(catalog), from, to, steps, profile);
  }

  /**
   * Checks {@code steps} as the rest of the upgrade of the cluster in {@code state} to {@code to},
   * against {@code catalog}; see {@link #validate(ClusterState, MesosVersion, List)}.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if no plan can come from the state
   */
  public static ValidationReport validate(
      UpgradeCatalog catalog, ClusterState state, MesosVersion to, List<UpgradeStep> steps) {
    return validate(catalog, state, to, steps, ClusterProfile.unknown());
  }

  /**
   * Checks {@code steps} as the rest of the upgrade of the cluster in {@code state} to {@code to},
   * against {@code catalog}, with the conditional steps {@code profile} decides.
   *
   * @throws NullPointerException if an argument or a step is null
   * @throws UnsupportedUpgradeException if no plan can come from the state
   */
  public static ValidationReport validate(
      UpgradeCatalog catalog,
      ClusterState state,
      MesosVersion to,
      List<UpgradeStep> steps,
      ClusterProfile profile) {
    return PlanChecker.check(checked(catalog), state, to, steps, profile);
  }

  private static UpgradeCatalog checked(UpgradeCatalog catalog) {
    return requireNonNull(catalog, "catalog must not be null");
  }
}
