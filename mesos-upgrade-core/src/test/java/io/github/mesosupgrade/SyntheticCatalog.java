package io.github.mesosupgrade;

import static io.github.mesosupgrade.Necessity.IF_NECESSARY;
import static io.github.mesosupgrade.Necessity.REQUIRED;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds catalogs of any number of release lines through {@link UpgradeCatalog#builder()}, shaped
 * like the built-in 0.12 to 0.13 hop, so that tests and benchmarks can watch how cost grows with
 * size. Core's test jar carries it to the benchmarks module.
 *
 * <p>Release lines are {@code 0.0.x} to {@code 0.(lines-1).x}, each with two releases ({@code .0}
 * and {@code .1}). Every line brings a master flag, a slave flag and a master endpoint that the
 * line after next removes, so flags and endpoints grow with the catalog too. Every hop has seven
 * steps (install and restart masters, relink and restart schedulers, install and restart slaves,
 * relink executors) and four "must come before" rules; restarting the masters sets the new line's
 * flag and removes the flag the new line no longer accepts.
 */
public final class SyntheticCatalog {
  private static final Source SOURCE = Source.mesos("synthetic", "0.0.0");

  private SyntheticCatalog() {}

  /**
   * Returns a catalog of {@code lines} release lines.
   *
   * @throws IllegalArgumentException if {@code lines} is less than 2
   */
  public static UpgradeCatalog build(int lines) {
    return builder(lines).build();
  }

  /**
   * Returns a builder holding the catalog of {@code lines} release lines, not yet built.
   *
   * @throws IllegalArgumentException if {@code lines} is less than 2
   */
  public static UpgradeCatalog.Builder builder(int lines) {
    return builder(0, lines);
  }

  /**
   * Returns a builder holding the catalog of {@code lines} release lines {@code major.0.x} to
   * {@code major.(lines-1).x}, not yet built. From major 1 on, plans jump across lines in one hop
   * and building checks every such jump.
   *
   * @throws IllegalArgumentException if {@code lines} is less than 2
   */
  public static UpgradeCatalog.Builder builder(int major, int lines) {
    if (lines < 2) {
      throw new IllegalArgumentException("a catalog needs at least 2 release lines, got " + lines);
    }
    UpgradeCatalog.Builder builder = UpgradeCatalog.builder();
    for (int line = 0; line < lines; line++) {
      builder
          .addReleases(MesosVersion.of(major, line, 0), MesosVersion.of(major, line, 1))
          .addFlag(flag(Component.MASTER, "master_flag_" + line, major, line, line + 2))
          .addFlag(flag(Component.SLAVE, "slave_flag_" + line, major, line, line + 3))
          .addEndpoint(
              Endpoint.builder()
                  .component(Component.MASTER)
                  .path("/endpoint_" + line)
                  .introducedIn(MesosVersion.of(major, line, 0))
                  .removedIn(MesosVersion.of(major, line + 2, 0))
                  .addSources(SOURCE)
                  .build());
      if (line > 0) {
        builder.addHop(hop(major, line - 1));
      }
    }
    return builder;
  }

  /** Returns the first release of line {@code line}: {@code 0.line.0}. */
  public static MesosVersion firstRelease(int line) {
    return MesosVersion.of(0, line, 0);
  }

  /** Returns the last release of line {@code line}: {@code 0.line.1}. */
  public static MesosVersion lastRelease(int line) {
    return MesosVersion.of(0, line, 1);
  }

  private static MesosFlag flag(Component component, String name, int major, int from, int until) {
    return MesosFlag.builder()
        .component(component)
        .name(name)
        .type(FlagType.STRING)
        .introducedIn(MesosVersion.of(major, from, 0))
        .removedIn(MesosVersion.of(major, until, 0))
        .addSources(SOURCE)
        .build();
  }

  private static HopDefinition hop(int major, int from) {
    int to = from + 1;
    String p = major + "." + from + "-" + major + "." + to + "/";
    MesosVersion v = MesosVersion.of(major, to, 0);
    List<FlagChange> masterFlags = new ArrayList<>();
    masterFlags.add(FlagChange.set("master_flag_" + to, "on"));
    if (from >= 1) {
      masterFlags.add(FlagChange.remove("master_flag_" + (from - 1)));
    }
    UpgradeStep.Builder restartMasters =
        step(p + "restart-masters", Component.MASTER, StepAction.RESTART, v, REQUIRED)
            .addAllFlagChanges(masterFlags);
    return HopDefinition.builder()
        .from(ReleaseLine.of(major, from))
        .to(ReleaseLine.of(major, to))
        .addSteps(
            step(p + "install-masters", Component.MASTER, StepAction.INSTALL_BINARIES, v, REQUIRED)
                .build(),
            restartMasters.build(),
            step(p + "relink-schedulers", Component.SCHEDULER, StepAction.RELINK, v, IF_NECESSARY)
                .build(),
            step(p + "restart-schedulers", Component.SCHEDULER, StepAction.RESTART, v, REQUIRED)
                .build(),
            step(p + "install-slaves", Component.SLAVE, StepAction.INSTALL_BINARIES, v, REQUIRED)
                .build(),
            step(p + "restart-slaves", Component.SLAVE, StepAction.RESTART, v, REQUIRED).build(),
            step(p + "relink-executors", Component.EXECUTOR, StepAction.RELINK, v, IF_NECESSARY)
                .build())
        .addConstraints(
            rule(p + "restart-masters", p + "relink-schedulers"),
            rule(p + "relink-schedulers", p + "restart-schedulers"),
            rule(p + "restart-schedulers", p + "install-slaves"),
            rule(p + "restart-slaves", p + "relink-executors"))
        .build();
  }

  private static UpgradeStep.Builder step(
      String id,
      Component component,
      StepAction action,
      MesosVersion version,
      Necessity necessity) {
    return BuiltInCatalog.step(id, component, action, version, necessity, SOURCE);
  }

  private static OrderingConstraint rule(String before, String after) {
    return OrderingConstraint.of(before, after, "the synthetic hop keeps this order", SOURCE);
  }
}
