package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Finds where an observed {@link ClusterState} stands in the upgrade to a target: which plan it is
 * on, how many of its steps are done, and the state the remaining steps start from.
 *
 * <p>The plan is simulated step by step with the {@link ClusterModel}; the observed state is
 * compared with each simulated state, group by group and on what it knows. Step {@code k} is the
 * first step the observation does not prove done; the observation must then agree with the state
 * before step {@code k}, or be part way through it (some instances done). Candidate plans start
 * from the oldest release a daemon runs, or from a release of the line before (an observation at
 * the end of a hop may still lack that hop's framework steps); the oldest candidate that fits wins,
 * compared first strictly (every known fact equal), then with the allowances below. When none fits
 * and a 1.x cluster's masters run one release ahead of some agents (of the agents' line or the
 * next), the plan that took the masters straight from the oldest agents' release to theirs, then on
 * to the target, is tried last: a plan from the agents' release would have gone through the stable
 * release of their line first.
 *
 * <p>Known facts are compared exactly, with two allowances: frameworks may link an older library
 * than the plan assumes until the plan relinks them, and a flag the plan sets later may already be
 * set (or set otherwise) before it does.
 */
final class Resume {
  private Resume() {}

  /** Where an observed state stands: the plan it is on, and its first step not done. */
  record Point(
      MesosVersion base,
      ImmutableList<HopPlanner.PlannedHop> planned,
      ProfileResolver.Resolved resolved,
      int position,
      ClusterState start) {
    ImmutableList<UpgradeStep> done() {
      return resolved.steps().subList(0, position);
    }

    ImmutableList<UpgradeStep> remaining() {
      ImmutableList<UpgradeStep> steps = resolved.steps();
      return steps.subList(position, steps.size());
    }

    ImmutableSet<String> doneIds() {
      ImmutableSet.Builder<String> ids = ImmutableSet.builder();
      done().forEach(step -> ids.add(step.id()));
      return ids.build();
    }
  }

  /**
   * Locates {@code observed} on the upgrade to {@code to}.
   *
   * @throws UnsupportedUpgradeException if the state is refused or no plan passes through it
   */
  static Point locate(
      UpgradeCatalog catalog, ClusterState observed, MesosVersion to, ClusterProfile profile) {
    requireNonNull(observed, "state must not be null");
    requireNonNull(to, "to must not be null");
    requireNonNull(profile, "profile must not be null");
    StateChecks.check(catalog, observed, to, profile);
    @Nullable Attempt best = null;
    for (MesosVersion base : candidates(catalog, observed, to)) {
      Attempt attempt =
          new Attempt(catalog, observed, profile, base, catalog.hopPlanner().planned(base, to));
      if (attempt.scan(true) || attempt.scan(false)) {
        return attempt.point();
      }
      if (best == null || attempt.fewest <= best.fewest) {
        best = attempt;
      }
    }
    Optional<MesosVersion> via = mastersAhead(catalog, observed, to);
    if (via.isPresent()) {
      MesosVersion base = observed.oldestDaemonRelease();
      Attempt attempt =
          new Attempt(
              catalog,
              agentsBehindAt(observed, via.get(), base),
              profile,
              base,
              catalog.hopPlanner().plannedVia(base, via.get(), to));
      if (attempt.scan(true) || attempt.scan(false)) {
        return attempt.point();
      }
    }
    throw notOnPlan(observed, to, requireNonNull(best));
  }

  /**
   * Returns {@code observed} with every agent group that has not installed {@code via} yet taken as
   * running {@code base}: agents behind the masters on several releases (some on 1.4.0, some
   * already on 1.4.3, under masters on 1.5.0) all have the same steps left, the install of the
   * masters' release and the restart on it, which the plan from {@code base} gives them.
   */
  private static ClusterState agentsBehindAt(
      ClusterState observed, MesosVersion via, MesosVersion base) {
    ClusterState.Builder state =
        ClusterState.builder()
            .addAllMasters(observed.daemons(Component.MASTER))
            .addAllExecutors(observed.frameworks(Component.EXECUTOR))
            .addAllSchedulers(observed.frameworks(Component.SCHEDULER));
    for (DaemonState agent : observed.daemons(Component.SLAVE)) {
      state.addSlave(
          agent.installed().isBefore(via) ? agent.withRunning(base).withInstalled(base) : agent);
    }
    return state.build();
  }

