package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClusterProfileTest {

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static List<String> ids(UpgradePlan plan) {
    return ResumeTest.ids(plan.steps());
  }

  private static UpgradeStep step(UpgradePlan plan, String id) {
    return plan.steps().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Nested
  class PureLanguageBindings {
    private final ClusterProfile pure =
        ClusterProfile.builder().frameworksLinkLibmesos(false).build();
    private final UpgradePlan plan = UpgradePlanner.plan(v("0.12.0"), v("0.15.0"), pure);

    @Test
    void leaveTheRelinksOutAndSayWhy() {
      assertThat(plan.steps()).noneMatch(step -> step.action() == StepAction.RELINK);
      assertThat(plan.decisions())
          .filteredOn(decision -> decision.stepId().equals("0.12-0.13/relink-schedulers"))
          .extracting(StepDecision::toString)
          .containsExactly(
              "0.12-0.13/relink-schedulers: left out (FRAMEWORKS_LINK_LIBMESOS=no): the"
                  + " frameworks use pure-language bindings, which link no Mesos library");
      assertThat(plan.decisions())
          .filteredOn(d -> d.fact() == ClusterProfile.Fact.FRAMEWORKS_LINK_LIBMESOS)
          .hasSize(6)
          .noneMatch(StepDecision::included);
    }

    @Test
    void stillValidate() {
      assertThat(PlanValidator.validate(plan).describe())
          .isEqualTo("valid: 0.12.0 -> 0.15.0, 20 steps");
    }
  }

  @Nested
  class NoAuthentication {
    private final ClusterProfile none = ClusterProfile.builder().wantsAuthentication(false).build();
    private final UpgradePlan plan = UpgradePlanner.plan(v("0.14.2"), v("0.15.0"), none);

    @Test
    void noCredentialsNoCredentialNoEnforcement() {
      assertThat(ids(plan))
          .containsExactly(
              "0.14-0.15/install-masters",
              "0.14-0.15/restart-masters-with-credentials",
              "0.14-0.15/install-slaves",
              "0.14-0.15/restart-slaves",
              "0.14-0.15/relink-executors",
              "0.14-0.15/relink-schedulers",
              "0.14-0.15/restart-schedulers");
      assertThat(step(plan, "0.14-0.15/restart-masters-with-credentials").describe())
          .isEqualTo(
              "Restart every master on 0.15.0: authentication is not wanted, so the masters need"
                  + " neither --credentials nor --authenticate.");
      assertThat(plan.decisions())
          .extracting(StepDecision::toString)
          .containsExactly(
              "0.14-0.15/restart-masters-with-credentials --credentials=<path to credentials"
                  + " file>: left out (WANTS_AUTHENTICATION=no): authentication is not wanted, so"
                  + " the masters need neither --credentials nor --authenticate",
              "0.14-0.15/restart-slaves --checkpoint=false: left out (WANTS_CHECKPOINTING=unknown):"
                  + " the profile does not say whether checkpointing is wanted; 0.15.0 slaves"
                  + " checkpoint by default, so pass --checkpoint=false to keep it off",
              "0.14-0.15/relink-executors: included (FRAMEWORKS_LINK_LIBMESOS=unknown): the"
                  + " profile does not say whether the frameworks link libmesos; relink the"
                  + " executors if they do (pure-language bindings need not)",
              "0.14-0.15/relink-schedulers: included (FRAMEWORKS_LINK_LIBMESOS=unknown): the"
                  + " profile does not say whether the frameworks link libmesos; relink the"
                  + " schedulers if they do (pure-language bindings need not)",
              "0.14-0.15/use-credential-in-schedulers: left out (WANTS_AUTHENTICATION=no):"
                  + " authentication is not wanted: the schedulers keep the constructor without a"
                  + " Credential",
              "0.14-0.15/restart-masters-with-authentication --authenticate=true: left out"
                  + " (WANTS_AUTHENTICATION=no): authentication is not wanted, so the masters need"
                  + " neither --credentials nor --authenticate",
              "0.14-0.15/restart-masters-with-authentication: left out (WANTS_AUTHENTICATION=no):"
                  + " the restart only applied flags the profile leaves out, and the masters"
                  + " already run this release");
    }

    @Test
    void theValidatorAgreesWithTheProfile() {
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
      // Without the profile the same steps miss the guide's required authentication steps.
      ValidationReport withoutProfile =
          PlanValidator.validate(plan.from(), plan.to(), plan.steps());
      assertThat(withoutProfile.violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.STEP_MISSING, ViolationCode.STEP_MISSING);
    }
  }

  @Nested
  class NoCheckpointing {
    private final ClusterProfile none = ClusterProfile.builder().wantsCheckpointing(false).build();
    private final UpgradePlan plan = UpgradePlanner.plan(v("0.13.0"), v("0.15.0"), none);

    @Test
    void slavesStartWithoutItAndKeepItOffIn015() {
      assertThat(ids(plan)).doesNotContain("0.13-0.14/set-checkpoint-in-schedulers");
      assertThat(step(plan, "0.13-0.14/restart-slaves-with-checkpoint").flagChanges()).isEmpty();
      assertThat(step(plan, "0.14-0.15/restart-slaves").flagChanges())
          .containsExactly(FlagChange.set("checkpoint", "false"));
      assertThat(step(plan, "0.14-0.15/restart-slaves").describe())
          .isEqualTo(
              "Restart every slave on 0.15.0 with --checkpoint=false: checkpointing is not"
                  + " wanted, and 0.15.0 slaves checkpoint unless started with"
                  + " --checkpoint=false.");
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }
  }

  @Nested
  class CgroupsIsolation {
    private final ClusterProfile cgroups = ClusterProfile.builder().slavesUseCgroups(true).build();

    @Test
    void setsTheOldHierarchyAgainUnderTheNewName() {
      UpgradePlan plan = UpgradePlanner.plan(v("0.12.0"), v("0.13.0"), cgroups);

      assertThat(step(plan, "0.12-0.13/restart-slaves").flagChanges())
          .contains(FlagChange.set("cgroups_hierarchy", "/cgroups"));
      assertThat(plan.decisions())
          .filteredOn(d -> d.fact() == ClusterProfile.Fact.SLAVES_USE_CGROUPS)
          .extracting(StepDecision::reason)
          .containsExactly(
              "the slaves use cgroups isolation: --cgroups_hierarchy_root is renamed"
                  + " --cgroups_hierarchy without an alias and its default is now /cgroup, so set"
                  + " the old path /cgroups again");
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void keepsThePathTheSlavesRunWith() {
      DaemonState slaves =
          DaemonState.builder()
              .installed(v("0.12.1"))
              .running(v("0.12.1"))
              .putFlag("cgroups_hierarchy_root", "/sys/fs/cgroup")
              .build();
      ClusterState state =
          ClusterState.builder().addMaster(DaemonState.of(v("0.12.1"))).addSlave(slaves).build();

      UpgradePlan plan = UpgradePlanner.plan(state, v("0.13.0"), cgroups);

      assertThat(step(plan, "0.12-0.13/restart-slaves").flagChanges())
          .contains(FlagChange.set("cgroups_hierarchy", "/sys/fs/cgroup"));
    }

    @Test
    void whenNotKnownTheDecisionSaysWhatToDo() {
      UpgradePlan plan = UpgradePlanner.plan(v("0.12.0"), v("0.13.0"), ClusterProfile.unknown());

      assertThat(plan.steps()).isEqualTo(UpgradePlanner.plan("0.12.0", "0.13.0").steps());
      assertThat(plan.decisions())
          .filteredOn(d -> d.fact() == ClusterProfile.Fact.SLAVES_USE_CGROUPS)
          .extracting(StepDecision::toString)
          .containsExactly(
              "0.12-0.13/restart-slaves --cgroups_hierarchy=/cgroups: left out"
                  + " (SLAVES_USE_CGROUPS=unknown): the profile does not say whether the slaves use"
                  + " cgroups isolation on Linux; if they do, set --cgroups_hierarchy=/cgroups, the"
                  + " old --cgroups_hierarchy_root");
    }
  }

  @Nested
  class KnownYes {
    @Test
    void makesTheConditionalStepsRequired() {
      ClusterProfile yes =
          ClusterProfile.builder().frameworksLinkLibmesos(true).wantsCheckpointing(true).build();
      UpgradePlan plan = UpgradePlanner.plan(v("0.13.0"), v("0.14.2"), yes);
      List<UpgradeStep> steps = new ArrayList<>(plan.steps());
      steps.removeIf(step -> step.action() == StepAction.RELINK);

      ValidationReport report =
          PlanValidator.validate(UpgradeCatalog.builtIn(), plan.from(), plan.to(), steps, yes);

      assertThat(report.violations())
          .extracting(Violation::message)
          .containsExactly(
              "required step 0.13-0.14/relink-executors is missing: Relink the executors against"
                  + " the Mesos 0.14.2 native library and jar (if necessary): needed by frameworks"
                  + " that link the Mesos native library and jar, not by pure-language bindings.",
              "required step 0.13-0.14/relink-schedulers is missing: Relink the schedulers against"
                  + " the Mesos 0.14.2 native library and jar (if necessary): needed by frameworks"
                  + " that link the Mesos native library and jar, not by pure-language bindings.");
      assertThat(PlanValidator.validate(plan.from(), plan.to(), steps).isValid()).isTrue();
    }
  }

  @Nested
  class EveryProfile {
    @Test
    void givesPlansTheValidatorAccepts() {
      List<Optional<Boolean>> answers =
          List.of(Optional.empty(), Optional.of(true), Optional.of(false));
      int plans = 0;
      for (Optional<Boolean> libmesos : answers) {
        for (Optional<Boolean> cgroups : answers) {
          for (Optional<Boolean> checkpointing : answers) {
            for (Optional<Boolean> authentication : answers) {
              ClusterProfile profile =
                  ClusterProfile.builder()
                      .frameworksLinkLibmesos(libmesos)
                      .slavesUseCgroups(cgroups)
                      .wantsCheckpointing(checkpointing)
                      .wantsAuthentication(authentication)
                      .build();
              for (MesosVersion[] pair : ResumeTest.pairs()) {
                UpgradePlan plan = UpgradePlanner.plan(pair[0], pair[1], profile);
                assertThat(PlanValidator.validate(plan).violations())
                    .as("%s %s", profile, plan)
                    .isEmpty();
                plans++;
              }
            }
          }
        }
      }
      assertThat(plans).isEqualTo(81 * ResumeTest.pairs().size());
    }
  }

  @Nested
  class Values {
    @Test
    void answersAndText() {
      ClusterProfile profile =
          ClusterProfile.builder().frameworksLinkLibmesos(false).wantsAuthentication(true).build();

      assertThat(profile.answer(ClusterProfile.Fact.FRAMEWORKS_LINK_LIBMESOS)).contains(false);
      assertThat(profile.answer(ClusterProfile.Fact.WANTS_CHECKPOINTING)).isEmpty();
      assertThat(profile)
          .hasToString("ClusterProfile{FRAMEWORKS_LINK_LIBMESOS=no, WANTS_AUTHENTICATION=yes}");
      assertThat(ClusterProfile.unknown()).hasToString("ClusterProfile{}");
    }

    @Test
    void thePlanListsItsDecisions() {
      ClusterProfile pure = ClusterProfile.builder().frameworksLinkLibmesos(false).build();
      UpgradePlan plan = UpgradePlanner.plan(v("0.11.0"), v("0.12.1"), pure);

      assertThat(plan.decisions()).isEmpty();
      assertThat(UpgradePlanner.plan(v("0.12.1"), v("0.13.0"), pure).describe())
          .endsWith(
              "\nDecisions (ClusterProfile{FRAMEWORKS_LINK_LIBMESOS=no}):\n"
                  + "  - 0.12-0.13/relink-schedulers: left out (FRAMEWORKS_LINK_LIBMESOS=no): the"
                  + " frameworks use pure-language bindings, which link no Mesos library\n"
                  + "  - 0.12-0.13/restart-slaves --cgroups_hierarchy=/cgroups: left out"
                  + " (SLAVES_USE_CGROUPS=unknown): the profile does not say whether the slaves use"
                  + " cgroups isolation on Linux; if they do, set --cgroups_hierarchy=/cgroups, the"
                  + " old --cgroups_hierarchy_root\n"
                  + "  - 0.12-0.13/relink-executors: left out (FRAMEWORKS_LINK_LIBMESOS=no): the"
                  + " frameworks use pure-language bindings, which link no Mesos library\n");
    }
  }
}
