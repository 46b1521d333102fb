package io.github.mesosupgrade;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ordered, validated upgrade of a Mesos cluster from one release to another: the {@linkplain
 * #hops() hops} between consecutive release lines and, flattened, their {@linkplain #steps()
 * steps}.
 *
 * <pre>{@code
 * UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
 * plan.hops().size();   // 4
 * System.out.println(plan.describe());
 * }</pre>
 */
@Value.Immutable
public abstract class UpgradePlan {
  UpgradePlan() {}

  /**
   * Returns the plan from {@code from} to {@code to} made of {@code hops}, checked against {@code
   * catalog} by {@link PlanValidator#validate(UpgradePlan)}: for tools that read a plan back (from
   * JSON, say) to validate it. Plans are normally made by {@link UpgradePlanner}.
   *
   * <p>The structure is checked here: {@code from} is not after {@code to}, the first hop starts at
   * {@code from}, each hop starts where the one before ends, and the last ends at {@code to}. The
   * plan's {@linkplain #steps() steps} are the hops' steps, in order.
   *
   * @param from the release the cluster runs before the upgrade
   * @param to the release every component runs after it
   * @param hops the hops, in order; empty exactly when {@code from} equals {@code to}
   * @param catalog the catalog to validate the plan against
   * @return the plan, with an {@linkplain ClusterProfile#unknown() unknown} profile
   * @throws NullPointerException if an argument or a hop is null
   * @throws UnsupportedUpgradeException if {@code to} is older than {@code from}
   * @throws IllegalArgumentException if the hops do not chain from {@code from} to {@code to},
   *     naming the hop
   */
  public static UpgradePlan of(
      MesosVersion from, MesosVersion to, List<UpgradeHop> hops, UpgradeCatalog catalog) {
    requireNonNull(from, "from must not be null");
    requireNonNull(to, "to must not be null");
    requireNonNull(hops, "hops must not be null");
    requireNonNull(catalog, "catalog must not be null");
    if (to.isBefore(from)) {
      throw new UnsupportedUpgradeException(
          from, to, UnsupportedUpgradeException.Reason.DOWNGRADE, downgradeMessage(from, to));
    }
    MesosVersion end = from;
    for (int i = 0; i < hops.size(); i++) {
      UpgradeHop hop = requireNonNull(hops.get(i), "hops must not contain null");
      checkArgument(hop.from().equals(end), hopGapMessage(i, hop, end));
      end = hop.to();
    }
    checkArgument(end.equals(to), hopsEndMessage(from, to, end, hops.isEmpty()));
    return ImmutableUpgradePlan.builder()
        .from(from)
        .to(to)
        .addAllHops(hops)
        .catalog(catalog)
        .build();
  }

  static String hopGapMessage(int index, UpgradeHop hop, MesosVersion end) {
    return index == 0
        ? String.format(
            "hop 1 goes from %s to %s, but the plan starts at %s: start the first hop at %s",
            hop.from(), hop.to(), end, end)
        : String.format(
            "hop %d goes from %s to %s, but hop %d ends at %s: start each hop where the one before"
                + " ends",
            index + 1, hop.from(), hop.to(), index, end);
  }

  static String hopsEndMessage(MesosVersion from, MesosVersion to, MesosVersion end, boolean none) {
    return none
        ? String.format(
            "a plan from %s to %s needs hops from %s to %s, but has none: give the hops, or the"
                + " same release as from and to",
            from, to, from, to)
        : String.format(
            "the last hop ends at %s, but the plan goes to %s: end the last hop at %s",
            end, to, to);
  }

  /** Returns the release the cluster runs before the upgrade. */
  public abstract MesosVersion from();

  /** Returns the release every component runs after the upgrade. */
  public abstract MesosVersion to();

  /**
   * Returns the hops in order; empty when {@link #from()} equals {@link #to()} or, for a plan from
   * a {@link ClusterState}, when nothing is left to do. The first hop of a resumed plan holds only
   * the steps still to do.
   */
  public abstract ImmutableList<UpgradeHop> hops();

