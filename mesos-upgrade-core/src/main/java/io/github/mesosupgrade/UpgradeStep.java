package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import io.github.mesosupgrade.internal.Shown;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing an operator does during an upgrade: install, restart, relink, reconfigure or change one
 * {@link Component}, towards one Mesos {@link #version()}, with the flag changes, notes and source
 * that belong to it.
 *
 * <p>Ids are stable across releases of this library and name the hop and the action, for example
 * {@code 0.14-0.15/restart-masters-with-credentials}. Steps are values: two steps with the same
 * attributes are equal.
 *
 * <pre>{@code
 * UpgradeStep step = plan.steps().get(1);
 * step.id();            // 0.11-0.12/restart-slaves
 * step.describe();      // Restart every slave on 0.12.1.
 * }</pre>
 */
@Value.Immutable
public abstract class UpgradeStep {
  UpgradeStep() {}

  /**
   * Returns a builder. {@code id}, {@code component}, {@code action}, {@code version}, {@code
   * necessity} and {@code source} are required; {@code frameworkChange} is required exactly for
   * {@link StepAction#UPDATE_FRAMEWORK}.
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link UpgradeStep}: every setter returns this builder, and {@link #build()} checks
   * the attributes. Get one from {@link UpgradeStep#builder()}.
   */
  public static final class Builder extends ImmutableUpgradeStep.Builder {
    Builder() {}

    /**
     * Returns the step with the attributes set so far.
     *
     * @return the step
     * @throws IllegalStateException if a required attribute is not set, naming each one and the
     *     call that sets it
     * @throws IllegalArgumentException if the attributes do not make a valid step
     */
    @Override
    public UpgradeStep build() {
      return RequiredAttributes.build(super::build);
    }
  }

  /**
   * Returns a copy of this step with the id {@code id}, checked like one from the builder.
   *
   * @param id the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withId(String id);

  /**
   * Returns a copy of this step with the component {@code component}, checked like one from the
   * builder.
   *
   * @param component the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withComponent(Component component);

  /**
   * Returns a copy of this step with the action {@code action}, checked like one from the builder.
   *
   * @param action the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withAction(StepAction action);

  /**
   * Returns a copy of this step with the framework change {@code frameworkChange}, checked like one
   * from the builder.
   *
   * @param frameworkChange the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withFrameworkChange(
      Optional<? extends FrameworkChange> frameworkChange);

  /**
   * Returns a copy of this step with the release {@code version}, checked like one from the
   * builder.
   *
   * @param version the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withVersion(MesosVersion version);

  /**
   * Returns a copy of this step with the necessity {@code necessity}, checked like one from the
   * builder.
   *
   * @param necessity the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withNecessity(Necessity necessity);

  /**
   * Returns a copy of this step with the purpose {@code purpose}, checked like one from the
   * builder.
   *
   * @param purpose the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withPurpose(String purpose);

  /**
   * Returns a copy of this step with the flag changes {@code flagChanges} instead of this step's,
   * checked like one from the builder.
   *
   * @param flagChanges the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withFlagChanges(Iterable<? extends FlagChange> flagChanges);

  /**
   * Returns a copy of this step with the flag changes {@code flagChanges} instead of this step's,
   * checked like one from the builder.
   *
   * @param flagChanges the new flag changes
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withFlagChanges(FlagChange... flagChanges);

  /**
   * Returns a copy of this step with the notes {@code notes} instead of this step's, checked like
   * one from the builder.
   *
   * @param notes the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withNotes(Iterable<? extends Note> notes);

  /**
   * Returns a copy of this step with the source {@code source}, checked like one from the builder.
   *
   * @param source the new value
   * @return the copy, or this step when nothing changes
   */
  public abstract UpgradeStep withSource(Source source);

  /**
   * Returns the stable id: the hop's release lines, a slash, and the action in words, for example
   * {@code 0.14-0.15/restart-masters-with-credentials}.
   */
  public abstract String id();

  /** Returns the component the step acts on, every instance of it. */
  public abstract Component component();

  /** Returns what the operator does. */
  public abstract StepAction action();

  /**
   * Returns the Mesos release the step works towards: the binaries it installs, the release it
   * restarts onto or on, the library it links.
   */
  public abstract MesosVersion version();

  /** Returns how binding the step is. */
  public abstract Necessity necessity();

  /** Returns the flag changes applied when a master or slave restarts; empty for other steps. */
  public abstract ImmutableList<FlagChange> flagChanges();

  /** Returns the code change of an {@link StepAction#UPDATE_FRAMEWORK} step; empty otherwise. */
  public abstract Optional<FrameworkChange> frameworkChange();

  /** Returns why the step is done, in one sentence; may be empty. */
  @Value.Default
  public String purpose() {
    return "";
  }

  /** Returns the facts the operator must know at this step. */
  public abstract ImmutableList<Note> notes();

  /** Returns where the step comes from. */
  public abstract Source source();

  /** Returns whether this step changes flag {@code name} (sets or removes it). */
  public boolean changesFlag(String name) {
    return flagChanges().stream().anyMatch(change -> change.name().equals(name));
  }

  /**
   * Returns the instruction in one line, for example {@code Restart every master on 0.15.0 with
   * --credentials=<path to credentials file>: the masters learn the frameworks' credentials.} From
   * Mesos 1.0 the slave is called agent: {@code Install the Mesos 1.0.0 binaries on every agent.}
   */
  public String describe() {
    StringBuilder out = new StringBuilder(instruction());
    switch (necessity()) {
      case REQUIRED -> {}
      case IF_NECESSARY -> out.append(" (if necessary)");
      case RECOMMENDED -> out.append(" (recommended)");
    }
    if (purpose().isEmpty()) {
      return out.append('.').toString();
    }
    return out.append(": ").append(purpose()).append('.').toString();
  }

  private String instruction() {
    String one = name(false);
    String all = name(true);
    return switch (action()) {
      case INSTALL_BINARIES -> "Install the Mesos " + version() + " binaries on every " + one;
      case RESTART ->
          component().isDaemon()
              ? "Restart every " + one + " on " + version() + flagText()
              : "Restart the " + all + " so they run their " + version() + " library and code";
      case RELINK ->
          component().isDaemon()
              ? "Rebuild the modules every "
                  + one
                  + " loads against Mesos "
                  + version()
                  + " and install them with its binaries"
              : "Relink the " + all + " against the Mesos " + version() + " native library and jar";
      case UPDATE_FRAMEWORK ->
          "Change the "
              + all
              + " to "
              + frameworkChange().map(FrameworkChange::description).orElse("");
      case RECONFIGURE -> "Reconfigure every " + one + " for " + version();
    };
  }

  /** The component's name in the step's release: a slave is called agent from Mesos 1.0. */
  private String name(boolean plural) {
    return plural ? component().pluralAt(version()) : component().nameAt(version());
  }

  private String flagText() {
    StringBuilder sets = new StringBuilder();
    StringBuilder removals = new StringBuilder();
    for (FlagChange change : flagChanges()) {
      StringBuilder target = change.isRemoval() ? removals : sets;
      target.append(target.length() == 0 ? "" : ", ").append(change.commandLine());
    }
    StringBuilder out = new StringBuilder();
    if (sets.length() > 0) {
      out.append(" with ").append(sets);
    }
    if (removals.length() > 0) {
      out.append(sets.length() > 0 ? "," : "").append(" after removing ").append(removals);
    }
    return out.toString();
  }

  /**
   * Returns whether {@code id} is a hop, a slash and a name: {@code 0.14-0.15/install-masters},
   * {@code 1.4.3-1.5.0/restart-agents}; the hop is two release lines or releases joined by a dash,
   * the name lower-case letters and digits in words joined by dashes. A loop rather than a regular
   * expression: the built-in catalog checks every step it makes on the way to the first plan, and
   * compiling a pattern there costs more than all the checks.
   */
  static boolean isValidId(String id) {
    int slash = id.indexOf('/');
    if (slash < 0) {
      return false;
    }
    int dash = id.indexOf('-');
    return dash >= 0
        && dash < slash
        && isLineOrRelease(id, 0, dash)
        && isLineOrRelease(id, dash + 1, slash)
        && isName(id, slash + 1, id.length());
  }

  /** Whether {@code text[start, end)} is two or three runs of digits joined by dots. */
  private static boolean isLineOrRelease(String text, int start, int end) {
    int parts = 0;
    int i = start;
    while (true) {
      int digits = i;
      while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
        i++;
      }
      if (i == digits) {
        return false;
      }
      parts++;
      if (i == end) {
        return parts >= 2;
      }
      if (text.charAt(i) != '.' || parts == 3) {
        return false;
      }
      i++;
    }
  }

  /** Whether {@code text[start, end)} is words of {@code a-z0-9} joined by single dashes. */
  private static boolean isName(String text, int start, int end) {
    boolean wordStarts = true;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '-' && !wordStarts) {
        wordStarts = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        wordStarts = false;
      } else {
        return false;
      }
    }
    return !wordStarts;
  }

  @Value.Check
  void check() {
    if (!isValidId(id())) {
      throw new IllegalArgumentException(idInvalidMessage(id()));
    }
    if (!action().appliesTo(component())) {
      throw new IllegalArgumentException(actionNotApplicableMessage(id(), action(), component()));
    }
    if (!flagChanges().isEmpty() && (action() != StepAction.RESTART || !component().isDaemon())) {
      throw new IllegalArgumentException(flagsNotApplicableMessage(id()));
    }
    if (frameworkChange().isPresent() != (action() == StepAction.UPDATE_FRAMEWORK)) {
      throw new IllegalArgumentException(frameworkChangeMessage(id()));
    }
    long distinctFlags = flagChanges().stream().map(FlagChange::name).distinct().count();
    if (distinctFlags != flagChanges().size()) {
      throw new IllegalArgumentException(flagTwiceMessage(id()));
    }
  }

  /** Returns {@code id: describe()}. */
  @Override
  public String toString() {
    return id() + ": " + describe();
  }

  static String idInvalidMessage(String id) {
    return "step id "
        + Shown.quoted(id)
        + " is not of the form from-to/words, such as 0.14-0.15/install-masters";
  }

  static String actionNotApplicableMessage(String id, StepAction action, Component component) {
    return String.format(
        "step %s: %s cannot be done to %s", Shown.value(id), action, component.plural());
  }

  static String flagsNotApplicableMessage(String id) {
    return "step " + Shown.value(id) + ": only a restart of masters or slaves can change flags";
  }

  static String frameworkChangeMessage(String id) {
    return "step "
        + Shown.value(id)
        + ": a framework change is given exactly for UPDATE_FRAMEWORK steps";
  }

  static String flagTwiceMessage(String id) {
    return "step " + Shown.value(id) + " changes the same flag twice";
  }
}
