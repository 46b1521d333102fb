package io.github.mesosupgrade;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.mesosupgrade.internal.Shown;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A command-line flag of a master or slave, and its history: the release it appeared in, the
 * release it went away in, what it was renamed from or to, its default from release to release, and
 * spellings that documentation used but Mesos does not accept.
 *
 * <p>Mesos daemons refuse to start on an unknown flag given on the command line, and silently
 * ignore an unknown {@code MESOS_*} environment variable. So a flag that is not {@linkplain
 * #isAcceptedBy accepted} by a release either stops the daemon or is lost.
 */
@Value.Immutable
public abstract class MesosFlag {
  MesosFlag() {}

  /**
   * Returns a builder; {@code component}, {@code name}, {@code type} and {@code introducedIn} are
   * required.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MesosFlag}: every setter returns this builder, and {@link #build()} checks the
   * attributes. Get one from {@link MesosFlag#builder()}.
   */
  public static final class Builder extends ImmutableMesosFlag.Builder {
    Builder() {}

    /**
     * Returns the flag with the attributes set so far.
     *
     * @return the flag
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid flag
     */
    @Override
    public MesosFlag build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns a copy of this flag with the first release {@code introducedIn}, checked like one from
   * the builder.
   *
   * @param introducedIn the new value
   * @return the copy, or this flag when nothing changes
   */
  public abstract MesosFlag withIntroducedIn(MesosVersion introducedIn);

  /**
   * Returns a copy of this flag with the release it is removed in, {@code removedIn}, checked like
   * one from the builder.
   *
   * @param removedIn the new value
   * @return the copy, or this flag when nothing changes
   */
  public abstract MesosFlag withRemovedIn(Optional<? extends MesosVersion> removedIn);

  /**
   * Returns a copy of this flag with the deprecated names {@code deprecatedNames} instead of this
   * flag's, checked like one from the builder.
   *
   * @param deprecatedNames the new value
   * @return the copy, or this flag when nothing changes
   */
  public abstract MesosFlag withDeprecatedNames(
      Map<String, ? extends MesosVersion> deprecatedNames);

  /**
   * Returns a copy of this flag with the release it is required from, {@code requiredFrom}, checked
   * like one from the builder.
   *
   * @param requiredFrom the new value
   * @return the copy, or this flag when nothing changes
   */
  public abstract MesosFlag withRequiredFrom(Optional<? extends MesosVersion> requiredFrom);

  /**
   * Returns whether {@code name} is a lower-case letter followed by lower-case letters, digits and
   * underscores; a loop, as no pattern needs compiling on the way to the first plan.
   */
  static boolean isValidName(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z') {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the daemon that takes the flag: {@link Component#MASTER} or {@link Component#SLAVE}.
   */
  public abstract Component component();

  /** Returns the flag's name without dashes, for example {@code authenticate}. */
  public abstract String name();

  /** Returns the type of value the flag takes. */
  public abstract FlagType type();

  /** Returns what the flag does, in one sentence. */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * Returns the first release that accepts the flag. For flags older than the catalog's releases,
   * the oldest release the catalog knows it from.
   */
  public abstract MesosVersion introducedIn();

  /** Returns the first release that no longer accepts the flag, if one does not. */
  public abstract Optional<MesosVersion> removedIn();

  /** Returns the name this flag had before a rename, if it was renamed. */
  public abstract Optional<String> renamedFrom();

  /** Returns the name this flag got when it was renamed, if it was. */
  public abstract Optional<String> renamedTo();

  /**
   * Returns the deprecated names the flag also accepts, each with the first release that accepts
   * it: Mesos 1.0.0 renamed the master's {@code authenticate} to {@code authenticate_frameworks}
   * and keeps {@code authenticate} as an alias, so {@code authenticate_frameworks} maps {@code
   * authenticate} to {@code 1.0.0}. A daemon treats a deprecated name as the same setting, on the
   * command line and in the environment.
   */
  public abstract ImmutableMap<String, MesosVersion> deprecatedNames();

  /**
   * Returns the first release whose daemon refuses to start without this flag, if one does: the
   * agent's {@code work_dir} has no default from Mesos 1.0.0.
   */
  public abstract Optional<MesosVersion> requiredFrom();

  /**
   * Returns the default value by the release from which it holds: {@code {0.13.0=false,
   * 0.15.0=true}} for the slave's {@code checkpoint}. Empty if the flag has no default.
   */
  public abstract ImmutableMap<MesosVersion, String> defaults();

  /**
   * Returns spellings that documentation used for this flag but that no Mesos release accepts, for
   * example {@code authentication} for {@code authenticate}.
   */
  public abstract ImmutableList<String> unacceptedSpellings();

  /** Returns where the facts about this flag come from. */
  public abstract ImmutableList<Source> sources();

  /** Returns whether a daemon of {@code version} accepts this flag. */
  public boolean isAcceptedBy(MesosVersion version) {
    return Lifetime.contains(introducedIn(), removedIn(), version);
  }

  /**
   * Returns whether a daemon of {@code version} accepts this flag under {@code name}: its own name
   * or a deprecated name it accepts by then.
   *
   * @throws NullPointerException if {@code name} or {@code version} is null
   */
  public boolean acceptsName(String name, MesosVersion version) {
    requireNonNull(name, "name");
    if (!isAcceptedBy(version)) {
      return false;
    }
    if (name.equals(name())) {
      return true;
    }
    MesosVersion since = deprecatedNames().get(name);
    return since != null && version.isAtLeast(since);
  }

  /** Returns whether a daemon of {@code version} refuses to start without this flag. */
  public boolean isRequiredBy(MesosVersion version) {
    return isAcceptedBy(version) && requiredFrom().map(version::isAtLeast).orElse(Boolean.FALSE);
  }

  /**
   * Returns the default value a daemon of {@code version} uses, if the flag has one then; a flag
   * the release {@linkplain #isRequiredBy requires} has none.
   */
  public Optional<String> defaultAt(MesosVersion version) {
    if (!isAcceptedBy(version) || isRequiredBy(version)) {
      return Optional.empty();
    }
    Map.@Nullable Entry<MesosVersion, String> best = null;
    for (Map.Entry<MesosVersion, String> entry : defaults().entrySet()) {
      if (version.isAtLeast(entry.getKey())
          && (best == null || entry.getKey().isAtLeast(best.getKey()))) {
        best = entry;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.getValue());
  }

  /** Returns the flag as written on the command line, {@code --authenticate}. */
  public String commandLineName() {
    return "--" + name();
  }

  @Value.Check
  void check() {
    if (!component().isDaemon()) {
      throw new IllegalArgumentException(notOnDaemonMessage(name(), component()));
    }
    if (!isValidName(name())) {
      throw new IllegalArgumentException(invalidNameMessage(name()));
    }
    removedIn()
        .ifPresent(
            removed -> {
              if (removed.compareTo(introducedIn()) <= 0) {
                throw new IllegalArgumentException(
                    removedBeforeIntroducedMessage(name(), removed, introducedIn()));
              }
            });
    deprecatedNames()
        .forEach(
            (alias, since) -> {
              if (!isValidName(alias)) {
                throw new IllegalArgumentException(invalidNameMessage(alias));
              }
              if (alias.equals(name())) {
                throw new IllegalArgumentException(aliasOwnNameMessage(name()));
              }
              if (!isAcceptedBy(since)) {
                throw new IllegalArgumentException(aliasOutsideMessage(this, alias, since));
              }
            });
    requiredFrom()
        .ifPresent(
            required -> {
              if (!isAcceptedBy(required)) {
                throw new IllegalArgumentException(requiredOutsideMessage(this, required));
              }
            });
  }

  /** Returns {@code master --authenticate [0.15.0, )}. */
  @Override
  public String toString() {
    return component().singular()
        + " "
        + commandLineName()
        + " "
        + Lifetime.describe(introducedIn(), removedIn());
  }

  /** The message for {@code name}, which is not a flag name (in any type that names a flag). */
  static String invalidNameMessage(String name) {
    return Shown.quoted(name)
        + " is not a flag name: expected lower-case letters, digits and underscores, without"
        + " leading dashes, such as authenticate";
  }

  static String notOnDaemonMessage(String name, Component component) {
    return String.format(
        "flag %s is given for the %s, but only masters and slaves take flags",
        Shown.value(name), component.singular());
  }

  static String removedBeforeIntroducedMessage(
      String name, MesosVersion removed, MesosVersion introduced) {
    return String.format(
        "flag %s is removed in %s, which is not after %s, the release it was introduced in",
        Shown.value(name), removed, introduced);
  }

  static String aliasOwnNameMessage(String name) {
    return "flag " + Shown.value(name) + " cannot be a deprecated name of itself";
  }

  static String aliasOutsideMessage(MesosFlag flag, String alias, MesosVersion since) {
    return String.format(
        "flag %s accepts the deprecated name %s from %s, a release that does not accept the flag"
            + " %s",
        Shown.value(flag.name()), Shown.value(alias), since, Shown.value(flag.toString()));
  }

  static String requiredOutsideMessage(MesosFlag flag, MesosVersion required) {
    return String.format(
        "flag %s is required from %s, a release that does not accept the flag %s",
        Shown.value(flag.name()), required, Shown.value(flag.toString()));
  }
}