  /**
   * Returns the release the masters run when they are ahead of some agents the way a 1.x upgrade
   * leaves them: every master runs (and has installed) that one release, no daemon runs a later
   * one, and the agents behind run a release of the same line or of the line before, which a master
   * supports from Mesos 1.0 on ({@code docs/upgrades.md} and {@code docs/versioning.md} at 1.0.0:
   * masters first, then agents). The plans from the agents' release then go through the stable
   * release of their line first, which these masters skipped; the cluster is on the plan that
   * upgrades the agents straight to the masters' release and goes on from there.
   */
  private static Optional<MesosVersion> mastersAhead(
      UpgradeCatalog catalog, ClusterState observed, MesosVersion to) {
    Set<MesosVersion> masters = new HashSet<>();
    for (DaemonState master : observed.daemons(Component.MASTER)) {
      masters.add(master.running());
      masters.add(master.installed());
    }
    if (masters.size() != 1) {
      return Optional.empty();
    }
    MesosVersion via = masters.iterator().next();
    MesosVersion oldest = observed.oldestDaemonRelease();
    for (DaemonState agent : observed.daemons(Component.SLAVE)) {
      if (via.isBefore(agent.installed())) {
        return Optional.empty();
      }
    }
    int viaLine = catalog.lineIndex(via.releaseLine());
    int oldestLine = catalog.lineIndex(oldest.releaseLine());
    boolean oneLineApart = viaLine - oldestLine <= 1;
    return oldest.isBefore(via)
            && !to.isBefore(via)
            && oneLineApart
            && oldest.releaseLine().compareTo(HopPlanner.DIRECT_UPGRADES_FROM) >= 0
        ? Optional.of(via)
        : Optional.empty();
  }

  private static List<MesosVersion> candidates(
      UpgradeCatalog catalog, ClusterState observed, MesosVersion to) {
    MesosVersion oldest = observed.oldestDaemonRelease();
    int line = catalog.lineIndex(oldest.releaseLine());
    List<MesosVersion> bases = new ArrayList<>();
    if (line > 0) {
      bases.addAll(catalog.releasesOf(catalog.releaseLines().get(line - 1)));
    }
    for (MesosVersion release : catalog.releasesOf(oldest.releaseLine())) {
      if (!oldest.isBefore(release)) {
        bases.add(release);
      }
    }
    bases.removeIf(base -> !catalog.supportedReleases().contains(base) || to.isBefore(base));
    return bases;
  }

  private static UnsupportedUpgradeException notOnPlan(
      ClusterState observed, MesosVersion to, Attempt best) {
    Optional<String> lastDone =
        best.reached == 0
            ? Optional.empty()
            : Optional.of(best.resolved.steps().get(best.reached - 1).id());

    String expected =
        best.mismatch.isDaemon()
            ? best.sims.get(best.reached).daemons(best.mismatch).iterator().next().toString()
            : best.sims.get(best.reached).frameworks(best.mismatch).iterator().next().toString();
    Set<?> groups =
        best.mismatch.isDaemon()
            ? observed.daemons(best.mismatch)
            : observed.frameworks(best.mismatch);
    return StateChecks.refusal(
        observed,
        observed.oldestDaemonRelease(),
        to,
        UnsupportedUpgradeException.Reason.STATE_NOT_ON_PLAN,
        notOnPlanMessage(to, best.base, lastDone, best.mismatch, expected, groups.toString()));
  }

  /** What the comparison sees of a daemon group. */
  private record GroupKey(
      MesosVersion installed,
      MesosVersion running,
      Optional<Boolean> startedBeforeSchedulers,
      Map<String, String> flags) {}

  /** One candidate plan, simulated and compared with the observation. */
  private static final class Attempt {
    final ClusterState observed;
    final MesosVersion base;
    final ImmutableList<HopPlanner.PlannedHop> planned;
    final ProfileResolver.Resolved resolved;
    final List<ClusterState> sims = new ArrayList<>();
    final Map<Component, Map<String, Set<String>>> planFlags = new EnumMap<>(Component.class);
    final Set<Component> relinked = new HashSet<>();
    int position = -1;
    boolean strict;
    int reached;
    int fewest = Integer.MAX_VALUE;
    int windowEnd;
    Component mismatch = Component.MASTER;
    final Map<Component, Set<DaemonState>> daemonGroups = new EnumMap<>(Component.class);

