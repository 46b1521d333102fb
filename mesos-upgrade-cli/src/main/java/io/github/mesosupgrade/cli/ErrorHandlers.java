package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.MalformedVersionException;
import io.github.mesosupgrade.UnsupportedUpgradeException;
import io.github.mesosupgrade.cluster.ClusterReadException;
import io.github.mesosupgrade.cluster.UnreadDaemon;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.PlanFormatException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ExecutionException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into exactly one line on standard error, {@code mesos-upgrade plan: ...}, and
 * an {@link ExitCode}; never a stack trace, unless {@value #DEBUG_VARIABLE} is {@code 1}.
 */
final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler {
  /** The environment variable that, set to {@code 1}, adds the stack trace of internal errors. */
  static final String DEBUG_VARIABLE = "MESOS_UPGRADE_DEBUG";

  private final boolean debug;

  /** Returns handlers that print the stack trace of internal errors if {@code debug}. */
  ErrorHandlers(boolean debug) {
    this.debug = debug;
  }

  /** Handles errors found while parsing the command line: exit code {@link ExitCode#USAGE}. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder();
    Optional<String> optionLike =
        ex instanceof MissingParameterException || ex instanceof UnmatchedArgumentException
            ? unknownOptionLike(command, args)
            : Optional.empty();
    if (optionLike.isPresent()) {
      String token = optionLike.get();
      if (token.length() > 1 && Character.isDigit(token.charAt(1))) {
        line.append('\'')
            .append(Shown.value(token))
            .append("' looks like an option, but ")
            .append(name)
            .append(" has no such option and Mesos versions are never negative: give versions such")
            .append(" as 0.11.0, and put an argument that starts with - after --");
      } else {
        line.append("Unknown option: '")
            .append(Shown.value(token))
            .append("'; the options of ")
            .append(name)
            .append(" are ")
            .append(options(command));
      }
    } else if (ex instanceof UnmatchedArgumentException unmatched
        && !command.getSubcommands().isEmpty()
        && !unmatched.getUnmatched().isEmpty()
        && !unmatched.getUnmatched().get(0).startsWith("-")) {
      line.append("unknown command '").append(Shown.value(unmatched.getUnmatched().get(0)));
      line.append('\'');
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
      line.append("; commands: ").append(String.join(", ", command.getSubcommands().keySet()));
    } else {
      line.append(oneLine(String.valueOf(ex.getMessage())));
      if (ex instanceof UnmatchedArgumentException unmatched) {
        List<String> suggestions = unmatched.getSuggestions();
        if (!suggestions.isEmpty()) {
          line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
        } else if (unmatched.isUnknownOption()) {
          line.append("; the options of ").append(name).append(" are ").append(options(command));
        }
      }
    }
    line.append(" (see '").append(name).append(" --help')");
    command.getErr().println(Shown.line(name + ": " + line));
    command.getErr().flush();
    return ExitCode.USAGE;
  }

  /** Handles exceptions thrown while a command runs, by kind. */
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
    int code;
    String message;
    if (ex instanceof UnsupportedUpgradeException refused) {
      code = ExitCode.REFUSED;
      boolean aboutVersions =
          refused.reason() == UnsupportedUpgradeException.Reason.UNKNOWN_VERSION
              || refused.reason() == UnsupportedUpgradeException.Reason.UNSUPPORTED_VERSION;
      message =
          aboutVersions
              ? refused.getMessage() + " (see 'mesos-upgrade versions')"
              : refused.getMessage();
    } else if (ex instanceof RefusedException) {
      code = ExitCode.REFUSED;
      message = ex.getMessage();
    } else if (ex instanceof ClusterReadException unreadable) {
      boolean aboutInput =
          unreadable.reason() == ClusterReadException.Reason.BAD_MASTER_URL
              || unreadable.reason() == ClusterReadException.Reason.BAD_CREDENTIALS_FILE
              || unreadable.reason() == ClusterReadException.Reason.BAD_CA_FILE;
      code = aboutInput ? ExitCode.USAGE : ExitCode.UNAVAILABLE;
      StringBuilder text = new StringBuilder(String.valueOf(ex.getMessage()));
      for (UnreadDaemon unread : unreadable.unreadable()) {
        text.append("; not read: ").append(unread);
      }
      message = text.toString();
    } else if (ex instanceof MalformedVersionException
        || ex instanceof UsageException
        || ex instanceof PlanFormatException) {
      code = ExitCode.USAGE;
      message = ex.getMessage();
    } else {
      Throwable cause =
          ex instanceof ExecutionException && ex.getCause() != null ? ex.getCause() : ex;
      return internalError(cause, command.getCommandSpec().qualifiedName(), command.getErr());
    }
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(Shown.line(name + ": " + oneLine(String.valueOf(message))));
    command.getErr().flush();
    return code;
  }

  /**
   * Prints the one line of an internal error {@code failure} of command {@code name} (and its stack
   * trace in debug mode) on {@code err}; returns {@link ExitCode#INTERNAL}.
   */
  int internalError(Throwable failure, String name, PrintWriter err) {
    String what =
        failure instanceof OutOfMemoryError
            ? "out of memory ("
                + failure.getClass().getName()
                + "); give java more heap, such as"
                + " JAVA_TOOL_OPTIONS=-Xmx1g, or a smaller input (at most "
                + InputFiles.LIMIT_VARIABLE
                + " bytes are read)"
            : failure.getClass().getName()
                + (failure.getMessage() == null ? "" : ": " + oneLine(failure.getMessage()))
                + "; this is a bug in mesos-upgrade, please report it with the command line that"
                + " caused it";
    err.println(
        Shown.line(
            name
                + ": internal error: "
                + what
                + " ("
                + DEBUG_VARIABLE
                + "=1 adds the stack trace)"));
    if (debug) {
      failure.printStackTrace(err);
    }
    err.flush();
    return ExitCode.INTERNAL;
  }

  /**
   * Returns the first argument of {@code args} before {@code --} that looks like an option but is
   * an option neither of {@code command} nor of the commands it belongs to.
   */
  private static Optional<String> unknownOptionLike(CommandLine command, String[] args) {
    for (String arg : args) {
      if (arg.equals("--")) {
        return Optional.empty();
      }
      if (arg.length() < 2 || !arg.startsWith("-")) {
        continue;
      }
      int eq = arg.indexOf('=');
      String option = eq < 0 ? arg : arg.substring(0, eq);
      boolean known = false;
      for (CommandLine c = command; c != null && !known; c = c.getParent()) {
        known = c.getCommandSpec().optionsMap().containsKey(option);
      }
      if (!known) {
        return Optional.of(arg);
      }
    }
    return Optional.empty();
  }

  private static String options(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec option : command.getCommandSpec().options()) {
      names.add(String.join("/", option.names()));
    }
    return String.join(", ", names);
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
