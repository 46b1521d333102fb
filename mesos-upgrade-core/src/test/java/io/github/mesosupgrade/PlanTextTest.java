package io.github.mesosupgrade;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTextTest {
  @Test
  void numbersStepsAcrossHopsWithNotesAndRemovals() {
    String text = UpgradePlanner.plan("0.11.0", "0.13.0").describe();
    assertThat(text)
        .startsWith(
            "Upgrade 0.11.0 -> 0.13.0: 2 hops, 11 steps\n"
                + "\n"
                + "Hop 1: 0.11.0 -> 0.12.1\n"
                + "   1. Install the Mesos 0.12.1 binaries on every slave: this is the only hop that"
                + " upgrades slaves before masters.\n"
                + "      id: 0.11-0.12/install-slaves\n"
                + "   2. Restart every slave on 0.12.1: every slave must run 0.12 before any master"
                + " is upgraded.\n"
                + "      id: 0.11-0.12/restart-slaves\n"
                + "   3. Install the Mesos 0.12.1 binaries on every master.\n"
                + "      id: 0.11-0.12/install-masters\n"
                + "      note: The guide as shipped in 0.12.0 is stricter than its later text: all"
                + " slaves must run 0.12.0 before any master is upgraded. [apache/mesos"
                + " docs/Upgrades.md at 0.12.0]\n"
                + "   4. Restart every master on 0.12.1.\n"
                + "      id: 0.11-0.12/restart-masters\n"
                + "  hop note: For framework developers: ExecutorInfo has a new optional field"
                + " source (and name) in 0.12.0;")
        .contains(
            "\nHop 2: 0.12.1 -> 0.13.0\n   5. Install the Mesos 0.13.0 binaries on every master.\n")
        .contains("  11. Relink the executors against the Mesos 0.13.0 native library and jar (if")
        .endsWith(
            "  removed: flag slave --cgroups_hierarchy_root (gone in 0.13.0, now"
                + " --cgroups_hierarchy)\n"
                + "  removed: flag slave --conf (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/activate (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/activated (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/add (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/deactivate (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/deactivated (gone in 0.13.0)\n"
                + "  removed: endpoint master /slaves/remove (gone in 0.13.0)\n");
  }

  @Test
  void countsInTheSingularWhenThereIsOne() {
    assertThat(UpgradePlanner.plan("0.14.0", "0.14.1").describe())
        .startsWith("Upgrade 0.14.0 -> 0.14.1: 1 hop, 4 steps\n");
  }

  @Test
  void callsTheSlavesAgentsInA1xPlan() {
    String text = UpgradePlanner.plan("1.7.0", "1.8.0").describe();

    assertThat(text)
        .contains("id: 1.7-1.8/install-agents\n")
        .contains("  removed: endpoint agent /files/browse.json (gone in 1.8.0)\n")
        .contains("  removed: endpoint agent /monitor/statistics.json (gone in 1.8.0)\n")
        .doesNotContain("endpoint slave");
    assertThat(text.lines().filter(line -> line.matches(" +[0-9]+\\. .*")))
        .anyMatch(line -> line.endsWith("on every agent."))
        .noneMatch(line -> line.contains("slave"));
  }
}
