package io.github.mesosupgrade;

import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.FATAL;
import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.IGNORED;

/**
 * The built-in data of how masters and slaves treat unknown command-line flags and unknown {@code
 * MESOS_*} variables, by the release it starts at, read from the Mesos sources at the release tags.
 */
final class BuiltInUnknownFlags {
  private BuiltInUnknownFlags() {}

  private static final String STOUT_OLD =
      "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp";
  private static final String STOUT_NEW = "3rdparty/stout/include/stout/flags/flags.hpp";

  /**
   * 0.10.0 to 0.12.1: the Configurator puts every {@code --name}, {@code MESOS_*} variable and
   * {@code mesos.conf} line in one map and validates only the options it knows, and {@code
   * flags.load(configuration.getMap())} skips names without a flag: nothing unknown stops a daemon.
   */
  static final UnknownFlagHandling CONFIGURATOR =
      UnknownFlagHandling.of(
          IGNORED,
          IGNORED,
          Source.mesos("src/configurator/configurator.cpp", "0.12.0"),
          Source.mesos("src/flags/flags.hpp", "0.12.0"),
          Source.mesos("src/master/main.cpp", "0.12.0"),
          Source.mesos("src/slave/main.cpp", "0.12.0"));

  /**
   * 0.13.0: stout's {@code extract()} passes every {@code MESOS_*} variable to {@code load(values,
   * unknowns = false)}, so an unknown variable fails as an unknown command-line flag does ("Failed
   * to load unknown flag"), and {@code main.cpp} exits.
   */
  static final UnknownFlagHandling STOUT_0_13 =
      UnknownFlagHandling.of(
          FATAL,
          FATAL,
          Source.mesos(STOUT_OLD, "0.13.0"),
          Source.mesos("src/master/main.cpp", "0.13.0"),
          Source.mesos("src/slave/main.cpp", "0.13.0"));

  /**
   * 0.14.0 to 1.11.0: {@code extract()} keeps only the variables that name a known flag (or its
   * {@code no-} form, or from 1.0 an alias), so unknown variables are skipped; unknown command-line
   * flags still fail.
   */
  static final UnknownFlagHandling STOUT =
      UnknownFlagHandling.of(
          FATAL,
          IGNORED,
          Source.mesos(STOUT_OLD, "0.14.0"),
          Source.mesos(STOUT_NEW, "1.11.0"),
          Source.mesos("src/master/main.cpp", "1.11.0"),
          Source.mesos("src/slave/main.cpp", "1.11.0"));

  /** Adds the data to {@code catalog}, for masters and slaves alike. */
  static UpgradeCatalog.Builder addTo(UpgradeCatalog.Builder catalog) {
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      catalog
          .unknownFlagHandling(daemon, MesosVersion.of(0, 10, 0), CONFIGURATOR)
          .unknownFlagHandling(daemon, MesosVersion.of(0, 13, 0), STOUT_0_13)
          .unknownFlagHandling(daemon, MesosVersion.of(0, 14, 0), STOUT);
    }
    return catalog;
  }
}
