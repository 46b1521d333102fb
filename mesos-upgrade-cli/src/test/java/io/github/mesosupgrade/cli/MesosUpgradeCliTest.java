package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.json.JsonSchemas;
import io.github.mesosupgrade.json.PlanFormat;
import io.github.mesosupgrade.json.PlanJson;
import io.github.mesosupgrade.json.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class MesosUpgradeCliTest {
  static final ObjectMapper MAPPER = new ObjectMapper();
  static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();
  static final String RANGE = CATALOG.oldestSupported() + " and " + CATALOG.newestSupported();
  static final String WHAT_WORKS =
      "give the path of a JSON plan written by 'mesos-upgrade plan FROM TO --format json', or - to"
          + " read standard input";

  /** What one run of the command line printed and returned. */
  record Run(int exitCode, String out, String err) {
    /**
     * Asserts a usage or refusal error: nothing on standard output, {@code line} on standard error.
     */
    void failedWith(int code, String line) {
      assertThat(err).isEqualTo(line + "\n");
      assertThat(out).isEmpty();
      assertThat(exitCode).isEqualTo(code);
    }

    /** Asserts success: {@code text} on standard output, nothing on standard error. */
    void printed(String text) {
      assertThat(out).isEqualTo(text);
      assertThat(err).isEmpty();
      assertThat(exitCode).isEqualTo(ExitCode.OK);
    }
  }

  static Run run(byte[] stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MesosUpgradeCli.run(
            new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err), args);
    return new Run(code, out.toString(), err.toString());
  }

  static Run run(String... args) {
    return run(new byte[0], args);
  }

  /**
   * Returns the JSON plan {@code from} -> 0.15.0 (from a 0.14 release) with its last step edited as
   * the upgrade guide writes it, {@code --authentication=true}; the derived fields of the edited
   * parts are left out.
   */
  static String guideFlagPlan(String from) {
    try {
      ObjectNode plan =
          (ObjectNode) MAPPER.readTree(PlanJson.write(UpgradePlanner.plan(from, "0.15.0")));
      ObjectNode enforce = (ObjectNode) plan.get("hops").get(0).get("steps").get(8);
      assertThat(enforce.get("id").asText())
          .isEqualTo("0.14-0.15/restart-masters-with-authentication");
      enforce.remove("description");
      ObjectNode change = (ObjectNode) enforce.get("flagChanges").get(0);
      change.put("name", "authentication");
      change.remove(List.of("commandLine", "environmentVariable"));
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(plan);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns what {@code validate} prints for {@link #guideFlagPlan(String)}. */
  static String guideFlagReport(String from) {
    return "invalid: "
        + from
        + " -> 0.15.0, 9 steps, 1 violation\n"
        + "  - FLAG_UNKNOWN: step 0.14-0.15/restart-masters-with-authentication starts the masters"
        + " with --authentication, which no Mesos release accepts: on the command line the"
        + " master refuses to start, and as MESOS_AUTHENTICATION in the environment it is"
        + " silently ignored; the real flag is --authenticate\n";
  }

  @Nested
  class Plan {
    @Test
    void printsTheNumberedListingByDefault() {
      run("plan", "0.11.0", "0.15.0").printed(UpgradePlanner.plan("0.11.0", "0.15.0").describe());
    }

    @ParameterizedTest
    @EnumSource(PlanFormat.class)
    void printsEachFormat(PlanFormat format) {
      UpgradePlan plan = UpgradePlanner.plan("0.12.0", "0.14.1");
      run("plan", "0.12.0", "0.14.1", "--format", format.label()).printed(format.render(plan));
    }

    @Test
    void takesTheShortOptionAndAnyCase() {
      run("plan", "-f", "JSON", "0.14.0", "0.15.0")
          .printed(PlanJson.write(UpgradePlanner.plan("0.14.0", "0.15.0")));
    }

    @Test
    void printsNothingToDoWhenFromEqualsTo() {
      run("plan", "0.13.0", "0.13.0")
          .printed("Upgrade 0.13.0 -> 0.13.0: nothing to do, the cluster already runs 0.13.0.\n");
    }
  }

  @Nested
  class Validate {
    @TempDir Path dir;

    private Path file(String name, String content) throws IOException {
      return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void acceptsThePlanTheLibraryWrote() throws IOException {
      Path plan = file("plan.json", PlanJson.write(UpgradePlanner.plan("0.11.0", "0.15.0")));
      int steps = UpgradePlanner.plan("0.11.0", "0.15.0").steps().size();
      run("validate", plan.toString()).printed("valid: 0.11.0 -> 0.15.0, " + steps + " steps\n");
    }

    @Test
    void printsTheViolationsOfAnEditedPlanAndExits1() throws IOException {
      Path plan = file("runbook.json", guideFlagPlan("0.14.2"));
      Run run = run("validate", plan.toString());
      assertThat(run.out()).isEqualTo(guideFlagReport("0.14.2"));
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void printsTheViolationsAsJsonWithTheSameExitCode() throws IOException {
      Path plan = file("runbook.json", guideFlagPlan("0.14.2"));
      Run run = run("validate", plan.toString(), "--format", "json");
      assertThat(run.out())
          .isEqualTo(
              ReportJson.validation(
                  PlanValidator.validate(PlanJson.read(guideFlagPlan("0.14.2")))));
      assertThat(run.out()).contains("\"valid\": false");
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void printsAValidPlanAsJson() throws IOException {
      UpgradePlan written = UpgradePlanner.plan("0.11.0", "0.15.0");
      Path plan = file("plan.json", PlanJson.write(written));
      run("validate", "--format", "json", plan.toString())
          .printed(ReportJson.validation(PlanValidator.validate(written)));
    }

    @Test
    void readsStandardInputForADash() {
      Run run = run(guideFlagPlan("0.14.2").getBytes(StandardCharsets.UTF_8), "validate", "-");
      assertThat(run.out()).isEqualTo(guideFlagReport("0.14.2"));
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void namesAFileThatDoesNotExist() {
      Path missing = dir.resolve("missing.json");
      run("validate", missing.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read " + missing + ": no such file; " + WHAT_WORKS);
    }

    @Test
    void namesADirectory() {
      run("validate", dir.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read " + dir + ": it is a directory; " + WHAT_WORKS);
    }

    @Test
    void namesAFileThatIsNotUtf8() throws IOException {
      Path latin1 = Files.write(dir.resolve("latin1.json"), new byte[] {'{', (byte) 0xE9, '}'});
      run("validate", latin1.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: cannot read "
                  + latin1
                  + ": it is not UTF-8 text; "
                  + WHAT_WORKS);
    }

    @Test
    void namesTheFileAndPlaceOfMalformedJson() throws IOException {
      Path broken = file("broken.json", "{\n  \"schemaVersion\": 1,\n  \"from\": 0.14.2\n}\n");
      run("validate", broken.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: "
                  + broken
                  + ": not JSON: Unexpected character ('.' (code 46)): was expecting comma to"
                  + " separate Object entries at line 3, column 15; expected a plan written by"
                  + " 'mesos-upgrade plan FROM TO --format json'");
    }

    @Test
    void namesStandardInputWhenItIsNotAPlan() {
      run("{\"plan\": []}".getBytes(StandardCharsets.UTF_8), "validate", "-")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: standard input: schemaVersion is missing: expected the"
                  + " number 1");
    }

    @Test
    void acceptsARunbookWithItsOwnIdsAndNoDerivedFields() {
      String runbook = PlanFromStateCommandTest.resource("runbooks/team-0.14.0-0.15.0.json");
      run("validate", runbook).printed("valid: 0.14.0 -> 0.15.0, 8 steps\n");
    }

    @Test
    void namesTheRunbooksOwnStepsAndPositionsWhenAuthenticationComesTooEarly() {
      String runbook =
          PlanFromStateCommandTest.resource("runbooks/team-0.14.0-0.15.0-auth-too-early.json");
      Run run = run("validate", runbook);
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .isEqualTo(
              "invalid: 0.14.0 -> 0.15.0, 8 steps, 2 violations\n"
                  + "  - ORDERING_RULE: step 0.14-0.15/ops-auth-on (step 7, which does"
                  + " 0.14-0.15/restart-masters-with-authentication) must come after step"
                  + " 0.14-0.15/ops-fw-bounce (step 8, which does 0.14-0.15/restart-schedulers)"
                  + " (authentication is enforced only once every scheduler authenticates):"
                  + " move it after 0.14-0.15/ops-fw-bounce [upgrade guide, \"Upgrading from"
                  + " 0.14.0 to 0.15.0\", bullet 10]\n"
                  + "  - FRAMEWORKS_LOCKED_OUT: after step 0.14-0.15/ops-auth-on the masters"
                  + " enforce authentication, but the schedulers do not authenticate: they can no"
                  + " longer register; change the schedulers to the Credential constructor and"
                  + " restart them before enforcing\n");
      assertThat(run.exitCode()).isEqualTo(ExitCode.INVALID);
    }

    @Test
    void reportsEveryProblemOfARunbookAtOnce() {
      String runbook =
          "{\"schemaVersion\": 1, \"from\": \"0.14\", \"to\": \"0.15.0\", \"steps\": ["
              + "{\"id\": \"0.14-0.15/a\", \"component\": \"MASTERS\", \"action\":"
              + " \"INSTALL_BINARIES\", \"version\": \"0.15.0\", \"source\": {\"kind\":"
              + " \"MESOS_FILE\", \"path\": \"docs/Upgrades.md\", \"revision\": \"0.15.0\"}},"
              + "{\"id\": \"0.14-0.15/b\", \"component\": \"MASTER\", \"action\":"
              + " \"INSTALL_BINARIES\", \"version\": \"0.15.0\", \"colour\": \"red\"}]}";
      run(runbook.getBytes(StandardCharsets.UTF_8), "validate", "-")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade validate: standard input: the runbook has 3 problems: from is"
                  + " \"0.14\": expected a Mesos version, major.minor.patch such as 0.15.0;"
                  + " steps[0].component is \"MASTERS\": expected one of MASTER, SLAVE (or AGENT),"
                  + " EXECUTOR, SCHEDULER; steps[1]: unknown field \"colour\": the fields of a step are id,"
                  + " component, action, version, necessity, flagChanges, frameworkChange,"
                  + " purpose, notes, source, description");
    }

    @Test
    void refusesAPlanThatIsADowngrade() {
      String downgrade =
          "{\"schemaVersion\": 1, \"from\": \"0.15.0\", \"to\": \"0.14.2\", \"hops\": []}";
      run(downgrade.getBytes(StandardCharsets.UTF_8), "validate", "-")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade validate: cannot plan from 0.15.0 to 0.14.2: that is a downgrade;"
                  + " plans only go forward, so choose a target of 0.15.0 or later");
    }
  }

  @Nested
  class Versions {
    @Test
    void listsTheSupportedReleasesByLineThenTheKnownOthers() {
      Run run = run("versions");
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.err()).isEmpty();
      String[] sections = run.out().split("\n\n");
      assertThat(sections).hasSize(2);
      assertThat(sections[0])
          .startsWith(
              "Supported: plans start from and end on these releases ("
                  + CATALOG.oldestSupported()
                  + " to "
                  + CATALOG.newestSupported()
                  + ")\n")
          .contains("\n  0.14.x  0.14.0 0.14.1 0.14.2")
          .contains("\n  1.11.x  1.11.0");
      assertThat(sections[1])
          .startsWith(
              "Known but not supported: Mesos releases without upgrade steps here (refused)\n")
          .endsWith("\n  0.10.x  0.10.0\n");
      assertThat(versionsIn(sections[0])).isEqualTo(strings(CATALOG.supportedReleases()));
      Set<String> others = strings(CATALOG.releases());
      others.removeAll(strings(CATALOG.supportedReleases()));
      assertThat(versionsIn(sections[1])).isEqualTo(others);
    }

    private Set<String> versionsIn(String section) {
      Set<String> versions = new TreeSet<>();
      for (String word : section.split("\\s+", -1)) {
        if (word.matches("[0-9]+\\.[0-9]+\\.[0-9]+")) {
          versions.add(word);
        }
      }
      return versions;
    }

    private Set<String> strings(Set<MesosVersion> versions) {
      Set<String> out = new TreeSet<>();
      versions.forEach(version -> out.add(version.toString()));
      return out;
    }
  }

  @Nested
  class Schema {
    @Test
    void printsThePlanSchemaByName() {
      run("schema", "plan").printed(PlanJson.schema());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"plan", "state", "profile", "catalog", "versions", "validation", "lint"})
    void printsEverySchemaByName(String name) {
      run("schema", name).printed(JsonSchemas.text(name).orElseThrow());
    }

    @Test
    void withoutANameListsEverySchemaOnOneLine() {
      run("schema")
          .printed(
              """
              plan        plans: what 'plan --format json' writes and 'validate' reads
              state       cluster states: what 'plan FROM TO --state FILE' reads
              profile     cluster profiles: what 'plan FROM TO --profile FILE' reads
              catalog     step catalogs: what the '--catalog FILE' options read
              versions    releases: what 'versions --format json' writes
              validation  validation reports: what 'validate --format json' writes
              lint        lint reports: what 'lint --format json' writes
              """);
    }

    @Test
    void anUnknownNameIsAUsageErrorThatListsTheNames() {
      run("schema", "plans")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade schema: NAME \"plans\" is not a schema: expected plan, state,"
                  + " profile, catalog, versions, validation, lint");
    }
  }

  @Nested
  class VersionsAsJson {
    @Test
    void printsTheReleasesDocument() {
      run("versions", "--format", "json").printed(ReportJson.versions(CATALOG));
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
      run("versions", "--format", "yaml")
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade versions: Invalid value for option '--format': 'yaml' is not a"
                  + " format: expected text or json (see 'mesos-upgrade versions --help')");
    }
  }

  @Nested
  class HelpAndVersion {
    @ParameterizedTest
    @ValueSource(strings = {"plan", "validate", "versions", "schema", "state"})
    void everyCommandHasHelp(String command) {
      Run run = run(command, "--help");
      assertThat(run.out()).startsWith("Usage: mesos-upgrade " + command + " [-hV]");
      assertThat(run.err()).isEmpty();
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run("help", command).out()).isEqualTo(run.out());
    }

    @Test
    void planHelpNamesTheFormats() {
      assertThat(run("plan", "-h").out())
          .startsWith(
              """
              Usage: mesos-upgrade plan [-hV] [--allow-unknown-agents] [--agent-requests=N]
                                        [--ca-file=FILE] [--catalog=FILE]
                                        [--connect-timeout=DURATION] [--credentials=FILE]
                                        [-f=text|markdown|json|dot|mermaid]
                                        [--max-response-bytes=N] [--principal=NAME]
                                        [--profile=FILE] [--read-timeout=DURATION]
                                        [--secret-file=FILE] [--state=FILE] [--master=URL]...
                                        FROM [TO]
              Prints the upgrade plan from FROM to TO as text, Markdown or JSON.
              """);
    }

    @Test
    void topLevelHelpListsTheCommandsAndExitCodes() {
      Run run = run("--help");
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.out())
          .startsWith("Usage: mesos-upgrade [-hV] COMMAND\n")
          .contains(
              """
              Commands:
                plan      Prints the upgrade plan from FROM to TO as text, Markdown or JSON.
              """)
          .contains(
              """
              Exit codes:
                0    success; validate: the plan is valid
                1    validate: the plan has violations (listed on standard output); lint: the
              """);
    }

    @ParameterizedTest
    @ValueSource(strings = {"--version", "-V"})
    void printsTheVersion(String option) {
      run(option)
          .printed(
              "mesos-upgrade "
                  + System.getProperty("mesos-upgrade.project-version")
                  + "\nplans Mesos upgrades between "
                  + RANGE
                  + "; JSON plan schema version 1\n");
    }
  }

  @Nested
  class UsageErrors {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            plan 0.15 0.15.0           | mesos-upgrade plan: from "0.15" is not a Mesos version: expected major.minor.patch, three whole numbers such as 0.15.0
            plan 0.11.0 v0.15.0        | mesos-upgrade plan: to "v0.15.0" is not a Mesos version: expected major.minor.patch, three whole numbers such as 0.15.0
            plan 0.11.0                | mesos-upgrade plan: Missing required parameter: 'TO' (see 'mesos-upgrade plan --help')
            plan 0.11.0 0.15.0 0.16.0  | mesos-upgrade plan: Unmatched argument at index 3: '0.16.0' (see 'mesos-upgrade plan --help')
            plan -f xml 0.11.0 0.15.0  | mesos-upgrade plan: Invalid value for option '--format': 'xml' is not a format: expected text, markdown, json, dot or mermaid (see 'mesos-upgrade plan --help')
            plan --fromat 0.11.0 0.15.0 | mesos-upgrade plan: Unknown option: '--fromat'; the options of mesos-upgrade plan are --master, --credentials, --principal, --secret-file, --ca-file, --connect-timeout, --read-timeout, --agent-requests, --max-response-bytes, --allow-unknown-agents, -f/--format, --catalog, --state, --profile, -h/--help, -V/--version (see 'mesos-upgrade plan --help')
            validate                   | mesos-upgrade validate: Missing required parameter: 'FILE' (see 'mesos-upgrade validate --help')
            versions --all             | mesos-upgrade versions: Unknown option: '--all'; the options of mesos-upgrade versions are --catalog, -f/--format, -h/--help, -V/--version (see 'mesos-upgrade versions --help')
            pln 0.11.0 0.15.0          | mesos-upgrade: unknown command 'pln'; did you mean plan?; commands: plan, validate, versions, schema, state, lint, help (see 'mesos-upgrade --help')
            """)
    void printOneLineAndExit2(String args, String line) {
      run(args.split(" ")).failedWith(ExitCode.USAGE, line);
    }

    @Test
    void noCommandAtAll() {
      run()
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade: missing command: choose plan, validate, lint, state, versions, schema or help"
                  + " (see 'mesos-upgrade --help')");
    }
  }

  @Nested
  class RefusedUpgrades {
    @Test
    void aDowngrade() {
      run("plan", "0.15.0", "0.11.0")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan from 0.15.0 to 0.11.0: that is a downgrade; plans"
                  + " only go forward, so choose a target of 0.15.0 or later");
    }

    @Test
    void aVersionNeverReleased() {
      run("plan", "0.12.2", "0.15.0")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan from 0.12.2: Mesos 0.12.2 was never released; the"
                  + " releases of 0.12.x are 0.12.0, 0.12.1 (see 'mesos-upgrade versions')");
    }

    @Test
    void aReleaseOutsideTheCatalog() {
      run("plan", "0.10.0", "0.15.0")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan from 0.10.0: this catalog plans upgrades between "
                  + RANGE
                  + ", and 0.10.0 is outside that range (see 'mesos-upgrade versions')");
    }
  }

  @Nested
  class InternalErrors {
    @Test
    void printOneLineAndExit70() {
      StringWriter err = new StringWriter();
      CommandLine command = new CommandLine(new SchemaCommand()).setErr(new PrintWriter(err));
      int code =
          new ErrorHandlers(false)
              .handleExecutionException(
                  new IllegalStateException("boom\n  at somewhere"), command, null);
      assertThat(code).isEqualTo(ExitCode.INTERNAL);
      assertThat(err.toString())
          .isEqualTo(
              "schema: internal error: java.lang.IllegalStateException: boom at somewhere; this is"
                  + " a bug in mesos-upgrade, please report it with the command line that caused"
                  + " it (MESOS_UPGRADE_DEBUG=1 adds the stack trace)\n");
    }
  }
}
