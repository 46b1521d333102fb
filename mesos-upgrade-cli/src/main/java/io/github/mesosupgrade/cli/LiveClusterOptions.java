package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.cluster.ClusterReadException;
import io.github.mesosupgrade.cluster.ClusterReader;
import io.github.mesosupgrade.cluster.ClusterReaderOptions;
import io.github.mesosupgrade.cluster.ClusterReading;
import io.github.mesosupgrade.cluster.UnreadDaemon;
import io.github.mesosupgrade.internal.Shown;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the commands that read a running cluster ({@code state}, {@code plan --master},
 * {@code lint --master}), shared as one picocli mixin so that all three take them alike: the master
 * URLs, HTTP basic authentication, TLS trust, timeouts and limits, mapped to {@link
 * ClusterReaderOptions}.
 */
final class LiveClusterOptions {
  @Option(
      names = "--master",
      paramLabel = "URL",
      description = {
        "a master's base URL, such as http://m1.example.com:5050; give every master: the leading"
            + " one is found by following standbys' redirects"
      })
  List<String> masters = new ArrayList<>();

  @Option(
      names = "--credentials",
      paramLabel = "FILE",
      description = {
        "HTTP basic authentication from a file in the form of Mesos' --http_credentials (JSON"
            + " {\"credentials\":[{\"principal\":..,\"secret\":..}]} or lines 'principal secret');"
            + " the first credential, or that of --principal"
      })
  @Nullable String credentialsFile;

  @Option(
      names = "--principal",
      paramLabel = "NAME",
      description = "the principal to authenticate as, from --credentials or with --secret-file")
  String principal = "";

  @Option(
      names = "--secret-file",
      paramLabel = "FILE",
      description = "a file whose first line is the secret of --principal")
  @Nullable String secretFile;

  @Option(
      names = "--ca-file",
      paramLabel = "FILE",
      description = "PEM CA certificates to trust for https URLs, instead of the JDK's")
  @Nullable String caFile;