  /**
   * Returns the catalog that made this plan; the built-in one unless the plan came from {@link
   * UpgradePlanner#plan(UpgradeCatalog, MesosVersion, MesosVersion)} or one of its siblings with a
   * custom catalog, or {@link #of} was given one. {@link PlanValidator#validate(UpgradePlan)}
   * checks the plan against it.
   *
   * <p>The catalog takes no part in {@link #equals(Object)} and {@link #hashCode()}: two plans are
   * equal when they ask for the same work (releases, hops, steps, profile, decisions, start state,
   * steps done). Catalogs compare by identity, so a plan read back from JSON against a catalog
   * built again from the same file would otherwise never equal the plan that was written.
   */
  @Value.Default
  @Value.Auxiliary
  public UpgradeCatalog catalog() {
    return UpgradeCatalog.builtIn();
  }

  /** Returns the facts the plan was made with; {@link ClusterProfile#unknown()} if none. */
  @Value.Default
  public ClusterProfile profile() {
    return ClusterProfile.unknown();
  }

  /**
   * Returns how the {@link #profile()} resolved each conditional part of the plan's steps, in step
   * order: a relink, checkpointing or authentication step, or one of their flags, included or left
   * out, and why.
   */
  public abstract ImmutableList<StepDecision> decisions();

  /**
   * Returns the observed state this plan resumes from; empty for a plan from a release. {@link
   * #from()} is then the release the whole upgrade started from.
   */
  public abstract Optional<ClusterState> startState();

  /** Returns the steps of the whole upgrade that the start state shows done, in order. */
  public abstract ImmutableList<UpgradeStep> stepsDone();

  /** Returns the steps of all hops, hop after hop, in the order to do them. */
  @Value.Derived
  public ImmutableList<UpgradeStep> steps() {
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (UpgradeHop hop : hops()) {
      steps.addAll(hop.steps());
    }
    return steps.build();
  }

  /** Returns whether there is nothing to do: {@link #from()} equals {@link #to()}. */
  public boolean isEmpty() {
    return hops().isEmpty();
  }

  /** Returns the flags removed by any release of the plan, hop after hop. */
  public ImmutableList<MesosFlag> removedFlags() {
    ImmutableList.Builder<MesosFlag> flags = ImmutableList.builder();
    for (UpgradeHop hop : hops()) {
      flags.addAll(hop.removedFlags());
    }
    return flags.build();
  }

  /** Returns the HTTP paths removed by any release of the plan, hop after hop. */
  public ImmutableList<Endpoint> removedEndpoints() {
    ImmutableList.Builder<Endpoint> endpoints = ImmutableList.builder();
    for (UpgradeHop hop : hops()) {
      endpoints.addAll(hop.removedEndpoints());
    }
    return endpoints.build();
  }

  /**
   * Returns a numbered listing a person can follow: a heading per hop, one line per step with its
   * id, the step's notes under it, and what the hop removes.
   */
  public String describe() {
    return PlanText.describe(this);
  }

  @Value.Check
  void check() {
    if (to().isBefore(from())) {
      throw new IllegalArgumentException(downgradeMessage(from(), to()));
    }
  }

  /** Returns {@code UpgradePlan 0.11.0 -> 0.15.0 (4 hops, 31 steps)}. */
  @Override
  public String toString() {
    return "UpgradePlan "
        + from()
        + " -> "
        + to()
        + " ("
        + hops().size()
        + " hops, "
        + steps().size()
        + " steps)";
  }

  /** The message refusing to plan (or hold) the downgrade from {@code from} to {@code to}. */
  static String downgradeMessage(MesosVersion from, MesosVersion to) {
    return String.format(
        "cannot plan from %s to %s: that is a downgrade; plans only go forward, so choose a target"
            + " of %s or later",
        from, to, from);
  }
}
