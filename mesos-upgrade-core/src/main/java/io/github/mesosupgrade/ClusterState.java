package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * What a Mesos cluster runs now: for masters and slaves the releases installed and running and the
 * flags they run with; for executors and schedulers the library they link and the code changes made
 * and running. It is the input of {@link UpgradePlanner#plan(ClusterState, MesosVersion)}, which
 * plans only the steps still to do, and the state the {@link PlanValidator} simulates step by step.
 *
 * <p>Each component holds one entry per group of alike instances: one at rest, more while an
 * install, restart or relink is half done. Executors and schedulers may be left out when they are
 * not known; the planner then keeps every framework step the daemons do not prove done.
 *
 * <pre>{@code
 * ClusterState state = ClusterState.builder()
 *     .addMaster(DaemonState.of(MesosVersion.parse("0.15.0")))
 *     .addSlave(DaemonState.of(MesosVersion.parse("0.14.2")))
 *     .addSlave(DaemonState.of(MesosVersion.parse("0.15.0")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class ClusterState {
  ClusterState() {}

  /** Returns a builder; at least one master and one slave entry are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ClusterState}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link ClusterState#builder()}.
   */
  public static final class Builder extends ImmutableClusterState.Builder {
    Builder() {}
  }

  /**
   * Returns a cluster at rest on {@code version}: every master and slave installs and runs it, with
   * no flags recorded; executors and schedulers link and run it with no code changes.
   */
  public static ClusterState at(MesosVersion version) {
    requireNonNull(version, "version must not be null");
    FrameworkState frameworks = FrameworkState.linkedTo(version);
    return builder()
        .addMaster(DaemonState.of(version))
        .addSlave(DaemonState.of(version))
        .addExecutor(frameworks)
        .addScheduler(frameworks)
        .build();
  }

  /** Returns the groups of alike masters; never empty. */
  public abstract ImmutableSet<DaemonState> masters();

  /** Returns the groups of alike slaves; never empty. */
  public abstract ImmutableSet<DaemonState> slaves();

  /** Returns the groups of alike executors; empty when not known. */
  public abstract ImmutableSet<FrameworkState> executors();

  /** Returns the groups of alike schedulers; empty when not known. */
  public abstract ImmutableSet<FrameworkState> schedulers();

  /**
   * Returns the groups of {@code component}, a master or slave.
   *
   * @throws IllegalArgumentException if {@code component} is an executor or scheduler
   */
  public ImmutableSet<DaemonState> daemons(Component component) {
    if (!component.isDaemon()) {
      throw new IllegalArgumentException(notADaemonMessage(component));
    }
    return component == Component.MASTER ? masters() : slaves();
  }

  /**
   * Returns the groups of {@code component}, an executor or scheduler; empty when not known.
   *
   * @throws IllegalArgumentException if {@code component} is a master or slave
   */
  public ImmutableSet<FrameworkState> frameworks(Component component) {
    if (component.isDaemon()) {
      throw new IllegalArgumentException(notAFrameworkMessage(component));
    }
    return component == Component.EXECUTOR ? executors() : schedulers();
  }

  /** Returns whether the state says anything about {@code component}. */
  public boolean isKnown(Component component) {
    return component.isDaemon() || !frameworks(component).isEmpty();
  }

  /** Returns whether some component has instances in different states (work half done). */
  public boolean isMixed() {
    return masters().size() > 1
        || slaves().size() > 1
        || executors().size() > 1
        || schedulers().size() > 1;
  }

  /**
   * Returns the releases the instances of {@code component} run, oldest first: running releases for
   * masters and slaves, the library used by the running processes for executors and schedulers.
   */
  public ImmutableSortedSet<MesosVersion> running(Component component) {
    return component.isDaemon()
        ? versions(daemons(component), DaemonState::running)
        : versions(frameworks(component), FrameworkState::running);
  }

  /** Returns the releases installed on masters or slaves, or linked by executors or schedulers. */
  public ImmutableSortedSet<MesosVersion> installed(Component component) {
    return component.isDaemon()
        ? versions(daemons(component), DaemonState::installed)
        : versions(frameworks(component), FrameworkState::linked);
  }

  /** Returns the oldest release any master or slave installs or runs. */
  public MesosVersion oldestDaemonRelease() {
    ImmutableSortedSet.Builder<MesosVersion> all = ImmutableSortedSet.naturalOrder();
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      all.addAll(running(daemon)).addAll(installed(daemon));
    }
    return all.build().first();
  }

  /** Returns the newest release any master or slave installs or runs. */
  public MesosVersion newestDaemonRelease() {
    ImmutableSortedSet.Builder<MesosVersion> all = ImmutableSortedSet.naturalOrder();
    for (Component daemon : new Component[] {Component.MASTER, Component.SLAVE}) {
      all.addAll(running(daemon)).addAll(installed(daemon));
    }
    return all.build().last();
  }

  private static <T> ImmutableSortedSet<MesosVersion> versions(
      Set<T> groups, Function<T, MesosVersion> version) {
    // Groups share few releases: sort the distinct ones, not one per group.
    Set<MesosVersion> distinct = new HashSet<>();
    for (T group : groups) {
      distinct.add(version.apply(group));
    }
    return ImmutableSortedSet.copyOf(distinct);
  }

  /**
   * Returns a listing a person reads, one line per group: {@code masters: running 0.15.0,
   * --credentials=/etc/mesos/credentials}.
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    for (Component component : Component.values()) {
      Set<?> groups = component.isDaemon() ? daemons(component) : frameworks(component);
      if (groups.isEmpty()) {
        out.append(component.plural()).append(": not known\n");
      }
      for (Object group : groups) {
        out.append(component.plural()).append(": ").append(group).append('\n');
      }
    }
    return out.toString();
  }

  @Value.Check
  void check() {
    if (masters().isEmpty()) {
      throw new IllegalArgumentException(noDaemonsMessage(Component.MASTER));
    }
    if (slaves().isEmpty()) {
      throw new IllegalArgumentException(noDaemonsMessage(Component.SLAVE));
    }
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }

  static String notADaemonMessage(Component component) {
    return component.plural() + " are not daemons: ask for masters or slaves";
  }

  static String notAFrameworkMessage(Component component) {
    return component.plural() + " are not frameworks: ask for executors or schedulers";
  }

  static String noDaemonsMessage(Component daemon) {
    return "a cluster state needs at least one entry for the " + daemon.plural();
  }
}
