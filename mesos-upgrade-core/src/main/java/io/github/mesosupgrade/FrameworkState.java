package io.github.mesosupgrade;

import com.google.common.collect.ImmutableSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a group of alike executors (or schedulers) runs now: the Mesos library release they are
 * linked against, the release the running processes use, and the {@link FrameworkChange}s made in
 * their code and running.
 *
 * <p>Frameworks on pure-language bindings link no Mesos library; for them {@link #linked()} is the
 * release whose API they were written against, and a {@link ClusterProfile} that says so makes the
 * planner leave the relink steps out.
 *
 * <pre>{@code
 * FrameworkState schedulers = FrameworkState.builder()
 *     .linked(MesosVersion.parse("0.15.0"))
 *     .running(MesosVersion.parse("0.14.2"))
 *     .addChangesMade(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class FrameworkState {
  FrameworkState() {}

  /** Returns a builder; {@code linked} is required, {@code running} defaults to it. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link FrameworkState}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link FrameworkState#builder()}.
   */
  public static final class Builder extends ImmutableFrameworkState.Builder {
    Builder() {}

    /**
     * Returns the group of frameworks with the attributes set so far.
     *
     * @return the group of frameworks
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid group of frameworks
     */
    @Override
    public FrameworkState build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /** Returns frameworks linked against {@code version} and running it, with no code changes. */
  public static FrameworkState linkedTo(MesosVersion version) {
    return builder().linked(version).build();
  }

  /** Returns the release of the Mesos native library and jar the frameworks are linked against. */
  public abstract MesosVersion linked();

  /**
   * Returns the release of the library the running processes use: older than {@link #linked()}
   * until the frameworks restart. Executors are started anew by the slaves for each task, so for
   * them it is the release linked.
   */
  @Value.Default
  public MesosVersion running() {
    return linked();
  }

  /** Returns the code changes made (built, perhaps not yet running). */
  public abstract ImmutableSet<FrameworkChange> changesMade();

  /** Returns the code changes the running processes have: made, and restarted since. */
  public abstract ImmutableSet<FrameworkChange> changesRunning();

  @Value.Check
  void check() {
    if (linked().isBefore(running())) {
      throw new IllegalArgumentException(runningAfterLinkedMessage(running(), linked()));
    }
    if (!changesMade().containsAll(changesRunning())) {
      throw new IllegalArgumentException(
          changeRunningNotMadeMessage(changesRunning(), changesMade()));
    }
  }

  /** Returns {@code linked 0.15.0, running 0.14.2, changes made [...], running [...]}. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder("linked ").append(linked());
    if (!running().equals(linked())) {
      out.append(", running ").append(running());
    }
    if (!changesMade().isEmpty()) {
      out.append(", changes made ").append(changesMade());
    }
    if (!changesRunning().isEmpty()) {
      out.append(", running ").append(changesRunning());
    }
    return out.toString();
  }

  static String runningAfterLinkedMessage(MesosVersion running, MesosVersion linked) {
    return String.format(
        "frameworks cannot run the %s library while linked against %s: the running library is the"
            + " linked one or, until a restart, an older one",
        running, linked);
  }

  static String changeRunningNotMadeMessage(
      Set<FrameworkChange> running, Set<FrameworkChange> made) {
    return String.format(
        "framework changes running %s must also be made, but the changes made are %s",
        running, made);
  }
}
