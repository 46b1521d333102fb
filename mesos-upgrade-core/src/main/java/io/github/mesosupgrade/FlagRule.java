package io.github.mesosupgrade;

import static io.github.mesosupgrade.UnknownFlagHandling.Behaviour.FATAL;

import java.util.List;
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
      String who = component.pluralAt(running);
      String daemon = component.nameAt(running);
      String notAccepted =
          String.format(
              handling.commandLine() == FATAL
                  ? Messages.V_NOT_ACCEPTED_FATAL
                  : Messages.V_NOT_ACCEPTED_IGNORED,
              daemon);
      return switch (kind) {
        case UNKNOWN -> {
          String variable = FlagChange.set(name, "true").environmentVariable().replace("=true", "");
          yield String.format(
              Messages.V_FLAG_UNKNOWN,
              step,
              who,
              name,
              String.format(
                  handling.commandLine() == FATAL
                      ? Messages.V_UNKNOWN_COMMAND_LINE_FATAL
                      : Messages.V_UNKNOWN_COMMAND_LINE_IGNORED,
                  daemon),
              String.format(
                  handling.environment() == FATAL
                      ? Messages.V_UNKNOWN_ENVIRONMENT_FATAL
                      : Messages.V_UNKNOWN_ENVIRONMENT_IGNORED,
                  variable),
              hint());
        }
        case NOT_YET -> {
          MesosVersion from = introducedIn.orElseThrow();
          yield String.format(
              Messages.V_FLAG_NOT_YET, step, who, running, name, from, notAccepted, who, from);
        }
        case GONE -> {
          MesosFlag flag = gone.orElseThrow();
          String advice =
              flag.renamedTo()
                  .map(renamed -> String.format(Messages.V_FLAG_GONE_RENAMED, name, renamed))
                  .orElse(String.format(Messages.V_FLAG_GONE_PLAIN, name));
          yield String.format(
              Messages.V_FLAG_GONE,
              step,
              who,
              running,
              name,
              flag.removedIn().orElseThrow(),
              notAccepted,
              advice);
        }
      };
    }

    /** The message refusing a cluster state whose daemons run with the flag. */
    String refusal() {
      String who = component.pluralAt(running) + " run " + running + " with --" + name;
      return switch (kind) {
        case UNKNOWN -> String.format(Messages.R_FLAG_UNKNOWN, who, hint(), stateClause());
        case NOT_YET -> String.format(Messages.R_FLAG_NOT_YET, who, introducedIn.orElseThrow());
        case GONE -> {
          MesosFlag flag = gone.orElseThrow();
          String renamed = flag.renamedTo().map(next -> ", renamed --" + next).orElse("");
          yield String.format(Messages.R_FLAG_GONE, who, flag.removedIn().orElseThrow(), renamed);
        }
      };
    }

    private String hint() {
      return spelledFor
          .map(real -> String.format(Messages.V_FLAG_SPELLING_HINT, real.name()))
          .orElse("");
    }

    private String stateClause() {
      boolean commandLine = handling.commandLine() == FATAL;
      boolean environment = handling.environment() == FATAL;
      if (commandLine) {
        return environment ? Messages.R_UNKNOWN_FATAL_FATAL : Messages.R_UNKNOWN_FATAL_IGNORED;
      }
      return environment ? Messages.R_UNKNOWN_IGNORED_FATAL : Messages.R_UNKNOWN_IGNORED_IGNORED;
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
}
