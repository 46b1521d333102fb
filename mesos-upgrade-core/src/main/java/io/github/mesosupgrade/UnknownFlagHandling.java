package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * How a master or slave of a release treats a setting it has no flag for: an unknown command-line
 * flag ({@code --name=value}) and an unknown {@code MESOS_*} environment variable. Each is either
 * {@linkplain Behaviour#IGNORED ignored} (the setting is lost and the daemon starts) or {@linkplain
 * Behaviour#FATAL fatal} (the daemon refuses to start, "Failed to load unknown flag").
 *
 * <p>The built-in catalog knows it by release, from the Mesos sources: before 0.13.0 the
 * Configurator ignores both; at 0.13.0 stout refuses both; from 0.14.0 stout refuses unknown
 * command-line flags and skips unknown variables. {@link UpgradeCatalog#unknownFlagHandling} gives
 * it for a component and release.
 *
 * <pre>{@code
 * UnknownFlagHandling handling =
 *     UpgradeCatalog.builtIn().unknownFlagHandling(Component.SLAVE, MesosVersion.parse("0.13.0"));
 * handling.environment();   // FATAL: MESOS_CGROUPS_HIERARCHY_ROOT stops a 0.13.0 slave
 * }</pre>
 */
@Value.Immutable
public abstract class UnknownFlagHandling {
  UnknownFlagHandling() {}

  /** What a daemon does with a setting it has no flag for. */
  public enum Behaviour {
    /** The daemon starts without the setting: the setting is lost. */
    IGNORED,
    /** The daemon refuses to start ("Failed to load unknown flag"). */
    FATAL
  }

  /**
   * Returns the handling with {@code commandLine} for unknown command-line flags and {@code
   * environment} for unknown {@code MESOS_*} variables.
   *
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code sources} is empty
   */
  public static UnknownFlagHandling of(
      Behaviour commandLine, Behaviour environment, Source... sources) {
    return ImmutableUnknownFlagHandling.builder()
        .commandLine(commandLine)
        .environment(environment)
        .addSources(sources)
        .build();
  }

  /**
   * Returns the handling a custom catalog gives a release it has no data for: what stout does from
   * 0.14.0 to 1.11.0, an unknown command-line flag is fatal and an unknown {@code MESOS_*} variable
   * is ignored.
   */
  public static UnknownFlagHandling stoutDefault() {
    return STOUT_DEFAULT;
  }

  private static final UnknownFlagHandling STOUT_DEFAULT =
      of(
          Behaviour.FATAL,
          Behaviour.IGNORED,
          Source.mesos("3rdparty/stout/include/stout/flags/flags.hpp", "1.11.0"));

  /** Returns what the daemon does with an unknown command-line flag. */
  public abstract Behaviour commandLine();

  /** Returns what the daemon does with an unknown {@code MESOS_*} environment variable. */
  public abstract Behaviour environment();

  /** Returns where the behaviour is read from, at least one source. */
  public abstract ImmutableList<Source> sources();

  /** Returns what the daemon does with an unknown setting from {@code origin}. */
  Behaviour of(LintFinding.Origin origin) {
    return origin == LintFinding.Origin.ENVIRONMENT ? environment() : commandLine();
  }

  @Value.Check
  void check() {
    if (sources().isEmpty()) {
      throw new IllegalArgumentException(noSourceMessage(this));
    }
  }

  /** Returns {@code command line FATAL, environment IGNORED [sources]}. */
  @Override
  public String toString() {
    return "command line "
        + commandLine()
        + ", environment "
        + environment()
        + " "
        + Note.sourceList(sources());
  }

  static String noSourceMessage(UnknownFlagHandling handling) {
    return "unknown flag handling " + handling + " needs at least one source";
  }

  /** The message for unknown flag handling given for {@code component}, which takes no flags. */
  static String notADaemonMessage(Component component) {
    return "unknown flag handling is given for the "
        + component.plural()
        + ", but only masters and slaves take flags";
  }
}
