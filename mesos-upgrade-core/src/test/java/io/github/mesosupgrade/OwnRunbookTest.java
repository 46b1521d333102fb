package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SCHEDULER;
import static io.github.mesosupgrade.Component.SLAVE;
import static io.github.mesosupgrade.StepAction.INSTALL_BINARIES;
import static io.github.mesosupgrade.StepAction.RELINK;
import static io.github.mesosupgrade.StepAction.RESTART;
import static io.github.mesosupgrade.StepAction.UPDATE_FRAMEWORK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Runbooks written by hand, with their own ids and sources: the validator matches their steps to
 * the plan's by what they do and applies the same rules.
 */
class OwnRunbookTest {
  private static final Source WIKI = Source.guide("Upgrading from 0.14.0 to 0.15.0", 1);

  static UpgradeStep step(
      String id, Component component, StepAction action, String version, FlagChange... flags) {
    return UpgradeStep.builder()
        .id(id)
        .component(component)
        .action(action)
        .version(MesosVersion.parse(version))
        .necessity(Necessity.REQUIRED)
        .addFlagChanges(flags)
        .source(WIKI)
        .build();
  }

  static UpgradeStep framework(String id, FrameworkChange change, String version) {
    return UpgradeStep.builder()
        .id(id)
        .component(Component.SCHEDULER)
        .action(StepAction.UPDATE_FRAMEWORK)
        .frameworkChange(change)
        .version(MesosVersion.parse(version))
        .necessity(Necessity.REQUIRED)
        .source(WIKI)
        .build();
  }

  /** The 0.14.0 -> 0.15.0 hop as a deployment team writes it, with its ids and its own path. */
  static List<UpgradeStep> team14to15(String prefix) {
    return List.of(
        step(prefix + "/ops-master-pkg", Component.MASTER, StepAction.INSTALL_BINARIES, "0.15.0"),
        step(
            prefix + "/ops-master-creds",
            Component.MASTER,
            StepAction.RESTART,
            "0.15.0",
            FlagChange.set("credentials", "/etc/mesos/credentials")),
        step(prefix + "/ops-slave-pkg", Component.SLAVE, StepAction.INSTALL_BINARIES, "0.15.0"),
        step(prefix + "/ops-slave-bounce", Component.SLAVE, StepAction.RESTART, "0.15.0"),
        step(prefix + "/ops-fw-relink", Component.SCHEDULER, StepAction.RELINK, "0.15.0"),
        framework(
            prefix + "/ops-fw-credential", FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR, "0.15.0"),
        step(prefix + "/ops-fw-bounce", Component.SCHEDULER, StepAction.RESTART, "0.15.0"),
        step(
            prefix + "/ops-auth-on",
            Component.MASTER,
            StepAction.RESTART,
            "0.15.0",
            FlagChange.set("authenticate", "true")));
  }

  /** The 0.13.0 -> 0.14.2 hop as a team writes it: the masters and slaves restart twice. */
  static List<UpgradeStep> team13to14() {
    String v = "0.14.2";
    return List.of(
        step("0.13-0.14/a1", Component.MASTER, StepAction.INSTALL_BINARIES, v),
        step("0.13-0.14/a2", Component.MASTER, StepAction.RESTART, v),
        step("0.13-0.14/a3", Component.SLAVE, StepAction.INSTALL_BINARIES, v),
        step(
            "0.13-0.14/a4",
            Component.SLAVE,
            StepAction.RESTART,
            v,
            FlagChange.set("checkpoint", "true")),
        step("0.13-0.14/a5", Component.SCHEDULER, StepAction.RELINK, v),
        step("0.13-0.14/a6", Component.SCHEDULER, StepAction.RESTART, v),
        step("0.13-0.14/a7", Component.MASTER, StepAction.RESTART, v),
        step("0.13-0.14/a8", Component.SLAVE, StepAction.RESTART, v));
  }

