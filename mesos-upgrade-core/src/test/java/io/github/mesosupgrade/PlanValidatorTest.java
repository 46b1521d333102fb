package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanValidatorTest {
  private static Violation violation(ViolationCode code, String message, List<String> stepIds) {
    return Violation.of(code, message, stepIds.toArray(String[]::new));
  }

  private static UpgradeStep customStep(String id) {
    return UpgradeStep.builder()
        .id(id)
        .component(Component.SLAVE)
        .action(StepAction.RESTART)
        .version(MesosVersion.of(0, 15, 0))
        .necessity(Necessity.REQUIRED)
        .source(Source.mesos("docs/upgrades.md", "0.15.0"))
        .build();
  }

  @Nested
  class ValidPlans {
    @Test
    void theLibrarysOwnPlanIsValid() {
      ValidationReport report = PlanValidator.validate(UpgradePlanner.plan("0.11.0", "0.15.0"));
      assertThat(report.isValid()).isTrue();
      assertThat(report.violations()).isEmpty();
      assertThat(report.stepCount()).isEqualTo(30);
      assertThat(report.describe()).isEqualTo("valid: 0.11.0 -> 0.15.0, 30 steps");
      assertThat(report).hasToString("valid: 0.11.0 -> 0.15.0, 30 steps");
    }

    @Test
    void optionalStepsMayBeLeftOut() {
      ValidationReport report =
          Runbooks.of("0.13.0", "0.15.0")
              .remove("0.13-0.14/relink-executors")
              .remove("0.13-0.14/set-checkpoint-in-schedulers")
              .remove("0.14-0.15/relink-executors")
              .validate();
      assertThat(report.violations()).isEmpty();
    }

    @Test
    void independentStepsMayBeReordered() {
      ValidationReport report =
          Runbooks.of("0.14.0", "0.15.0")
              .moveBefore("0.14-0.15/relink-schedulers", "0.14-0.15/relink-executors")
              .validate();
      assertThat(report.isValid()).isTrue();
    }

    @Test
    void aHandWrittenRunbookWithTheSameStepsIsValid() {
      List<UpgradeStep> copy = new ArrayList<>();
      for (UpgradeStep step : UpgradePlanner.plan("0.12.0", "0.13.0").steps()) {
        copy.add(
            UpgradeStep.builder()
                .id(step.id())
                .component(step.component())
                .action(step.action())
                .version(step.version())
                .necessity(step.necessity())
                .addAllFlagChanges(step.flagChanges())
                .source(step.source())
                .build());
      }
      assertThat(
              PlanValidator.validate(MesosVersion.of(0, 12, 0), MesosVersion.of(0, 13, 0), copy)
                  .isValid())
          .isTrue();
    }
  }

  @Nested
  class Violations {
    @Test
    void anUnknownStepIsReported() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .add(customStep("0.14-0.15/drain-slaves"))
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.UNKNOWN_STEP,
                  "step 0.14-0.15/drain-slaves is not a step of the upgrade 0.14.0 -> 0.15.0:"
                      + " remove it, or take the steps of the plan for 0.14.0 -> 0.15.0",
                  List.of("0.14-0.15/drain-slaves")));
    }

    @Test
    void aRepeatedStepIsReported() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .repeat("0.14-0.15/restart-schedulers")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.DUPLICATE_STEP,
                  "step 0.14-0.15/restart-schedulers appears 2 times: keep it once",
                  List.of("0.14-0.15/restart-schedulers")));
    }

    @Test
    void aMissingRequiredStepIsReportedWithItsConsequence() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .remove("0.14-0.15/restart-schedulers")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-schedulers is missing: Restart the schedulers"
                      + " so they run their 0.15.0 library and code.",
                  List.of("0.14-0.15/restart-schedulers")),
              violation(
                  ViolationCode.FRAMEWORKS_LOCKED_OUT,
                  "after step 0.14-0.15/restart-masters-with-authentication the masters enforce"
                      + " authentication, but the schedulers do not authenticate: they can no longer"
                      + " register; change the schedulers to the Credential constructor and restart them"
                      + " before enforcing",
                  List.of("0.14-0.15/restart-masters-with-authentication")));
    }

    @Test
    void aStepOfAnEarlierHopAfterALaterHopIsReported() {
      assertThat(
              Runbooks.of("0.11.0", "0.15.0")
                  .moveAfter("0.13-0.14/relink-executors", "0.14-0.15/install-masters")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.HOP_ORDER,
                  "step 0.13-0.14/relink-executors of hop 0.13.0 -> 0.14.2 comes after step"
                      + " 0.14-0.15/install-masters of hop 0.14.2 -> 0.15.0: finish every step of hop"
                      + " 0.13.0 -> 0.14.2 on the whole cluster before hop 0.14.2 -> 0.15.0 begins",
                  List.of("0.13-0.14/relink-executors", "0.14-0.15/install-masters")));
    }

    @Test
    void aBrokenMustComeBeforeRuleIsReported() {
      assertThat(
              Runbooks.of("0.11.0", "0.12.0")
                  .moveBefore("0.11-0.12/install-masters", "0.11-0.12/restart-slaves")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.ORDERING_RULE,
                  "step 0.11-0.12/install-masters must come after step 0.11-0.12/restart-slaves"
                      + " (all slaves run 0.12 before any master is upgraded): move it after"
                      + " 0.11-0.12/restart-slaves [apache/mesos docs/Upgrades.md at 0.12.0]",
                  List.of("0.11-0.12/install-masters", "0.11-0.12/restart-slaves")));
    }

    @Test
    void aRestartBeforeTheInstallIsReportedWithItsConsequences() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .moveBefore(
                      "0.14-0.15/restart-masters-with-credentials", "0.14-0.15/install-masters")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.NOT_INSTALLED,
                  "step 0.14-0.15/restart-masters-with-credentials restarts the masters on 0.15.0,"
                      + " but the masters have 0.14.0 installed: install 0.15.0 first",
                  List.of("0.14-0.15/restart-masters-with-credentials")),
              violation(
                  ViolationCode.FLAG_NOT_ACCEPTED,
                  "step 0.14-0.15/restart-masters-with-credentials starts the masters on 0.14.0"
                      + " with --credentials, which is accepted only from 0.15.0: the master refuses to"
                      + " start; set it once the masters run 0.15.0 or later",
                  List.of("0.14-0.15/restart-masters-with-credentials")),
              violation(
                  ViolationCode.CREDENTIAL_REFUSED,
                  "after step 0.14-0.15/restart-schedulers the schedulers authenticate, but the"
                      + " masters run 0.14.0, which cannot authenticate: the driver fails (\"Master"
                      + " refused authentication\") or retries forever; restart the masters with"
                      + " --credentials first",
                  List.of("0.14-0.15/restart-schedulers")));
    }

    @Test
    void theGuidesAuthenticationFlagIsUnknown() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .edit(
                      "0.14-0.15/restart-masters-with-authentication",
                      s -> s.withFlagChanges(FlagChange.set("authentication", "true")))
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.FLAG_UNKNOWN,
                  "step 0.14-0.15/restart-masters-with-authentication starts the masters with"
                      + " --authentication, which no Mesos release accepts: on the command line the"
                      + " master refuses to start, and as MESOS_AUTHENTICATION in the environment it is"
                      + " silently ignored; the real flag is --authenticate",
                  List.of("0.14-0.15/restart-masters-with-authentication")));
    }

    @Test
    void aRenamedFlagNamesItsSuccessor() {
      assertThat(
              Runbooks.of("0.12.0", "0.13.0")
                  .edit(
                      "0.12-0.13/restart-slaves",
                      s -> s.withFlagChanges(FlagChange.set("cgroups_hierarchy_root", "/cgroups")))
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.FLAG_NOT_ACCEPTED,
                  "step 0.12-0.13/restart-slaves starts the slaves on 0.13.0 with"
                      + " --cgroups_hierarchy_root, which 0.13.0 removed: the slave refuses to start;"
                      + " remove --cgroups_hierarchy_root and set --cgroups_hierarchy instead",
                  List.of("0.12-0.13/restart-slaves")));
    }

    @Test
    void aFlagBeforeItsReleaseIsRefused() {
      assertThat(
              Runbooks.of("0.12.0", "0.13.0")
                  .edit(
                      "0.12-0.13/restart-masters",
                      s -> s.withFlagChanges(FlagChange.set("roles", "a,b")))
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.FLAG_NOT_ACCEPTED,
                  "step 0.12-0.13/restart-masters starts the masters on 0.13.0 with --roles, which"
                      + " is accepted only from 0.14.0: the master refuses to start; set it once the"
                      + " masters run 0.14.0 or later",
                  List.of("0.12-0.13/restart-masters")));
    }

    @Test
    void enforcingWithoutCredentialsIsReported() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .edit("0.14-0.15/restart-masters-with-credentials", s -> s.withFlagChanges())
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.CREDENTIAL_REFUSED,
                  "after step 0.14-0.15/restart-schedulers the schedulers authenticate, but the"
                      + " masters have no --credentials: the driver fails (\"Master refused"
                      + " authentication\") or retries forever; restart the masters with --credentials"
                      + " first",
                  List.of("0.14-0.15/restart-schedulers")),
              violation(
                  ViolationCode.AUTHENTICATION_WITHOUT_CREDENTIALS,
                  "step 0.14-0.15/restart-masters-with-authentication enforces authentication"
                      + " (--authenticate=true) on masters that have no --credentials: the master exits"
                      + " at startup (\"Authentication requires a credentials file\"); set --credentials"
                      + " first",
                  List.of("0.14-0.15/restart-masters-with-authentication")));
    }

    @Test
    void enforcingBeforeSchedulersAuthenticateLocksThemOut() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .remove("0.14-0.15/use-credential-in-schedulers")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/use-credential-in-schedulers is missing: Change the"
                      + " schedulers to construct MesosSchedulerDriver with a Credential (principal and"
                      + " secret): schedulers authenticate with a principal and secret listed in the"
                      + " masters' credentials file.",
                  List.of("0.14-0.15/use-credential-in-schedulers")),
              violation(
                  ViolationCode.FRAMEWORKS_LOCKED_OUT,
                  "after step 0.14-0.15/restart-masters-with-authentication the masters enforce"
                      + " authentication, but the schedulers do not authenticate: they can no longer"
                      + " register; change the schedulers to the Credential constructor and restart them"
                      + " before enforcing",
                  List.of("0.14-0.15/restart-masters-with-authentication")));
    }

    @Test
    void frameworksCheckpointingBeforeSlavesIsReported() {
      assertThat(
              Runbooks.of("0.13.0", "0.14.0")
                  .edit("0.13-0.14/restart-slaves-with-checkpoint", s -> s.withFlagChanges())
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.CHECKPOINT_BEFORE_SLAVES,
                  "after step 0.13-0.14/restart-schedulers the schedulers set"
                      + " FrameworkInfo.checkpoint, but the slaves do not checkpoint: restart the slaves"
                      + " with --checkpoint=true first",
                  List.of("0.13-0.14/restart-schedulers")));
    }

    @Test
    void aFrameworkChangeWithoutTheNewLibraryIsReported() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .remove("0.14-0.15/relink-schedulers")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.FRAMEWORK_API_MISSING,
                  "step 0.14-0.15/use-credential-in-schedulers asks the schedulers to construct"
                      + " MesosSchedulerDriver with a Credential (principal and secret), which needs the"
                      + " Mesos 0.15.0 library, but they link 0.14.0: relink them first",
                  List.of("0.14-0.15/use-credential-in-schedulers")));
    }

    @Test
    void mastersTwoLinesAheadOfSlavesIsReported() {
      assertThat(
              Runbooks.of("0.12.0", "0.14.0")
                  .remove("0.12-0.13/install-slaves")
                  .remove("0.12-0.13/restart-slaves")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.12-0.13/install-slaves is missing: Install the Mesos 0.13.0"
                      + " binaries on every slave.",
                  List.of("0.12-0.13/install-slaves")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.12-0.13/restart-slaves is missing: Restart every slave on"
                      + " 0.13.0 after removing --cgroups_hierarchy_root, --webui_dir, --conf: a 0.13"
                      + " slave refuses to start with a flag 0.13 no longer accepts.",
                  List.of("0.12-0.13/restart-slaves")),
              violation(
                  ViolationCode.VERSION_SKEW,
                  "after step 0.13-0.14/restart-masters the masters run 0.14.0 and the slaves run"
                      + " 0.12.0, more than one release line apart while one of them runs a release"
                      + " before 1.0, which Mesos does not support: finish each hop on the whole"
                      + " cluster before the next",
                  List.of("0.13-0.14/restart-masters")));
    }

    @Test
    void anUnfinishedUpgradeIsReported() {
      assertThat(
              Runbooks.of("0.14.0", "0.15.0")
                  .remove("0.14-0.15/install-slaves")
                  .remove("0.14-0.15/restart-slaves")
                  .validate()
                  .violations())
          .containsExactly(
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/install-slaves is missing: Install the Mesos 0.15.0"
                      + " binaries on every slave.",
                  List.of("0.14-0.15/install-slaves")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-slaves is missing: Restart every slave on"
                      + " 0.15.0.",
                  List.of("0.14-0.15/restart-slaves")),
              violation(
                  ViolationCode.END_STATE_NOT_REACHED,
                  "after the last step the slaves run 0.14.0 with 0.14.0 installed, not 0.15.0:"
                      + " the upgrade is unfinished; add the missing install and restart steps",
                  List.of()));
    }

    @Test
    void anEmptyRunbookMissesEveryRequiredStep() {
      assertThat(Runbooks.of("0.14.0", "0.15.0").clear().validate().violations())
          .containsExactly(
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/install-masters is missing: Install the Mesos 0.15.0"
                      + " binaries on every master.",
                  List.of("0.14-0.15/install-masters")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-masters-with-credentials is missing: Restart"
                      + " every master on 0.15.0 with --credentials=<path to credentials file>: the"
                      + " masters learn the frameworks' credentials; authentication is not yet enforced.",
                  List.of("0.14-0.15/restart-masters-with-credentials")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/install-slaves is missing: Install the Mesos 0.15.0"
                      + " binaries on every slave.",
                  List.of("0.14-0.15/install-slaves")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-slaves is missing: Restart every slave on"
                      + " 0.15.0.",
                  List.of("0.14-0.15/restart-slaves")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/use-credential-in-schedulers is missing: Change the"
                      + " schedulers to construct MesosSchedulerDriver with a Credential (principal and"
                      + " secret): schedulers authenticate with a principal and secret listed in the"
                      + " masters' credentials file.",
                  List.of("0.14-0.15/use-credential-in-schedulers")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-schedulers is missing: Restart the schedulers"
                      + " so they run their 0.15.0 library and code.",
                  List.of("0.14-0.15/restart-schedulers")),
              violation(
                  ViolationCode.STEP_MISSING,
                  "required step 0.14-0.15/restart-masters-with-authentication is missing: Restart"
                      + " every master on 0.15.0 with --authenticate=true: only authenticated frameworks"
                      + " may register from now on.",
                  List.of("0.14-0.15/restart-masters-with-authentication")),
              violation(
                  ViolationCode.END_STATE_NOT_REACHED,
                  "after the last step the masters run 0.14.0 with 0.14.0 installed, not 0.15.0:"
                      + " the upgrade is unfinished; add the missing install and restart steps",
                  List.of()),
              violation(
                  ViolationCode.END_STATE_NOT_REACHED,
                  "after the last step the slaves run 0.14.0 with 0.14.0 installed, not 0.15.0:"
                      + " the upgrade is unfinished; add the missing install and restart steps",
                  List.of()));
    }
  }

  @Nested
  class Reports {
    @Test
    void describeEveryViolation() {
      ValidationReport report =
          Runbooks.of("0.14.0", "0.15.0").remove("0.14-0.15/relink-schedulers").validate();
      assertThat(report.isValid()).isFalse();
      assertThat(report.has(ViolationCode.FRAMEWORK_API_MISSING)).isTrue();
      assertThat(report.has(ViolationCode.VERSION_SKEW)).isFalse();
      assertThat(report.first(ViolationCode.FRAMEWORK_API_MISSING).orElseThrow().stepIds())
          .containsExactly("0.14-0.15/use-credential-in-schedulers");
      assertThat(report.first(ViolationCode.VERSION_SKEW)).isEmpty();
      assertThat(report.describe())
          .isEqualTo(
              "invalid: 0.14.0 -> 0.15.0, 8 steps, 1 violation\n"
                  + "  - FRAMEWORK_API_MISSING: step 0.14-0.15/use-credential-in-schedulers asks"
                  + " the schedulers to construct MesosSchedulerDriver with a Credential"
                  + " (principal and secret), which needs the Mesos 0.15.0 library, but they link"
                  + " 0.14.0: relink them first");
      assertThat(Runbooks.of("0.14.0", "0.15.0").clear().validate().describe())
          .startsWith("invalid: 0.14.0 -> 0.15.0, 0 steps, 9 violations\n  - STEP_MISSING: ");
    }

    @Test
    void reportConditionsOnceWhileTheyHold() {
      ValidationReport report =
          Runbooks.of("0.14.0", "0.15.0")
              .remove("0.14-0.15/use-credential-in-schedulers")
              .repeat("0.14-0.15/restart-masters-with-authentication")
              .validate();
      assertThat(report.violations())
          .extracting(Violation::code)
          .containsExactly(
              ViolationCode.DUPLICATE_STEP,
              ViolationCode.STEP_MISSING,
              ViolationCode.FRAMEWORKS_LOCKED_OUT);
    }
  }

  @Nested
  class Arguments {
    @Test
    void rejectNulls() {
      MesosVersion from = MesosVersion.of(0, 14, 0);
      MesosVersion to = MesosVersion.of(0, 15, 0);
      assertThatThrownBy(() -> PlanValidator.validate(from, to, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("steps must not be null");
      List<UpgradeStep> withNull =
          Arrays.asList(UpgradePlanner.plan(from, to).steps().get(0), null);
      assertThatThrownBy(() -> PlanValidator.validate(from, to, withNull))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("steps must not contain null (index 1)");
      assertThatThrownBy(() -> PlanValidator.validate((MesosVersion) null, to, List.of()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("from must not be null");
      assertThatThrownBy(() -> PlanValidator.validate(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("plan must not be null");
      assertThatThrownBy(() -> PlanValidator.validate(null, from, to, List.of()))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("catalog must not be null");
    }

    @Test
    void refuseUpgradesTheCatalogCannotPlan() {
      assertThatThrownBy(
              () ->
                  PlanValidator.validate(
                      MesosVersion.of(0, 15, 0), MesosVersion.of(0, 14, 0), List.of()))
          .isInstanceOfSatisfying(
              UnsupportedUpgradeException.class,
              e -> assertThat(e.reason()).isEqualTo(UnsupportedUpgradeException.Reason.DOWNGRADE))
          .hasMessage(
              "cannot plan from 0.15.0 to 0.14.0: that is a downgrade; plans only go forward, so"
                  + " choose a target of 0.15.0 or later");
    }

    @Test
    void checksAgainstTheCatalogGivenFirstOrTheBuiltInOne() {
      UpgradeCatalog catalog = UpgradeCatalog.builtIn();
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.12.0");
      assertThat(PlanValidator.validate(catalog, plan.from(), plan.to(), plan.steps()))
          .isEqualTo(PlanValidator.validate(plan))
          .isEqualTo(PlanValidator.validate(plan.from(), plan.to(), plan.steps()))
          .isEqualTo(
              PlanValidator.validate(
                  plan.from(), plan.to(), plan.steps(), ClusterProfile.unknown()));
      assertThat(PlanValidator.validate(catalog, plan.from(), plan.to(), List.of()).isValid())
          .isFalse();
    }
  }
}
