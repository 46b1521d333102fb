package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The hops 0.15 to 1.11, each checked against its section of the upgrade guide and the sources at
 * its release tags: the steps in order, the "must come before" rules, the flag changes and the
 * notes.
 */
class LaterHopsTest {
  private static final UpgradeCatalog CATALOG = UpgradeCatalog.builtIn();

  private static final List<String> DEFAULT_SLAVES =
      List.of(
          "install-masters",
          "restart-masters",
          "install-slaves",
          "restart-slaves",
          "relink-schedulers",
          "restart-schedulers",
          "relink-executors");

  private static HopDefinition hop(int major, int minor) {
    return CATALOG.hopFrom(ReleaseLine.of(major, minor)).orElseThrow();
  }

  private static String name(String id) {
    return HopPlanner.stepName(id);
  }

  private static List<String> names(HopDefinition hop) {
    return hop.steps().stream().map(step -> name(step.id())).toList();
  }

  private static List<String> rules(HopDefinition hop) {
    return hop.constraints().stream()
        .map(rule -> name(rule.before()) + " < " + name(rule.after()))
        .toList();
  }

  private static UpgradeStep step(HopDefinition hop, String name) {
    return hop.steps().stream()
        .filter(step -> name(step.id()).equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> notes(HopDefinition hop, String name) {
    return step(hop, name).notes().stream().map(Note::toString).toList();
  }

  private static List<String> flagChanges(HopDefinition hop, String name) {
    return step(hop, name).flagChanges().stream().map(FlagChange::toString).toList();
  }

  private static Source guide(String tag) {
    return Source.mesos("docs/upgrades.md", tag);
  }

  private static List<String> with(List<String> names, int at, String... inserted) {
    List<String> all = new java.util.ArrayList<>(names);
    all.addAll(at, List.of(inserted));
    return all;
  }

  private static List<String> modulesFirst(String slaves) {
    return List.of(
        "rebuild-master-modules",
        "rebuild-" + slaves.substring(0, slaves.length() - 1) + "-modules",
        "install-masters",
        "restart-masters",
        "install-" + slaves,
        "restart-" + slaves,
        "relink-schedulers",
        "restart-schedulers",
        "relink-executors");
  }

  @Nested
  class SchedulersBeforeSlaves {
    private final List<String> order =
        List.of(
            "install-masters",
            "restart-masters",
            "relink-schedulers",
            "restart-schedulers",
            "install-slaves",
            "restart-slaves",
            "relink-executors");

    @Test
    void from015To016TheMastersLoseSlaves() {
      HopDefinition hop = hop(0, 15);
      assertThat(names(hop)).isEqualTo(order);
      assertThat(rules(hop))
          .contains(
              "restart-masters < relink-schedulers",
              "restart-schedulers < install-slaves",
              "restart-slaves < relink-executors");
      assertThat(step(hop, "install-masters").source())
          .isEqualTo(Source.guide("Upgrading from 0.15.0 to 0.16.0", 1));
      assertThat(flagChanges(hop, "restart-masters")).containsExactly("remove --slaves");
    }

    @Test
    void from016To017SlavesStopServingUsageJson() {
      HopDefinition hop = hop(0, 16);
      assertThat(names(hop)).isEqualTo(order);
      assertThat(notes(hop, "restart-slaves"))
          .containsExactly(
              "0.17.0 slaves no longer serve /monitor/usage.json; read /monitor/statistics.json"
                  + " (served since 0.13.0) instead. [apache/mesos src/slave/monitor.hpp at"
                  + " 0.16.0; apache/mesos src/slave/monitor.hpp at 0.17.0]");
    }

    @Test
    void from017To018SlavesWithCgroupsRemountAndReboot() {
      HopDefinition hop = hop(0, 17);
      assertThat(names(hop)).isEqualTo(with(order, 5, "remount-cgroups-and-reboot-slaves"));
      assertThat(step(hop, "remount-cgroups-and-reboot-slaves").action())
          .isEqualTo(StepAction.RECONFIGURE);
      assertThat(rules(hop))
          .contains(
              "install-slaves < remount-cgroups-and-reboot-slaves",
              "remount-cgroups-and-reboot-slaves < restart-slaves");
      assertThat(String.join("\n", notes(hop, "restart-slaves")))
          .contains("process becomes posix/cpu,posix/mem")
          .contains("--cgroups_hierarchy now defaults to /sys/fs/cgroup")
          .contains("The guide says the --cgroup_subsystems flag")
          .contains("The flag is --cgroups_subsystems");
      assertThat(step(hop, "restart-slaves").notes().get(2).kind())
          .isEqualTo(Note.Kind.GUIDE_CORRECTION);
    }
  }

  @Nested
  class DefaultOrderBeforeModules {
    @Test
    void from018To019MastersGetAWorkDirAndAQuorumInAnyComponentOrder() {
      HopDefinition hop = hop(0, 18);
      assertThat(names(hop)).isEqualTo(DEFAULT_SLAVES);
      assertThat(rules(hop)).containsExactly("relink-schedulers < restart-schedulers");
      assertThat(flagChanges(hop, "restart-masters"))
          .containsExactly(
              "set --work_dir=<path to master work directory>",
              "set --quorum=<size of a majority of the masters, such as 2 of 3>",
              "remove --registry");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("Drop --registry=local.");
      assertThat(hop.notes())
          .extracting(Note::text)
          .containsExactly("No upgrade ordering across components is required.");
      MesosFlag workDir =
          CATALOG.flag(Component.MASTER, "work_dir", MesosVersion.of(0, 19, 0)).orElseThrow();
      assertThat(workDir.requiredFrom()).contains(MesosVersion.of(0, 19, 0));
      assertThat(
              CATALOG
                  .flag(Component.MASTER, "work_dir", MesosVersion.of(0, 18, 0))
                  .orElseThrow()
                  .defaultAt(MesosVersion.of(0, 18, 0)))
          .contains("/tmp/mesos");
      assertThat(workDir.defaultAt(MesosVersion.of(0, 19, 0))).isEmpty();
    }

    @Test
    void from019To020FrameworksChangeBeforeTheUpgrade() {
      HopDefinition hop = hop(0, 19);
      assertThat(names(hop))
          .isEqualTo(
              with(
                  DEFAULT_SLAVES,
                  0,
                  "update-python-imports-in-schedulers",
                  "update-python-imports-in-executors",
                  "acknowledge-through-master-in-schedulers",
                  "restart-changed-schedulers"));
      assertThat(step(hop, "update-python-imports-in-executors").frameworkChange())
          .contains(FrameworkChange.USE_PYTHON_SUBPACKAGES);
      assertThat(step(hop, "acknowledge-through-master-in-schedulers").frameworkChange())
          .contains(FrameworkChange.ACKNOWLEDGE_THROUGH_MASTER);
      assertThat(rules(hop))
          .contains(
              "restart-changed-schedulers < install-masters",
              "update-python-imports-in-executors < install-masters",
              "acknowledge-through-master-in-schedulers < restart-changed-schedulers");
    }

    @Test
    void from020To021CheckpointingCanNoLongerBeTurnedOffQuietly() {
      HopDefinition hop = hop(0, 20);
      assertThat(names(hop)).isEqualTo(DEFAULT_SLAVES);
      assertThat(notes(hop, "restart-slaves"))
          .containsExactly(
              "Disabling slave checkpointing is deprecated: a 0.21 slave started with"
                  + " --checkpoint=false logs a warning, and 0.22.0 removes the flag. [upgrade"
                  + " guide at 0.21.0, \"Upgrading from 0.20.x to 0.21.x\", bullet 1; apache/mesos"
                  + " src/slave/slave.cpp at 0.21.0; apache/mesos CHANGELOG at 0.21.0]");
    }

    @Test
    void from021To022SlavesRestartWithoutCheckpointAndCgroupsSubsystems() {
      HopDefinition hop = hop(0, 21);
      assertThat(names(hop)).isEqualTo(DEFAULT_SLAVES);
      assertThat(flagChanges(hop, "restart-slaves"))
          .containsExactly("remove --checkpoint", "remove --cgroups_subsystems");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("/stats.json endpoints of masters and slaves are deprecated");
      assertThat(String.join("\n", notes(hop, "relink-schedulers")))
          .contains("implicitAcknowledgements")
          .contains("A 0.21.0 jar works with a 0.22.0 libmesos");
      assertThat(CATALOG.flag(Component.SLAVE, "checkpoint", MesosVersion.of(0, 22, 0))).isEmpty();
    }
  }

  @Nested
  class ModulesFirst {
    @Test
    void from022To023StatsJsonGoesAndPingTimeoutsWaitForTheSlaves() {
      HopDefinition hop = hop(0, 22);
      assertThat(names(hop))
          .isEqualTo(with(modulesFirst("slaves"), 6, "restart-masters-with-ping-timeouts"));
      assertThat(rules(hop)).contains("restart-slaves < restart-masters-with-ping-timeouts");
      assertThat(flagChanges(hop, "restart-masters-with-ping-timeouts"))
          .containsExactly(
              "set --slave_ping_timeout=<duration, default 15secs>",
              "set --max_slave_ping_timeouts=<count, default 5>");
      List<Note> notes = step(hop, "restart-masters").notes();
      assertThat(notes.get(0).text()).startsWith("The /stats.json endpoints of masters and slaves");
      assertThat(notes.get(0).sources()).contains(guide("0.24.0"));
      assertThat(notes.get(1).text())
          .isEqualTo(
              "/master/shutdown is deprecated in favour of the new /master/teardown; 0.24.0"
                  + " removes /master/shutdown, which the guide does not say.");
    }

    @Test
    void from023To024SchedulersLinkLibmesos023BeforeTheMasters() {
      HopDefinition hop = hop(0, 23);
      assertThat(names(hop))
          .isEqualTo(
              with(modulesFirst("slaves"), 0, "relink-old-schedulers", "restart-old-schedulers"));
      assertThat(rules(hop))
          .contains(
              "relink-old-schedulers < restart-old-schedulers",
              "restart-old-schedulers < install-masters");
      assertThat(step(hop, "relink-old-schedulers").version()).isEqualTo(MesosVersion.of(0, 23, 0));
      assertThat(flagChanges(hop, "restart-slaves"))
          .containsExactly("remove --docker_sandbox_directory");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("no longer serve /shutdown");
    }

    @Test
    void from024To025TheJsonEndpointsAreDeprecated() {
      HopDefinition hop = hop(0, 24);
      assertThat(names(hop)).isEqualTo(modulesFirst("slaves"));
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("/state.json becomes /state")
          .contains("until 1.8.0 removes them");
      assertThat(flagChanges(hop, "restart-slaves")).containsExactly("remove --provisioners");
    }

    @Test
    void from025To026ReasonsAndCredentialSecretChange() {
      HopDefinition hop = hop(0, 25);
      assertThat(names(hop)).isEqualTo(modulesFirst("slaves"));
      assertThat(String.join("\n", notes(hop, "relink-schedulers")))
          .contains("REASON_CONTAINER_LIMITATION_MEMORY")
          .contains("Credential.secret is now a string");
      assertThat(flagChanges(hop, "restart-slaves"))
          .containsExactly("remove --resource_monitoring_interval");
    }

    @Test
    void from026To027RolesAndShutdownFrameworksAreDeprecated() {
      HopDefinition hop = hop(0, 26);
      assertThat(names(hop)).isEqualTo(modulesFirst("slaves"));
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("the --roles whitelist is deprecated")
          .contains("shutdown_frameworks is deprecated in favour of teardown_frameworks");
      assertThat(flagChanges(hop, "restart-slaves"))
          .containsExactly(
              "remove --docker_auth_server_port",
              "remove --docker_local_archives_dir",
              "remove --docker_puller",
              "remove --docker_registry_port");
    }

    @Test
    void from027To028ReservationAclsAreRewritten() {
      HopDefinition hop = hop(0, 27);
      assertThat(names(hop)).isEqualTo(with(modulesFirst("slaves"), 3, "update-reservation-acls"));
      assertThat(rules(hop)).contains("update-reservation-acls < restart-masters");
      assertThat(step(hop, "update-reservation-acls").action()).isEqualTo(StepAction.RECONFIGURE);
    }

    @Test
    void from028To100AgentsNeedAWorkDirAndQuotaAclsSwitchLast() {
      HopDefinition hop = hop(0, 28);
      assertThat(names(hop)).isEqualTo(with(modulesFirst("agents"), 9, "switch-quota-acls"));
      assertThat(rules(hop))
          .contains("restart-masters < switch-quota-acls", "restart-agents < switch-quota-acls");
      assertThat(flagChanges(hop, "restart-masters")).containsExactly("remove --registry_strict");
      assertThat(flagChanges(hop, "restart-agents"))
          .containsExactly("set --work_dir=<path to agent work directory>");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("--authenticate is --authenticate_frameworks")
          .contains("The /observe endpoint is removed");
      assertThat(step(hop, "install-agents").describe())
          .isEqualTo("Install the Mesos 1.0.0 binaries on every agent.");
    }
  }

  @Nested
  class AgentEra {
    @Test
    void everyHopFrom100HasTheSameSharedStepsInTheSameOrder() {
      for (int minor = 0; minor <= 10; minor++) {
        List<String> shared =
            names(hop(1, minor)).stream().filter(modulesFirst("agents")::contains).toList();
        assertThat(shared).as("1.%s", minor).isEqualTo(modulesFirst("agents"));
      }
    }

    @Test
    void from100To101ContainerizerFlagsGo() {
      HopDefinition hop = hop(1, 0);
      assertThat(names(hop)).isEqualTo(modulesFirst("agents"));
      assertThat(flagChanges(hop, "restart-agents"))
          .containsExactly("remove --containerizer_path", "remove --default_container_image");
      assertThat(step(hop, "install-masters").source())
          .isEqualTo(Source.mesos("support/test-upgrade.py", "1.1.0"));
    }

    @Test
    void from101To102SaysThat121MastersIgnoreOldAgents() {
      HopDefinition hop = hop(1, 1);
      Note note = step(hop, "restart-masters").notes().get(0);
      assertThat(note.text()).startsWith("From 1.2.1 (not 1.2.0) masters ignore agents older");
      assertThat(note.sources())
          .containsExactly(
              Source.guide("Upgrading from 1.1.x to 1.2.x", 3, "1.2.0"),
              guide("1.2.1"),
              Source.mesos("src/master/constants.hpp", "1.2.0"),
              Source.mesos("src/master/constants.hpp", "1.2.1"));
    }

    @Test
    void from102To103AclsMoveBeforeTheBinaries() {
      HopDefinition hop = hop(1, 2);
      assertThat(names(hop)).isEqualTo(with(modulesFirst("agents"), 0, "move-deprecated-acls"));
      assertThat(rules(hop)).contains("move-deprecated-acls < install-masters");
      assertThat(step(hop, "move-deprecated-acls").describe())
          .isEqualTo(
              "Reconfigure every master for 1.3.0 (if necessary): only where --acls uses"
                  + " set_quotas, remove_quotas or shutdown_frameworks: consolidate the quota ACLs"
                  + " under update_quotas and replace shutdown_frameworks with teardown_frameworks,"
                  + " since 1.3 masters no longer support the old ones.");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("update tooling that reads it before running multi-role frameworks");
    }

    @Test
    void from103To104CapabilitiesFlagsChange() {
      HopDefinition hop = hop(1, 3);
      assertThat(names(hop)).isEqualTo(modulesFirst("agents"));
      assertThat(String.join("\n", notes(hop, "restart-agents")))
          .contains("--allowed_capabilities is deprecated in favour of --effective_capabilities");
    }

    @Test
    void from104To105SchedulersAcceptTaskStartingFirst() {
      HopDefinition hop = hop(1, 4);
      assertThat(names(hop))
          .isEqualTo(
              with(
                  modulesFirst("agents"),
                  0,
                  "accept-task-starting-in-schedulers",
                  "restart-schedulers-accepting-task-starting"));
      assertThat(rules(hop))
          .contains("restart-schedulers-accepting-task-starting < install-masters");
      assertThat(step(hop, "accept-task-starting-in-schedulers").frameworkChange())
          .contains(FrameworkChange.ACCEPT_TASK_STARTING);
      assertThat(String.join("\n", notes(hop, "restart-agents")))
          .contains("--executor_secret_key is deprecated in favour of --jwt_secret_key")
          .contains("needs masters on 1.5 or later");
      assertThat(String.join("\n", notes(hop, "restart-masters"))).contains("every log replica");
    }

    @Test
    void from105To106StorageResourceProvidersGoBeforeTheAgents() {
      HopDefinition hop = hop(1, 5);
      assertThat(names(hop))
          .isEqualTo(with(modulesFirst("agents"), 4, "remove-storage-resource-providers"));
      assertThat(rules(hop)).contains("remove-storage-resource-providers < install-agents");
    }

    @Test
    void from106To107UserSorterBecomesRoleSorter() {
      HopDefinition hop = hop(1, 6);
      assertThat(names(hop)).isEqualTo(modulesFirst("agents"));
      assertThat(notes(hop, "restart-masters").get(0))
          .isEqualTo(
              "The master flag --user_sorter is renamed --role_sorter in 1.7.0 (1.4.2, 1.5.2 and"
                  + " 1.6.1 already took the new name); the old name still works. [apache/mesos"
                  + " src/master/flags.cpp at 1.7.0; apache/mesos src/master/flags.cpp at 1.6.1]");
      assertThat(String.join("\n", notes(hop, "restart-agents")))
          .contains(
              "The agent flag --network_cni_root_dir_persist (1.6.2 has it, backported) is"
                  + " missing from 1.7.0 and comes back in 1.7.1: an agent started with it cannot"
                  + " start on 1.7.0, so a plan that uses it should end on 1.7.1 or later.");
    }

    @Test
    void from107To108TheJsonAliasesGo() {
      HopDefinition hop = hop(1, 7);
      assertThat(names(hop))
          .isEqualTo(
              with(modulesFirst("agents"), 5, "list-agent-operation-feedback-in-agent-features"));
      assertThat(rules(hop))
          .contains(
              "install-agents < list-agent-operation-feedback-in-agent-features",
              "list-agent-operation-feedback-in-agent-features < restart-agents");
      assertThat(notes(hop, "restart-masters").get(0))
          .startsWith(
              "1.8 masters no longer serve /state.json, /tasks.json, /roles.json and"
                  + " /files/{browse,debug,download,read}.json (deprecated since 0.25; the"
                  + " removal was reverted on the 1.7.x branch");
      assertThat(notes(hop, "restart-agents").get(0))
          .startsWith("1.8 agents no longer serve /state.json, /monitor/statistics.json");
    }

    @Test
    void from108To109AnExplicitFeatureListNamesAgentDraining() {
      HopDefinition hop = hop(1, 8);
      assertThat(names(hop))
          .isEqualTo(with(modulesFirst("agents"), 5, "list-agent-draining-in-agent-features"));
      assertThat(rules(hop))
          .contains(
              "install-agents < list-agent-draining-in-agent-features",
              "list-agent-draining-in-agent-features < restart-agents");
    }

    @Test
    void from109To110AnExplicitFeatureListNamesTaskResourceLimits() {
      HopDefinition hop = hop(1, 9);
      assertThat(names(hop))
          .isEqualTo(
              with(modulesFirst("agents"), 5, "list-task-resource-limits-in-agent-features"));
      assertThat(rules(hop))
          .contains("list-task-resource-limits-in-agent-features < restart-agents");
      assertThat(String.join("\n", notes(hop, "list-task-resource-limits-in-agent-features")))
          .contains("also names RESOURCE_PROVIDER", "Agents from 1.8 already needed it");
    }

    @Test
    void from110To111FollowsTheUpgradeTestForWantOfAGuideSection() {
      HopDefinition hop = hop(1, 10);
      assertThat(names(hop))
          .isEqualTo(
              with(
                  with(modulesFirst("agents"), 2, "convert-master-credentials-to-json"),
                  5,
                  "convert-agent-credentials-to-json"));
      assertThat(rules(hop))
          .contains(
              "convert-master-credentials-to-json < restart-masters",
              "convert-agent-credentials-to-json < restart-agents");
      assertThat(hop.notes())
          .extracting(Note::toString)
          .containsExactly(
              "The upgrade guide has no section for 1.10.x to 1.11.x; the steps follow the order"
                  + " of the hops before it, which Mesos' upgrade test runs, and the breaking"
                  + " changes come from the CHANGELOG. [apache/mesos docs/upgrades.md at 1.11.0;"
                  + " apache/mesos CHANGELOG at 1.11.0; apache/mesos support/test-upgrade.py at"
                  + " 1.11.0]");
      assertThat(String.join("\n", notes(hop, "restart-masters")))
          .contains("--allocator_agent_recovery_factor");
    }
  }

  @Test
  void everyStepAndNoteCitesASource() {
    for (HopDefinition hop : CATALOG.hops()) {
      for (UpgradeStep step : hop.steps()) {
        assertThat(step.source().revision()).as(step.id()).isNotBlank();
        for (Note note : step.notes()) {
          assertThat(note.sources()).as(step.id()).isNotEmpty();
        }
      }
      if (hop.from().compareTo(ReleaseLine.of(0, 15)) >= 0) {
        for (UpgradeStep step : hop.steps()) {
          // A Mesos file, or a bullet of the guide as it stands at the hop's target tag.
          if (step.source().kind() == Source.Kind.GUIDE) {
            assertThat(step.source().revision())
                .as(step.id())
                .isEqualTo(hop.to().firstRelease().toString());
          }
        }
      }
    }
  }
}