  /**
   * The 0.14.0 -> 0.15.0 hop as a team writes it with sources of its own, of every kind, as in
   * {@code docs/runbook-0.14-0.15.json}.
   */
  static List<UpgradeStep> inHouse14to15() {
    List<Source> sources =
        List.of(
            Source.url("https://wiki.example.com/mesos/upgrade-0.15#masters"),
            Source.document("runbooks/mesos-0.15.md", 12),
            Source.ticket("JIRA", "OPS-1234", "https://jira.example.com/browse/OPS-1234"),
            Source.ticket("ServiceNow", "CHG0042"),
            Source.document("Ops handbook, chapter 7"),
            Source.url("https://wiki.example.com/mesos/upgrade-0.15#frameworks"),
            Source.document("runbooks/mesos-0.15.md", 40),
            Source.ticket("JIRA", "OPS-1250", "https://jira.example.com/browse/OPS-1250"));
    List<UpgradeStep> steps = new ArrayList<>(team14to15("0.14-0.15"));
    for (int i = 0; i < steps.size(); i++) {
      steps.set(i, steps.get(i).withSource(sources.get(i)));
    }
    steps.set(
        5,
        steps
            .get(5)
            .withNotes(
                List.of(
                    Note.of(
                        Note.Kind.FRAMEWORK_API,
                        "Our schedulers read the secret from Vault; the change is in the shared"
                            + " driver library.",
                        Source.ticket(
                            "JIRA", "OPS-1240", "https://jira.example.com/browse/OPS-1240"),
                        Source.guide("Upgrading from 0.14.0 to 0.15.0", 8)))));
    return List.copyOf(steps);
  }

  private static ValidationReport validate(String from, String to, List<UpgradeStep> steps) {
    return PlanValidator.validate(MesosVersion.parse(from), MesosVersion.parse(to), steps);
  }

  @Nested
  class InTheRightOrder {
    @Test
    void aRunbookWithItsOwnIdsIsValid() {
      assertThat(validate("0.14.0", "0.15.0", team14to15("0.14-0.15")).violations()).isEmpty();
    }

    @Test
    void idsNeedNotNameTheHop() {
      assertThat(validate("0.14.0", "0.15.0", team14to15("2026.12-2026.13")).violations())
          .isEmpty();
    }

    @Test
    void aMultiHopRunbookIsValidAndItsRepeatedRestartsMatchInTheirOrder() {
      List<UpgradeStep> steps = new ArrayList<>(team13to14());
      steps.addAll(team14to15("0.14-0.15"));
      assertThat(validate("0.13.0", "0.15.0", steps).violations()).isEmpty();
    }

    @Test
    void aRunbookOfA1xHopIsValid() {
      assertThat(
              validate(
                      "1.9.0",
                      "1.10.0",
                      List.of(
                          step(
                              "1.9-1.10/m-pkg",
                              Component.MASTER,
                              StepAction.INSTALL_BINARIES,
                              "1.10.0"),
                          step("1.9-1.10/m-bounce", Component.MASTER, StepAction.RESTART, "1.10.0"),
                          step(
                              "1.9-1.10/a-pkg",
                              Component.SLAVE,
                              StepAction.INSTALL_BINARIES,
                              "1.10.0"),
                          step("1.9-1.10/a-bounce", Component.SLAVE, StepAction.RESTART, "1.10.0"),
                          step(
                              "1.9-1.10/fw-bounce",
                              Component.SCHEDULER,
                              StepAction.RESTART,
                              "1.10.0")))
                  .violations())
          .isEmpty();
    }

    @Test
    void aRunbookMayMixItsOwnIdsWithTheLibrarys() {
      List<UpgradeStep> steps = new ArrayList<>(team14to15("0.14-0.15"));
      steps.set(7, UpgradePlanner.plan("0.14.0", "0.15.0").steps().get(8));
      assertThat(validate("0.14.0", "0.15.0", steps).violations()).isEmpty();
    }
  }

  @Nested
  class WithSourcesOfTheirOwn {
    @Test
    void aRunbookCitingPagesDocumentsAndTicketsIsValidInTheRightOrder() {
      List<UpgradeStep> steps = inHouse14to15();
      assertThat(steps)
          .extracting(step -> step.source().kind())
          .containsOnly(Source.Kind.URL, Source.Kind.DOCUMENT, Source.Kind.TICKET);
      assertThat(validate("0.14.0", "0.15.0", steps).describe())
          .isEqualTo("valid: 0.14.0 -> 0.15.0, 8 steps");
    }

