package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.json.ClusterJson;
import io.github.mesosupgrade.json.PlanFormat;
import io.github.mesosupgrade.json.PlanJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line against hostile input and failing output: endless and huge inputs, devices,
 * named pipes, control and invisible characters, errors of the JVM and output that cannot be
 * written. Each case asserts the exit code and the whole one-line message, and none takes more than
 * a few seconds.
 */
class HostileInputTest {
  private static final String NL = System.lineSeparator();
  private static final Duration QUICK = Duration.ofSeconds(10);
  private static final String PLAN_WORKS =
      "give the path of a JSON plan written by 'mesos-upgrade plan FROM TO --format json', or - to"
          + " read standard input";
  private static final String STATE_WORKS =
      "give the path of a JSON cluster state (mesos-upgrade-state.schema.json)";
  private static final String PROFILE_WORKS =
      "give the path of a JSON profile (mesos-upgrade-profile.schema.json)";
  private static final String CATALOG_WORKS =
      "give the path of a JSON catalog (schema: mesos-upgrade-catalog.schema.json in the jar)";
  private static final String TOO_BIG_1000 =
      "it is larger than the input limit of 1000 bytes (set MESOS_UPGRADE_MAX_INPUT_BYTES to raise"
          + " it)";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(InputStream in, Map<String, String> env, String... args) {
    return MesosUpgradeCli.run(in, new PrintWriter(out), new PrintWriter(err), () -> env, args);
  }

