package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Set;

/**
 * Plans the upgrade of a Mesos cluster from one release to another: the entry point of the library.
 *
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.plan("0.11.0", "1.11.0");
 * for (UpgradeStep step : plan.steps()) {
 *   System.out.println(step.id() + "  " + step.describe());
 * }
 * }</pre>
 *
 * <p>How a plan is made:
 *
 * <ul>
 *   <li>{@code from} equal to {@code to} gives an empty plan.
 *   <li>Before Mesos 1.0, the plan has one hop per pair of consecutive release lines, each finished
 *       on the whole cluster before the next begins: the upgrade guide describes one minor step at
 *       a time and Mesos supports no wider gap between masters and slaves. An intermediate line is
 *       upgraded to its newest patch release ({@code 0.11.0 -> 0.15.0} goes through {@code 0.12.1},
 *       {@code 0.13.0} and {@code 0.14.2}); the last hop ends on {@code to}. The hop from 0.28 to
 *       1.0 is such a hop too.
 *   <li>From Mesos 1.0 on, Mesos' versioning policy lets a master or agent go from a stable release
 *       (the newest patch release of its line) straight to a later release. So a plan within the
 *       1.x releases first takes the cluster to the stable release of its line if it is not there
 *       yet ({@code 1.2.0 -> 1.2.3}, masters then agents), then makes <em>one</em> hop to {@code
 *       to}, however many lines it crosses ({@code 1.2.3 -> 1.11.0}). That hop still carries
 *       everything the crossed lines ask for: steps several lines share ({@code install-masters},
 *       {@code restart-agents}, ...) are done once, under the id of the last line's hop, with the
 *       notes and flag changes of every crossed line; steps only one line asks for (moving ACLs
 *       before 1.3, accepting {@code TASK_STARTING} before 1.5, removing storage resource providers
 *       before 1.6) keep their own id and place; and every crossed line's "must come before" rules
 *       apply, which the {@link PlanValidator} checks. A plan from a 0.x release goes through the
 *       newest 1.0 release first ({@code 0.28.3 -> 1.0.4 -> 1.11.0}), so no master newer than 1.2.0
 *       ever runs with a slave older than 1.0.
 *   <li>Inside one release line ({@code 0.14.0 -> 0.14.2}) the plan has one hop that installs and
 *       restarts the masters, then the slaves. The upgrade guide has no section for patch releases;
 *       frameworks need no change.
 *   <li>Every plan passes the {@link PlanValidator}: the catalog's hops are validated when the
 *       catalog is built.
 * </ul>
 *
 * <p>One verb, {@code plan}, for every way to plan. The methods are static: without a catalog they
 * plan with the built-in one ({@link UpgradeCatalog#builtIn()}); a custom catalog is their first
 * argument ({@code UpgradePlanner.plan(catalog, "1.11.0", "1.12.0")}). There are no planner
 * instances, because Java forbids a static and an instance method of the same signature in one
 * class, and an instance method of another name would give one operation two verbs; worse, {@code
 * planner.plan(from, to)} on an instance would compile and silently call the static method with the
 * built-in catalog. Every plan carries the catalog that made it ({@link UpgradePlan#catalog()}), so
 * that {@link PlanValidator#validate(UpgradePlan)} checks it against the same catalog.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class UpgradePlanner {
  private UpgradePlanner() {}

  /**
   * Plans the upgrade from {@code from} to {@code to} with the built-in catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public static UpgradePlan plan(MesosVersion from, MesosVersion to) {
    return plan(UpgradeCatalog.builtIn(), from, to);
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
    return plan(UpgradeCatalog.builtIn(), from, to);
  }

  /**
   * Plans the upgrade from {@code from} to {@code to} with the built-in catalog, resolving the
   * guide's conditional steps with {@code profile}; see {@link #plan(UpgradeCatalog, MesosVersion,
   * MesosVersion, ClusterProfile)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   */
  public static UpgradePlan plan(MesosVersion from, MesosVersion to, ClusterProfile profile) {
    return plan(UpgradeCatalog.builtIn(), from, to, profile);
  }

  /**
   * Plans the rest of the upgrade of the cluster in {@code state} to {@code to}, with the built-in
   * catalog, following the guide's text for conditional steps (the plan records no decisions); see
   * {@link #plan(UpgradeCatalog, ClusterState, MesosVersion, ClusterProfile)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if no plan can come from the state; {@link
   *     UnsupportedUpgradeException#reason()} says why
   */
  public static UpgradePlan plan(ClusterState state, MesosVersion to) {
    return plan(UpgradeCatalog.builtIn(), state, to);
  }

  /**
   * Plans the rest of the upgrade of the cluster in {@code state} to {@code to}, with the built-in
   * catalog and the conditional steps {@code profile} decides; see {@link #plan(UpgradeCatalog,
   * ClusterState, MesosVersion, ClusterProfile)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if no plan can come from the state; {@link
   *     UnsupportedUpgradeException#reason()} says why
   */
  public static UpgradePlan plan(ClusterState state, MesosVersion to, ClusterProfile profile) {
    return plan(UpgradeCatalog.builtIn(), state, to, profile);
  }

  /**
   * Plans the upgrade from {@code from} to {@code to} with {@code catalog}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   * @throws InvalidCatalogException if the plan jumps across three or more release lines and that
   *     jump of a catalog built with {@link UpgradeCatalog.Builder#build()} fails its check
   */
  public static UpgradePlan plan(UpgradeCatalog catalog, MesosVersion from, MesosVersion to) {
    HopPlanner planner = checked(catalog).hopPlanner();
    planner.check(from, to);
    return ImmutableUpgradePlan.builder()
        .from(from)
        .to(to)
        .addAllHops(planner.hops(from, to))
        .catalog(catalog)
        .build();
  }

  /**
   * Plans the upgrade from {@code from} to {@code to}, given as text, with {@code catalog}.
   *
   * @throws NullPointerException if an argument is null
   * @throws MalformedVersionException if {@code from} or {@code to} is not of the form {@code
   *     major.minor.patch}
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   * @throws InvalidCatalogException if the plan jumps across three or more release lines and that
   *     jump of a catalog built with {@link UpgradeCatalog.Builder#build()} fails its check
   */
  public static UpgradePlan plan(UpgradeCatalog catalog, String from, String to) {
    UpgradeCatalog checked = checked(catalog);
    requireNonNull(from, "from must not be null");
    requireNonNull(to, "to must not be null");
    return plan(checked, parse(from, "from"), parse(to, "to"));
  }

  /**
   * Plans the upgrade from {@code from} to {@code to} with {@code catalog}, resolving the guide's
   * conditional steps with {@code profile}: each relink, checkpointing and authentication step (or
   * flag) is included or left out, and {@link UpgradePlan#decisions()} says why. With {@link
   * ClusterProfile#unknown()} the steps are those of {@link #plan(UpgradeCatalog, MesosVersion,
   * MesosVersion)}, with the decisions recorded.
   *
   * <pre>{@code
   * ClusterProfile pure = ClusterProfile.builder().frameworksLinkLibmesos(false).build();
   * UpgradePlanner.plan(MesosVersion.parse("0.12.0"), MesosVersion.parse("0.13.0"), pure);
   * // no relink steps; decisions() says they were left out and why
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}, or a version was
   *     never released or is outside the catalog's range
   * @throws InvalidCatalogException if the plan jumps across three or more release lines and that
   *     jump of a catalog built with {@link UpgradeCatalog.Builder#build()} fails its check
   */
  public static UpgradePlan plan(
      UpgradeCatalog catalog, MesosVersion from, MesosVersion to, ClusterProfile profile) {
    HopPlanner planner = checked(catalog).hopPlanner();
    planner.check(from, to);
    requireNonNull(profile, "profile must not be null");
    ProfileResolver.Resolved resolved =
        ProfileResolver.resolve(
            catalog, planner.hops(from, to), profile, from, ClusterState.at(from));
    return ImmutableUpgradePlan.builder()
        .from(from)
        .to(to)
        .addAllHops(resolved.hops())
        .profile(profile)
        .addAllDecisions(resolved.decisions())
        .catalog(catalog)
        .build();
  }

  /**
   * Plans the rest of the upgrade of the cluster in {@code state} to {@code to} with {@code
   * catalog}, following the guide's text for conditional steps (the plan records no decisions); see
   * {@link #plan(UpgradeCatalog, ClusterState, MesosVersion, ClusterProfile)}.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if no plan can come from the state
   * @throws InvalidCatalogException if the plan jumps across three or more release lines and that
   *     jump of a catalog built with {@link UpgradeCatalog.Builder#build()} fails its check
   */
  public static UpgradePlan plan(UpgradeCatalog catalog, ClusterState state, MesosVersion to) {
    return resume(checked(catalog), state, to, ClusterProfile.unknown(), false);
  }

  /**
   * Plans the rest of the upgrade of the cluster in {@code state} to {@code to} with {@code
   * catalog}: the steps of the whole upgrade that the state does not show done, in order, validated
   * by simulating them from the state. A plan cut at any step and resumed from the state that step
   * left gives the same remaining steps; a step done on only some instances (some slaves restarted)
   * is still to do.
   *
   * <pre>{@code
   * ClusterState state = ClusterState.builder()
   *     .addMaster(DaemonState.of(MesosVersion.parse("0.15.0")))
   *     .addSlave(DaemonState.of(MesosVersion.parse("0.14.2")))
   *     .addSlave(DaemonState.of(MesosVersion.parse("0.15.0")))
   *     .build();
   * UpgradePlan rest = UpgradePlanner.plan(state, MesosVersion.parse("0.15.0"));
   * rest.stepsDone();   // the steps the state shows done
   * rest.steps();       // what is left, from the half-done slave restart on
   * }</pre>
   *
   * <p>A 1.x cluster whose masters run one release ahead of some agents (a later patch release of
   * their line, or a release of the next line), as an upgrade that started with the masters leaves
   * it, is on the plan that takes the agents straight to the masters' release, with that hop's
   * framework steps, and then goes on to {@code to}; agents behind on several releases are planned
   * together from the oldest.
   *
   * <p>The state is refused with a typed reason when no plan can come from it: releases that were
   * never made or are outside the catalog, a target older than what runs ({@code DOWNGRADE}),
   * masters and slaves too far apart ({@code VERSION_SKEW}), flags a running release does not
   * accept, authentication enforced while a scheduler has no credential ({@code
   * FRAMEWORKS_LOCKED_OUT}) and the other conditions the validator reports, or a state no plan
   * passes through ({@code STATE_NOT_ON_PLAN}). Executors and schedulers left out of the state are
   * not known: every framework step the daemons do not prove done stays in the plan. Likewise a
   * step that leaves nothing in the state to show it done (a module rebuild, a reconfiguration such
   * as moving ACLs, a restart of schedulers on pure-language bindings) stays in the plan when the
   * state is where it would be done; doing it again is safe.
   *
   * @throws NullPointerException if an argument is null
   * @throws UnsupportedUpgradeException if no plan can come from the state; {@link
   *     UnsupportedUpgradeException#reason()} says why and the message names the components and
   *     releases involved
   * @throws InvalidCatalogException if the plan jumps across three or more release lines and that
   *     jump of a catalog built with {@link UpgradeCatalog.Builder#build()} fails its check
   */
  public static UpgradePlan plan(
      UpgradeCatalog catalog, ClusterState state, MesosVersion to, ClusterProfile profile) {
    return resume(checked(catalog), state, to, profile, true);
  }

  private static UpgradeCatalog checked(UpgradeCatalog catalog) {
    return requireNonNull(catalog, "catalog must not be null");
  }

  private static UpgradePlan resume(
      UpgradeCatalog catalog,
      ClusterState state,
      MesosVersion to,
      ClusterProfile profile,
      boolean recordDecisions) {
    Resume.Point point = Resume.locate(catalog, state, to, profile);
    ImmutableList<UpgradeStep> remaining = point.remaining();
    ValidationReport report = PlanChecker.check(catalog, point, to, remaining);
    if (!report.isValid()) {
      Violation first = report.violations().get(0);
      throw StateChecks.refusal(
          state,
          state.oldestDaemonRelease(),
          to,
          reasonOf(first.code()),
          planFailsMessage(to, first));
    }
    ImmutableList.Builder<UpgradeHop> hops = ImmutableList.builder();
    int index = 0;
    for (UpgradeHop hop : point.resolved().hops()) {
      ImmutableList.Builder<UpgradeStep> left = ImmutableList.builder();
      for (UpgradeStep step : hop.steps()) {
        if (index++ >= point.position()) {
          left.add(step);
        }
      }
      ImmutableList<UpgradeStep> steps = left.build();
      if (!steps.isEmpty()) {
        hops.add(hop.withSteps(steps));
      }
    }
    Set<String> ids = new HashSet<>();
    remaining.forEach(step -> ids.add(step.id()));
    return ImmutableUpgradePlan.builder()
        .from(point.base())
        .to(to)
        .addAllHops(hops.build())
        .profile(profile)
        .addAllDecisions(
            point.resolved().decisions().stream()
                .filter(decision -> recordDecisions && ids.contains(decision.stepId()))
                .toList())
        .startState(state)
        .addAllStepsDone(point.done())
        .catalog(catalog)
        .build();
  }

  private static UnsupportedUpgradeException.Reason reasonOf(ViolationCode code) {
    return switch (code) {
      case FRAMEWORKS_LOCKED_OUT -> UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT;
      case CREDENTIAL_REFUSED -> UnsupportedUpgradeException.Reason.CREDENTIAL_REFUSED;
      case CHECKPOINT_BEFORE_SLAVES -> UnsupportedUpgradeException.Reason.CHECKPOINT_BEFORE_SLAVES;
      case FRAMEWORK_API_MISSING -> UnsupportedUpgradeException.Reason.FRAMEWORK_API_MISSING;
      case AUTHENTICATION_WITHOUT_CREDENTIALS ->
          UnsupportedUpgradeException.Reason.AUTHENTICATION_WITHOUT_CREDENTIALS;
      case VERSION_SKEW, SLAVES_IGNORED -> UnsupportedUpgradeException.Reason.VERSION_SKEW;
      case FLAG_UNKNOWN, FLAG_NOT_ACCEPTED -> UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED;
      default -> UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN;
    };
  }

  private static MesosVersion parse(String text, String name) {
    return MesosVersion.tryParse(text).orElseThrow(() -> new MalformedVersionException(name, text));
  }

  /** The refusal of a state from which the remaining steps fail; the violation is whole. */
  static String planFailsMessage(MesosVersion to, Violation first) {
    return String.format(
        "cannot plan from this state to %s: the remaining steps fail validation from it: %s",
        to, first.message());
  }
}