    @Test
    void authenticationBeforeTheSchedulersRestartNamesTheRunbooksOwnSteps() {
      List<UpgradeStep> steps = new ArrayList<>(inHouse14to15());
      steps.add(6, steps.remove(7));
      assertThat(validate("0.14.0", "0.15.0", steps).describe())
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
                  + " restart them before enforcing");
    }
  }

  @Nested
  class OutOfOrder {
    @Test
    void enforcingAuthenticationBeforeTheSchedulersRestartNamesTheRunbooksStepsAndPositions() {
      List<UpgradeStep> steps = new ArrayList<>(team14to15("0.14-0.15"));
      steps.add(6, steps.remove(7));
      assertThat(validate("0.14.0", "0.15.0", steps).violations())
          .containsExactly(
              violation(
                  ViolationCode.ORDERING_RULE,
                  "step 0.14-0.15/ops-auth-on (step 7, which does"
                      + " 0.14-0.15/restart-masters-with-authentication) must come after step"
                      + " 0.14-0.15/ops-fw-bounce (step 8, which does 0.14-0.15/restart-schedulers)"
                      + " (authentication is enforced only once every scheduler authenticates):"
                      + " move it after 0.14-0.15/ops-fw-bounce [upgrade guide, \"Upgrading from"
                      + " 0.14.0 to 0.15.0\", bullet 10]",
                  "0.14-0.15/ops-auth-on",
                  "0.14-0.15/ops-fw-bounce"),
              violation(
                  ViolationCode.FRAMEWORKS_LOCKED_OUT,
                  "after step 0.14-0.15/ops-auth-on the masters enforce authentication, but the"
                      + " schedulers do not authenticate: they can no longer register; change the"
                      + " schedulers to the Credential constructor and restart them before"
                      + " enforcing",
                  "0.14-0.15/ops-auth-on"));
    }

    @Test
    void aMissingStepIsNamedByWhatItDoes() {
      List<UpgradeStep> steps = new ArrayList<>(team14to15("0.14-0.15"));
      steps.remove(1);
      assertThat(validate("0.14.0", "0.15.0", steps).violations())
          .extracting(Violation::code, Violation::message)
          .first()
          .isEqualTo(
              org.assertj.core.groups.Tuple.tuple(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-masters-with-credentials is missing: Restart"
                      + " every master on 0.15.0 with --credentials=<path to credentials file>: the"
                      + " masters learn the frameworks' credentials; authentication is not yet enforced."));
    }

    @Test
    void aStepOfALaterHopBeforeOneOfAnEarlierHopNamesBoth() {
      List<UpgradeStep> steps = new ArrayList<>(team13to14());
      steps.addAll(team14to15("0.14-0.15"));
      steps.add(7, steps.remove(8));
      assertThat(validate("0.13.0", "0.15.0", steps).violations())
          .filteredOn(v -> v.code() == ViolationCode.HOP_ORDER)
          .containsExactly(
              violation(
                  ViolationCode.HOP_ORDER,
                  "step 0.13-0.14/a8 (step 9, which does 0.13-0.14/restart-slaves-again) of hop"
                      + " 0.13.0 -> 0.14.2 comes after step 0.14-0.15/ops-master-pkg (step 8, which"
                      + " does 0.14-0.15/install-masters) of hop 0.14.2 -> 0.15.0: finish every"
                      + " step of hop 0.13.0 -> 0.14.2 on the whole cluster before hop"
                      + " 0.14.2 -> 0.15.0 begins",
                  "0.13-0.14/a8",
                  "0.14-0.15/ops-master-pkg"));
    }

    @Test
    void aStepThatDoesWhatNoStepOfTheUpgradeDoesIsUnknown() {
      List<UpgradeStep> steps = new ArrayList<>(team14to15("0.14-0.15"));
      steps.add(step("0.14-0.15/ops-extra", Component.SLAVE, StepAction.RESTART, "0.15.0"));
      assertThat(validate("0.14.0", "0.15.0", steps).violations())
          .containsExactly(
              violation(
                  ViolationCode.UNKNOWN_STEP,
                  "step 0.14-0.15/ops-extra is not a step of the upgrade 0.14.0 -> 0.15.0:"
                      + " remove it, or take the steps of the plan for 0.14.0 -> 0.15.0",
                  "0.14-0.15/ops-extra"));
    }
  }

  @Nested
  class StepsThatDoTheSameThing {
    @Test
    void areTakenInThePlansOrderUnlessTheIdEndsInTheLibraryStepsWords() {
      UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.14.2");
      List<UpgradeHop> library = plan.hops();
      UpgradeStep first =
          step("9.9-9.9/restart-masters-again", Component.MASTER, StepAction.RESTART, "0.14.2");
      UpgradeStep second = step("9.9-9.9/bounce", Component.MASTER, StepAction.RESTART, "0.14.2");
      assertThat(StepMatcher.match(library, List.of(), List.of(first, second)))
          .containsExactly(
              java.util.Optional.of("0.13-0.14/restart-masters-again"),
              java.util.Optional.of("0.13-0.14/restart-masters"));
      assertThat(StepMatcher.match(library, List.of(), List.of(second, second, second)))
          .containsExactly(
              java.util.Optional.of("0.13-0.14/restart-masters"),
              java.util.Optional.of("0.13-0.14/restart-masters-again"),
              java.util.Optional.empty());
    }

    @Test
    void flagValuesDoNotMatterButFlagNamesAndRemovalsDo() {
      List<UpgradeHop> library = UpgradePlanner.plan("0.14.0", "0.15.0").hops();
      assertThat(
              StepMatcher.match(
                  library,
                  List.of(),
                  List.of(
                      step(
                          "1.0-1.1/x",
                          Component.MASTER,
                          StepAction.RESTART,
                          "0.15.0",
                          FlagChange.set("credentials", "/srv/creds")),
                      step(
                          "1.0-1.1/y",
                          Component.MASTER,
                          StepAction.RESTART,
                          "0.15.0",
                          FlagChange.remove("credentials")))))
          .containsExactly(
              java.util.Optional.of("0.14-0.15/restart-masters-with-credentials"),
              java.util.Optional.empty());
    }
  }

  @Nested
  class ReadmeExample {
    private UpgradeStep step(String id, Component component, StepAction action, Source source) {
      return UpgradeStep.builder()
          .id(id)
          .component(component)
          .action(action)
          .version(MesosVersion.of(0, 15, 0))
          .necessity(Necessity.REQUIRED)
          .source(source)
          .frameworkChange(
              action == StepAction.UPDATE_FRAMEWORK
                  ? java.util.Optional.of(FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR)
                  : java.util.Optional.empty())
          .build();
    }

    @Test
    void printsWhatTheReadmeShows() {
      java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
      java.io.PrintStream out =
          new java.io.PrintStream(buffer, true, java.nio.charset.StandardCharsets.UTF_8);
      // README example starts
      Source wiki = Source.mesos("docs/Upgrades.md", "0.15.0");
      List<UpgradeStep> runbook = new ArrayList<>();
      runbook.add(step("0.14-0.15/ops-master-pkg", MASTER, INSTALL_BINARIES, wiki));
      runbook.add(
          ImmutableUpgradeStep.copyOf(step("0.14-0.15/ops-master-creds", MASTER, RESTART, wiki))
              .withFlagChanges(FlagChange.set("credentials", "/etc/mesos/credentials")));
      runbook.add(step("0.14-0.15/ops-slave-pkg", SLAVE, INSTALL_BINARIES, wiki));
      runbook.add(step("0.14-0.15/ops-slave-bounce", SLAVE, RESTART, wiki));
      runbook.add(step("0.14-0.15/ops-fw-relink", SCHEDULER, RELINK, wiki));
      runbook.add(step("0.14-0.15/ops-fw-credential", SCHEDULER, UPDATE_FRAMEWORK, wiki));
      runbook.add(
          ImmutableUpgradeStep.copyOf(step("0.14-0.15/ops-auth-on", MASTER, RESTART, wiki))
              .withFlagChanges(FlagChange.set("authenticate", "true")));
      runbook.add(step("0.14-0.15/ops-fw-bounce", SCHEDULER, RESTART, wiki));
      out.println(
          PlanValidator.validate(MesosVersion.of(0, 14, 0), MesosVersion.of(0, 15, 0), runbook)
              .describe());
      // README example ends
      assertThat(buffer.toString(java.nio.charset.StandardCharsets.UTF_8))
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
      runbook.add(6, runbook.remove(7));
      assertThat(
              PlanValidator.validate(MesosVersion.of(0, 14, 0), MesosVersion.of(0, 15, 0), runbook)
                  .describe())
          .isEqualTo("valid: 0.14.0 -> 0.15.0, 8 steps");
    }
  }

  static Violation violation(ViolationCode code, String message, String... ids) {
    return Violation.of(code, message, ids);
  }
}
