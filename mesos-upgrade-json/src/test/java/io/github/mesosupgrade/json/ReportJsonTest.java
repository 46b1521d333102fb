package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.ConfigLinter;
import io.github.mesosupgrade.DaemonConfig;
import io.github.mesosupgrade.LintReport;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> errors(String schemaName, String document) {
    Schema checker =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(tree(JsonSchemas.text(schemaName).orElseThrow()));
    return checker.validate(tree(document)).stream().map(Error::toString).toList();
  }

  private static LintReport lint(Component component, String release, String... arguments) {
    return ConfigLinter.builtIn()
        .lint(
            DaemonConfig.builder().component(component).addArguments(arguments).build(),
            MesosVersion.parse(release));
  }

  @Nested
  class Versions {
    @Test
    void listsTheSupportedReleasesThenTheOthers() {
      JsonNode root = tree(ReportJson.versions(UpgradeCatalog.builtIn()));
      assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
      assertThat(root.get("oldestSupported").asText()).isEqualTo("0.11.0");
      assertThat(root.get("newestSupported").asText()).isEqualTo("1.11.0");
      assertThat(root.get("supported").get(0).toString())
          .isEqualTo("{\"version\":\"0.11.0\",\"releaseLine\":\"0.11.x\"}");
      assertThat(root.get("unsupported").get(0).toString())
          .isEqualTo("{\"version\":\"0.10.0\",\"releaseLine\":\"0.10.x\"}");
      List<String> supported = new ArrayList<>();
      root.get("supported").forEach(node -> supported.add(node.get("version").asText()));
      assertThat(supported)
          .hasSize(UpgradeCatalog.builtIn().supportedReleases().size())
          .contains("0.15.0", "1.0.0", "1.11.0");
    }

    @Test
    void conformsToItsSchema() {
      assertThat(errors("versions", ReportJson.versions(UpgradeCatalog.builtIn()))).isEmpty();
    }
  }

  @Nested
  class Validation {
    @Test
    void aValidPlanHasNoViolations() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      String json = ReportJson.validation(PlanValidator.validate(plan));
      JsonNode root = tree(json);
      assertThat(root.get("from").asText()).isEqualTo("0.11.0");
      assertThat(root.get("to").asText()).isEqualTo("0.15.0");
      assertThat(root.get("stepCount").asInt()).isEqualTo(plan.steps().size());
      assertThat(root.get("valid").asBoolean()).isTrue();
      assertThat(root.get("violations").size()).isZero();
      assertThat(root.get("description").asText())
          .isEqualTo("valid: 0.11.0 -> 0.15.0, " + plan.steps().size() + " steps");
      assertThat(errors("validation", json)).isEmpty();
    }

    @Test
    void aReversedPlanListsEveryViolationWithItsSteps() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
      ValidationReport report =
          PlanValidator.validate(plan.from(), plan.to(), plan.steps().reverse());
      assertThat(report.violations()).isNotEmpty();
      String json = ReportJson.validation(report);
      JsonNode root = tree(json);
      assertThat(root.get("valid").asBoolean()).isFalse();
      JsonNode first = root.get("violations").get(0);
      Violation violation = report.violations().get(0);
      assertThat(first.get("code").asText()).isEqualTo(violation.code().name());
      assertThat(first.get("message").asText()).isEqualTo(violation.message());
      assertThat(first.get("description").asText()).isEqualTo(violation.toString());
      List<String> stepIds = new ArrayList<>();
      first.get("stepIds").forEach(id -> stepIds.add(id.asText()));
      assertThat(stepIds).isEqualTo(violation.stepIds());
      assertThat(root.get("description").asText()).isEqualTo(report.describe());
      assertThat(errors("validation", json)).isEmpty();
    }
  }

  @Nested
  class Lint {
    @Test
    void writesEveryFieldOfAFinding() {
      JsonNode root =
          tree(
              ReportJson.lint(
                  lint(Component.MASTER, "0.15.0", "--authentication=true"),
                  List.of("the credentials file could not be read")));
      assertThat(root.get("component").asText()).isEqualTo("MASTER");
      assertThat(root.get("release").asText()).isEqualTo("0.15.0");
      assertThat(root.get("hasErrors").asBoolean()).isTrue();
      assertThat(root.get("errors").asInt()).isEqualTo(1);
      JsonNode finding = root.get("findings").get(0);
      assertThat(finding.get("code").asText()).isEqualTo("MISSPELLED_FLAG");
      assertThat(finding.get("severity").asText()).isEqualTo("ERROR");
      assertThat(finding.get("flag").asText()).isEqualTo("authentication");
      assertThat(finding.get("origin").asText()).isEqualTo("COMMAND_LINE");
      assertThat(finding.get("setting").asText()).isEqualTo("--authentication=true");
      assertThat(finding.get("description").asText())
          .isEqualTo(
              "ERROR MISSPELLED_FLAG: --authentication=true: --authentication is a spelling the"
                  + " documentation uses, but master 0.15.0 has no such flag and refuses to start"
                  + " (\"Failed to load unknown flag 'authentication'\"); write"
                  + " --authenticate=true");
      assertThat(root.get("notes").toString())
          .isEqualTo("[\"the credentials file could not be read\"]");
      assertThat(root.get("description").asText()).startsWith("master 0.15.0: 1 finding (1 error)");
    }

    @Test
    void aCleanConfigurationHasNoFindings() {
      JsonNode root =
          tree(
              ReportJson.lint(
                  lint(Component.SLAVE, "0.15.0", "--master=zk://zk1/mesos"), List.of()));
      assertThat(root.get("hasErrors").asBoolean()).isFalse();
      assertThat(root.get("findings").size()).isZero();
      assertThat(root.get("description").asText()).isEqualTo("slave 0.15.0: no findings");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.12.0", "0.13.0", "0.15.0", "1.0.0", "1.11.0"})
    void realReportsWithFindingsConformToTheSchema(String release) {
      LintReport master =
          lint(
              Component.MASTER,
              release,
              "--authentication=true",
              "--no_such_flag=1",
              "--authenticate=true",
              "--quorum",
              "--quorum=2");
      assertThat(master.findings()).isNotEmpty();
      assertThat(errors("lint", ReportJson.lint(master, List.of("a note")))).isEmpty();
      LintReport slave =
          ConfigLinter.builtIn()
              .lint(
                  DaemonConfig.builder()
                      .component(Component.SLAVE)
                      .addArguments("--checkpoint=maybe")
                      .putAllEnvironment(Map.of("MESOS_AUTHENTICATION", "true"))
                      .build(),
                  MesosVersion.parse(release));
      assertThat(slave.findings()).isNotEmpty();
      assertThat(errors("lint", ReportJson.lint(slave, List.of()))).isEmpty();
    }

    @Test
    void refusesNullArguments() {
      assertThatThrownBy(() -> ReportJson.lint(lint(Component.MASTER, "0.15.0"), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("notes must not be null");
    }
  }

  @Nested
  class Schemas {
    @Test
    void listsEverySchemaWithOneLine() {
      assertThat(JsonSchemas.summaries())
          .containsOnlyKeys(
              "plan", "state", "profile", "catalog", "versions", "validation", "lint", "preflight");
      assertThat(JsonSchemas.summaries().get("lint"))
          .isEqualTo("lint reports: what 'lint --format json' writes");
    }

    @Test
    void theJarShipsTheCheckedInSchemas() throws IOException {
      for (String name : JsonSchemas.summaries().keySet()) {
        assertThat(JsonSchemas.text(name))
            .contains(
                Files.readString(
                    Path.of("src/main/resources/mesos-upgrade-" + name + ".schema.json")));
      }
      assertThat(JsonSchemas.text("plan")).contains(PlanJson.schema());
    }

    @Test
    void anUnknownNameHasNoSchema() {
      assertThat(JsonSchemas.text("plans")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"versions", "validation", "lint"})
    void everySchemaIsAValidDraft202012Schema(String name) {
      JsonNode schema = tree(JsonSchemas.text(name).orElseThrow());
      assertThat(schema.get("$schema").asText())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      assertThat(schema.get("$id").asText())
          .isEqualTo("urn:io.github.mesosupgrade:mesos-upgrade-" + name + ":1");
      assertThat(errors(name, "{\"schemaVersion\": 2}")).isNotEmpty();
    }
  }
}