    Attempt(
        UpgradeCatalog catalog,
        ClusterState observed,
        ClusterProfile profile,
        MesosVersion base,
        ImmutableList<HopPlanner.PlannedHop> planned) {
      this.observed = observed;
      this.base = base;
      this.planned = planned;
      List<UpgradeHop> hops = new ArrayList<>();
      planned.forEach(hop -> hops.add(hop.hop()));
      this.resolved = ProfileResolver.resolve(catalog, hops, profile, base, observed);
      ClusterModel model = new ClusterModel(catalog, base, resolved.nativeFrameworks());
      sims.add(model.snapshot());
      for (UpgradeStep step : resolved.steps()) {
        // The simulation only needs the states; the validator reports the violations.
        var unused = model.apply(step);
        sims.add(model.snapshot());
        if (step.action() == StepAction.RELINK) {
          relinked.add(step.component());
        }
        for (FlagChange change : step.flagChanges()) {
          if (!change.isRemoval()) {
            planFlags
                .computeIfAbsent(step.component(), c -> new HashMap<>())
                .computeIfAbsent(change.name(), n -> new HashSet<>())
                .add(change.value());
          }
        }
      }
      for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
        daemonGroups.put(daemon, distinctDaemons(daemon));
      }
    }

    /**
     * Looks for the first step the observation does not show done, comparing {@code strictly}
     * (every known fact equal) or with the allowances (older libraries, changes and flags made
     * early); returns whether it found one.
     */
    boolean scan(boolean strictly) {
      this.strict = strictly;
      int steps = resolved.steps().size();
      fewest = Integer.MAX_VALUE;
      for (int k = 0; k <= steps; k++) {
        List<Component> misfits = new ArrayList<>();
        if (isAt(k, misfits)) {
          position = k;
          return true;
        }
        if (!misfits.isEmpty() && misfits.size() < fewest) {
          fewest = misfits.size();
          reached = k;
          mismatch = misfits.get(0);
        }
      }
      return false;
    }

    /**
     * Returns whether step {@code k} is the first step the observation does not show done on every
     * instance. The instances of the step's component may be anywhere along the run of consecutive
     * steps on that component that starts at {@code k} (a rolling install and restart); the other
     * components must then agree with the simulated state the furthest instance is in.
     */
    private boolean isAt(int k, List<Component> misfits) {
      List<UpgradeStep> steps = resolved.steps();
      if (k == steps.size()) {
        for (Component component : Component.values()) {
          if (!allMatch(component, sims.get(k))) {
            misfits.add(component);
          }
        }
        return misfits.isEmpty();
      }
      Component main = steps.get(k).component();
      int end = k + 1;
      while (end < steps.size() && steps.get(end).component() == main) {
        end++;
      }
      int furthest = k;
      if (observed.isKnown(main)) {
        int least = Integer.MAX_VALUE;
        for (Object group : groups(main)) {
          int along = along(main, group, k, end);
          if (along < 0) {
            misfits.add(main);
            return false;
          }
          least = Math.min(least, along);
          furthest = Math.max(furthest, along);
        }
        if (least > k) {
          return false;
        }
      }
      windowEnd = end;
      for (Component component : Component.values()) {
        if (component != main && !allMatch(component, sims.get(furthest))) {
          misfits.add(component);
        }
      }
      return misfits.isEmpty();
    }

    /**
     * Returns how far along the steps {@code k} to {@code end - 1} {@code group} is: the index of
     * the latest simulated state it is in whose step it shows the effect of (a step leaves a trace,
     * so the steps before it are done too), else the first it is in; -1 if it is in none.
     */
    private int along(Component component, Object group, int k, int end) {
      int first = -1;
      int shown = -1;
      for (int j = k; j <= end; j++) {
        if (!matches(component, group, sims.get(j))) {
          continue;
        }
        if (first < 0) {
          first = j;
        } else if (shows(component, group, sims.get(j - 1), sims.get(j))) {
          shown = j;
        }
      }
      return shown >= 0 ? shown : first;
    }

    private boolean allMatch(Component component, ClusterState sim) {
      for (Object group : groups(component)) {
        if (!matches(component, group, sim)) {
          return false;
        }
      }
      return true;
    }