  @Option(
      names = "--connect-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "the longest wait for a connection, such as 500ms or 5s (default: 5s)")
  Duration connectTimeout = ClusterReaderOptions.DEFAULT_CONNECT_TIMEOUT;

  @Option(
      names = "--read-timeout",
      paramLabel = "DURATION",
      converter = DurationConverter.class,
      description = "the longest wait for a whole answer, such as 10s or 1m (default: 30s)")
  Duration readTimeout = ClusterReaderOptions.DEFAULT_READ_TIMEOUT;

  @Option(
      names = "--agent-requests",
      paramLabel = "N",
      description = "how many agents are read at once, 1 to 256 (default: 8)")
  int agentRequests = ClusterReaderOptions.DEFAULT_MAX_CONCURRENT_AGENT_REQUESTS;

  @Option(
      names = "--max-response-bytes",
      paramLabel = "N",
      description = "the largest answer read, in bytes (default: 67108864, 64 MiB)")
  long maxResponseBytes = ClusterReaderOptions.DEFAULT_MAX_RESPONSE_BYTES;

  /** Returns whether {@code --master} was given. */
  boolean given() {
    return !masters.isEmpty();
  }

  /**
   * Reads the cluster; shows progress on {@code err} while reading agents if {@code progress}, and
   * reads {@code --secret-file} with {@code files}.
   *
   * @throws UsageException if an option is out of range or names a file that cannot be used
   * @throws ClusterReadException if no cluster state can be read at all
   */
  ClusterReading read(PrintWriter err, boolean progress, InputFiles files) {
    checkGiven(
        "--credentials",
        credentialsFile,
        "give the path of a file in the form of Mesos'" + " --http_credentials");
    checkGiven(
        "--secret-file", secretFile, "give the path of a file whose first line is the" + " secret");
    checkGiven("--ca-file", caFile, "give the path of a file of PEM CA certificates");
    ClusterReaderOptions.Builder options = ClusterReaderOptions.builder();
    try {
      if (secretFile != null) {
        if (principal.isEmpty() || credentialsFile != null) {
          throw new UsageException(
              "--secret-file "
                  + Shown.value(secretFile)
                  + ": give it with --principal NAME, and without --credentials");
        }
        options.credential(principal, secret(files, secretFile));
      } else if (credentialsFile != null) {
        if (principal.isEmpty()) {
          options.credentialsFile(Path.of(credentialsFile));
        } else {
          options.credentialsFile(Path.of(credentialsFile), principal);
        }
      } else if (!principal.isEmpty()) {
        throw new UsageException(
            "--principal "
                + Shown.value(principal)
                + ": give its secret with --secret-file FILE or a --credentials FILE that has it");
      }
      if (caFile != null) {
        options.caFile(Path.of(caFile));
      }
      options
          .connectTimeout(connectTimeout)
          .readTimeout(readTimeout)
          .maxConcurrentAgentRequests(agentRequests)
          .maxResponseBytes(maxResponseBytes);
    } catch (IllegalArgumentException e) {
      throw new UsageException(
          e.getMessage()
              .replace("maxConcurrentAgentRequests", "--agent-requests")
              .replace("maxResponseBytes", "--max-response-bytes")
              .replace("connectTimeout", "--connect-timeout")
              .replace("readTimeout", "--read-timeout"));
    }
    if (progress) {
      options.progress(
          (read, total) -> {
            err.print(progressLine(read, total));
            err.flush();
          });
    }
    List<URI> urls = new ArrayList<>();
    for (String master : masters) {
      try {
        urls.add(URI.create(master));
      } catch (IllegalArgumentException e) {
        throw new UsageException(
            "--master "
                + Shown.value(master)
                + ": not a URL; give a master's base URL such as http://m1.example.com:5050");
      }
    }
    return ClusterReader.create(options.build()).read(urls);
  }

  /**
   * Refuses a file option given as an empty string: a script whose variable is unset would
   * otherwise read the cluster without the file it meant to give.
   */
  private static void checkGiven(String option, @Nullable String file, String whatWorks) {
    if (file != null && file.isEmpty()) {
      throw new UsageException(option + " is empty: no file given; " + whatWorks);
    }
  }

  private String secret(InputFiles files, String secretFile) {
    String text =
        files.read(
            "--secret-file",
            Shown.value(secretFile),
            secretFile,
            "give a readable file whose first line is the secret");
    String first = text.lines().findFirst().orElse("");
    if (first.isEmpty()) {
      throw new UsageException(
          "--secret-file "
              + Shown.value(secretFile)
              + ": the file is empty; put the secret on its first line");
    }
    return first;
  }

  /**
   * Returns what the progress shows on a terminal when {@code read} of {@code total} agents are
   * read: the count over the previous one (a carriage return first), and a line break after the
   * last.
   */
  static String progressLine(int read, int total) {
    return "\rread " + read + "/" + total + " agents" + (read == total ? "\n" : "");
  }

  /** Prints one line per daemon not read on {@code err}. */
  static void listUnread(ClusterReading reading, PrintWriter err) {
    for (UnreadDaemon unread : reading.unreadable()) {
      err.println("not read: " + unread);
    }
    err.flush();
  }

  /** Reads {@code 500ms}, {@code 5s}, {@code 2m} or a number of seconds. */
  static final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern DURATION = Pattern.compile("([0-9]{1,9})(ms|s|m)?");

    @Override
    public Duration convert(String value) {
      Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
      if (!matcher.matches() || Long.parseLong(matcher.group(1)) == 0) {
        throw new TypeConversionException(
            "'"
                + value
                + "' is not a duration: give a positive number with ms, s or m, such as 500ms or"
                + " 5s");
      }
      long amount = Long.parseLong(matcher.group(1));
      String unit = matcher.group(2) == null ? "s" : matcher.group(2);
      return switch (unit) {
        case "ms" -> Duration.ofMillis(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofSeconds(amount);
      };
    }
  }
}
