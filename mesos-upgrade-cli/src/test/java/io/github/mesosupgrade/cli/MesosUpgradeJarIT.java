package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.google.common.base.Splitter;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.json.PlanFormat;
import io.github.mesosupgrade.json.PlanJson;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs the built jar, {@code target/mesos-upgrade.jar}, as a separate process, the way the README
 * does: {@code java -jar target/mesos-upgrade.jar ...}. Runs after {@code package}, in {@code
 * integration-test}.
 */
class MesosUpgradeJarIT {
  private static final Path JAR = Path.of("target", "mesos-upgrade.jar");
  private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

  /** What one run of the jar printed and returned. */
  record Run(int exitCode, String out, String err) {
    void printed(String text) {
      assertThat(err).isEmpty();
      assertThat(out).isEqualTo(text);
      assertThat(exitCode).isZero();
    }

    /**
     * Asserts one line on standard error, and so no stack trace, and nothing on standard output.
     */
    void failedWith(int code, String line) {
      assertThat(err).isEqualTo(line + "\n");
      assertThat(out).isEmpty();
      assertThat(exitCode).isEqualTo(code);
    }
  }

  @TempDir Path dir;

  private Run jar(String stdin, String... args) {
    assertThat(JAR).as("the jar built by package").isRegularFile();
    List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(stdin, command);
  }

  private Run run(String stdin, List<String> command) {
    try {
      return run(Files.writeString(dir.resolve("stdin"), stdin), dir.resolve("stdout"), command);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Runs {@code command} with standard input from {@code in} and standard output into {@code out};
   * what {@code out} holds afterwards is the run's output if it is a regular file, else empty.
   */
  private Run run(Path in, Path out, List<String> command) {
    try {
      Path err = dir.resolve("stderr");
      ProcessBuilder builder = new ProcessBuilder(command);
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      // the launcher's class-data cache goes to the test's directory, not the user's
      builder.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
      Process process =
          builder
              .redirectInput(in.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("the jar did not finish within 2 minutes: " + command);
      }
      return new Run(
          process.exitValue(),
          Files.isRegularFile(out) ? Files.readString(out, StandardCharsets.UTF_8) : "",
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  @Nested
  class Launcher {
    private final Path launcher =
        Path.of("..", "bin", "mesos-upgrade").toAbsolutePath().normalize();

    @Test
    void theReadmeCommandPrintsWhatTheJarPrints() {
      run("", List.of(launcher.toString(), "plan", "0.11.0", "0.15.0"))
          .printed(UpgradePlanner.plan("0.11.0", "0.15.0").describe());
    }

    @Test
    void runsFromAnyDirectoryAndThroughALink() throws IOException {
      Path link = Files.createSymbolicLink(dir.resolve("mesos-upgrade"), launcher);
      run("", List.of(link.toString(), "plan", "0.14.0", "0.14.2"))
          .printed(UpgradePlanner.plan("0.14.0", "0.14.2").describe());
    }

    @Test
    void passesArgumentsWithSpacesAndTheExitCodeOn() {
      run("", List.of(launcher.toString(), "plan", "0.15.0", "not a version"))
          .failedWith(
              ExitCode.USAGE, jar("", "plan", "0.15.0", "not a version").err().stripTrailing());
    }
  }

  @Nested
  class Plan {
    @Test
    void theReadmeCommandPrintsTheNumberedPlan() {
      jar("", "plan", "0.11.0", "0.15.0")
          .printed(UpgradePlanner.plan("0.11.0", "0.15.0").describe());
    }

    @ParameterizedTest
    @EnumSource(PlanFormat.class)
    void printsEachFormat(PlanFormat format) {
      UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.15.0");
      jar("", "plan", "0.13.0", "0.15.0", "--format", format.label()).printed(format.render(plan));
    }
  }

  @Nested
  class Validate {
    @Test
    void acceptsAFileWrittenByPlan() throws IOException {
      Run written = jar("", "plan", "0.12.0", "0.14.2", "--format", "json");
      Path plan = Files.writeString(dir.resolve("plan.json"), written.out());
      int steps = UpgradePlanner.plan("0.12.0", "0.14.2").steps().size();
      jar("", "validate", plan.toString())
          .printed("valid: 0.12.0 -> 0.14.2, " + steps + " steps\n");
    }

    @Test
    void exits1WithTheViolationsOfAnEditedPlanOnStandardInput() {
      Run run = jar(MesosUpgradeCliTest.guideFlagPlan("0.14.2"), "validate", "-");
      assertThat(run.out()).isEqualTo(MesosUpgradeCliTest.guideFlagReport("0.14.2"));
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void exits2ForInputThatIsNotAPlan() {
      jar("[]", "validate", "-")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: standard input: the document is an empty array: expected a"
                  + " JSON object with schemaVersion, from, to and hops");
    }

    @Test
    void exits2ForAFileThatDoesNotExist() {
      Path missing = dir.resolve("missing.json");
      jar("", "validate", missing.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read "
                  + missing
                  + ": no such file; "
                  + MesosUpgradeCliTest.WHAT_WORKS);
    }
  }

  @Nested
  class Errors {
    @Test
    void exits2ForVersionTextThatIsNotAVersion() {
      jar("", "plan", "0.11", "0.15.0")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: from \"0.11\" is not a Mesos version: expected"
                  + " major.minor.patch, three whole numbers such as 0.15.0");
    }

    @Test
    void exits2ForAnUnknownOption() {
      jar("", "versions", "--json")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade versions: Unknown option: '--json'; the options of mesos-upgrade"
                  + " versions are --catalog, -f/--format, -h/--help, -V/--version (see"
                  + " 'mesos-upgrade versions --help')");
    }

    @Test
    void exits3ForADowngrade() {
      jar("", "plan", "0.14.0", "0.13.0")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan from 0.14.0 to 0.13.0: that is a downgrade; plans"
                  + " only go forward, so choose a target of 0.14.0 or later");
    }
  }

  @Nested
  class HostileInput {
    private List<String> java(String... args) {
      assertThat(JAR).as("the jar built by package").isRegularFile();
      List<String> command =
          new ArrayList<>(List.of(JAVA.toString(), "-Xmx256m", "-jar", JAR.toString()));
      command.addAll(List.of(args));
      return command;
    }

    @Test
    void refusesADeviceBeforeOpeningIt() {
      assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero");
      jar("", "validate", "/dev/zero")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read /dev/zero: it is not a regular file or a named"
                  + " pipe; "
                  + MesosUpgradeCliTest.WHAT_WORKS);
    }

    @Test
    void cutsHugeStandardInputAtTheLimit() throws IOException {
      Path huge = dir.resolve("huge");
      try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
        file.setLength(273L * 1000 * 1000);
      }
      run(huge, dir.resolve("stdout"), java("validate", "-"))
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read standard input: it is larger than the input"
                  + " limit of 16777216 bytes (set MESOS_UPGRADE_MAX_INPUT_BYTES to raise it); "
                  + MesosUpgradeCliTest.WHAT_WORKS);
    }