    private Set<?> groups(Component component) {
      return component.isDaemon()
          ? requireNonNull(daemonGroups.get(component))
          : observed.frameworks(component);
    }

    /**
     * Returns the observed groups of {@code component} as the comparison sees them: releases, start
     * order and the flags the plan sets, each such group once however many observed groups share
     * it, so that the scan costs the number of different groups rather than of all of them.
     */
    private Set<DaemonState> distinctDaemons(Component component) {
      Set<String> names = planFlags.getOrDefault(component, Map.of()).keySet();
      Set<DaemonState> distinct = new LinkedHashSet<>();
      Set<GroupKey> seen = new HashSet<>();
      for (DaemonState group : observed.daemons(component)) {
        Map<String, String> flags = Map.of();
        for (Map.Entry<String, String> flag : group.flags().entrySet()) {
          if (names.contains(flag.getKey())) {
            if (flags.isEmpty()) {
              flags = new LinkedHashMap<>();
            }
            flags.put(flag.getKey(), flag.getValue());
          }
        }
        if (seen.add(
            new GroupKey(
                group.installed(), group.running(), group.startedBeforeSchedulers(), flags))) {
          distinct.add(
              flags.size() == group.flags().size()
                  ? group
                  : ImmutableDaemonState.copyOf(group).withFlags(flags));
        }
      }
      return distinct;
    }

    private boolean matches(Component component, Object group, ClusterState sim) {
      if (component.isDaemon()) {
        DaemonState g = (DaemonState) group;
        DaemonState d = only(sim.daemons(component));
        if (!g.installed().equals(d.installed()) || !g.running().equals(d.running())) {
          return false;
        }
        if (g.startedBeforeSchedulers().isPresent()
            && !g.startedBeforeSchedulers().equals(d.startedBeforeSchedulers())) {
          return false;
        }
        for (String name : planFlags.getOrDefault(component, Map.of()).keySet()) {
          String simulated = d.flags().get(name);
          if (simulated != null && !valueMatches(simulated, g.flags().get(name))) {
            return false;
          }
          if (strict && simulated == null && g.flags().containsKey(name)) {
            return false;
          }
        }
        return true;
      }
      FrameworkState g = (FrameworkState) group;
      FrameworkState d = only(sim.frameworks(component));
      FrameworkState start = only(sims.get(0).frameworks(component));
      if (strict) {
        boolean libraries =
            !relinked.contains(component)
                || (g.linked().equals(d.linked())
                    && (component != Component.SCHEDULER || g.running().equals(d.running())));
        return libraries
            && g.changesMade().equals(d.changesMade())
            && g.changesRunning().equals(d.changesRunning());
      }
      if (relinked.contains(component)) {
        if (!lagging(g.linked(), d.linked(), start.linked())) {
          return false;
        }
        if (component == Component.SCHEDULER
            && !lagging(g.running(), d.running(), start.running())) {
          return false;
        }
      }
      return g.changesMade().containsAll(d.changesMade())
          && g.changesRunning().containsAll(d.changesRunning());
    }

    /** Whether {@code group} shows an effect of the step from {@code before} to {@code after}. */
    private boolean shows(
        Component component, Object group, ClusterState before, ClusterState after) {
      if (component.isDaemon()) {
        DaemonState g = (DaemonState) group;
        DaemonState b = only(before.daemons(component));
        DaemonState a = only(after.daemons(component));
        if (!a.startedBeforeSchedulers().equals(b.startedBeforeSchedulers())
            && g.startedBeforeSchedulers().equals(a.startedBeforeSchedulers())) {
          return true;
        }
        for (String name : planFlags.getOrDefault(component, Map.of()).keySet()) {
          String was = b.flags().get(name);
          String now = a.flags().get(name);
          if (now != null && !now.equals(was) && valueMatches(now, g.flags().get(name))) {
            return true;
          }
        }
        return !a.installed().equals(b.installed()) || !a.running().equals(b.running());
      }
      FrameworkState g = (FrameworkState) group;
      FrameworkState b = only(before.frameworks(component));
      FrameworkState a = only(after.frameworks(component));
      Set<FrameworkChange> made = Sets.difference(a.changesMade(), b.changesMade());
      Set<FrameworkChange> running = Sets.difference(a.changesRunning(), b.changesRunning());
      return (!made.isEmpty() && g.changesMade().containsAll(made))
          || (!running.isEmpty() && g.changesRunning().containsAll(running));
    }

