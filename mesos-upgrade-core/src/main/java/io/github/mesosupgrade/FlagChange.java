package io.github.mesosupgrade;

import io.github.mesosupgrade.internal.Shown;
import org.immutables.value.Value;

/**
 * A change to the command-line flags a master or slave runs with, applied when the step restarts
 * it: set {@code --authenticate=true}, or remove a flag the new release no longer accepts.
 *
 * <pre>{@code
 * FlagChange.set("credentials", "<path to credentials file>").commandLine();
 * // --credentials=<path to credentials file>
 * }</pre>
 */
@Value.Immutable
public abstract class FlagChange {
  FlagChange() {}

  /**
   * Returns the change that sets flag {@code name} to {@code value}. A value in angle brackets,
   * such as {@code <path to credentials file>}, is a placeholder the operator fills in.
   *
   * @param name the flag name without leading dashes, for example {@code authenticate}
   * @throws IllegalArgumentException if {@code name} is not a flag name or {@code value} is blank
   */
  public static FlagChange set(String name, String value) {
    return ImmutableFlagChange.builder().name(name).value(value).isRemoval(false).build();
  }

  /**
   * Returns the change that removes flag {@code name} from the command line and the environment.
   *
   * @throws IllegalArgumentException if {@code name} is not a flag name
   */
  public static FlagChange remove(String name) {
    return ImmutableFlagChange.builder().name(name).value("").isRemoval(true).build();
  }

  /** Returns the flag name without dashes, for example {@code authenticate}. */
  public abstract String name();

  /** Returns the value to set, or the empty string for a removal. */
  public abstract String value();

  /** Returns whether this change removes the flag instead of setting it. */
  public abstract boolean isRemoval();

  /** Returns whether the value is a placeholder in angle brackets that the operator fills in. */
  public boolean isPlaceholder() {
    return value().startsWith("<") && value().endsWith(">");
  }

  /**
   * Returns the command-line argument: {@code --authenticate=true} to set, or the argument to take
   * away, {@code --cgroups_hierarchy_root}, for a removal.
   */
  public String commandLine() {
    return isRemoval() ? "--" + name() : "--" + name() + "=" + value();
  }

  /**
   * Returns the same setting as an environment variable, as {@code mesos-master-env.sh} would set
   * it: {@code MESOS_AUTHENTICATE=true}, or {@code MESOS_CGROUPS_HIERARCHY_ROOT} for a removal.
   */
  public String environmentVariable() {
    String variable = "MESOS_" + name().toUpperCase(java.util.Locale.ROOT);
    return isRemoval() ? variable : variable + "=" + value();
  }

  @Value.Check
  void check() {
    if (!MesosFlag.isValidName(name())) {
      throw new IllegalArgumentException(MesosFlag.invalidNameMessage(name()));
    }
    if (!isRemoval() && value().isBlank()) {
      throw new IllegalArgumentException(valueBlankMessage(name()));
    }
  }

  /** Returns {@code set --name=value} or {@code remove --name}. */
  @Override
  public String toString() {
    return (isRemoval() ? "remove " : "set ") + commandLine();
  }

  static String valueBlankMessage(String name) {
    return "flag "
        + Shown.value(name)
        + " needs a value: use FlagChange.remove(name) to take a flag away";
  }
}