  private int run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), Map.of(), args);
  }

  private int runWithLimit(long limit, String... args) {
    return run(
        new ByteArrayInputStream(new byte[0]),
        Map.of(InputFiles.LIMIT_VARIABLE, Long.toString(limit)),
        args);
  }

  /** Asserts nothing on standard output and exactly {@code line} on standard error. */
  private void failedWith(int code, int exitCode, String line) {
    assertThat(err.toString()).isEqualTo(line + NL);
    assertThat(out.toString()).isEmpty();
    assertThat(exitCode).isEqualTo(code);
  }

  private Path write(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes a named pipe with {@code mkfifo}, or skips the test where there is none. */
  private Path fifo(String name) throws InterruptedException {
    Path fifo = dir.resolve(name);
    try {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
    } catch (IOException e) {
      assumeTrue(false, "no mkfifo: " + e.getMessage());
    }
    return fifo;
  }

  private static String stateOfAgents(int agents) {
    StringBuilder json =
        new StringBuilder("{\"schemaVersion\": 1, \"masters\": [{\"running\": \"1.10.0\"}],");
    json.append(" \"slaves\": [");
    for (int i = 0; i < agents; i++) {
      json.append(i == 0 ? "" : ", ")
          .append("{\"running\": \"1.10.0\", \"flags\": {\"work_dir\": \"/var/lib/mesos\"}}");
    }
    return json.append("]}").toString();
  }

  @Nested
  class EndlessOrHugeInput {
    @Test
    void anEndlessStandardInputIsCutAtTheLimit() {
      InputStream endless =
          new InputStream() {
            @Override
            public int read() {
              return ' ';
            }
          };
      int code =
          assertTimeoutPreemptively(
              QUICK,
              () -> run(endless, Map.of(InputFiles.LIMIT_VARIABLE, "1000"), "validate", "-"));
      failedWith(
          ExitCode.USAGE,
          code,
          "mesos-upgrade validate: cannot read standard input: "
              + TOO_BIG_1000
              + "; "
              + PLAN_WORKS);
    }

    @Test
    void anEndlessStandardInputIsCutAtTheDefaultLimit() {
      long[] read = {0};
      InputStream endless =
          new InputStream() {
            @Override
            public int read() {
              read[0]++;
              return ' ';
            }

            @Override
            public int read(byte[] buffer, int offset, int length) {
              java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
              read[0] += length;
              return length;
            }
          };
      int code = assertTimeoutPreemptively(QUICK, () -> run(endless, Map.of(), "validate", "-"));
      failedWith(
          ExitCode.USAGE,
          code,
          "mesos-upgrade validate: cannot read standard input: it is larger than the input limit of"
              + " 16777216 bytes (set MESOS_UPGRADE_MAX_INPUT_BYTES to raise it); "
              + PLAN_WORKS);
      assertThat(read[0]).isEqualTo(InputFiles.DEFAULT_LIMIT + 1);
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            validate /dev/zero                      | mesos-upgrade validate: cannot read /dev/zero: it is not a regular file or a named pipe; PLAN
            plan 1.0.0 1.1.0 --state /dev/zero      | mesos-upgrade plan: cannot read /dev/zero: it is not a regular file or a named pipe; STATE
            plan 1.0.0 1.1.0 --profile /dev/zero    | mesos-upgrade plan: cannot read /dev/zero: it is not a regular file or a named pipe; PROFILE
            plan 1.0.0 1.1.0 --catalog /dev/zero    | mesos-upgrade plan: cannot read --catalog /dev/zero: it is not a regular file or a named pipe; CATALOG
            versions --catalog /dev/zero            | mesos-upgrade versions: cannot read --catalog /dev/zero: it is not a regular file or a named pipe; CATALOG
            validate --catalog /dev/zero -          | mesos-upgrade validate: cannot read --catalog /dev/zero: it is not a regular file or a named pipe; CATALOG
            validate /dev/null                      | mesos-upgrade validate: cannot read /dev/null: it is not a regular file or a named pipe; PLAN
            validate /                              | mesos-upgrade validate: cannot read /: it is a directory; PLAN
            """)
    void aDeviceOrDirectoryIsRefusedBeforeItIsOpened(String args, String line) {
      assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
      int code = assertTimeoutPreemptively(QUICK, () -> run(args.split(" ")));
      failedWith(
          ExitCode.USAGE,
          code,
          line.replace("PLAN", PLAN_WORKS)
              .replace("STATE", STATE_WORKS)
              .replace("PROFILE", PROFILE_WORKS)
              .replace("CATALOG", CATALOG_WORKS));
    }

    @Test
    void aCredentialsFileThatIsADeviceIsNotOpened() {
      assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
      int code =
          assertTimeoutPreemptively(
              QUICK,
              () ->
                  run(
                      "lint",
                      "--component",
                      "master",
                      "--release",
                      "1.11.0",
                      "--",
                      "--credentials=/dev/zero",
                      "--authenticate",
                      "--work_dir=/var/lib/mesos"));
      assertThat(code).isEqualTo(ExitCode.OK);
      assertThat(err.toString()).isEmpty();
      assertThat(out.toString())
          .isEqualTo(
              "master 1.11.0: no findings"
                  + NL
                  + "note: cannot read /dev/zero: it is not a regular file, so its lines were not"
                  + " checked"
                  + NL);
    }

    @Test
    void aFileJustOverTheLimitIsRefusedAndOneAtTheLimitIsRead() {
      Path over = write("over.json", " ".repeat(1001));
      failedWith(
          ExitCode.USAGE,
          runWithLimit(1000, "validate", over.toString()),
          "mesos-upgrade validate: cannot read " + over + ": " + TOO_BIG_1000 + "; " + PLAN_WORKS);

      err.getBuffer().setLength(0);
      Path at = write("at.json", "[" + " ".repeat(998) + "]");
      failedWith(
          ExitCode.USAGE,
          runWithLimit(1000, "validate", at.toString()),
          "mesos-upgrade validate: "
              + at
              + ": the document is an empty array: expected a JSON object with schemaVersion, from,"
              + " to and hops");
    }

    @Test
    void aHugeFileIsRefusedByItsSizeWithoutReadingIt() throws IOException {
      Path huge = dir.resolve("huge.json");
      try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
        file.setLength(273L * 1000 * 1000);
      }
      Map<String, String> works =
          Map.of("--state", STATE_WORKS, "--profile", PROFILE_WORKS, "--catalog", CATALOG_WORKS);
      for (Map.Entry<String, String> option : works.entrySet()) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        int code =
            assertTimeoutPreemptively(
                QUICK, () -> run("plan", "1.0.0", "1.1.0", option.getKey(), huge.toString()));
        failedWith(
            ExitCode.USAGE,
            code,
            "mesos-upgrade plan: cannot read "
                + (option.getKey().equals("--catalog") ? "--catalog " : "")
                + huge
                + ": it is larger than the input limit of 16777216 bytes (set"
                + " MESOS_UPGRADE_MAX_INPUT_BYTES to raise it); "
                + option.getValue());
      }
    }

    @Test
    void aCredentialsFileOverTheLimitIsNotRead() {
      Path big = write("credentials", "principal secret\n".repeat(100));
      int code =
          runWithLimit(
              1000,
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--",
              "--credentials=" + big,
              "--authenticate=true");
      assertThat(code).isEqualTo(ExitCode.OK);
      assertThat(err.toString()).isEmpty();
      assertThat(out.toString())
          .isEqualTo(
              "master 0.15.0: no findings"
                  + NL
                  + "note: cannot read "
                  + big
                  + ": "
                  + TOO_BIG_1000
                  + ", so its lines were not checked"
                  + NL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "lots", "1e9", ""})
    void aLimitThatIsNotAWholeNumberOfBytesIsAUsageError(String limit) {
      int code =
          run(
              new ByteArrayInputStream(new byte[0]),
              Map.of(InputFiles.LIMIT_VARIABLE, limit),
              "versions");
      failedWith(
          ExitCode.USAGE,
          code,
          "mesos-upgrade versions: MESOS_UPGRADE_MAX_INPUT_BYTES is \""
              + limit
              + "\": expected a whole number of bytes from 1, such as 16777216 (the default)");
    }

    @Test
    void aBigStateWithinTheLimitIsPlannedQuickly() {
      String json = stateOfAgents(20_000);
      Path state = write("state.json", json);
      int code =
          assertTimeoutPreemptively(
              QUICK, () -> run("plan", "1.10.0", "1.11.0", "--state", state.toString()));
      assertThat(err.toString()).isEmpty();
      assertThat(code).isEqualTo(ExitCode.OK);
      assertThat(out.toString())
          .isEqualTo(
              PlanFormat.TEXT.render(
                  UpgradePlanner.plan(
                      UpgradeCatalog.builtIn(),
                      ClusterJson.readState(json),
                      MesosVersion.parse("1.11.0"),
                      ClusterProfile.unknown())));
    }

    @Test
    void aDeeplyNestedDocumentIsRefusedInOneLine() {
      Path deep = write("deep.json", "[".repeat(100_000) + "]".repeat(100_000));
      failedWith(
          ExitCode.USAGE,
          run("validate", deep.toString()),
          "mesos-upgrade validate: "
              + deep
              + ": not JSON: Document nesting depth (1001) exceeds the maximum allowed (1000, from"
              + " `StreamReadConstraints.getMaxNestingDepth()`); expected a plan written by"
              + " 'mesos-upgrade plan FROM TO --format json'");
    }
  }

  @Nested
  class NamedPipes {
    @Test
    void aCredentialsPipeWithNoWriterIsNotOpened() throws InterruptedException {
      Path fifo = fifo("credentials");
      int code =
          assertTimeoutPreemptively(
              QUICK,
              () ->
                  run(
                      "lint",
                      "--component",
                      "master",
                      "--release",
                      "0.15.0",
                      "--",
                      "--credentials=" + fifo,
                      "--authenticate"));
      assertThat(code).isEqualTo(ExitCode.OK);
      assertThat(err.toString()).isEmpty();
      assertThat(out.toString())
          .isEqualTo(
              "master 0.15.0: no findings"
                  + NL
                  + "note: cannot read "
                  + fifo
                  + ": it is not a regular file, so its lines were not checked"
                  + NL);
    }

    @Test
    void aPipeNamedAsTheInputIsRead() throws Exception {
      Path fifo = fifo("plan.json");
      String plan = PlanJson.write(UpgradePlanner.plan("0.14.0", "0.15.0"));
      Thread writer = writer(fifo, plan.getBytes(StandardCharsets.UTF_8), false);
      int code = assertTimeoutPreemptively(QUICK, () -> run("validate", fifo.toString()));
      writer.join(QUICK.toMillis());
      assertThat(err.toString()).isEmpty();
      assertThat(out.toString()).startsWith("valid: ");
      assertThat(code).isEqualTo(ExitCode.OK);
    }

    @Test
    void anEndlessPipeIsCutAtTheLimit() throws Exception {
      Path fifo = fifo("state.json");
      Thread writer = writer(fifo, " ".repeat(4096).getBytes(StandardCharsets.UTF_8), true);
      int code =
          assertTimeoutPreemptively(
              QUICK,
              () -> runWithLimit(1000, "plan", "1.0.0", "1.1.0", "--state", fifo.toString()));
      writer.join(QUICK.toMillis());
      failedWith(
          ExitCode.USAGE,
          code,
          "mesos-upgrade plan: cannot read " + fifo + ": " + TOO_BIG_1000 + "; " + STATE_WORKS);
    }

    /** Writes {@code bytes} into {@code fifo}, over and over if {@code endless}, until refused. */
    private Thread writer(Path fifo, byte[] bytes, boolean endless) {
      Thread thread =
          new Thread(
              () -> {
                try (OutputStream pipe = Files.newOutputStream(fifo)) {
                  do {
                    pipe.write(bytes);
                  } while (endless);
                } catch (IOException e) {
                  // the reader closed the pipe at the limit: what an endless writer expects
                }
              });
      thread.setDaemon(true);
      thread.start();
      return thread;
    }
  }

  @Nested
  class EmptyPaths {
    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            plan 0.14.0 0.15.0 --state=    | mesos-upgrade plan: --state is empty: no file given; STATE
            plan 0.14.0 0.15.0 --profile=  | mesos-upgrade plan: --profile is empty: no file given; PROFILE
            plan 0.14.0 0.15.0 --catalog=  | mesos-upgrade plan: --catalog is empty: no file given; CATALOG
            versions --catalog=            | mesos-upgrade versions: --catalog is empty: no file given; CATALOG
            """)
    void anEmptyPathIsNoFileGiven(String args, String line) {
      failedWith(
          ExitCode.USAGE,
          run(args.split(" ")),
          line.replace("STATE", STATE_WORKS)
              .replace("PROFILE", PROFILE_WORKS)
              .replace("CATALOG", CATALOG_WORKS));
    }

    @Test
    void anEmptyFileArgumentIsNoFileGiven() {
      failedWith(
          ExitCode.USAGE,
          run("validate", ""),
          "mesos-upgrade validate: FILE is empty: no file given; " + PLAN_WORKS);
    }
  }

  @Nested
  class HostileCharacters {
    private static final String HOSTILE = "a\u001b[2J\u0007\u00a0\u202eb\u200b";
    private static final String SHOWN = "a\\u001b[2J\\u0007\\u00a0\\u202eb\\u200b";

    @Test
    void aFileNameIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run("validate", HOSTILE + ".json"),
          "mesos-upgrade validate: cannot read " + SHOWN + ".json: no such file; " + PLAN_WORKS);
    }

    @Test
    void anOptionIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run("plan", "0.14.0", "0.15.0", "--" + HOSTILE),
          "mesos-upgrade plan: Unknown option: '--"
              + SHOWN
              + "'; the options of mesos-upgrade plan are --master, --credentials, --principal,"
              + " --secret-file, --ca-file, --connect-timeout, --read-timeout, --agent-requests,"
              + " --max-response-bytes, --allow-unknown-agents, -f/--format, --catalog, --state,"
              + " --profile, -h/--help, -V/--version (see 'mesos-upgrade plan --help')");
    }

    @Test
    void aFormatIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run("versions", "--format", HOSTILE),
          "mesos-upgrade versions: Invalid value for option '--format': '"
              + SHOWN
              + "' is not a format: expected text or json (see 'mesos-upgrade versions --help')");
    }

    @Test
    void aCommandIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run(HOSTILE),
          "mesos-upgrade: unknown command '"
              + SHOWN
              + "'; commands: plan, validate, versions, schema, state, lint, help (see 'mesos-upgrade"
              + " --help')");
    }

    @Test
    void aSchemaNameIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run("schema", HOSTILE),
          "mesos-upgrade schema: NAME \""
              + SHOWN
              + "\" is not a schema: expected plan, state, profile, catalog, versions, validation,"
              + " lint, preflight");
    }

    @Test
    void aFieldNameInAFileIsShownEscaped() {
      Path state =
          write(
              "state.json",
              "{\"schemaVersion\": 1, \"" + SHOWN + "\": [], \"masters\": [], \"slaves\": []}");
      failedWith(
          ExitCode.USAGE,
          run("plan", "1.0.0", "1.1.0", "--state", state.toString()),
          "mesos-upgrade plan: "
              + state
              + ": "
              + SHOWN
              + " is not a field: the fields are schemaVersion, masters, slaves, agents,"
              + " executors, schedulers");
    }

    @Test
    void aNulCharacterInAPathIsNamed() {
      failedWith(
          ExitCode.USAGE,
          run("validate", "a\u0000b"),
          "mesos-upgrade validate: cannot read a\\u0000b: Nul character not allowed; "
              + PLAN_WORKS);
    }

    @Test
    void aLongValueIsCut() {
      String name = "x".repeat(10_000) + ".json";
      failedWith(
          ExitCode.USAGE,
          run("validate", name),
          "mesos-upgrade validate: cannot read "
              + "x".repeat(120)
              + "... (10005 characters): File name too long; "
              + PLAN_WORKS);
    }

    @Test
    void aVersionIsShownEscaped() {
      failedWith(
          ExitCode.USAGE,
          run("plan", "\u001b]0;owned\u0007", "0.15.0"),
          "mesos-upgrade plan: from \"\\u001b]0;owned\\u0007\" is not a Mesos version: expected"
              + " major.minor.patch, three whole numbers such as 0.15.0");
    }
  }

  @Nested
  class CommandLineMistakes {
    @Test
    void anUnknownCommandIsNamed() {
      failedWith(
          ExitCode.USAGE,
          run("bogus"),
          "mesos-upgrade: unknown command 'bogus'; commands: plan, validate, versions, schema,"
              + " state, lint, help (see 'mesos-upgrade --help')");
    }

    @Test
    void aNegativeVersionIsNamedAsLookingLikeAnOption() {
      failedWith(
          ExitCode.USAGE,
          run("plan", "-1.0.0", "0.15.0"),
          "mesos-upgrade plan: '-1.0.0' looks like an option, but mesos-upgrade plan has no such"
              + " option and Mesos versions are never negative: give versions such as 0.11.0,"
              + " and put an argument that starts with - after -- (see 'mesos-upgrade plan"
              + " --help')");
    }
  }

  @Nested
  class ErrorsOfTheJvm {
    private InputStream throwing(Error error) {
      return new InputStream() {
        @Override
        public int read() {
          throw error;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          throw error;
        }
      };
    }

    @Test
    void outOfMemoryIsOneLineAndExitCode70() {
      failedWith(
          ExitCode.INTERNAL,
          run(throwing(new OutOfMemoryError("Java heap space")), Map.of(), "validate", "-"),
          "mesos-upgrade: internal error: out of memory (java.lang.OutOfMemoryError); give java"
              + " more heap, such as JAVA_TOOL_OPTIONS=-Xmx1g, or a smaller input (at most"
              + " MESOS_UPGRADE_MAX_INPUT_BYTES bytes are read)"
              + " (MESOS_UPGRADE_DEBUG=1 adds the stack trace)");
    }

    @Test
    void aStackOverflowIsOneLineAndExitCode70() {
      failedWith(
          ExitCode.INTERNAL,
          run(throwing(new StackOverflowError()), Map.of(), "validate", "-"),
          "mesos-upgrade: internal error: java.lang.StackOverflowError; this is a bug in"
              + " mesos-upgrade, please report it with the command line that caused it"
              + " (MESOS_UPGRADE_DEBUG=1 adds the stack trace)");
    }

    @Test
    void theDebugSwitchAddsTheStackTrace() {
      int code =
          run(
              throwing(new StackOverflowError()),
              Map.of("MESOS_UPGRADE_DEBUG", "1"),
              "validate",
              "-");
      assertThat(code).isEqualTo(ExitCode.INTERNAL);
      List<String> lines = err.toString().lines().toList();
      assertThat(lines.get(0))
          .isEqualTo(
              "mesos-upgrade: internal error: java.lang.StackOverflowError; this is a bug in"
                  + " mesos-upgrade, please report it with the command line that caused it"
                  + " (MESOS_UPGRADE_DEBUG=1 adds the stack trace)");
      assertThat(lines.get(1)).isEqualTo("java.lang.StackOverflowError");
      assertThat(lines.subList(2, lines.size())).allMatch(line -> line.startsWith("\tat "));
    }
  }

  @Nested
  class FailedOutput {
    private static final String CANNOT_WRITE =
        "mesos-upgrade: cannot write standard output: the output is incomplete (is the disk full"
            + " or the reading end of the pipe closed?)";

    private int runInto(OutputStream stdout, String... args) {
      PrintWriter failing = new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
      return MesosUpgradeCli.run(
          new ByteArrayInputStream(new byte[0]), failing, new PrintWriter(err), Map::of, args);
    }

    private List<String> withFiles(String args) {
      String plan = PlanJson.write(UpgradePlanner.plan("0.14.0", "0.15.0"));
      Path planFile = write("plan.json", plan);
      Path stateFile = write("state.json", stateOfAgents(3));
      List<String> all = new ArrayList<>();
      for (String arg : args.split(" ", -1)) {
        all.add(arg.replace("PLAN", planFile.toString()).replace("STATE", stateFile.toString()));
      }
      return all;
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "plan 0.11.0 1.11.0",
          "plan 0.11.0 1.11.0 --format json",
          "plan 0.11.0 1.11.0 --format markdown",
          "plan 0.11.0 1.11.0 --format dot",
          "plan 0.11.0 1.11.0 --format mermaid",
          "plan 1.10.0 1.11.0 --state STATE",
          "validate PLAN",
          "validate PLAN --format json",
          "versions",
          "versions --format json",
          "schema",
          "schema plan",
          "lint --component master --release 0.15.0 -- --authenticate",
          "lint --component master --release 0.15.0 --format json -- --authenticate",
          "--help",
          "plan --help",
          "--version"
        })
    void aFullDiskIsExitCode74(String args) {
      OutputStream full =
          new OutputStream() {
            @Override
            public void write(int b) throws IOException {
              throw new IOException("No space left on device");
            }
          };
      int code = runInto(full, withFiles(args).toArray(String[]::new));
      assertThat(err.toString()).isEqualTo(CANNOT_WRITE + NL);
      assertThat(code).isEqualTo(ExitCode.OUTPUT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan 0.11.0 1.11.0 --format json", "schema state", "versions"})
    void aClosedPipeIsExitCode74(String args) {
      OutputStream closed =
          new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
              if (++written > 10) {
                throw new IOException("Broken pipe");
              }
            }
          };
      int code = runInto(closed, withFiles(args).toArray(String[]::new));
      assertThat(err.toString()).isEqualTo(CANNOT_WRITE + NL);
      assertThat(code).isEqualTo(ExitCode.OUTPUT);
    }
  }
}
