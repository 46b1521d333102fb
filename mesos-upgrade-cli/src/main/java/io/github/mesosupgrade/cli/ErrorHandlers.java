package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.MalformedVersionException;
import io.github.mesosupgrade.UnsupportedUpgradeException;
import io.github.mesosupgrade.cluster.ClusterReadException;
import io.github.mesosupgrade.cluster.UnreadDaemon;
import io.github.mesosupgrade.json.PlanFormatException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into exactly one line on standard error, {@code mesos-upgrade plan: ...}, and
 * an {@link ExitCode}; never a stack trace.
 */
final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler {

  /** Handles errors found while parsing the command line: exit code {@link ExitCode#USAGE}. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(oneLine(ex.getMessage()));
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = unmatched.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      } else if (unmatched.isUnknownOption()) {
        line.append("; the options of ").append(name).append(" are ").append(options(command));
      }
    }
    line.append(" (see '").append(name).append(" --help')");
    command.getErr().println(name + ": " + line);
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
      code = ExitCode.INTERNAL;
      message =
          "internal error: "
              + ex.getClass().getName()
              + (ex.getMessage() == null ? "" : ": " + ex.getMessage())
              + "; this is a bug in mesos-upgrade, please report it with the command line that"
              + " caused it";
    }
    String name = command.getCommandSpec().qualifiedName();
    command.getErr().println(name + ": " + oneLine(String.valueOf(message)));
    command.getErr().flush();
    return code;
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
