package io.github.mesosupgrade;

import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.FATAL;

import io.github.mesosupgrade.internal.Shown;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rule that a master or slave runs only with flags its release accepts, written once: which
 * flags break it, how (no release accepts the name, not yet, no longer), what the daemon does then
 * (from the catalog's {@link UnknownFlagHandling}), and the messages of the validator ({@link
 * ClusterModel}) and of refused cluster states ({@link StateChecks}).
 */
final class FlagRule {
  /** How a flag name is not accepted. */
  enum Kind {
    /** No release of the component accepts the name. */
    UNKNOWN,
    /** A later release accepts it. */
    NOT_YET,
    /** An earlier release accepted it, and a release since removed it. */
    GONE
  }

  /**
   * A flag name a daemon's release does not accept.
   *
   * @param kind how it is not accepted
   * @param component the master or slave
   * @param running the release it runs
   * @param name the name as given
   * @param spelledFor the real flag, when the name is a spelling documentation used
   * @param gone for {@link Kind#GONE}, the definition that was removed
   * @param introducedIn for {@link Kind#NOT_YET}, the first release that accepts it
   * @param handling what the release does with an unknown setting
   */
  record Problem(
      Kind kind,
      Component component,
      MesosVersion running,
      String name,
      Optional<MesosFlag> spelledFor,
      Optional<MesosFlag> gone,
      Optional<MesosVersion> introducedIn,
      UnknownFlagHandling handling) {

    ViolationCode code() {
      return kind == Kind.UNKNOWN ? ViolationCode.FLAG_UNKNOWN : ViolationCode.FLAG_NOT_ACCEPTED;
    }

    /** The validator's message for the step {@code step} that starts the daemon with the flag. */
    String violation(String step) {
      return switch (kind) {
        case UNKNOWN -> unknownMessage(step, component, running, name, spelledFor, handling);
        case NOT_YET ->
            notYetMessage(step, component, running, name, introducedIn.orElseThrow(), handling);
        case GONE -> goneMessage(step, component, running, name, gone.orElseThrow(), handling);
      };
    }

    /** The message refusing a cluster state whose daemons run with the flag. */
    String refusal() {
      return switch (kind) {
        case UNKNOWN -> unknownRefusalMessage(component, running, name, spelledFor, handling);
        case NOT_YET -> notYetRefusalMessage(component, running, name, introducedIn.orElseThrow());
        case GONE -> goneRefusalMessage(component, running, name, gone.orElseThrow());
      };
    }
  }

  private FlagRule() {}

  /**
   * Returns how a {@code component} of {@code running} does not accept flag {@code name}, if so.
   */
  static Optional<Problem> check(
      UpgradeCatalog catalog, Component component, MesosVersion running, String name) {
    if (catalog.flag(component, name, running).isPresent()) {
      return Optional.empty();
    }
    UnknownFlagHandling handling = catalog.unknownFlagHandling(component, running);
    List<MesosFlag> history = catalog.flagHistory(component, name);
    if (history.isEmpty()) {
      return Optional.of(
          new Problem(
              Kind.UNKNOWN,
              component,
              running,
              name,
              catalog.flagSpelled(component, name),
              Optional.empty(),
              Optional.empty(),
              handling));
    }
    Optional<MesosFlag> gone =
        history.stream()
            .filter(flag -> flag.removedIn().map(running::isAtLeast).orElse(false))
            .reduce((first, second) -> second);
    return Optional.of(
        new Problem(
            gone.isPresent() ? Kind.GONE : Kind.NOT_YET,
            component,
            running,
            name,
            Optional.empty(),
            gone,
            gone.isPresent() ? Optional.empty() : Optional.of(history.get(0).introducedIn()),
            handling));
  }

