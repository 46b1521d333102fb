package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import io.github.mesosupgrade.internal.Shown;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An HTTP path served by a master or slave, with the release it appeared in and the release it went
 * away in, for example {@code /vars}, served by masters and slaves until 0.14.0.
 */
@Value.Immutable
public abstract class Endpoint {
  Endpoint() {}

  /** Returns a builder; {@code component}, {@code path} and {@code introducedIn} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Endpoint}: every setter returns this builder, and {@link #build()} checks the
   * attributes. Get one from {@link Endpoint#builder()}.
   */
  public static final class Builder extends ImmutableEndpoint.Builder {
    Builder() {}

    /**
     * Returns the endpoint with the attributes set so far.
     *
     * @return the endpoint
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid endpoint
     */
    @Override
    public Endpoint build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns a copy of this endpoint with the release it is removed in, {@code removedIn}, checked
   * like one from the builder.
   *
   * @param removedIn the new value
   * @return the copy, or this endpoint when nothing changes
   */
  public abstract Endpoint withRemovedIn(Optional<? extends MesosVersion> removedIn);

  /**
   * Returns a copy of this endpoint with the sources {@code sources} instead of this endpoint's,
   * checked like one from the builder.
   *
   * @param sources the new value
   * @return the copy, or this endpoint when nothing changes
   */
  public abstract Endpoint withSources(Iterable<? extends Source> sources);

  /** Returns the daemon that serves the path. */
  public abstract Component component();

  /** Returns the HTTP path, starting with {@code /}. */
  public abstract String path();

  /**
   * Returns the first release that serves the path; for paths older than the catalog's releases,
   * the oldest release the catalog knows it from.
   */
  public abstract MesosVersion introducedIn();

  /** Returns the first release that no longer serves the path, if one does not. */
  public abstract Optional<MesosVersion> removedIn();

  /** Returns where the facts about this endpoint come from. */
  public abstract ImmutableList<Source> sources();

  /** Returns whether a daemon of {@code version} serves this path. */
  public boolean isServedBy(MesosVersion version) {
    return Lifetime.contains(introducedIn(), removedIn(), version);
  }

  @Value.Check
  void check() {
    if (!component().isDaemon()) {
      throw new IllegalArgumentException(notOnDaemonMessage(path(), component()));
    }
    if (!path().startsWith("/")) {
      throw new IllegalArgumentException(pathMessage(path()));
    }
  }

  /** Returns {@code master /vars [0.11.0, 0.14.0)}. */
  @Override
  public String toString() {
    return component().singular()
        + " "
        + path()
        + " "
        + Lifetime.describe(introducedIn(), removedIn());
  }

  static String notOnDaemonMessage(String path, Component component) {
    return String.format(
        "endpoint %s is given for the %s, but only masters and slaves serve endpoints",
        Shown.value(path), component.singular());
  }

  static String pathMessage(String path) {
    return "endpoint path " + Shown.quoted(path) + " must start with /";
  }
}
