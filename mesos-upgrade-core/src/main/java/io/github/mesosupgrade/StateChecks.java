package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses cluster states that no upgrade plan can start from: releases that were never made or are
 * outside the catalog, a target older than what runs, daemons too far apart, flags a running
 * release does not accept, and the conditions the {@link ClusterModel} never lets a step bring
 * about (frameworks locked out, credentials refused, ...). Mixed states are checked group by group.
 */
final class StateChecks {
  private StateChecks() {}

  /**
   * Checks {@code state} as the start of an upgrade to {@code to}.
   *
   * @throws UnsupportedUpgradeException naming the components and releases involved
   */
  static void check(
      UpgradeCatalog catalog, ClusterState state, MesosVersion to, ClusterProfile profile) {
    MesosVersion from = state.oldestDaemonRelease();
    checkTarget(catalog, state, from, to);
    for (Component component : Component.values()) {
      checkReleases(catalog, state, component, from, to);
    }
    checkDowngrade(state, from, to);
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      for (DaemonState group : state.daemons(daemon)) {
        checkFlags(catalog, state, daemon, group, from, to);
      }
    }
    boolean nativeFrameworks = profile.frameworksLinkLibmesos().orElse(true);
    boolean schedulersKnown = state.isKnown(Component.SCHEDULER);
    Set<FrameworkState> executors = frameworksOrPlaceholder(state, Component.EXECUTOR, from);
    Set<FrameworkState> schedulers = frameworksOrPlaceholder(state, Component.SCHEDULER, from);
    // The rules see a daemon group only through its releases and the few flags the cluster facts
    // name, so groups alike in those are checked once, by the first of them (the group a refusal
    // names is then the one the loop over every combination would have named first).
    for (DaemonState masters : representatives(catalog, state, Component.MASTER)) {
      for (DaemonState slaves : representatives(catalog, state, Component.SLAVE)) {
        for (FrameworkState executor : executors) {
          for (FrameworkState scheduler : schedulers) {
            ClusterState one =
                ClusterState.builder()
                    .addMaster(masters)
                    .addSlave(slaves)
                    .addExecutor(executor)
                    .addScheduler(scheduler)
                    .build();
            ClusterModel model = new ClusterModel(catalog, one, nativeFrameworks, schedulersKnown);
            checkCombination(model, state, schedulersKnown ? scheduler : null, from, to);
          }
        }
      }
    }
  }

  /**
   * Returns the first group of each kind the {@link ClusterRule}s cannot tell apart: alike in
   * releases, start order and the values of the flags the cluster facts name (under any of their
   * names), where only whether a value is {@code true} counts.
   */
  private static Collection<DaemonState> representatives(
      UpgradeCatalog catalog, ClusterState state, Component daemon) {
    ClusterFacts facts = catalog.facts();
    List<String> factNames =
        List.of(facts.authenticateFlag(), facts.credentialsFlag(), facts.checkpointFlag());
    Map<MesosVersion, Set<MesosFlag>> factFlags = new HashMap<>();
    Map<GroupKey, DaemonState> first = new LinkedHashMap<>();
    for (DaemonState group : state.daemons(daemon)) {
      Set<MesosFlag> named =
          factFlags.computeIfAbsent(
              group.running(), running -> factFlags(catalog, daemon, running, factNames));
      List<Object> flags = List.of();
      for (Map.Entry<String, String> flag : group.flags().entrySet()) {
        String name = flag.getKey();
        if (factNames.contains(name)
            || catalog.flag(daemon, name, group.running()).filter(named::contains).isPresent()) {
          if (flags.isEmpty()) {
            flags = new ArrayList<>();
          }
          flags.add(name);
          flags.add("true".equals(flag.getValue()));
        }
      }
      GroupKey key =
          new GroupKey(group.installed(), group.running(), group.startedBeforeSchedulers(), flags);
      first.putIfAbsent(key, group);
    }
    return first.values();
  }

  /** What the rules see of a daemon group: the facts' flags by name and whether each is true. */
  private record GroupKey(
      MesosVersion installed,
      MesosVersion running,
      Optional<Boolean> startedBeforeSchedulers,
      List<Object> flags) {}

  private static Set<MesosFlag> factFlags(
      UpgradeCatalog catalog, Component daemon, MesosVersion running, List<String> names) {
    Set<MesosFlag> flags = new HashSet<>();
    for (String name : names) {
      catalog.flag(daemon, name, running).ifPresent(flags::add);
    }
    return flags;
  }

  private static Set<FrameworkState> frameworksOrPlaceholder(
      ClusterState state, Component component, MesosVersion from) {
    Set<FrameworkState> groups = state.frameworks(component);
    return groups.isEmpty() ? ImmutableSet.of(FrameworkState.linkedTo(from)) : groups;
  }

  private static void checkTarget(
      UpgradeCatalog catalog, ClusterState state, MesosVersion from, MesosVersion to) {
    try {
      catalog.hopPlanner().check(catalog.oldestSupported(), to);
    } catch (UnsupportedUpgradeException e) {
      throw new UnsupportedUpgradeException(
          from, to, e.reason(), requireNonNull(e.getMessage(), "refusals have a message"), state);
    }
  }

  private static void checkReleases(
      UpgradeCatalog catalog,
      ClusterState state,
      Component component,
      MesosVersion from,
      MesosVersion to) {
    if (!state.isKnown(component)) {
      return;
    }
    String installedVerb = component.isDaemon() ? "install" : "link";
    checkRelease(catalog, state, component, state.installed(component), installedVerb, from, to);
    checkRelease(catalog, state, component, state.running(component), "run", from, to);
  }

  private static void checkRelease(
      UpgradeCatalog catalog,
      ClusterState state,
      Component component,
      Set<MesosVersion> versions,
      String verb,
      MesosVersion from,
      MesosVersion to) {
    for (MesosVersion version : versions) {
      String who = component.pluralAt(version) + " " + verb + " " + version;
      if (!catalog.releases().contains(version)) {
        ImmutableSortedSet<MesosVersion> line = catalog.releasesOf(version.releaseLine());
        String message =
            line.isEmpty()
                ? versionUnknownMessage(who, catalog.oldestSupported(), catalog.newestSupported())
                : versionUnknownInLineMessage(who, version.releaseLine(), join(line));
        throw refusal(state, from, to, UnsupportedUpgradeException.Reason.UNKNOWN_VERSION, message);
      }
      if (component.isDaemon() && !catalog.supportedReleases().contains(version)) {
        throw refusal(
            state,
            from,
            to,
            UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION,
            versionOutOfRangeMessage(who, catalog.oldestSupported(), catalog.newestSupported()));
      }
    }
  }

  private static void checkDowngrade(ClusterState state, MesosVersion from, MesosVersion to) {
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      for (DaemonState group : state.daemons(daemon)) {
        MesosVersion newest = group.installed();
        if (to.isBefore(newest)) {
          throw refusal(
              state,
              from,
              to,
              UnsupportedUpgradeException.Reason.DOWNGRADE,
              downgradeMessage(to, daemon, newest));
        }
      }
    }
  }

  private static void checkFlags(
      UpgradeCatalog catalog,
      ClusterState state,
      Component component,
      DaemonState group,
      MesosVersion from,
      MesosVersion to) {
    for (String name : group.flags().keySet()) {
      Optional<FlagRule.Problem> problem =
          FlagRule.check(catalog, component, group.running(), name);
      if (problem.isPresent()) {
        throw refusal(
            state,
            from,
            to,
            UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED,
            problem.get().refusal());
      }
    }
  }

  /**
   * Refuses a combination of one group per component that breaks a {@link ClusterRule}, or whose
   * schedulers use an API their library lacks.
   */
  private static void checkCombination(
      ClusterModel model,
      ClusterState state,
      @org.jspecify.annotations.Nullable FrameworkState schedulers,
      MesosVersion from,
      MesosVersion to) {
    for (ClusterRule rule : ClusterRule.values()) {
      if (rule.isBrokenInState(model)) {
        throw refusal(state, from, to, rule.reason(), rule.refusal(model));
      }
    }
    if (schedulers == null) {
      return;
    }
    Optional<FrameworkChange> missing = model.changeWithoutApi();
    if (missing.isPresent()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.FRAMEWORK_API_MISSING,
          frameworkApiMissingMessage(missing.get(), schedulers.linked()));
    }
  }

  static UnsupportedUpgradeException refusal(
      ClusterState state,
      MesosVersion from,
      MesosVersion to,
      UnsupportedUpgradeException.Reason reason,
      String message) {
    return new UnsupportedUpgradeException(from, to, reason, message, state);
  }

  private static String join(Iterable<MesosVersion> versions) {
    StringBuilder out = new StringBuilder();
    for (MesosVersion version : versions) {
      out.append(out.length() == 0 ? "" : ", ").append(version);
    }
    return out.toString();
  }

  static String versionUnknownMessage(String who, MesosVersion oldest, MesosVersion newest) {
    return String.format(
        "cannot plan from this state: the %s, which Mesos never released; this catalog plans"
            + " upgrades between %s and %s",
        who, oldest, newest);
  }

  static String versionUnknownInLineMessage(String who, ReleaseLine line, String releases) {
    return String.format(
        "cannot plan from this state: the %s, which Mesos never released; the releases of %s are"
            + " %s",
        who, line, releases);
  }

  static String versionOutOfRangeMessage(String who, MesosVersion oldest, MesosVersion newest) {
    return String.format(
        "cannot plan from this state: the %s, outside the releases this catalog plans between, %s"
            + " to %s",
        who, oldest, newest);
  }

  static String downgradeMessage(MesosVersion to, Component daemon, MesosVersion newest) {
    return String.format(
        "cannot plan from this state to %s: the %s already install %s, so that would be a"
            + " downgrade; choose a target of %s or later",
        to, daemon.pluralAt(newest), newest, newest);
  }

  static String frameworkApiMissingMessage(FrameworkChange change, MesosVersion linked) {
    return String.format(
        "cannot plan from this state: the schedulers %s, which needs the Mesos %s library, but"
            + " they link %s; relink them first",
        change.description(), change.availableFrom(), linked);
  }
}