    private static boolean lagging(
        MesosVersion observed, MesosVersion simulated, MesosVersion start) {
      return observed.equals(simulated)
          || (observed.isBefore(simulated) && simulated.equals(start));
    }

    private static boolean valueMatches(String expected, @Nullable String observed) {
      if (observed == null) {
        return false;
      }
      boolean placeholder = expected.startsWith("<") && expected.endsWith(">");
      return placeholder || expected.equals(observed);
    }

    private static <T> T only(Set<T> groups) {
      return groups.iterator().next();
    }

    Point point() {
      ClusterState sim = sims.get(position);
      ImmutableClusterState.Builder start =
          ClusterState.builder()
              .addMaster(mergeDaemons(sim, Component.MASTER))
              .addSlave(mergeDaemons(sim, Component.SLAVE));
      start.addExecutor(mergeFrameworks(sim, Component.EXECUTOR));
      start.addScheduler(mergeFrameworks(sim, Component.SCHEDULER));
      return new Point(base, planned, resolved, position, start.build());
    }

    /**
     * The simulated daemons, with the flags the observation shows: the operator's own, and those
     * the plan sets later but the daemons already run with (outside the steps of the current
     * window, which may be half done); what the simulation has wins.
     */
    private DaemonState mergeDaemons(ClusterState sim, Component component) {
      DaemonState d = only(sim.daemons(component));
      Set<String> window = new HashSet<>();
      for (UpgradeStep step : resolved.steps().subList(position, Math.max(position, windowEnd))) {
        if (step.component() == component) {
          step.flagChanges().forEach(change -> window.add(change.name()));
        }
      }
      Set<String> planSet = planFlags.getOrDefault(component, Map.of()).keySet();
      Map<String, String> flags = new LinkedHashMap<>();
      for (DaemonState g : observed.daemons(component)) {
        g.flags()
            .forEach(
                (name, value) -> {
                  boolean setByPlan = planSet.contains(name);
                  if (!setByPlan || (!d.flags().containsKey(name) && !window.contains(name))) {
                    flags.putIfAbsent(name, value);
                  }
                });
      }
      flags.putAll(d.flags());
      return flags.equals(d.flags()) ? d : d.withFlags(flags);
    }

    /**
     * The simulated frameworks, with what the observation knows better: older libraries, more
     * changes.
     */
    private FrameworkState mergeFrameworks(ClusterState sim, Component component) {
      FrameworkState d = only(sim.frameworks(component));
      Set<FrameworkState> groups = observed.frameworks(component);
      if (groups.isEmpty()) {
        return d;
      }
      MesosVersion linked = d.linked();
      MesosVersion running = d.running();
      Set<FrameworkChange> made = null;
      Set<FrameworkChange> active = null;
      for (FrameworkState g : groups) {
        linked = g.linked().isBefore(linked) ? g.linked() : linked;
        running = g.running().isBefore(running) ? g.running() : running;
        made =
            made == null
                ? new HashSet<>(g.changesMade())
                : Sets.intersection(made, g.changesMade()).immutableCopy();
        active =
            active == null
                ? new HashSet<>(g.changesRunning())
                : Sets.intersection(active, g.changesRunning()).immutableCopy();
      }
      running = linked.isBefore(running) ? linked : running;
      return FrameworkState.builder()
          .linked(linked)
          .running(running)
          .addAllChangesMade(d.changesMade())
          .addAllChangesMade(requireNonNull(made))
          .addAllChangesRunning(d.changesRunning())
          .addAllChangesRunning(requireNonNull(active))
          .build();
    }
  }

  static String notOnPlanMessage(
      MesosVersion to,
      MesosVersion base,
      Optional<String> lastDone,
      Component mismatch,
      String expected,
      String observed) {
    String progress =
        lastDone
            .map(id -> "on the plan from " + base + ", after step " + Shown.value(id) + ",")
            .orElse("on the plan from " + base + ", before its first step,");
    return String.format(
        "cannot plan from this state to %s: no plan passes through it; %s the %s would be [%s], but"
            + " the state has %s: describe the cluster as it runs, or finish the half-done work by"
            + " hand",
        to, progress, mismatch.pluralAt(to), Shown.line(expected), Shown.line(observed));
  }
}
