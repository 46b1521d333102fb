package io.github.mesosupgrade.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeploymentToolExampleTest {
  private static final String RELINK =
      " native library and jar (if necessary): needed by frameworks that link the Mesos native"
          + " library and jar, not by pure-language bindings.";

  @Nested
  class Main {
    @Test
    void printsTheCommandsOfEveryStepWithFlagsAsArgumentsAndEnvironmentVariables() {
      assertThat(MainOutput.of(DeploymentToolExample::main))
          .isEqualTo(
              "Dry run of the upgrade 0.14.2 -> 0.15.0:\n"
                  + "step 1/9  0.14-0.15/install-masters\n"
                  + "  on every master: install the mesos 0.15.0 package\n"
                  + "step 2/9  0.14-0.15/restart-masters-with-credentials\n"
                  + "  on every master: restart mesos-master --credentials=<path to credentials"
                  + " file>\n"
                  + "  or in mesos-master-env.sh: MESOS_CREDENTIALS=<path to credentials file>\n"
                  + "  fill in <path to credentials file> for --credentials\n"
                  + "step 3/9  0.14-0.15/install-slaves\n"
                  + "  on every slave: install the mesos 0.15.0 package\n"
                  + "step 4/9  0.14-0.15/restart-slaves\n"
                  + "  on every slave: restart mesos-slave\n"
                  + "step 5/9  0.14-0.15/relink-executors\n"
                  + "  hand to the framework owners: Relink the executors against the Mesos 0.15.0"
                  + RELINK
                  + "\n"
                  + "step 6/9  0.14-0.15/relink-schedulers\n"
                  + "  hand to the framework owners: Relink the schedulers against the Mesos 0.15.0"
                  + RELINK
                  + "\n"
                  + "step 7/9  0.14-0.15/use-credential-in-schedulers\n"
                  + "  hand to the framework owners: Change the schedulers to construct"
                  + " MesosSchedulerDriver with a Credential (principal and secret): schedulers"
                  + " authenticate with a principal and secret listed in the masters' credentials"
                  + " file.\n"
                  + "step 8/9  0.14-0.15/restart-schedulers\n"
                  + "  hand to the framework owners: Restart the schedulers so they run their 0.15.0"
                  + " library and code.\n"
                  + "step 9/9  0.14-0.15/restart-masters-with-authentication\n"
                  + "  on every master: restart mesos-master --authenticate=true\n"
                  + "  or in mesos-master-env.sh: MESOS_AUTHENTICATE=true\n");
    }

    @Test
    void printsTheFlagsToTakeAwayWhenAReleaseNoLongerAcceptsThem() {
      String dryRun = MainOutput.of(DeploymentToolExample::main, "0.12.1", "0.13.0");
      assertThat(dryRun)
          .startsWith("Dry run of the upgrade 0.12.1 -> 0.13.0:\n")
          .contains(
              "step 6/7  0.12-0.13/restart-slaves\n"
                  + "  on every slave: restart mesos-slave\n"
                  + "  first remove --cgroups_hierarchy_root --webui_dir --conf from the command"
                  + " line and unset MESOS_CGROUPS_HIERARCHY_ROOT MESOS_WEBUI_DIR MESOS_CONF\n");
    }

    @Test
    void printsModuleRebuildsAndReconfigurationsOfAgents() {
      String dryRun = MainOutput.of(DeploymentToolExample::main, "1.5.3", "1.6.0");
      assertThat(dryRun)
          .contains(
              "step 2/10  1.5-1.6/rebuild-agent-modules\n"
                  + "  if mesos-agent loads modules: rebuild them against mesos 1.6.0 and ship"
                  + " them with its package\n")
          .contains(
              "step 5/10  1.5-1.6/remove-storage-resource-providers\n"
                  + "  by hand on every agent: Reconfigure every agent for 1.6.0 (if necessary):"
                  + " only agents with storage local resource providers: 1.6 replaces CSI v0.1"
                  + " with v0.2, so remove all of them from an agent before upgrading it.\n"
                  + "step 6/10  1.5-1.6/install-agents\n"
                  + "  on every agent: install the mesos 1.6.0 package\n"
                  + "step 7/10  1.5-1.6/restart-agents\n"
                  + "  on every agent: restart mesos-agent\n");
    }
  }
}
