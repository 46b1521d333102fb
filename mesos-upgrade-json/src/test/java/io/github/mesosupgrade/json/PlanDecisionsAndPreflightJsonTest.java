package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.ConfigLinter;
import io.github.mesosupgrade.DaemonConfig;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PreflightReport;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON of plans made from a cluster state or with a profile (their decisions and the steps
 * done), and of preflight reports, each checked against its schema.
 */
class PlanDecisionsAndPreflightJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String schema, String document) {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(tree(schema))
        .validate(tree(document))
        .stream()
        .map(Error::toString)
        .toList();
  }

  private static UpgradePlan resumedWithProfile() {
    ClusterState state = ClusterJson.readState(PlanJsonTest.resource("states/rolling-0.15.json"));
    ClusterProfile profile =
        ClusterJson.readProfile(PlanJsonTest.resource("states/pure-no-authentication.json"));
    return UpgradePlanner.plan(state, MesosVersion.parse("0.15.0"), profile);
  }

  @Nested
  class APlanFromAStateWithAProfile {
    @Test
    void listsTheProfileTheDecisionsAndTheStepsDoneAndConformsToTheSchema() {
      UpgradePlan plan = resumedWithProfile();
      String json = PlanJson.write(plan);
      assertThat(errors(PlanJson.schema(), json)).isEmpty();
      JsonNode root = tree(json);
      assertThat(root.get("profile").toString())
          .isEqualTo("{\"FRAMEWORKS_LINK_LIBMESOS\":false,\"WANTS_AUTHENTICATION\":false}");
      assertThat(root.get("done"))
          .extracting(step -> step.get("id").asText())
          .containsExactly(
              "0.14-0.15/install-masters", "0.14-0.15/restart-masters-with-credentials");
      assertThat(root.get("decisions")).hasSize(plan.decisions().size());
      JsonNode first = root.get("decisions").get(0);
      assertThat(first.get("stepId").asText()).isEqualTo(plan.decisions().get(0).stepId());
      assertThat(first.get("description").asText()).isEqualTo(plan.decisions().get(0).toString());
      assertThat(first.get("included").asBoolean()).isEqualTo(plan.decisions().get(0).included());
    }

    @Test
    void aPlanWithAProfileAloneHasNoStepsDone() {
      UpgradePlan plan =
          UpgradePlanner.plan(
              MesosVersion.parse("0.12.0"),
              MesosVersion.parse("0.13.0"),
              ClusterProfile.builder().frameworksLinkLibmesos(false).build());
      String json = PlanJson.write(plan);
      assertThat(errors(PlanJson.schema(), json)).isEmpty();
      assertThat(tree(json).has("done")).isFalse();
      assertThat(tree(json).get("decisions").get(0).get("answer").asBoolean()).isFalse();
    }

    @Test
    void theMarkdownRunbookListsTheStepsDoneAndTheDecisions() {
      UpgradePlan plan = resumedWithProfile();
      String markdown = PlanMarkdown.render(plan);
      assertThat(markdown)
          .contains(
              "Resumed from the cluster state, which shows 2 steps done:\n\n"
                  + "- [x] Install the Mesos 0.15.0 binaries on every master."
                  + " (`0.14-0.15/install-masters`)\n",
              "\n## Decisions\n\nMade with the profile ClusterProfile{FRAMEWORKS\\_LINK\\_LIBMESOS=no,"
                  + " WANTS\\_AUTHENTICATION=no}:\n\n- `"
                  + plan.decisions().get(0).stepId()
                  + "`");
    }
  }

  @Nested
  class APreflightReport {
    private PreflightReport report() {
      UpgradePlan plan = UpgradePlanner.plan("0.12.0", "0.13.0");
      DaemonConfig slaves =
          DaemonConfig.builder()
              .component(Component.SLAVE)
              .addArguments("--master=zk://zk1:2181/mesos", "--cgroups_hierarchy_root=/cgroup")
              .build();
      return ConfigLinter.builtIn().preflight(plan, List.of(slaves));
    }

    @Test
    void attachesEachFindingToItsStepAndConformsToTheSchema() {
      String json = ReportJson.preflight(report(), List.of("a note"));
      assertThat(errors(JsonSchemas.text("preflight").orElseThrow(), json)).isEmpty();
      JsonNode root = tree(json);
      assertThat(root.get("hasErrors").asBoolean()).isTrue();
      assertThat(root.get("now").get(0).get("findings")).isEmpty();
      JsonNode step = root.get("steps").get(0);
      assertThat(step.get("stepId").asText()).isEqualTo("0.12-0.13/restart-slaves");
      assertThat(step.get("componentName").asText()).isEqualTo("slave");
      assertThat(step.get("findings").get(0).get("code").asText()).isEqualTo("FLAG_RENAMED");
      assertThat(root.get("notes").get(0).asText()).isEqualTo("a note");
      assertThat(root.get("description").asText()).isEqualTo(report().describe());
    }

    @Test
    void isListedAmongTheSchemas() {
      assertThat(JsonSchemas.summaries())
          .containsEntry(
              "preflight", "preflight reports: what 'lint --to TO --format json' writes");
    }
  }
}
