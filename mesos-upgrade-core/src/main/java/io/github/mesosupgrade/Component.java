package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.internal.Shown;
import java.util.Locale;

/**
 * A part of a Mesos cluster that an upgrade touches.
 *
 * <p>Masters and slaves are daemons: they have binaries to install and command-line flags.
 * Executors and schedulers are framework code: they link the Mesos native library and jar and are
 * relinked, changed and restarted by the framework's owners. Mesos 1.0 renamed the slave to agent;
 * this type keeps {@link #SLAVE} and {@link #parse} accepts {@code agent}.
 */
public enum Component {
  /** The Mesos master daemon ({@code mesos-master}). */
  MASTER("master", "masters", true),
  /** The Mesos slave daemon ({@code mesos-slave}; called agent from Mesos 1.0). */
  SLAVE("slave", "slaves", true),
  /** The executors of the frameworks, started by slaves. */
  EXECUTOR("executor", "executors", false),
  /** The schedulers of the frameworks, which register with the masters. */
  SCHEDULER("scheduler", "schedulers", false);

  private final String singular;
  private final String plural;
  private final boolean daemon;

  Component(String singular, String plural, boolean daemon) {
    this.singular = singular;
    this.plural = plural;
    this.daemon = daemon;
  }

  /**
   * Reads a component name, ignoring case: {@code master}, {@code slave}, {@code agent} (the name
   * of the slave from Mesos 1.0), {@code executor} or {@code scheduler}, singular or plural.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws IllegalArgumentException if {@code name} names no component; the message lists the
   *     accepted names
   */
  public static Component parse(String name) {
    requireNonNull(name, "component name must not be null");
    String key = name.strip().toLowerCase(Locale.ROOT);
    for (Component component : values()) {
      if (key.equals(component.singular) || key.equals(component.plural)) {
        return component;
      }
    }
    if (key.equals("agent") || key.equals("agents")) {
      return SLAVE;
    }
    throw new IllegalArgumentException(
        String.format(Messages.COMPONENT_UNKNOWN, Shown.value(name)));
  }

  /** Returns the lower-case singular name: {@code master}. */
  public String singular() {
    return singular;
  }

  /** Returns the lower-case plural name used in step texts: {@code masters}. */
  public String plural() {
    return plural;
  }

  /**
   * Returns whether this is a Mesos daemon (master or slave), which has binaries and flags, as
   * opposed to framework code (executor or scheduler), which links the Mesos library.
   */
  public boolean isDaemon() {
    return daemon;
  }
}
