package io.github.mesosupgrade;

import static io.github.mesosupgrade.Component.MASTER;
import static io.github.mesosupgrade.Component.SLAVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The flags and endpoints of every release, with renames, deprecated names and requirements. */
class FlagHistoryTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();

  private static MesosVersion v(String text) {
    return MesosVersion.parse(text);
  }

  private static boolean accepts(Component component, String name, String version) {
    return CATALOG.flag(component, name, v(version)).isPresent();
  }

  @Nested
  class PerRelease {
    @Test
    void masterFlagsComeAndGoAsTheSourcesShow() {
      assertThat(accepts(MASTER, "slaves", "0.15.0")).isTrue();
      assertThat(accepts(MASTER, "slaves", "0.16.0")).isFalse();
      assertThat(accepts(MASTER, "registry", "0.16.0")).isTrue();
      for (String name :
          List.of(
              "authenticate_slaves",
              "log_auto_initialize",
              "quorum",
              "recovery_slave_removal_limit",
              "registry_fetch_timeout",
              "registry_store_timeout",
              "registry_strict",
              "slave_reregister_timeout",
              "zk_session_timeout")) {
        assertThat(accepts(MASTER, name, "0.18.2")).as(name).isFalse();
        assertThat(accepts(MASTER, name, "0.19.0")).as(name).isTrue();
      }
      assertThat(accepts(MASTER, "authorizers", "0.24.0")).isTrue();
      assertThat(accepts(MASTER, "max_unreachable_tasks_per_framework", "1.2.0")).isTrue();
      assertThat(accepts(MASTER, "offer_constraints_re2_max_mem", "1.10.0")).isFalse();
      assertThat(accepts(MASTER, "offer_constraints_re2_max_mem", "1.11.0")).isTrue();
    }

    @Test
    void slaveFlagsComeAndGoAsTheSourcesShow() {
      assertThat(accepts(SLAVE, "checkpoint", "0.21.2")).isTrue();
      assertThat(accepts(SLAVE, "checkpoint", "0.22.0")).isFalse();
      assertThat(accepts(SLAVE, "cgroups_subsystems", "0.22.0")).isFalse();
      assertThat(accepts(SLAVE, "provisioners", "0.24.0")).isTrue();
      assertThat(accepts(SLAVE, "provisioners", "0.25.0")).isFalse();
      assertThat(accepts(SLAVE, "resource_monitoring_interval", "0.26.0")).isFalse();
      assertThat(accepts(SLAVE, "containerizer_path", "1.1.0")).isFalse();
      assertThat(accepts(SLAVE, "agent_features", "1.5.0")).isTrue();
      assertThat(accepts(SLAVE, "csi_plugin_config_dir", "1.11.0")).isTrue();
      MesosFlag isolation = CATALOG.flag(SLAVE, "isolation", v("0.17.0")).orElseThrow();
      assertThat(isolation.defaultAt(v("0.17.0"))).contains("process");
      assertThat(isolation.defaultAt(v("0.18.0"))).contains("posix/cpu,posix/mem");
    }

    @Test
    void flagsOfMainAndOfLoggingAreKnownToo() {
      for (String name : List.of("ip", "port", "zk", "log_dir", "quiet", "external_log_file")) {
        assertThat(accepts(MASTER, name, "1.11.0")).as(name).isTrue();
      }
      assertThat(accepts(SLAVE, "master", "0.11.0")).isTrue();
      assertThat(accepts(SLAVE, "advertise_ip", "0.26.0")).isFalse();
      assertThat(accepts(SLAVE, "advertise_ip", "0.27.0")).isTrue();
    }

    @Test
    void renamesWithoutAnAliasStopTheOldName() {
      MesosFlag old = CATALOG.flagHistory(SLAVE, "docker_sandbox_directory").get(0);
      assertThat(old).hasToString("slave --docker_sandbox_directory [0.20.0, 0.24.0)");
      assertThat(old.renamedTo()).contains("sandbox_directory");
      assertThat(accepts(SLAVE, "docker_sandbox_directory", "0.24.0")).isFalse();
      assertThat(CATALOG.flag(SLAVE, "sandbox_directory", v("0.24.0")).orElseThrow().renamedFrom())
          .contains("docker_sandbox_directory");
    }
  }

  @Nested
  class DeprecatedNames {
    @Test
    void theOldNameFindsTheRenamedFlagFrom10() {
      MesosFlag renamed = CATALOG.flag(MASTER, "authenticate", v("1.0.0")).orElseThrow();
      assertThat(renamed.name()).isEqualTo("authenticate_frameworks");
      assertThat(renamed.deprecatedNames()).containsEntry("authenticate", v("1.0.0"));
      assertThat(renamed.acceptsName("authenticate", v("1.11.0"))).isTrue();
      assertThat(renamed.acceptsName("authenticate_frameworks", v("1.11.0"))).isTrue();
      assertThat(renamed.acceptsName("authenticate", v("0.28.0"))).isFalse();
      assertThat(CATALOG.flag(MASTER, "authenticate", v("0.28.3")).orElseThrow().name())
          .isEqualTo("authenticate");
      assertThat(CATALOG.flag(MASTER, "authenticate_frameworks", v("0.28.3"))).isEmpty();
    }

    @Test
    void everyRenameOfSection7KeepsItsAlias() {
      String[][] renames = {
        {"MASTER", "1.0.0", "slave_ping_timeout", "agent_ping_timeout"},
        {"MASTER", "1.0.0", "max_slave_ping_timeouts", "max_agent_ping_timeouts"},
        {"MASTER", "1.0.0", "authenticate_slaves", "authenticate_agents"},
        {"MASTER", "1.0.0", "authenticate_http", "authenticate_http_readwrite"},
        {"MASTER", "1.0.0", "max_executors_per_slave", "max_executors_per_agent"},
        // role_sorter came back in 1.6.1 (and 1.5.2) after 1.5.0 and 1.6.0 reverted it to
        // user_sorter: src/master/flags.cpp at those tags.
        {"MASTER", "1.6.1", "user_sorter", "role_sorter"},
        {"SLAVE", "1.0.0", "slave_subsystems", "agent_subsystems"},
        {"SLAVE", "1.4.0", "allowed_capabilities", "effective_capabilities"},
        {"SLAVE", "1.5.0", "executor_secret_key", "jwt_secret_key"}
      };
      for (String[] rename : renames) {
        Component component = Component.valueOf(rename[0]);
        MesosFlag flag = CATALOG.flag(component, rename[2], v(rename[1])).orElseThrow();
        assertThat(flag.name()).isEqualTo(rename[3]);
        assertThat(flag.introducedIn()).isEqualTo(v(rename[1]));
        assertThat(flag.renamedFrom()).contains(rename[2]);
      }
    }

    @Test
    void aFlagKeptUnderAnAliasIsNotListedAsRemoved() {
      assertThat(UpgradePlanner.plan("0.28.3", "1.0.0").removedFlags()).isEmpty();
      assertThat(UpgradePlanner.plan("0.23.1", "0.24.0").removedFlags())
          .extracting(MesosFlag::toString)
          .containsExactly("slave --docker_sandbox_directory [0.20.0, 0.24.0)");
    }

    @Test
    void theValidatorReadsAuthenticateFrameworksAsAuthenticate() {
      // Masters enforce authentication under the new name while schedulers do not authenticate.
      ValidationReport report =
          Runbooks.of("1.0.0", "1.0.4")
              .edit(
                  "1.0.0-1.0.4/restart-masters",
                  step ->
                      step.withFlagChanges(
                          FlagChange.set("credentials", "/etc/mesos/credentials.json"),
                          FlagChange.set("authenticate_frameworks", "true")))
              .validate();
      assertThat(report.violations())
          .extracting(Violation::code)
          .containsExactly(ViolationCode.FRAMEWORKS_LOCKED_OUT);
    }

    @Test
    void settingOneOfTwoNamesReplacesTheOther() {
      // Enforced under the old name, lifted under the new one, enforced again: reported twice.
      ValidationReport report =
          Runbooks.of("0.27.3", "1.2.3")
              .edit(
                  "0.27-0.28/restart-masters",
                  step ->
                      step.withFlagChanges(
                          FlagChange.set("credentials", "/etc/mesos/credentials"),
                          FlagChange.set("authenticate", "true")))
              .edit(
                  "0.28-1.0/restart-masters",
                  step ->
                      step.withFlagChanges(
                          FlagChange.remove("registry_strict"),
                          FlagChange.set("authenticate_frameworks", "false")))
              .edit(
                  "1.1-1.2/restart-masters",
                  step -> step.withFlagChanges(FlagChange.set("authenticate", "true")))
              .validate();
      assertThat(report.violations())
          .extracting(Violation::code, Violation::stepIds)
          .containsExactly(
              org.assertj.core.api.Assertions.tuple(
                  ViolationCode.FRAMEWORKS_LOCKED_OUT, List.of("0.27-0.28/restart-masters")),
              org.assertj.core.api.Assertions.tuple(
                  ViolationCode.FRAMEWORKS_LOCKED_OUT, List.of("1.1-1.2/restart-masters")));
    }
  }

  @Nested
  class RequiredFlags {
    @Test
    void anAgentOf10WithoutAWorkDirIsReported() {
      ValidationReport report =
          Runbooks.of("0.28.3", "1.0.0")
              .edit("0.28-1.0/restart-agents", step -> step.withFlagChanges())
              .validate();
      assertThat(report.violations())
          .extracting(Violation::message)
          .containsExactly(
              "step 0.28-1.0/restart-agents starts the agents on 1.0.0 without --work_dir, which"
                  + " is required from 1.0.0: the agent exits at startup; set --work_dir");
      assertThat(report.violations().get(0).code()).isEqualTo(ViolationCode.FLAG_REQUIRED);
    }

    @Test
    void aClusterAlreadyOnTheReleaseIsTakenToHaveItsRequiredFlags() {
      assertThat(PlanValidator.validate(UpgradePlanner.plan("1.0.0", "1.0.4")).isValid()).isTrue();
    }

    @Test
    void aFlagKeepsItsChecks() {
      MesosFlag.Builder flag =
          MesosFlag.builder()
              .component(MASTER)
              .name("x")
              .type(FlagType.STRING)
              .introducedIn(v("1.0.0"))
              .removedIn(v("1.2.0"));
      assertThatThrownBy(() -> flag.putDeprecatedName("x", v("1.0.0")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("flag x cannot be a deprecated name of itself");
    }

    @Test
    void aDeprecatedNameOrRequirementLiesInsideTheFlagsLife() {
      assertThatThrownBy(() -> lived().putDeprecatedName("old", v("1.2.0")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "flag x accepts the deprecated name old from 1.2.0, a release that does not accept"
                  + " the flag master --x [1.0.0, 1.2.0)");
      assertThatThrownBy(() -> lived().requiredFrom(v("0.9.0")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "flag x is required from 0.9.0, a release that does not accept the flag master --x"
                  + " [1.0.0, 1.2.0)");
      assertThatThrownBy(() -> lived().putDeprecatedName("Old", v("1.0.0")).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("\"Old\" is not a flag name");
    }

    private MesosFlag.Builder lived() {
      return MesosFlag.builder()
          .component(MASTER)
          .name("x")
          .type(FlagType.STRING)
          .introducedIn(v("1.0.0"))
          .removedIn(v("1.2.0"));
    }
  }

  @Nested
  class Endpoints {
    private boolean served(Component component, String path, String version) {
      return CATALOG.endpoints().stream()
          .anyMatch(
              e -> e.component() == component && e.path().equals(path) && e.isServedBy(v(version)));
    }

    @Test
    void followSection8() {
      assertThat(served(MASTER, "/stats.json", "0.22.2")).isTrue();
      assertThat(served(MASTER, "/stats.json", "0.23.0")).isFalse();
      assertThat(served(SLAVE, "/stats.json", "0.23.0")).isFalse();
      assertThat(served(MASTER, "/teardown", "0.23.0")).isTrue();
      assertThat(served(MASTER, "/shutdown", "0.23.1")).isTrue();
      assertThat(served(MASTER, "/shutdown", "0.24.0")).isFalse();
      assertThat(served(MASTER, "/api/v1/scheduler", "0.24.0")).isTrue();
      assertThat(served(MASTER, "/state", "0.25.0")).isTrue();
      assertThat(served(SLAVE, "/api/v1/executor", "0.25.0")).isTrue();
      assertThat(served(MASTER, "/observe", "0.28.3")).isTrue();
      assertThat(served(MASTER, "/observe", "1.0.0")).isFalse();
      assertThat(served(SLAVE, "/api/v1", "1.0.0")).isTrue();
      for (String path : List.of("/state.json", "/tasks.json", "/roles.json", "/files/read.json")) {
        assertThat(served(MASTER, path, "1.7.3")).as(path).isTrue();
        assertThat(served(MASTER, path, "1.8.0")).as(path).isFalse();
      }
      assertThat(served(SLAVE, "/monitor/statistics.json", "1.8.0")).isFalse();
      assertThat(served(SLAVE, "/monitor/statistics", "1.8.0")).isTrue();
      assertThat(served(SLAVE, "/monitor/usage.json", "0.17.0")).isFalse();
    }
  }
}
