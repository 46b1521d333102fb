package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
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
    for (DaemonState masters : state.masters()) {
      for (DaemonState slaves : state.slaves()) {
        for (FrameworkState executor : executors) {
          for (FrameworkState scheduler : schedulers) {
            ClusterState one =
                ClusterState.builder()
                    .addMaster(masters)
                    .addSlave(slaves)
                    .addExecutor(executor)
                    .addScheduler(scheduler)
                    .build();
            ClusterModel model = new ClusterModel(catalog, one, nativeFrameworks);
            checkCombination(
                model, state, masters, slaves, schedulersKnown ? scheduler : null, from, to);
          }
        }
      }
    }
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
      String who = component.plural() + " " + verb + " " + version;
      if (!catalog.releases().contains(version)) {
        ImmutableSortedSet<MesosVersion> line = catalog.releasesOf(version.releaseLine());
        String message =
            line.isEmpty()
                ? String.format(
                    Messages.R_VERSION_UNKNOWN,
                    who,
                    catalog.oldestSupported(),
                    catalog.newestSupported())
                : String.format(
                    Messages.R_VERSION_UNKNOWN_IN_LINE, who, version.releaseLine(), join(line));
        throw refusal(state, from, to, UnsupportedUpgradeException.Reason.UNKNOWN_VERSION, message);
      }
      if (component.isDaemon() && !catalog.supportedReleases().contains(version)) {
        throw refusal(
            state,
            from,
            to,
            UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION,
            String.format(
                Messages.R_VERSION_OUT_OF_RANGE,
                who,
                catalog.oldestSupported(),
                catalog.newestSupported()));
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
              String.format(Messages.R_DOWNGRADE, to, daemon.plural(), newest, newest));
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
    MesosVersion running = group.running();
    for (String name : group.flags().keySet()) {
      if (catalog.flag(component, name, running).isPresent()) {
        continue;
      }
      String who = component.plural() + " run " + running + " with --" + name;
      List<MesosFlag> history = catalog.flagHistory(component, name);
      String message;
      if (history.isEmpty()) {
        String hint =
            catalog
                .flagSpelled(component, name)
                .map(real -> String.format(Messages.V_FLAG_SPELLING_HINT, real.name()))
                .orElse("");
        message = String.format(Messages.R_FLAG_UNKNOWN, who, hint);
      } else {
        Optional<MesosFlag> gone =
            history.stream()
                .filter(flag -> flag.removedIn().map(running::isAtLeast).orElse(false))
                .reduce((first, second) -> second);
        if (gone.isPresent()) {
          String renamed = gone.get().renamedTo().map(name2 -> ", renamed --" + name2).orElse("");
          message =
              String.format(
                  Messages.R_FLAG_GONE, who, gone.get().removedIn().orElseThrow(), renamed);
        } else {
          message = String.format(Messages.R_FLAG_NOT_YET, who, history.get(0).introducedIn());
        }
      }
      throw refusal(state, from, to, UnsupportedUpgradeException.Reason.FLAG_NOT_ACCEPTED, message);
    }
  }

  private static void checkCombination(
      ClusterModel model,
      ClusterState state,
      DaemonState masters,
      DaemonState slaves,
      @org.jspecify.annotations.Nullable FrameworkState schedulers,
      MesosVersion from,
      MesosVersion to) {
    if (model.slavesIgnored()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.VERSION_SKEW,
          String.format(Messages.R_SLAVES_IGNORED, masters.running(), slaves.running()));
    }
    if (model.skewed()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.VERSION_SKEW,
          String.format(Messages.R_SKEW, masters.running(), slaves.running()));
    }
    if (model.enforcesAuthentication() && !model.mastersHaveCredentials()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.AUTHENTICATION_WITHOUT_CREDENTIALS,
          String.format(Messages.R_AUTHENTICATION_WITHOUT_CREDENTIALS, masters.running()));
    }
    if (schedulers == null) {
      if (model.enforcesAuthentication()) {
        throw refusal(
            state,
            from,
            to,
            UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT,
            String.format(Messages.R_LOCKED_OUT_UNKNOWN, masters.running()));
      }
      return;
    }
    if (model.enforcesAuthentication() && !model.schedulersAuthenticate()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.FRAMEWORKS_LOCKED_OUT,
          String.format(Messages.R_LOCKED_OUT, masters.running(), schedulers.running()));
    }
    if (model.schedulersAuthenticate() && !model.mastersHaveCredentials()) {
      String masterProblem =
          model.mastersKnowCredentials()
              ? String.format(Messages.R_CREDENTIAL_REFUSED_NO_CREDENTIALS, masters.running())
              : String.format(Messages.R_CREDENTIAL_REFUSED_OLD_MASTERS, masters.running());
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.CREDENTIAL_REFUSED,
          String.format(Messages.R_CREDENTIAL_REFUSED, schedulers.running(), masterProblem));
    }
    if (model.schedulersCheckpoint() && !model.slavesCheckpoint()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.CHECKPOINT_BEFORE_SLAVES,
          String.format(Messages.R_CHECKPOINT_BEFORE_SLAVES, slaves.running()));
    }
    Optional<FrameworkChange> missing = model.changeWithoutApi();
    if (missing.isPresent()) {
      throw refusal(
          state,
          from,
          to,
          UnsupportedUpgradeException.Reason.FRAMEWORK_API_MISSING,
          String.format(
              Messages.R_FRAMEWORK_API_MISSING,
              missing.get().description(),
              missing.get().availableFrom(),
              schedulers.linked()));
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
}
