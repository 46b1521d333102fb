package io.github.mesosupgrade;

import static io.github.mesosupgrade.LintFinding.Origin.COMMAND_LINE;
import static io.github.mesosupgrade.LintFinding.Origin.CREDENTIALS_FILE;
import static io.github.mesosupgrade.LintFinding.Origin.ENVIRONMENT;
import static io.github.mesosupgrade.LintFinding.Severity.ERROR;
import static io.github.mesosupgrade.LintFinding.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ConfigLinterTest {
  private static final ConfigLinter LINTER = ConfigLinter.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static LintReport master(String version, List<String> args, Map<String, String> env) {
    return LINTER.lint(Component.MASTER, v(version), args, env);
  }

  private static LintReport slave(String version, List<String> args, Map<String, String> env) {
    return LINTER.lint(Component.SLAVE, v(version), args, env);
  }

  @Nested
  class TheGuidesAuthenticationFlag {
    @Test
    void onTheCommandLineStopsTheMaster() {
      LintReport report =
          master("0.15.0", List.of("--zk=zk://zk1:2181/mesos", "--authentication=true"), Map.of());

      assertThat(report.hasErrors()).isTrue();
      assertThat(report.findings())
          .extracting(
              LintFinding::code,
              LintFinding::severity,
              LintFinding::flag,
              LintFinding::origin,
              LintFinding::setting,
              LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.MISSPELLED_FLAG,
                  ERROR,
                  "authentication",
                  COMMAND_LINE,
                  "--authentication=true",
                  "--authentication=true: --authentication is a spelling the documentation uses,"
                      + " but master 0.15.0 has no such flag and refuses to start (\"Failed to"
                      + " load unknown flag 'authentication'\"); write --authenticate=true"));
      assertThat(report.findings().get(0).sources())
          .contains(Source.mesos("src/master/flags.hpp", "0.15.0"));
    }

    @Test
    void inTheEnvironmentLeavesAuthenticationOff() {
      LintReport report =
          master(
              "0.15.0",
              List.of("--credentials=/etc/mesos/credentials"),
              Map.of("MESOS_AUTHENTICATION", "true", "PATH", "/usr/bin"));

      assertThat(report.describe())
          .isEqualTo(
              "master 0.15.0: 1 finding (1 error)\n"
                  + "  - ERROR MISSPELLED_FLAG: MESOS_AUTHENTICATION=true: --authentication is a"
                  + " spelling the documentation uses, but master 0.15.0 has no such flag, so it"
                  + " ignores the variable and --authenticate keeps its default, false; set"
                  + " MESOS_AUTHENTICATE=true instead");
      assertThat(report.findings().get(0).origin()).isEqualTo(ENVIRONMENT);
    }

    @Test
    void beforeTheFlagExistsIsAnUnknownSecuritySetting() {
      LintReport report = master("0.14.2", List.of(), Map.of("MESOS_AUTHENTICATION", "true"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_VARIABLE,
                  ERROR,
                  "MESOS_AUTHENTICATION=true: master 0.14.2 takes no flag --authentication, so it"
                      + " ignores MESOS_AUTHENTICATION=true and the setting is lost; remove it or"
                      + " give the right name"));
    }

    @Test
    void theRealFlagPasses() {
      assertThat(
              master(
                      "0.15.0",
                      List.of("--authenticate=true", "--credentials=file:///etc/mesos/credentials"),
                      Map.of())
                  .describe())
          .isEqualTo("master 0.15.0: no findings");
      assertThat(master("0.15.0", List.of("--no-authenticate"), Map.of()).findings()).isEmpty();
      assertThat(
              master(
                      "0.15.0",
                      List.of(),
                      Map.of("MESOS_AUTHENTICATE", "1", "MESOS_CREDENTIALS", "/etc/c"))
                  .findings())
          .isEmpty();
    }
  }

  @Nested
  class UnknownNames {
    @Test
    void anUnknownCommandLineFlagStopsTheDaemonFrom013() {
      LintReport report = master("0.15.0", List.of("--checkpoint"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_FLAG,
                  ERROR,
                  "--checkpoint: master 0.15.0 takes no flag --checkpoint (it is a slave flag), so"
                      + " it refuses to start (\"Failed to load unknown flag 'checkpoint'\");"
                      + " remove it"));
    }

    @Test
    void anUnknownCommandLineFlagWasIgnoredBefore013() {
      LintReport report = slave("0.12.0", List.of("--colour=blue"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_FLAG,
                  WARNING,
                  "--colour=blue: slave 0.12.0 takes no flag --colour; releases before 0.13.0"
                      + " ignore unknown flags, so the setting has no effect, and from 0.13.0 the"
                      + " slave refuses to start with it; remove it"));
      assertThat(report.findings().get(0).sources())
          .containsExactly(
              Source.mesos("src/configurator/configurator.cpp", "0.12.0"),
              Source.mesos("src/flags/flags.hpp", "0.12.0"),
              Source.mesos("src/master/main.cpp", "0.12.0"),
              Source.mesos("src/slave/main.cpp", "0.12.0"));
    }

    @Test
    void anUnknownVariableWasIgnoredBefore013() {
      LintReport report = slave("0.12.0", List.of(), Map.of("MESOS_COLOUR", "blue"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_VARIABLE,
                  WARNING,
                  "MESOS_COLOUR=blue: slave 0.12.0 takes no flag --colour, so it ignores"
                      + " MESOS_COLOUR=blue and the setting is lost; remove it or give the right"
                      + " name"));
    }

    @Test
    void anUnknownVariableStopsA013Daemon() {
      LintReport report = slave("0.13.0", List.of(), Map.of("MESOS_COLOUR", "blue"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_VARIABLE,
                  ERROR,
                  "MESOS_COLOUR=blue: slave 0.13.0 takes no flag --colour and reads every MESOS_*"
                      + " variable as a flag, so it refuses to start (\"Failed to load unknown flag"
                      + " 'colour'\"); remove it or give the right name"));
      assertThat(report.findings().get(0).sources())
          .containsExactly(
              Source.mesos(
                  "3rdparty/libprocess/3rdparty/stout/include/stout/flags/flags.hpp", "0.13.0"),
              Source.mesos("src/master/main.cpp", "0.13.0"),
              Source.mesos("src/slave/main.cpp", "0.13.0"));
    }

    @Test
    void anUnknownVariableIsIgnoredFrom014() {
      LintReport report = slave("0.14.0", List.of(), Map.of("MESOS_COLOUR", "blue"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_VARIABLE,
                  WARNING,
                  "MESOS_COLOUR=blue: slave 0.14.0 takes no flag --colour, so it ignores"
                      + " MESOS_COLOUR=blue and the setting is lost; remove it or give the right"
                      + " name"));
    }

    @Test
    void anUnknownVariableIsLostWithAWarning() {
      LintReport report = master("0.15.0", List.of(), Map.of("MESOS_RESOURCES", "cpus:4"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.UNKNOWN_VARIABLE,
                  WARNING,
                  "MESOS_RESOURCES=cpus:4: master 0.15.0 takes no flag --resources (it is a slave"
                      + " flag), so it ignores MESOS_RESOURCES=cpus:4 and the setting is lost;"
                      + " remove it or give the right name"));
      assertThat(report.hasErrors()).isFalse();
    }

    @Test
    void variablesAreMatchedIgnoringTheCaseAfterThePrefix() {
      assertThat(master("0.15.0", List.of(), Map.of("MESOS_zk", "zk://a/mesos")).findings())
          .isEmpty();
      assertThat(master("0.15.0", List.of(), Map.of("mesos_zk", "zk://a/mesos")).findings())
          .isEmpty();
    }

    @Test
    void theFlagsOfMainAndLoggingAreKnown() {
      LintReport masters =
          master(
              "0.13.0",
              List.of(
                  "--ip=10.0.0.1",
                  "--port=5050",
                  "--zk=zk://zk1:2181/mesos",
                  "--log_dir=/var/log/mesos",
                  "--logbufsecs=1",
                  "--quiet",
                  "--whitelist=file:///etc/mesos/whitelist"),
              Map.of());
      LintReport slaves =
          slave(
              "0.13.0",
              List.of(
                  "--master=zk://zk1:2181/mesos",
                  "--isolation=cgroups",
                  "--work_dir=/var/lib/mesos",
                  "--resources=cpus:4;mem:8192"),
              Map.of("MESOS_LOG_DIR", "/var/log/mesos"));

      assertThat(masters.findings()).isEmpty();
      assertThat(slaves.findings()).isEmpty();
    }

    @Test
    void anArgumentThatIsNotAFlagIsSkipped() {
      LintReport report = master("0.15.0", List.of("port=5050"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.NOT_A_FLAG,
                  WARNING,
                  "port=5050: not a flag, so master 0.15.0 skips it (it reads only --name and"
                      + " --name=value arguments) and the setting is lost; write it as"
                      + " --name=value"));
    }
  }

  @Nested
  class RemovedAndRenamed {
    @Test
    void theCgroupsRootOnTheCommandLineStopsA013Slave() {
      LintReport report = slave("0.13.0", List.of("--cgroups_hierarchy_root=/cgroups"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.FLAG_RENAMED,
                  ERROR,
                  "--cgroups_hierarchy_root=/cgroups: slave 0.13.0 no longer takes"
                      + " --cgroups_hierarchy_root: 0.13.0 renamed it --cgroups_hierarchy without"
                      + " an alias, so the slave refuses to start; write --cgroups_hierarchy=/cgroups"
                      + " instead (the default moved from /cgroups to /cgroup)"));
    }

    @Test
    void theCgroupsRootInTheEnvironmentStopsA013Slave() {
      LintReport report =
          slave(
              "0.13.0",
              List.of(),
              Map.of("MESOS_CGROUPS_HIERARCHY_ROOT", "/cgroups", "MESOS_CONF", "/etc/mesos"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactlyInAnyOrder(
              tuple(
                  LintCode.FLAG_RENAMED,
                  ERROR,
                  "MESOS_CGROUPS_HIERARCHY_ROOT=/cgroups: slave 0.13.0 no longer takes"
                      + " --cgroups_hierarchy_root: 0.13.0 renamed it --cgroups_hierarchy without"
                      + " an alias, and the slave reads every MESOS_* variable as a flag, so it"
                      + " refuses to start; set MESOS_CGROUPS_HIERARCHY=/cgroups instead (the"
                      + " default moved from /cgroups to /cgroup)"),
              tuple(
                  LintCode.FLAG_REMOVED,
                  ERROR,
                  "MESOS_CONF=/etc/mesos: slave 0.13.0 no longer takes --conf (removed in 0.13.0),"
                      + " so it refuses to start; put the settings of mesos.conf on the command"
                      + " line or in MESOS_* variables"));
    }

    @Test
    void theCgroupsRootInTheEnvironmentFallsBackToTheNewDefault() {
      LintReport report =
          slave("0.14.2", List.of(), Map.of("MESOS_CGROUPS_HIERARCHY_ROOT", "/sys/fs/cgroup"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.FLAG_RENAMED,
                  WARNING,
                  "MESOS_CGROUPS_HIERARCHY_ROOT=/sys/fs/cgroup: slave 0.14.2 no longer takes"
                      + " --cgroups_hierarchy_root: 0.13.0 renamed it --cgroups_hierarchy without"
                      + " an alias, so it ignores MESOS_CGROUPS_HIERARCHY_ROOT=/sys/fs/cgroup and"
                      + " --cgroups_hierarchy keeps its default, /cgroup; set"
                      + " MESOS_CGROUPS_HIERARCHY=/sys/fs/cgroup instead"));
    }

    @Test
    void theCgroupsRootIsFineOn012() {
      assertThat(slave("0.12.1", List.of("--cgroups_hierarchy_root=/cgroups"), Map.of()).findings())
          .isEmpty();
    }

    @Test
    void theConfigurationFileAndWebuiDirAreGoneIn013() {
      LintReport report =
          slave("0.13.0", List.of("--conf=/etc/mesos", "--webui_dir=/usr/share/mesos"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.FLAG_REMOVED,
                  ERROR,
                  "--conf=/etc/mesos: slave 0.13.0 no longer takes --conf (removed in 0.13.0), so"
                      + " it refuses to start; put the settings of mesos.conf on the command line or"
                      + " in MESOS_* variables"),
              tuple(
                  LintCode.FLAG_REMOVED,
                  ERROR,
                  "--webui_dir=/usr/share/mesos: slave 0.13.0 no longer takes --webui_dir (removed"
                      + " in 0.12.1), so it refuses to start; remove --webui_dir"));
    }

    @Test
    void aFlagOfALaterRelease() {
      LintReport report =
          master("0.14.2", List.of("--roles=web"), Map.of("MESOS_WEIGHTS", "web=2"));

      assertThat(report.findings()).isEmpty();
      LintReport early = master("0.13.0", List.of("--credentials=/x"), Map.of("MESOS_ROLES", "a"));
      assertThat(early.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              // A 0.13.0 master refuses unknown MESOS_* variables too (stout's extract() at 0.13.0
              // passes them all to load(..., unknowns = false)); this was once a warning.
              tuple(
                  LintCode.FLAG_NOT_YET_ACCEPTED,
                  ERROR,
                  "MESOS_ROLES=a: master 0.13.0 does not take --roles yet (it arrives in 0.14.0),"
                      + " so it refuses to start; add it once the masters run 0.14.0 or later"),
              tuple(
                  LintCode.FLAG_NOT_YET_ACCEPTED,
                  ERROR,
                  "--credentials=/x: master 0.13.0 does not take --credentials yet (it arrives in"
                      + " 0.15.0), so it refuses to start; add it once the masters run 0.15.0 or"
                      + " later"));
    }
  }

  @Nested
  class Values {
    @Test
    void aBooleanTakesTrueFalseOneOrZero() {
      LintReport report = master("0.15.0", List.of("--authenticate=yes"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.INVALID_VALUE,
                  "--authenticate=yes: --authenticate takes true or false (or 1 or 0), not"
                      + " \"yes\", so master 0.15.0 refuses to start (\"Failed to load flag"
                      + " 'authenticate': Expecting a boolean (e.g., true or false)\")"));
    }

    @Test
    void aNumberDurationSizeOrJsonFlagTakesOnlyWhatStoutParses() {
      LintReport report =
          master(
              "1.11.0",
              List.of("--port=abc", "--registry_fetch_timeout=banana", "--acls={\"permissive\""),
              Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.INVALID_VALUE,
                  "--port=abc: --port=\"abc\" is not a number value: it takes a decimal number or"
                      + " a 0x or -0x hexadecimal one, such as --port=5050, so master 1.11.0"
                      + " refuses to start"),
              tuple(
                  LintCode.INVALID_VALUE,
                  "--registry_fetch_timeout=banana: --registry_fetch_timeout=\"banana\" is not a"
                      + " duration value: it takes a number and one of the units ns, us, ms, secs,"
                      + " mins, hrs, days, weeks, such as --registry_fetch_timeout=10secs, so master"
                      + " 1.11.0 refuses to start"),
              tuple(
                  LintCode.INVALID_VALUE,
                  "--acls={\\\"permissive\\\": --acls=\"{\\\"permissive\\\"\" is not a json value: it"
                      + " takes a JSON object or array, or the file:// path of a file holding one,"
                      + " such as --acls=file:///etc/mesos/acls.json, so master 1.11.0 refuses to"
                      + " start"));
      assertThat(report.findings().get(1).sources()).containsExactly(ValueSyntax.DURATION_SOURCE);
    }

    @Test
    void aSizeFlagShowsALongOrControlCharacterValueSafely() {
      String value = "12\u0007" + "4".repeat(150);
      assertThat(slave("1.11.0", List.of("--fetcher_cache_size=" + value), Map.of()).findings())
          .extracting(LintFinding::message)
          .containsExactly(
              "--fetcher_cache_size=12\\u0007"
                  + "4".repeat(96)
                  + "... (174 characters): --fetcher_cache_size=\"12\\u0007"
                  + "4".repeat(117)
                  + "... (153 characters)\" is not a bytes value: it takes a"
                  + " whole number and one of the units B, KB, MB, GB, TB, such as"
                  + " --fetcher_cache_size=512MB, so agent 1.11.0 refuses to start");
    }

    @Test
    void aWellTypedValueIsAccepted() {
      assertThat(
              master(
                      "1.11.0",
                      List.of("--port=0x13BA", "--registry_fetch_timeout=1.5mins"),
                      Map.of())
                  .findings())
          .isEmpty();
    }

    @Test
    void aFlagThatNeedsAValue() {
      assertThat(master("0.15.0", List.of("--zk"), Map.of()).findings())
          .extracting(LintFinding::code, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.MISSING_VALUE,
                  "--zk: --zk needs a value, so master 0.15.0 refuses to start (\"Failed to load"
                      + " non-boolean flag 'zk': Missing value\"); write --zk=<value>"));
    }

    @Test
    void negations() {
      assertThat(master("0.15.0", List.of("--no-zk"), Map.of()).findings())
          .extracting(LintFinding::message)
          .containsExactly(
              "--no-zk: --zk is not a boolean flag, so --no-zk makes master 0.15.0 refuse to"
                  + " start; remove it");
      assertThat(master("0.15.0", List.of("--no-quiet=x"), Map.of()).findings())
          .extracting(LintFinding::message)
          .containsExactly(
              "--no-quiet=x: --no-quiet takes no value, so master 0.15.0 refuses to start; write"
                  + " --no-quiet or --quiet=false");
    }

    @Test
    void aFlagOnTheCommandLineAndInTheEnvironment() {
      LintReport report =
          master("0.15.0", List.of("--zk=zk://a/mesos"), Map.of("MESOS_ZK", "zk://b/mesos"));

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.DUPLICATE_FLAG,
                  ERROR,
                  "--zk=zk://a/mesos: --zk is given twice (on the command line, or there and as a"
                      + " MESOS_* variable), so master 0.15.0 refuses to start (\"Duplicate flag"
                      + " 'zk' on command line\"); keep one"));
    }
  }

  @Nested
  class Credentials {
    @Test
    void authenticateWithoutCredentialsStopsTheMaster() {
      LintReport report = master("0.15.0", List.of("--authenticate"), Map.of());

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.AUTHENTICATE_WITHOUT_CREDENTIALS,
                  ERROR,
                  "--authenticate: --authenticate=true without --credentials makes master 0.15.0"
                      + " exit at startup (\"Authentication requires a credentials file\"); add"
                      + " --credentials=<path to credentials file>"));
    }

    @Test
    void underTheNewNameAndTheDeprecatedOneFrom10() {
      assertThat(master("1.0.0", List.of("--authenticate_frameworks=true"), Map.of()).findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.AUTHENTICATE_WITHOUT_CREDENTIALS);
      assertThat(master("1.0.0", List.of("--authenticate"), Map.of()).findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.AUTHENTICATE_WITHOUT_CREDENTIALS);
      assertThat(
              master("1.0.0", List.of("--authenticate", "--credentials=/etc/c"), Map.of())
                  .findings())
          .isEmpty();
    }

    @Test
    void linesThatStopTheMaster() {
      DaemonConfig config =
          DaemonConfig.builder()
              .component(Component.MASTER)
              .addArguments("--credentials=file:///etc/mesos/credentials", "--authenticate=true")
              .credentialsFile(
                  "alice secret1\n\nbob\tsecret2\ncarol  secret3 extra\ndave secret4\r\n eve  s5 \n")
              .build();

      LintReport report = LINTER.lint(config, v("0.15.0"));

      assertThat(report.findings())
          .extracting(
              LintFinding::code,
              LintFinding::severity,
              LintFinding::origin,
              LintFinding::setting,
              LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.CREDENTIALS_LINE_INVALID,
                  ERROR,
                  CREDENTIALS_FILE,
                  "line 3",
                  "line 3 splits into 1 part(s) on single spaces, not 2 (principal and secret);"
                      + " tabs do not separate, so master 0.15.0 exits at startup (\"Invalid"
                      + " credential format at line: 2\"); write one 'principal secret' per line,"
                      + " separated by a space"),
              tuple(
                  LintCode.CREDENTIALS_LINE_INVALID,
                  ERROR,
                  CREDENTIALS_FILE,
                  "line 4",
                  "line 4 splits into 3 part(s) on single spaces, not 2 (principal and secret), so"
                      + " master 0.15.0 exits at startup (\"Invalid credential format at line:"
                      + " 3\"); write one 'principal secret' per line, separated by a space"),
              tuple(
                  LintCode.CREDENTIALS_LINE_CARRIAGE_RETURN,
                  WARNING,
                  CREDENTIALS_FILE,
                  "line 5",
                  "line 5 ends with a carriage return, which master 0.15.0 keeps as the last"
                      + " character of the secret, so that framework cannot authenticate; save the"
                      + " file with Unix line endings"));
      assertThat(report.findings().get(0).flag()).isEqualTo("credentials");
    }

    @Test
    void anEmptyFileOnlyWarns() {
      DaemonConfig config =
          DaemonConfig.builder()
              .component(Component.MASTER)
              .addArguments("--credentials=/etc/mesos/credentials")
              .credentialsFile("")
              .build();

      assertThat(LINTER.lint(config, v("0.15.0")).describe())
          .isEqualTo(
              "master 0.15.0: 1 finding (0 errors)\n"
                  + "  - WARNING CREDENTIALS_EMPTY: the credentials file is empty: master 0.15.0"
                  + " starts and logs that no frameworks will be allowed to register, and none can"
                  + " authenticate; list one 'principal secret' per line");
    }

    @Test
    void aFileOfBlankLinesLoadsNothing() {
      DaemonConfig config =
          DaemonConfig.builder()
              .component(Component.MASTER)
              .addArguments("--credentials=/etc/mesos/credentials")
              .credentialsFile("\n\n")
              .build();

      assertThat(LINTER.lint(config, v("0.15.0")).findings())
          .extracting(LintFinding::code, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.CREDENTIALS_EMPTY,
                  "the credentials file holds only blank lines: master 0.15.0 loads no"
                      + " credential, so no framework can authenticate; list one 'principal"
                      + " secret' per line"));
    }

    private LintReport credentials(Component component, String version, String text) {
      String flag = component == Component.MASTER ? "--credentials" : "--credential";
      DaemonConfig config =
          DaemonConfig.builder()
              .component(component)
              .addArguments(flag + "=/etc/mesos/credentials")
              .credentialsFile(text)
              .build();
      return LINTER.lint(config, v(version));
    }

    @Test
    void aTextFileStopsA111Master() {
      LintReport report = credentials(Component.MASTER, "1.11.0", "alice secret1\nbob secret2\n");

      assertThat(report.findings())
          .extracting(
              LintFinding::code,
              LintFinding::severity,
              LintFinding::flag,
              LintFinding::origin,
              LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.CREDENTIALS_NOT_JSON,
                  ERROR,
                  "credentials",
                  CREDENTIALS_FILE,
                  "the file --credentials names is not JSON, and master 1.11.0 reads only JSON"
                      + " credentials files (releases before 1.11.0 also read text), so it exits at"
                      + " startup (\"Invalid json format\"); write it as {\"credentials\":"
                      + " [{\"principal\": \"...\", \"secret\": \"...\"}]}"));
      assertThat(report.findings().get(0).sources())
          .containsExactly(
              Source.mesos("src/credentials/credentials.hpp", "1.11.0"),
              Source.mesos("CHANGELOG", "1.11.0"));
    }

    @Test
    void aTextCredentialFileStopsA111Agent() {
      LintReport report = credentials(Component.SLAVE, "1.11.0", "agent secret\n");

      assertThat(report.findings())
          .extracting(LintFinding::code, LintFinding::severity, LintFinding::message)
          .containsExactly(
              tuple(
                  LintCode.CREDENTIALS_NOT_JSON,
                  ERROR,
                  "the file --credential names is not JSON, and agent 1.11.0 reads only JSON"
                      + " credentials files (releases before 1.11.0 also read text), so it exits at"
                      + " startup (\"Invalid json format\"); write it as {\"principal\": \"...\","
                      + " \"secret\": \"...\"}"));
      String json = "{\"principal\": \"a\", \"secret\": \"s\"}";
      assertThat(credentials(Component.SLAVE, "1.11.0", json).findings()).isEmpty();
      assertThat(credentials(Component.SLAVE, "1.10.0", "agent secret\n").findings()).isEmpty();
    }

    @Test
    void jsonIsReadFrom020AndOnlyJsonFrom111() {
      String json = "{\"credentials\": [{\"principal\": \"alice\", \"secret\": \"s1\"}]}\n";

      assertThat(credentials(Component.MASTER, "1.11.0", json).findings()).isEmpty();
      assertThat(credentials(Component.MASTER, "1.10.0", json).findings()).isEmpty();
      assertThat(credentials(Component.MASTER, "0.20.0", json).findings()).isEmpty();
      assertThat(credentials(Component.MASTER, "1.10.0", "alice s1\n").findings()).isEmpty();
      assertThat(credentials(Component.MASTER, "0.19.0", json).findings())
          .extracting(LintFinding::code)
          .containsExactly(LintCode.CREDENTIALS_LINE_INVALID);
    }

    @Test
    void anEmptyFileStopsTheMasterFrom020() {
      assertThat(credentials(Component.MASTER, "0.20.0", "").describe())
          .isEqualTo(
              "master 0.20.0: 1 finding (1 error)\n"
                  + "  - ERROR CREDENTIALS_EMPTY: the credentials file is empty, so master 0.20.0"
                  + " exits at startup (\"Credentials file must contain at least one"
                  + " credential\"); list the credentials as {\"credentials\": [{\"principal\":"
                  + " \"...\", \"secret\": \"...\"}]}");
    }

    @Test
    void theFileIsReadOnlyWhenTheFlagNamesIt() {
      DaemonConfig config =
          DaemonConfig.builder().component(Component.MASTER).credentialsFile("bad").build();

      assertThat(LINTER.lint(config, v("0.15.0")).findings()).isEmpty();
    }
  }

  @Nested
  class Arguments {
    @Test
    void versionsOutsideTheFlagDataAreRefused() {
      assertThatThrownBy(() -> master("0.12.2", List.of(), Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the catalog knows the flags of Mesos 0.10.0 to 1.11.0, and 0.12.2 is not a Mesos"
                  + " release");
      UpgradeCatalog early =
          UpgradeCatalog.builder()
              .addReleases(UpgradeCatalog.builtIn().releases())
              .addFlags(UpgradeCatalog.builtIn().flags())
              .addHop(UpgradeCatalog.builtIn().hops().get(0))
              .build();
      assertThatThrownBy(
              () ->
                  ConfigLinter.forCatalog(early)
                      .lint(Component.MASTER, v("0.16.0"), List.of(), Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "the catalog knows the flags of Mesos 0.10.0 to 0.12.1, and 0.16.0 is outside that"
                  + " range");
    }

    @Test
    void onlyDaemonsHaveAConfiguration() {
      assertThatThrownBy(() -> LINTER.lint(Component.SCHEDULER, v("0.15.0"), List.of(), Map.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("only masters and slaves are configured with flags, not schedulers");
    }

    @Test
    void nullsAreRejected() {
      NullPointerTester tester =
          new NullPointerTester()
              .setDefault(MesosVersion.class, v("0.15.0"))
              .setDefault(Component.class, Component.MASTER)
              .setDefault(
                  DaemonConfig.class, DaemonConfig.of(Component.MASTER, List.of(), Map.of()))
              .setDefault(UpgradePlan.class, UpgradePlanner.plan("0.14.2", "0.15.0"))
              .setDefault(UpgradeCatalog.class, UpgradeCatalog.builtIn());
      tester.testAllPublicStaticMethods(ConfigLinter.class);
      tester.testAllPublicInstanceMethods(LINTER);
      tester.testAllPublicStaticMethods(DaemonConfig.class);
    }
  }

  @Nested
  class TheNameOfTheSlave {
    @Test
    void isSlaveBeforeMesos10() {
      LintReport report =
          slave("0.28.2", List.of("--master=zk://zk1:2181/mesos", "--nope=1"), Map.of());

      assertThat(report.describe())
          .isEqualTo(
              "slave 0.28.2: 1 finding (1 error)\n"
                  + "  - ERROR UNKNOWN_FLAG: --nope=1: slave 0.28.2 takes no flag --nope, so it"
                  + " refuses to start (\"Failed to load unknown flag 'nope'\"); remove it");
    }

    @Test
    void isAgentFromMesos10() {
      LintReport report =
          slave(
              "1.11.0",
              List.of("--master=zk://zk1:2181/mesos", "--work_dir=/var/lib/mesos", "--nope=1"),
              Map.of());

      assertThat(report.describe())
          .isEqualTo(
              "agent 1.11.0: 1 finding (1 error)\n"
                  + "  - ERROR UNKNOWN_FLAG: --nope=1: agent 1.11.0 takes no flag --nope, so it"
                  + " refuses to start (\"Failed to load unknown flag 'nope'\"); remove it");
    }

    @Test
    void isAgentInTheHintOfA1xMaster() {
      LintReport report =
          master(
              "1.11.0", List.of("--work_dir=/var/lib/mesos", "--containerizers=mesos"), Map.of());

      assertThat(report.describe())
          .isEqualTo(
              "master 1.11.0: 1 finding (1 error)\n"
                  + "  - ERROR UNKNOWN_FLAG: --containerizers=mesos: master 1.11.0 takes no flag"
                  + " --containerizers (it is an agent flag), so it refuses to start (\"Failed to"
                  + " load unknown flag 'containerizers'\"); remove it");
    }
  }
}
