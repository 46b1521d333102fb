package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HostileInputTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(InputStream in, Map<String, String> env, String... args) {
    return MesosUpgradeCli.run(in, new PrintWriter(out), new PrintWriter(err), () -> env, args);
  }

  private int run(String... args) {
    return run(new ByteArrayInputStream(new byte[0]), Map.of(), args);
  }

  @Test
  void anEndlessStandardInputIsCutAtTheLimit() {
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return ' ';
          }
        };
    assertThat(run(endless, Map.of(InputFiles.LIMIT_VARIABLE, "1000"), "validate", "-"))
        .isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade validate: cannot read standard input: it is larger than the input limit"
                + " of 1000 bytes (set MESOS_UPGRADE_MAX_INPUT_BYTES to raise it); give the path of"
                + " a JSON plan written by 'mesos-upgrade plan FROM TO --format json', or - to read"
                + " standard input"
                + System.lineSeparator());
  }

  @Test
  void anEmptyPathIsNoFileGiven() {
    assertThat(run("plan", "0.14.0", "0.15.0", "--state", "")).isEqualTo(ExitCode.USAGE);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade plan: --state is empty: no file given; give the path of a JSON cluster"
                + " state (mesos-upgrade-state.schema.json)"
                + System.lineSeparator());
  }

  @Test
  void aDeviceIsNotReadAsAFile() {
    assertThat(run("validate", "/dev/zero")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade validate: cannot read /dev/zero: it is not a regular file or a named"
                + " pipe; give the path of a JSON plan written by 'mesos-upgrade plan FROM TO"
                + " --format json', or - to read standard input"
                + System.lineSeparator());
  }

  @Test
  void anUnknownCommandIsNamed() {
    assertThat(run("bogus")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade: unknown command 'bogus'; commands: plan, validate, versions, schema,"
                + " lint, help (see 'mesos-upgrade --help')"
                + System.lineSeparator());
  }

  @Test
  void aNegativeVersionIsNamedAsLookingLikeAnOption() {
    assertThat(run("plan", "-1.0.0", "0.15.0")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade plan: '-1.0.0' looks like an option, but mesos-upgrade plan has no such"
                + " option and Mesos versions are never negative: give versions such as 0.11.0,"
                + " and put an argument that starts with - after -- (see 'mesos-upgrade plan"
                + " --help')"
                + System.lineSeparator());
  }

  @Test
  void terminalEscapesInAVersionAreShownEscaped() {
    assertThat(run("plan", "\u001b]0;owned\u0007", "0.15.0")).isEqualTo(ExitCode.USAGE);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade plan: from \"\\u001b]0;owned\\u0007\" is not a Mesos version: expected"
                + " major.minor.patch, three whole numbers such as 0.15.0"
                + System.lineSeparator());
  }

  @Test
  void outputThatCannotBeWrittenIsAnError() {
    OutputStream full =
        new OutputStream() {
          @Override
          public void write(int b) throws java.io.IOException {
            throw new java.io.IOException("No space left on device");
          }
        };
    PrintWriter failing =
        new PrintWriter(new java.io.OutputStreamWriter(full, StandardCharsets.UTF_8));
    int code =
        MesosUpgradeCli.run(
            new ByteArrayInputStream(new byte[0]),
            failing,
            new PrintWriter(err),
            Map::of,
            "plan",
            "0.11.0",
            "0.15.0");
    assertThat(code).isEqualTo(ExitCode.OUTPUT);
    assertThat(err.toString())
        .isEqualTo(
            "mesos-upgrade: cannot write standard output: the output is incomplete (is the disk"
                + " full or the reading end of the pipe closed?)"
                + System.lineSeparator());
  }
}
