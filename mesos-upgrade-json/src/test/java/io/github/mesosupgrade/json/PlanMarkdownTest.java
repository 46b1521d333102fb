package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.util.Arrays;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanMarkdownTest {
  private static final String PATCH_SOURCE =
      "[apache/mesos support/test-upgrade.py at c1b42f79d1]"
          + "(https://github.com/apache/mesos/blob/c1b42f79d1/support/test-upgrade.py)";
  private static final String PATCH_PURPOSE =
      "a patch release inside one release line; masters first, then slaves, as Mesos' own upgrade"
          + " test does.";

  private static long count(String text, String prefix) {
    return Arrays.stream(text.split("\n")).filter(line -> line.startsWith(prefix)).count();
  }

  @Nested
  class Runbook {
    @Test
    void rendersThePatchPlanAsOneSectionWithACheckboxPerStep() {
      assertThat(PlanMarkdown.render(UpgradePlanner.plan("0.14.0", "0.14.2")))
          .isEqualTo(
              "# Mesos upgrade 0.14.0 -> 0.14.2\n"
                  + "\n"
                  + "1 hop, 4 steps. Finish every step of a hop on the whole cluster before the"
                  + " next hop begins; tick a step when it is done on every machine.\n"
                  + "\n"
                  + "## Hop 1 of 1: 0.14.0 -> 0.14.2\n"
                  + "\n"
                  + "```mermaid\n"
                  + PlanGraphTest.PATCH_MERMAID
                  + "```\n"
                  + "\n"
                  + "- [ ] **1.** Install the Mesos 0.14.2 binaries on every master: "
                  + PATCH_PURPOSE
                  + "\n"
                  + "  - id: `0.14.0-0.14.2/install-masters`; source: "
                  + PATCH_SOURCE
                  + "\n"
                  + "- [ ] **2.** Restart every master on 0.14.2: "
                  + PATCH_PURPOSE
                  + "\n"
                  + "  - id: `0.14.0-0.14.2/restart-masters`; source: "
                  + PATCH_SOURCE
                  + "\n"
                  + "- [ ] **3.** Install the Mesos 0.14.2 binaries on every slave: "
                  + PATCH_PURPOSE
                  + "\n"
                  + "  - id: `0.14.0-0.14.2/install-slaves`; source: "
                  + PATCH_SOURCE
                  + "\n"
                  + "- [ ] **4.** Restart every slave on 0.14.2: "
                  + PATCH_PURPOSE
                  + "\n"
                  + "  - id: `0.14.0-0.14.2/restart-slaves`; source: "
                  + PATCH_SOURCE
                  + "\n");
    }

    @Test
    void rendersTheEmptyPlanAsNothingToDo() {
      assertThat(PlanMarkdown.render(UpgradePlanner.plan("0.13.0", "0.13.0")))
          .isEqualTo(
              """
              # Mesos upgrade 0.13.0 -> 0.13.0

              Nothing to do: the cluster already runs 0.13.0.
              """);
    }

    @Test
    void hasOneSectionPerHopAndOneCheckboxPerStepNumberedThroughout() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      String runbook = PlanMarkdown.render(plan);
      assertThat(count(runbook, "## Hop ")).isEqualTo(plan.hops().size());
      assertThat(count(runbook, "- [ ] **")).isEqualTo(plan.steps().size());
      assertThat(runbook)
          .contains("\n## Hop 4 of 4: 0.14.2 -> 0.15.0\n")
          .contains("\n- [ ] **" + plan.steps().size() + ".** Restart every master on 0.15.0");
    }

    @Test
    void putsNotesUnderTheirStepWithTheirSourcesAsLinks() {
      String runbook = PlanMarkdown.render(UpgradePlanner.plan("0.14.2", "0.15.0"));
      assertThat(runbook)
          .contains(
              "- [ ] **4.** Restart every slave on 0.15.0.\n"
                  + "  - id: `0.14-0.15/restart-slaves`; source: [upgrade guide, \"Upgrading from"
                  + " 0.14.0 to 0.15.0\", bullet 4]"
                  + "(https://github.com/apache/mesos/blob/0.15.0/docs/Upgrades.md)\n"
                  + "  - **Not in the guide:** The default of the slave flag `--checkpoint`"
                  + " changed from false to true in 0.15.0 (MESOS-766): slaves started without it"
                  + " now checkpoint. Pass `--checkpoint=false` to keep checkpointing off."
                  + " Sources: [apache/mesos src/slave/flags.hpp at 0.14.0]"
                  + "(https://github.com/apache/mesos/blob/0.14.0/src/slave/flags.hpp);"
                  + " [apache/mesos src/slave/flags.hpp at 0.15.0]"
                  + "(https://github.com/apache/mesos/blob/0.15.0/src/slave/flags.hpp).\n");
    }

    @Test
    void setsThePlaceholderOfAFlagAsCodeSoThatItShows() {
      assertThat(PlanMarkdown.render(UpgradePlanner.plan("0.14.2", "0.15.0")))
          .contains(
              "- [ ] **2.** Restart every master on 0.15.0 with"
                  + " `--credentials=<path to credentials file>`: the masters learn");
    }

    @Test
    void listsHopNotesAndWhatTheHopRemovesAfterItsSteps() {
      String runbook = PlanMarkdown.render(UpgradePlanner.plan("0.11.0", "0.13.0"));
      assertThat(runbook)
          .contains(
              "\nNotes for the whole hop:\n\n- **Framework API:** For framework developers:"
                  + " ExecutorInfo has a new optional field source")
          .contains("\nRemoved by this hop:\n\n- slave flag `--webui_dir` (gone in 0.12.1)\n")
          .contains(
              "\nRemoved by this hop:\n\n"
                  + "- master flag `--conf` (gone in 0.13.0)\n"
                  + "- slave flag `--cgroups_hierarchy_root` (gone in 0.13.0, now"
                  + " `--cgroups_hierarchy`)\n"
                  + "- slave flag `--conf` (gone in 0.13.0)\n"
                  + "- master endpoint `/slaves/activate` (gone in 0.13.0)\n");
    }
  }

  @Nested
  class Escaping {
    @Test
    void setsFlagsWithTheirValuesAsCode() {
      assertThat(PlanMarkdown.text("Use --authenticate=true, not --authentication=true."))
          .isEqualTo("Use `--authenticate=true`, not `--authentication=true`.");
    }

    @Test
    void setsEnvironmentVariablesAsCode() {
      assertThat(PlanMarkdown.text("as MESOS_AUTHENTICATION=true (or MESOS_*) it is ignored"))
          .isEqualTo("as `MESOS_AUTHENTICATION=true` (or `MESOS_*`) it is ignored");
    }

    @Test
    void escapesMarkupOutsideCode() {
      assertThat(PlanMarkdown.text("a <placeholder> in *stars* and [brackets] with cgroups_root"))
          .isEqualTo("a \\<placeholder\\> in \\*stars\\* and \\[brackets\\] with cgroups\\_root");
    }

    @Test
    void linksASourceToItsFileAtItsRevision() {
      assertThat(PlanMarkdown.link(Source.mesos("src/master/slaves_manager.cpp", "0.12.0")))
          .isEqualTo(
              "[apache/mesos src/master/slaves\\_manager.cpp at 0.12.0]"
                  + "(https://github.com/apache/mesos/blob/0.12.0/src/master/slaves_manager.cpp)");
    }
  }
}