  static String unknownMessage(
      String step,
      Component component,
      MesosVersion running,
      String name,
      Optional<MesosFlag> spelledFor,
      UnknownFlagHandling handling) {
    String daemon = component.nameAt(running);
    String variable = "MESOS_" + name.toUpperCase(Locale.ROOT);
    return String.format(
        "step %s starts the %s with --%s, which no Mesos release accepts: %s%s%s",
        Shown.value(step),
        component.pluralAt(running),
        Shown.value(name),
        handling.commandLine() == FATAL
            ? "on the command line the " + daemon + " refuses to start"
            : "on the command line the " + daemon + " ignores it",
        handling.environment() == FATAL
            ? ", and as " + Shown.value(variable) + " in the environment it refuses too"
            : ", and as " + Shown.value(variable) + " in the environment it is silently ignored",
        spellingHint(spelledFor));
  }

  static String notYetMessage(
      String step,
      Component component,
      MesosVersion running,
      String name,
      MesosVersion from,
      UnknownFlagHandling handling) {
    String who = component.pluralAt(running);
    return String.format(
        "step %s starts the %s on %s with --%s, which is accepted only from %s: %s; set it once the"
            + " %s run %s or later",
        Shown.value(step),
        who,
        running,
        Shown.value(name),
        from,
        notAccepted(component, running, handling),
        who,
        from);
  }

  static String goneMessage(
      String step,
      Component component,
      MesosVersion running,
      String name,
      MesosFlag gone,
      UnknownFlagHandling handling) {
    String advice =
        gone.renamedTo()
            .map(
                renamed ->
                    "remove --"
                        + Shown.value(name)
                        + " and set --"
                        + Shown.value(renamed)
                        + " instead")
            .orElse("remove --" + Shown.value(name));
    return String.format(
        "step %s starts the %s on %s with --%s, which %s removed: %s; %s",
        Shown.value(step),
        component.pluralAt(running),
        running,
        Shown.value(name),
        gone.removedIn().orElseThrow(),
        notAccepted(component, running, handling),
        advice);
  }

  static String unknownRefusalMessage(
      Component component,
      MesosVersion running,
      String name,
      Optional<MesosFlag> spelledFor,
      UnknownFlagHandling handling) {
    boolean commandLine = handling.commandLine() == FATAL;
    boolean environment = handling.environment() == FATAL;
    String clause;
    if (commandLine) {
      clause =
          environment
              ? "on the command line and in the environment the daemon does not start"
              : "on the command line the daemon does not start and in the environment it is"
                  + " ignored";
    } else {
      clause =
          environment
              ? "in the environment the daemon does not start and on the command line it is"
                  + " ignored"
              : "the daemon ignores it";
    }
    return String.format(
        "cannot plan from this state: the %s, which no Mesos release accepts%s: %s, so no daemon"
            + " runs with it; list only the flags the daemons run with (ConfigLinter checks a"
            + " configuration)",
        runningWith(component, running, name), spellingHint(spelledFor), clause);
  }

  static String notYetRefusalMessage(
      Component component, MesosVersion running, String name, MesosVersion from) {
    return String.format(
        "cannot plan from this state: the %s, which Mesos accepts only from %s, so no daemon runs"
            + " with it; list only the flags the daemons run with (ConfigLinter checks a"
            + " configuration)",
        runningWith(component, running, name), from);
  }

  static String goneRefusalMessage(
      Component component, MesosVersion running, String name, MesosFlag gone) {
    String renamed = gone.renamedTo().map(next -> ", renamed --" + Shown.value(next)).orElse("");
    return String.format(
        "cannot plan from this state: the %s, which %s removed%s, so no daemon runs with it; list"
            + " only the flags the daemons run with (ConfigLinter checks a configuration)",
        runningWith(component, running, name), gone.removedIn().orElseThrow(), renamed);
  }

  private static String runningWith(Component component, MesosVersion running, String name) {
    return component.pluralAt(running) + " run " + running + " with --" + Shown.value(name);
  }

  private static String notAccepted(
      Component component, MesosVersion running, UnknownFlagHandling handling) {
    String daemon = component.nameAt(running);
    return handling.commandLine() == FATAL
        ? "the " + daemon + " refuses to start"
        : "the " + daemon + " ignores it, so the setting is lost";
  }

  private static String spellingHint(Optional<MesosFlag> spelledFor) {
    return spelledFor.map(real -> "; the real flag is --" + Shown.value(real.name())).orElse("");
  }
}
