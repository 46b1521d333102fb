package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns a catalog's hop definitions into the hops of a plan. The hop into every supported release
 * is computed once, when the catalog is built, so that planning only slices and wraps.
 */
final class HopPlanner {
  private static final Source PATCH_SOURCE = Source.mesos("support/test-upgrade.py", "c1b42f79d1");
  private static final String PATCH_PURPOSE =
      "a patch release inside one release line; masters first, then slaves, as Mesos' own upgrade"
          + " test does";

  private final UpgradeCatalog catalog;
  private final ImmutableMap<MesosVersion, UpgradeHop> hopInto;

  HopPlanner(UpgradeCatalog catalog) {
    this.catalog = catalog;
    Map<MesosVersion, UpgradeHop> into = new HashMap<>();
    for (HopDefinition definition : catalog.hops()) {
      MesosVersion from = catalog.newestRelease(definition.from()).orElseThrow();
      for (MesosVersion to : catalog.releasesOf(definition.to())) {
        into.put(to, build(definition, from, to));
      }
    }
    this.hopInto = ImmutableMap.copyOf(into);
  }

  /**
   * Checks that an upgrade from {@code from} to {@code to} can be planned.
   *
   * @throws UnsupportedUpgradeException if it cannot
   */
  void check(MesosVersion from, MesosVersion to) {
    requireNonNull(from, "from must not be null");
    requireNonNull(to, "to must not be null");
    checkKnown(from, to, from, "from");
    checkKnown(from, to, to, "to");
    if (to.isBefore(from)) {
      throw new UnsupportedUpgradeException(
          from,
          to,
          UnsupportedUpgradeException.Reason.DOWNGRADE,
          String.format(Messages.UPGRADE_DOWNGRADE, from, to, from));
    }
  }

  private void checkKnown(MesosVersion from, MesosVersion to, MesosVersion version, String side) {
    if (catalog.supportedReleases().contains(version)) {
      return;
    }
    String oldest = catalog.oldestSupported().toString();
    String newest = catalog.newestSupported().toString();
    if (catalog.releases().contains(version)) {
      throw new UnsupportedUpgradeException(
          from,
          to,
          UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION,
          String.format(Messages.UPGRADE_OUT_OF_RANGE, side, version, oldest, newest, version));
    }
    ImmutableSortedSet<MesosVersion> line = catalog.releasesOf(version.releaseLine());
    String message =
        line.isEmpty()
            ? String.format(Messages.UPGRADE_NEVER_RELEASED, side, version, version, oldest, newest)
            : String.format(
                Messages.UPGRADE_NEVER_RELEASED_IN_LINE,
                side,
                version,
                version,
                version.releaseLine(),
                join(line));
    throw new UnsupportedUpgradeException(
        from, to, UnsupportedUpgradeException.Reason.UNKNOWN_VERSION, message);
  }

  private static String join(Iterable<MesosVersion> versions) {
    StringBuilder out = new StringBuilder();
    for (MesosVersion version : versions) {
      out.append(out.length() == 0 ? "" : ", ").append(version);
    }
    return out.toString();
  }

  /** Returns the hops from {@code from} to {@code to}, which {@link #check} accepted. */
  ImmutableList<UpgradeHop> hops(MesosVersion from, MesosVersion to) {
    if (from.equals(to)) {
      return ImmutableList.of();
    }
    ReleaseLine fromLine = from.releaseLine();
    ReleaseLine toLine = to.releaseLine();
    if (fromLine.equals(toLine)) {
      return ImmutableList.of(patchHop(from, to));
    }
    ImmutableList.Builder<UpgradeHop> hops = ImmutableList.builder();
    int first = catalog.lineIndex(fromLine);
    int last = catalog.lineIndex(toLine);
    for (int i = first; i < last; i++) {
      HopDefinition definition = catalog.hops().get(i);
      MesosVersion target =
          i == last - 1 ? to : catalog.newestRelease(definition.to()).orElseThrow();
      UpgradeHop hop = hopInto.get(target);
      if (hop == null || (i == first && !hop.from().equals(from))) {
        hop = build(definition, from, target);
      }
      hops.add(hop);
    }
    return hops.build();
  }

  /** Returns the definitions of the hops from {@code from} to {@code to}; empty inside one line. */
  ImmutableList<HopDefinition> definitions(MesosVersion from, MesosVersion to) {
    int first = catalog.lineIndex(from.releaseLine());
    int last = catalog.lineIndex(to.releaseLine());
    return catalog.hops().subList(first, Math.max(first, last));
  }

  private UpgradeHop build(HopDefinition definition, MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (UpgradeStep step : definition.steps()) {
      steps.add(
          step.version().equals(to) ? step : ImmutableUpgradeStep.copyOf(step).withVersion(to));
    }
    return ImmutableUpgradeHop.builder()
        .from(from)
        .to(to)
        .addAllSteps(steps.build())
        .addAllNotes(definition.notes())
        .addAllRemovedFlags(removedFlags(from, to))
        .addAllRemovedEndpoints(removedEndpoints(from, to))
        .build();
  }

  private UpgradeHop patchHop(MesosVersion from, MesosVersion to) {
    String prefix = from + "-" + to + "/";
    ImmutableList.Builder<UpgradeStep> steps = ImmutableList.builder();
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      for (StepAction action : new StepAction[] {StepAction.INSTALL_BINARIES, StepAction.RESTART}) {
        String verb = action == StepAction.RESTART ? "restart-" : "install-";
        steps.add(
            UpgradeStep.builder()
                .id(prefix + verb + daemon.plural())
                .component(daemon)
                .action(action)
                .version(to)
                .necessity(Necessity.REQUIRED)
                .purpose(PATCH_PURPOSE)
                .source(PATCH_SOURCE)
                .build());
      }
    }
    return ImmutableUpgradeHop.builder()
        .from(from)
        .to(to)
        .addAllSteps(steps.build())
        .addAllRemovedFlags(removedFlags(from, to))
        .addAllRemovedEndpoints(removedEndpoints(from, to))
        .build();
  }

  private ImmutableList<MesosFlag> removedFlags(MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<MesosFlag> removed = ImmutableList.builder();
    for (MesosFlag flag : catalog.flags()) {
      if (flag.isAcceptedBy(from) && !flag.isAcceptedBy(to)) {
        removed.add(flag);
      }
    }
    return removed.build();
  }

  private ImmutableList<Endpoint> removedEndpoints(MesosVersion from, MesosVersion to) {
    ImmutableList.Builder<Endpoint> removed = ImmutableList.builder();
    for (Endpoint endpoint : catalog.endpoints()) {
      if (endpoint.isServedBy(from) && !endpoint.isServedBy(to)) {
        removed.add(endpoint);
      }
    }
    return removed.build();
  }
}
