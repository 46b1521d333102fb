package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.internal.Shown;
import java.util.Locale;

/**
 * A part of a Mesos cluster that an upgrade touches.
 *
 * <p>Masters and slaves are daemons: they have binaries to install and command-line flags.
 * Executors and schedulers are framework code: they link the Mesos native library and jar and are
 * relinked, changed and restarted by the framework's owners.
 *
 * <p>Mesos 1.0 renamed the slave to agent ({@code docs/upgrades.md} at 1.0.0, "Slave to Agent
 * rename"; the {@code mesos-agent} binary first appears in {@code src/Makefile.am} at 1.0.0). This
 * type is the one place that knows the name at a release: {@link #nameAt}, {@link #pluralAt} and
 * {@link #binaryAt} say {@code slave} before {@link #agentNameSince()} and {@code agent} from it,
 * and everything a person or tool reads (step texts, plan text and Markdown, the {@code
 * componentName} of plan JSON, lint output and messages) takes the name from there. The constant
 * stays {@link #SLAVE} and there is no {@code AGENT} constant: the enum name is the public contract
 * of the API and of the {@code "component": "SLAVE"} field of the JSON formats, and one daemon
 * under two constants would make {@code switch} statements and {@code EnumMap}s count it twice.
 * Inputs accept both words: {@link #parse} reads {@code agent} and {@code slave} alike.
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

  /**
   * The release that renamed the slave to agent: Mesos 1.0.0 ({@code docs/upgrades.md} at 1.0.0).
   */
  private static final MesosVersion AGENT_NAME_SINCE = MesosVersion.of(1, 0, 0);

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
    throw new IllegalArgumentException(unknownMessage(name));
  }

  /**
   * Returns the lower-case singular name of the enum constant: {@code master}, {@code slave}. For
   * text a person reads about a release, use {@link #nameAt}, which says {@code agent} from Mesos
   * 1.0.
   */
  public String singular() {
    return singular;
  }

  /**
   * Returns the lower-case plural name of the enum constant: {@code masters}, {@code slaves}. For
   * text a person reads about a release, use {@link #pluralAt}.
   */
  public String plural() {
    return plural;
  }

  /**
   * Returns the release from which Mesos calls the slave an agent: 1.0.0, as {@code
   * docs/upgrades.md} at 1.0.0 says ("Slave to Agent rename").
   */
  public static MesosVersion agentNameSince() {
    return AGENT_NAME_SINCE;
  }

  /**
   * Returns the lower-case singular name Mesos {@code release} uses: {@code slave} before 1.0,
   * {@code agent} from 1.0; the other components keep their {@link #singular} name.
   *
   * @throws NullPointerException if {@code release} is null
   */
  public String nameAt(MesosVersion release) {
    return isAgentAt(release) ? "agent" : singular;
  }

  /**
   * Returns the lower-case plural name Mesos {@code release} uses: {@code slaves} before 1.0,
   * {@code agents} from 1.0; the other components keep their {@link #plural} name.
   *
   * @throws NullPointerException if {@code release} is null
   */
  public String pluralAt(MesosVersion release) {
    return isAgentAt(release) ? "agents" : plural;
  }

  /**
   * Returns the daemon's binary at {@code release}: {@code mesos-master}, {@code mesos-slave}
   * before 1.0 and {@code mesos-agent} from 1.0 ({@code src/Makefile.am} at 1.0.0).
   *
   * @throws NullPointerException if {@code release} is null
   * @throws IllegalArgumentException if this is not a daemon; executors and schedulers are
   *     framework code with no Mesos binary
   */
  public String binaryAt(MesosVersion release) {
    if (!daemon) {
      throw new IllegalArgumentException(noBinaryMessage(this));
    }
    return "mesos-" + nameAt(release);
  }

  private boolean isAgentAt(MesosVersion release) {
    requireNonNull(release, "release must not be null");
    return this == SLAVE && release.compareTo(AGENT_NAME_SINCE) >= 0;
  }

  /**
   * Returns whether this is a Mesos daemon (master or slave), which has binaries and flags, as
   * opposed to framework code (executor or scheduler), which links the Mesos library.
   */
  public boolean isDaemon() {
    return daemon;
  }

  static String unknownMessage(String name) {
    return Shown.quoted(name)
        + " is not a Mesos component: expected master, slave (or agent), executor or scheduler";
  }

  static String noBinaryMessage(Component component) {
    return component.plural
        + " are framework code and have no Mesos binary: only master and slave (agent) do";
  }
}