    @Test
    void exits74WhenTheOutputCannotBeWritten() throws IOException {
      Path full = Path.of("/dev/full");
      assumeTrue(Files.exists(full), "no /dev/full");
      run(
              Files.writeString(dir.resolve("stdin"), ""),
              full,
              java("plan", "0.11.0", "1.11.0", "-f", "json"))
          .failedWith(
              ExitCode.OUTPUT,
              "mesos-upgrade: cannot write standard output: the output is incomplete (is the disk"
                  + " full or the reading end of the pipe closed?)");
    }

    @Test
    void doesNotOpenACredentialsPipeWithNoWriter() throws IOException, InterruptedException {
      Path fifo = dir.resolve("credentials");
      try {
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
      } catch (IOException e) {
        assumeTrue(false, "no mkfifo: " + e.getMessage());
      }
      jar(
              "",
              "lint",
              "--component",
              "master",
              "--release",
              "0.15.0",
              "--",
              "--credentials=" + fifo,
              "--authenticate")
          .printed(
              "master 0.15.0: no findings\nnote: cannot read "
                  + fifo
                  + ": it is not a regular file, so its lines were not checked\n");
    }
  }

  @Nested
  class AsAModule {
    /** What the module reads, from the test's class path: the library's modules and their own. */
    private static final List<String> MODULES =
        List.of(
            "mesos-upgrade-core",
            "mesos-upgrade-json",
            "mesos-upgrade-cluster",
            "picocli",
            "jackson-",
            "guava",
            "failureaccess",
            "jspecify");

    @Test
    void runsOnTheModulePathAsItsNamedModule() {
      List<String> path = new ArrayList<>();
      path.add(
          Path.of(
                  "target",
                  "mesos-upgrade-cli-"
                      + System.getProperty("mesos-upgrade.project-version")
                      + ".jar")
              .toString());
      for (String entry :
          Splitter.on(File.pathSeparatorChar).split(System.getProperty("java.class.path"))) {
        for (String module : MODULES) {
          if (entry.contains(File.separator + module)) {
            path.add(entry);
            break;
          }
        }
      }
      Run run =
          run(
              "",
              List.of(
                  JAVA.toString(),
                  "--module-path",
                  String.join(File.pathSeparator, path),
                  "--module",
                  "io.github.mesosupgrade.cli/io.github.mesosupgrade.cli.MesosUpgradeCli",
                  "plan",
                  "0.14.0",
                  "0.15.0"));
      run.printed(MesosUpgradeCliTest.run("plan", "0.14.0", "0.15.0").out());
    }
  }

  @Nested
  class Information {
    @Test
    void printsTheVersion() {
      UpgradeCatalog catalog = UpgradeCatalog.builtIn();
      jar("", "--version")
          .printed(
              "mesos-upgrade "
                  + System.getProperty("mesos-upgrade.project-version")
                  + "\nplans Mesos upgrades between "
                  + catalog.oldestSupported()
                  + " and "
                  + catalog.newestSupported()
                  + "; JSON plan schema version 1\n");
    }

    @Test
    void printsHelp() {
      Run run = jar("", "validate", "--help");
      assertThat(run.out())
          .startsWith("Usage: mesos-upgrade validate [-hV] [--catalog=FILE] [-f=text|json] FILE\n");
      assertThat(run.exitCode()).isZero();
    }

    @Test
    void printsTheSchemaFromTheJar() {
      jar("", "schema", "plan").printed(PlanJson.schema());
    }

    @Test
    void listsTheVersions() {
      Run run = jar("", "versions");
      assertThat(run.out()).isEqualTo(MesosUpgradeCliTest.run("versions").out());
      assertThat(run.exitCode()).isZero();
    }
  }
}
