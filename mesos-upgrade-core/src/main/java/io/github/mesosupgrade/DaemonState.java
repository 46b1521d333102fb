package io.github.mesosupgrade;

import com.google.common.collect.ImmutableMap;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a group of alike masters (or slaves) runs now: the release installed on their machines, the
 * release their processes run, the command-line flags they run with, and whether they started
 * before the schedulers last restarted.
 *
 * <p>A {@link ClusterState} holds one {@code DaemonState} per group of alike instances: one for a
 * component at rest, two while an install or restart is half done (some slaves on 0.14.0, some on
 * 0.15.0).
 *
 * <pre>{@code
 * DaemonState masters = DaemonState.builder()
 *     .installed(MesosVersion.parse("0.15.0"))
 *     .running(MesosVersion.parse("0.14.2"))
 *     .putFlag("zk", "zk://zk1:2181/mesos")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class DaemonState {
  DaemonState() {}

  /** Returns a builder; {@code installed} and {@code running} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DaemonState}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link DaemonState#builder()}.
   */
  public static final class Builder extends ImmutableDaemonState.Builder {
    Builder() {}

    /**
     * Returns the group of daemons with the attributes set so far.
     *
     * @return the group of daemons
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid group of daemons
     */
    @Override
    public DaemonState build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns a copy of this group with the installed release {@code installed}, checked like one
   * from the builder.
   *
   * @param installed the new value
   * @return the copy, or this group when nothing changes
   */
  public abstract DaemonState withInstalled(MesosVersion installed);

  /**
   * Returns a copy of this group with the running release {@code running}, checked like one from
   * the builder.
   *
   * @param running the new value
   * @return the copy, or this group when nothing changes
   */
  public abstract DaemonState withRunning(MesosVersion running);

  /**
   * Returns a copy of this group with the flags {@code flags} instead of this group's, checked like
   * one from the builder.
   *
   * @param flags the new value
   * @return the copy, or this group when nothing changes
   */
  public abstract DaemonState withFlags(Map<String, ? extends String> flags);

  /**
   * Returns daemons at rest on {@code version}: installed and running it, with no flags recorded
   * and no knowledge of when they started.
   */
  public static DaemonState of(MesosVersion version) {
    return builder().installed(version).running(version).build();
  }

  /** Returns the release whose binaries are installed. */
  public abstract MesosVersion installed();

  /** Returns the release the processes run; older than {@link #installed()} until a restart. */
  public abstract MesosVersion running();

  /**
   * Returns the flags the processes run with, by name without dashes: {@code credentials ->
   * /etc/mesos/credentials}. Boolean flags have the value {@code true} or {@code false}. Only flags
   * that take effect belong here: a {@code MESOS_*} variable the release ignores does not.
   */
  public abstract ImmutableMap<String, String> flags();

  /**
   * Returns whether these daemons started before the schedulers last restarted, so that they may
   * still hold the {@code FrameworkInfo} the schedulers registered with before (the reason the
   * upgrade guide restarts masters and slaves again in 0.13 to 0.14); empty if not known. A process
   * start time earlier than the schedulers' says true.
   */
  public abstract Optional<Boolean> startedBeforeSchedulers();

  /** Returns whether an install is waiting for a restart: {@link #running()} is not installed. */
  public boolean awaitsRestart() {
    return !running().equals(installed());
  }

  @Value.Check
  void check() {
    if (installed().isBefore(running())) {
      throw new IllegalArgumentException(runningAfterInstalledMessage(running(), installed()));
    }
    for (String name : flags().keySet()) {
      if (!MesosFlag.isValidName(name)) {
        throw new IllegalArgumentException(MesosFlag.invalidNameMessage(name));
      }
    }
  }

  /** Returns {@code running 0.14.2, installed 0.15.0, --zk=zk://zk1:2181/mesos}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("running ").append(running());
    if (awaitsRestart()) {
      out.append(", installed ").append(installed());
    }
    flags().forEach((name, value) -> out.append(", --").append(name).append('=').append(value));
    startedBeforeSchedulers()
        .ifPresent(
            before ->
                out.append(
                    before ? ", started before the schedulers" : ", started after the schedulers"));
    return out.toString();
  }

  static String runningAfterInstalledMessage(MesosVersion running, MesosVersion installed) {
    return String.format(
        "daemons cannot run %s with %s installed: the running release is the installed one or,"
            + " until a restart, an older one",
        running, installed);
  }
}
