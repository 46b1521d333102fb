package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.Necessity;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.ViolationCode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PlanJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Every plan the built-in catalog can make: all pairs of supported releases, from <= to. */
  /**
   * Returns every plan the library makes, one per pair of supported releases (about 3000); the
   * tests loop over them in one test each, so that the matrix stays fast.
   */
  static List<UpgradePlan> everyPlan() {
    List<MesosVersion> releases = new ArrayList<>(UpgradeCatalog.builtIn().supportedReleases());
    List<UpgradePlan> plans = new ArrayList<>();
    for (int i = 0; i < releases.size(); i++) {
      for (int j = i; j < releases.size(); j++) {
        plans.add(UpgradePlanner.plan(releases.get(i), releases.get(j)));
      }
    }
    return plans;
  }

  static String resource(String name) {
    try (InputStream in = PlanJsonTest.class.getResourceAsStream("/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ObjectNode step(JsonNode document, int hop, int step) {
    return (ObjectNode) document.get("hops").get(hop).get("steps").get(step);
  }

  static JsonNode stepWithId(JsonNode document, String id) {
    for (JsonNode hop : document.get("hops")) {
      for (JsonNode step : hop.get("steps")) {
        if (step.get("id").asText().equals(id)) {
          return step;
        }
      }
    }
    throw new AssertionError("no step " + id);
  }

  @Nested
  class Writing {
    @Test
    void writesThePatchPlanExactlyAsPinned() {
      assertThat(PlanJson.write(UpgradePlanner.plan("0.14.0", "0.14.2")))
          .isEqualTo(resource("plan-0.14.0-0.14.2.json"));
    }

    @Test
    void writesTheEmptyPlanWithNoHops() {
      assertThat(PlanJson.write(UpgradePlanner.plan("0.15.0", "0.15.0")))
          .isEqualTo(
              """
              {
                "schemaVersion": 1,
                "from": "0.15.0",
                "to": "0.15.0",
                "hops": []
              }
              """);
    }

    @Test
    void writesFlagChangesAsNameValueCommandLineAndEnvironmentVariable() {
      JsonNode doc = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      JsonNode change =
          stepWithId(doc, "0.14-0.15/restart-masters-with-authentication")
              .get("flagChanges")
              .get(0);
      assertThat(change.toString())
          .isEqualTo(
              "{\"name\":\"authenticate\",\"value\":\"true\",\"removal\":false,"
                  + "\"operation\":\"set\",\"placeholder\":false,"
                  + "\"commandLine\":\"--authenticate=true\","
                  + "\"environmentVariable\":\"MESOS_AUTHENTICATE=true\"}");
    }

    @Test
    void writesRemovalsWithAnEmptyValue() {
      JsonNode doc = tree(PlanJson.write(UpgradePlanner.plan("0.12.0", "0.13.0")));
      JsonNode changes = stepWithId(doc, "0.12-0.13/restart-slaves").get("flagChanges");
      assertThat(changes.get(0).toString())
          .isEqualTo(
              "{\"name\":\"cgroups_hierarchy_root\",\"value\":\"\",\"removal\":true,"
                  + "\"operation\":\"remove\",\"placeholder\":false,"
                  + "\"commandLine\":\"--cgroups_hierarchy_root\","
                  + "\"environmentVariable\":\"MESOS_CGROUPS_HIERARCHY_ROOT\"}");
    }

    @Test
    void writesTheFrameworkChangeOnlyOnUpdateFrameworkSteps() {
      JsonNode doc = tree(PlanJson.write(UpgradePlanner.plan("0.13.0", "0.15.0")));
      assertThat(stepWithId(doc, "0.14-0.15/use-credential-in-schedulers").get("frameworkChange"))
          .hasToString(
              "{\"name\":\"USE_CREDENTIAL_CONSTRUCTOR\","
                  + "\"description\":\""
                  + FrameworkChange.USE_CREDENTIAL_CONSTRUCTOR.description()
                  + "\",\"availableFrom\":\"0.15.0\"}");
      assertThat(stepWithId(doc, "0.14-0.15/restart-schedulers").has("frameworkChange")).isFalse();
    }

    @Test
    void writesNotesWithTheirFirstSourceAndAllSources() {
      JsonNode doc = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      JsonNode note =
          stepWithId(doc, "0.14-0.15/restart-masters-with-authentication").get("notes").get(0);
      assertThat(note.get("kind").asText()).isEqualTo("GUIDE_CORRECTION");
      assertThat(note.get("sources")).hasSize(4);
      assertThat(note.get("source")).isEqualTo(note.get("sources").get(0));
      assertThat(note.get("source").toString())
          .isEqualTo(
              "{\"kind\":\"GUIDE\",\"repository\":\"apache/mesos\",\"path\":\"docs/Upgrades.md\","
                  + "\"revision\":\"0.15.0\",\"section\":\"Upgrading from 0.14.0 to 0.15.0\","
                  + "\"bullet\":10,"
                  + "\"url\":\"https://github.com/apache/mesos/blob/0.15.0/docs/Upgrades.md\","
                  + "\"citation\":\"upgrade guide, \\\"Upgrading from 0.14.0 to 0.15.0\\\","
                  + " bullet 10\"}");
    }

    @Test
    void writesRemovedFlagsAndEndpointsOfAHop() {
      JsonNode hop =
          tree(PlanJson.write(UpgradePlanner.plan("0.12.0", "0.13.0"))).get("hops").get(0);
      assertThat(hop.get("removedFlags").get(1).toString())
          .isEqualTo(
              "{\"component\":\"SLAVE\",\"componentName\":\"slave\",\"name\":\"cgroups_hierarchy_root\","
                  + "\"commandLine\":\"--cgroups_hierarchy_root\",\"introducedIn\":\"0.10.0\","
                  + "\"removedIn\":\"0.13.0\",\"renamedTo\":\"cgroups_hierarchy\"}");
      assertThat(hop.get("removedEndpoints").get(2).toString())
          .isEqualTo(
              "{\"component\":\"MASTER\",\"componentName\":\"master\",\"path\":\"/slaves/add\",\"introducedIn\":\"0.10.0\","
                  + "\"removedIn\":\"0.13.0\"}");
    }

    @Test
    void shipsTheCheckedInSchemaInTheJar() {
      assertThat(tree(PlanJson.schema()).get("title").asText())
          .isEqualTo("mesos-upgrade plan, schema version 1");
    }
  }

  @Nested
  class ConformsToSchema {
    private final Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(tree(PlanJson.schema()));

    private List<String> errors(JsonNode document) {
      return schema.validate(document).stream().map(Error::toString).toList();
    }

    @Test
    void everyPlanTheLibraryMakesConformsToTheSchema() {
      List<String> failures = new ArrayList<>();
      for (UpgradePlan plan : everyPlan()) {
        List<String> errors = errors(tree(PlanJson.write(plan)));
        if (!errors.isEmpty()) {
          failures.add(plan + ": " + errors);
        }
      }
      assertThat(failures).isEmpty();
    }

    @Test
    void rejectsAFieldItDoesNotDefine() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      step(document, 0, 0).put("done", true);
      assertThat(errors(document))
          .containsExactly(
              "/hops/0/steps/0: property 'done' is not defined in the schema and the schema does"
                  + " not allow additional properties");
    }

    @Test
    void rejectsAFrameworkChangeOnAStepThatIsNotUpdateFramework() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      step(document, 0, 0).putObject("frameworkChange");
      assertThat(errors(document)).isNotEmpty();
    }

    @Test
    void rejectsAnUpdateFrameworkStepWithoutItsFrameworkChange() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      step(document, 0, 6).remove("frameworkChange");
      assertThat(errors(document))
          .containsExactly("/hops/0/steps/6: required property 'frameworkChange' not found");
    }

    @Test
    void rejectsAGuideSourceInAnotherFile() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ((ObjectNode) step(document, 0, 0).get("source")).put("path", "docs/README.md");
      assertThat(errors(document))
          .containsExactly(
              "/hops/0/steps/0/source/path: does not have a value in the enumeration"
                  + " [\"docs/Upgrades.md\", \"docs/upgrades.md\"]");
    }

    @Test
    void acceptsAGuideSourceOfALaterSectionAtItsOwnTag() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.21.0", "0.22.0")));
      assertThat(step(document, 0, 0).get("source").get("revision").asText()).isEqualTo("0.22.0");
      assertThat(errors(document)).isEmpty();
    }

    @Test
    void rejectsAGuideSourceAtARevisionThatIsNotAReleaseTag() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ((ObjectNode) step(document, 0, 0).get("source")).put("revision", "04bc7ee198");
      assertThat(errors(document))
          .containsExactly(
              "/hops/0/steps/0/source/revision: does not match the regex pattern"
                  + " ^[0-9]+\\.[0-9]+\\.[0-9]+$");
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "hops[0].steps[0].source: \"04bc7ee198\" is not a Mesos version: expected"
                  + " major.minor.patch, three whole numbers such as 0.15.0");
    }

    @Test
    void rejectsSchemaVersion2AndALowerCaseEnumValue() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      document.put("schemaVersion", 2);
      step(document, 0, 0).put("component", "master");
      assertThat(errors(document))
          .containsExactlyInAnyOrder(
              "/schemaVersion: must be the constant value '1'",
              "/hops/0/steps/0/component: does not have a value in the enumeration [\"MASTER\","
                  + " \"SLAVE\", \"AGENT\", \"EXECUTOR\", \"SCHEDULER\"]");
    }
  }

  @Nested
  class RoundTrip {
    @Test
    void readsBackAnEqualPlanAndWritesTheSameText() {
      List<String> failures = new ArrayList<>();
      for (UpgradePlan plan : everyPlan()) {
        String json = PlanJson.write(plan);
        UpgradePlan read = PlanJson.read(json);
        if (!read.equals(plan) || !PlanJson.write(read).equals(json)) {
          failures.add(plan.toString());
        }
      }
      assertThat(failures).isEmpty();
    }

    @Test
    void readsAPlanWhoseDerivedAndOptionalFieldsAreLeftOut() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.2", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      for (JsonNode hop : document.get("hops")) {
        ((ObjectNode) hop).remove(List.of("notes", "removedFlags", "removedEndpoints"));
        for (JsonNode step : hop.get("steps")) {
          ObjectNode s = (ObjectNode) step;
          s.remove("description");
          ((ObjectNode) s.get("source")).remove(List.of("repository", "url", "citation"));
          for (JsonNode change : s.get("flagChanges")) {
            ((ObjectNode) change).remove(List.of("commandLine", "environmentVariable", "removal"));
          }
          for (JsonNode note : s.get("notes")) {
            ((ObjectNode) note).remove("source");
          }
        }
      }
      assertThat(PlanJson.read(document.toString())).isEqualTo(plan);
    }

    @Test
    void readsANoteThatGivesOnlyItsSource() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ObjectNode note = (ObjectNode) step(document, 0, 3).get("notes").get(0);
      note.remove("sources");
      UpgradeStep step = PlanJson.read(document.toString()).steps().get(3);
      assertThat(step.notes().get(0).sources()).hasSize(1);
    }

    @Test
    void readsAReorderedPlanThatTheValidatorThenRejects() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ArrayNode steps = (ArrayNode) document.get("hops").get(0).get("steps");
      JsonNode enforce = steps.remove(8);
      steps.insert(0, enforce);
      ValidationReport report = PlanValidator.validate(PlanJson.read(document.toString()));
      assertThat(report.has(ViolationCode.ORDERING_RULE)).isTrue();
      assertThat(report.has(ViolationCode.NOT_INSTALLED)).isTrue();
    }

    @Test
    void readsAHalfDonePlanThatTheValidatorReportsUnfinished() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ArrayNode steps = (ArrayNode) document.get("hops").get(0).get("steps");
      while (steps.size() > 2) {
        steps.remove(2);
      }
      ValidationReport report = PlanValidator.validate(PlanJson.read(document.toString()));
      assertThat(report.has(ViolationCode.STEP_MISSING)).isTrue();
      assertThat(report.has(ViolationCode.END_STATE_NOT_REACHED)).isTrue();
    }

    @Test
    void readsTheGuidesWrongFlagSoThatTheValidatorCatchesIt() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      ObjectNode enforce = step(document, 0, 8);
      enforce.remove("description");
      ObjectNode change = (ObjectNode) enforce.get("flagChanges").get(0);
      change.put("name", "authentication");
      change.remove(List.of("commandLine", "environmentVariable"));
      ValidationReport report = PlanValidator.validate(PlanJson.read(document.toString()));
      assertThat(report.violations())
          .extracting(v -> v.code())
          .containsExactly(ViolationCode.FLAG_UNKNOWN);
    }
  }

  @Nested
  class IndexOperationAndPlaceholder {
    private FlagChange firstChange(UpgradePlan plan, boolean removal, boolean placeholder) {
      return plan.steps().stream()
          .flatMap(step -> step.flagChanges().stream())
          .filter(change -> change.isRemoval() == removal)
          .filter(change -> change.isPlaceholder() == placeholder)
          .findFirst()
          .orElseThrow();
    }

    private JsonNode changeNode(ObjectNode document, FlagChange change) {
      for (JsonNode hop : document.get("hops")) {
        for (JsonNode step : hop.get("steps")) {
          for (JsonNode node : step.get("flagChanges")) {
            if (node.get("commandLine").asText().equals(change.commandLine())) {
              return node;
            }
          }
        }
      }
      throw new AssertionError("no flag change " + change);
    }

    @Test
    void numbersTheStepsFromOneAcrossHops() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      List<Integer> indexes = new ArrayList<>();
      for (JsonNode hop : document.get("hops")) {
        for (JsonNode step : hop.get("steps")) {
          indexes.add(step.get("index").asInt());
        }
      }
      assertThat(document.get("hops").size()).isGreaterThan(1);
      assertThat(indexes).isEqualTo(IntStream.rangeClosed(1, plan.steps().size()).boxed().toList());
    }

    @Test
    void writesTheOperationAndThePlaceholderMarker() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      FlagChange removal = firstChange(plan, true, false);
      assertThat(changeNode(document, removal).get("operation").asText()).isEqualTo("remove");
      assertThat(changeNode(document, removal).get("placeholder").asBoolean()).isFalse();
      FlagChange placeholder = firstChange(plan, false, true);
      assertThat(changeNode(document, placeholder).get("operation").asText()).isEqualTo("set");
      assertThat(changeNode(document, placeholder).get("placeholder").asBoolean()).isTrue();
      FlagChange set = firstChange(plan, false, false);
      assertThat(changeNode(document, set).get("placeholder").asBoolean()).isFalse();
    }

    @Test
    void readsAVersionOneDocumentWrittenBeforeTheseFields() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      for (JsonNode hop : document.get("hops")) {
        for (JsonNode step : hop.get("steps")) {
          ((ObjectNode) step).remove("index");
          for (JsonNode change : step.get("flagChanges")) {
            ((ObjectNode) change).remove(List.of("operation", "placeholder"));
          }
        }
      }
      assertThat(PlanJson.read(document.toString())).isEqualTo(plan);
    }

    @Test
    void takesTheOperationForRemovalWhenRemovalIsLeftOut() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      ObjectNode node = (ObjectNode) changeNode(document, firstChange(plan, true, false));
      node.remove(List.of("removal", "commandLine", "environmentVariable"));
      assertThat(PlanJson.read(document.toString())).isEqualTo(plan);
    }

    @Test
    void aMovedStepKeepsItsIndexWithoutError() {
      UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      ArrayNode steps = (ArrayNode) document.get("hops").get(0).get("steps");
      JsonNode first = steps.remove(0);
      steps.add(first);
      UpgradePlan read = PlanJson.read(document.toString());
      assertThat(read.steps().get(read.steps().size() - 1)).isEqualTo(plan.steps().get(0));
    }

    @Test
    void anIndexThatIsNotAPositionIsRejected() {
      ObjectNode document = tree(PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0")));
      step(document, 0, 2).put("index", 0);
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "hops[0].steps[2].index is 0: expected the step's position in the plan, a whole"
                  + " number from 1, or leave index out");
    }

    @Test
    void anUnknownOperationIsRejected() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      ObjectNode node = (ObjectNode) changeNode(document, firstChange(plan, true, false));
      node.remove("removal");
      node.put("operation", "unset");
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageEndingWith(".operation is \"unset\": expected \"set\" or \"remove\"");
    }

    @Test
    void anOperationThatContradictsRemovalIsRejected() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      ObjectNode document = tree(PlanJson.write(plan));
      ObjectNode node = (ObjectNode) changeNode(document, firstChange(plan, true, false));
      node.put("operation", "set");
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessageEndingWith(
              ".operation is \"set\", but the fields it is derived from give \"remove\": change"
                  + " those fields, or leave operation out");
    }
  }

  @Nested
  class ReadingErrors {
    private final String plan = PlanJson.write(UpgradePlanner.plan("0.14.2", "0.15.0"));

    private String edited(Consumer<ObjectNode> edit) {
      ObjectNode document = tree(plan);
      edit.accept(document);
      return document.toString();
    }

    private void assertRejected(String json, String message) {
      assertThatThrownBy(() -> PlanJson.read(json))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(message);
    }

    @Test
    void textThatIsNotJson() {
      assertRejected(
          "{\"schemaVersion\": 1,",
          "not JSON: Unexpected end-of-input within/between Object entries at line 1, column 21;"
              + " expected a plan written by 'mesos-upgrade plan FROM TO --format json'");
    }

    @Test
    void emptyInput() {
      assertRejected(
          "  ",
          "no JSON: the input is empty; expected a plan written by 'mesos-upgrade plan FROM TO"
              + " --format json'");
    }

    @Test
    void aDocumentThatIsNotAnObject() {
      assertRejected(
          "[1, 2]",
          "the document is an array of 2: expected a JSON object with schemaVersion, from, to"
              + " and hops");
    }

    @Test
    void aFieldGivenTwice() {
      assertRejected(
          "{\"schemaVersion\": 1, \"schemaVersion\": 1}",
          "not JSON: Duplicate field 'schemaVersion' at line 1, column 37; expected a plan"
              + " written by 'mesos-upgrade plan FROM TO --format json'");
    }

    @Test
    void textAfterTheDocument() {
      assertRejected(
          plan + "{}",
          "not JSON: more text follows the plan at line 496, column 1; expected one JSON object,"
              + " a plan written by 'mesos-upgrade plan FROM TO --format json'");
    }

    @Test
    void aMissingSchemaVersion() {
      assertRejected(
          edited(doc -> doc.remove("schemaVersion")),
          "schemaVersion is missing: expected the number 1");
    }

    @Test
    void aSchemaVersionAsText() {
      assertRejected(
          edited(doc -> doc.put("schemaVersion", "1")),
          "schemaVersion is \"1\": expected the number 1");
    }

    @Test
    void aNewerSchemaVersion() {
      assertRejected(
          edited(doc -> doc.put("schemaVersion", 2)),
          "schemaVersion is 2, newer than this reader, which reads schema version 1: use a"
              + " mesos-upgrade release that reads version 2");
    }

    @Test
    void anOlderSchemaVersion() {
      assertRejected(
          edited(doc -> doc.put("schemaVersion", 0)), "schemaVersion is 0: expected the number 1");
    }

    @Test
    void missingHops() {
      assertRejected(
          edited(doc -> doc.remove("hops")), "hops is missing: expected an array of hops");
    }

    @Test
    void aVersionThatIsNotCanonical() {
      assertRejected(
          edited(doc -> doc.put("from", "0.14")),
          "from is \"0.14\": expected a Mesos version, major.minor.patch such as 0.15.0");
    }

    @Test
    void aStepWithoutAction() {
      assertRejected(
          edited(doc -> step(doc, 0, 1).remove("action")),
          "hops[0].steps[1].action is missing: expected one of INSTALL_BINARIES, RESTART,"
              + " RELINK, UPDATE_FRAMEWORK, RECONFIGURE");
    }

    @Test
    void anEnumValueInTheWrongCase() {
      assertRejected(
          edited(doc -> step(doc, 0, 2).put("component", "agent")),
          "hops[0].steps[2].component is \"agent\": expected one of MASTER, SLAVE (or AGENT),"
              + " EXECUTOR, SCHEDULER");
    }

    @Test
    void aNull() {
      assertRejected(
          edited(doc -> step(doc, 0, 2).putNull("necessity")),
          "hops[0].steps[2].necessity is null: expected one of REQUIRED, IF_NECESSARY,"
              + " RECOMMENDED");
    }

    @Test
    void aStepThatIsNotAnObject() {
      assertRejected(
          edited(doc -> ((ArrayNode) doc.get("hops").get(0).get("steps")).set(4, "relink")),
          "hops[0].steps[4] is \"relink\": expected a step");
    }

    @Test
    void anUnknownField() {
      assertRejected(
          edited(doc -> step(doc, 0, 0).putArray("flagchanges")),
          "hops[0].steps[0]: unknown field \"flagchanges\": the fields here are index, id,"
              + " component, componentName, action, version, necessity, flagChanges, purpose, notes,"
              + " source, description");
    }

    @Test
    void aCommandLineThatDoesNotMatchTheFlag() {
      assertRejected(
          edited(
              doc ->
                  ((ObjectNode) step(doc, 0, 8).get("flagChanges").get(0))
                      .put("commandLine", "--authentication=true")),
          "hops[0].steps[8].flagChanges[0].commandLine is \"--authentication=true\", but the"
              + " fields it is derived from give \"--authenticate=true\": change those fields, or"
              + " leave commandLine out");
    }

    @Test
    void aDescriptionThatDoesNotMatchTheStep() {
      assertRejected(
          edited(doc -> step(doc, 0, 0).put("description", "Install everything.")),
          "hops[0].steps[0].description is \"Install everything.\", but the fields it is derived"
              + " from give \"Install the Mesos 0.15.0 binaries on every master.\": change those"
              + " fields, or leave description out");
    }

    @Test
    void aGuideSourceOfAnotherFile() {
      assertRejected(
          edited(
              doc -> ((ObjectNode) step(doc, 0, 0).get("source")).put("path", "docs/upgrades.md")),
          "hops[0].steps[0].source.path is \"docs/upgrades.md\", but the fields it is derived"
              + " from give \"docs/Upgrades.md\": change those fields, or leave path out");
    }

    @Test
    void aGuideSourceWithBulletZero() {
      assertRejected(
          edited(doc -> ((ObjectNode) step(doc, 0, 0).get("source")).put("bullet", 0)),
          "hops[0].steps[0].source: guide bullet must be 1 or more, got 0");
    }

    @Test
    void aFlagChangeOnAStepThatCannotChangeFlags() {
      assertRejected(
          edited(
              doc ->
                  step(doc, 0, 0)
                      .putArray("flagChanges")
                      .addObject()
                      .put("name", "authenticate")
                      .put("value", "true")),
          "hops[0].steps[0]: step 0.14-0.15/install-masters: only a restart of masters or slaves"
              + " can change flags");
    }

    @Test
    void aFlagNameWithDashes() {
      assertRejected(
          edited(
              doc ->
                  ((ObjectNode) step(doc, 0, 8).get("flagChanges").get(0))
                      .put("name", "--authenticate")),
          "hops[0].steps[8].flagChanges[0]: \"--authenticate\" is not a flag name: expected"
              + " lower-case letters, digits and underscores, without leading dashes, such as"
              + " authenticate");
    }

    @Test
    void aFlagSetWithoutValue() {
      assertRejected(
          edited(doc -> ((ObjectNode) step(doc, 0, 8).get("flagChanges").get(0)).remove("value")),
          "hops[0].steps[8].flagChanges[0].value is missing: expected the value to set, such as"
              + " true");
    }

    @Test
    void anUpdateFrameworkStepWithoutItsChange() {
      assertRejected(
          edited(doc -> step(doc, 0, 6).remove("frameworkChange")),
          "hops[0].steps[6]: step 0.14-0.15/use-credential-in-schedulers: a framework change is"
              + " given exactly for UPDATE_FRAMEWORK steps");
    }

    @Test
    void aNoteWithoutSource() {
      assertRejected(
          edited(
              doc ->
                  ((ObjectNode) step(doc, 0, 1).get("notes").get(0))
                      .remove(List.of("source", "sources"))),
          "hops[0].steps[1].notes[0]: source and sources are missing: a note needs at least one"
              + " source");
    }

    @Test
    void aNoteWhoseSourceIsNotItsFirstSource() {
      assertRejected(
          edited(
              doc -> {
                ObjectNode note = (ObjectNode) step(doc, 0, 1).get("notes").get(0);
                note.set("source", note.get("sources").get(1));
              }),
          "hops[0].steps[1].notes[0].source.kind is \"MESOS_FILE\", but the fields it is derived"
              + " from give \"GUIDE\": change those fields, or leave kind out");
    }

    @Test
    void aRemovedFlagTheCatalogDoesNotKnow() {
      String json =
          PlanJson.write(UpgradePlanner.plan("0.12.0", "0.13.0"))
              .replace("\"name\": \"webui_dir\"", "\"name\": \"webui_path\"");
      assertRejected(
          json,
          "hops[0].removedFlags[3]: the catalog knows no SLAVE flag --webui_path introduced in"
              + " 0.10.0 and later removed: list only flags the hop removes, or leave removedFlags"
              + " out");
    }

    @Test
    void aRemovedEndpointTheCatalogDoesNotKnow() {
      String json =
          PlanJson.write(UpgradePlanner.plan("0.12.0", "0.13.0"))
              .replace("\"path\": \"/slaves/add\"", "\"path\": \"/slaves/new\"");
      assertRejected(
          json,
          "hops[0].removedEndpoints[2]: the catalog knows no MASTER endpoint /slaves/new"
              + " introduced in 0.10.0 and later removed: list only endpoints the hop removes, or"
              + " leave removedEndpoints out");
    }

    @Test
    void aRemovedFlagWithAWrongRenamedTo() {
      String json =
          PlanJson.write(UpgradePlanner.plan("0.12.0", "0.13.0"))
              .replace("\"renamedTo\": \"cgroups_hierarchy\"", "\"renamedTo\": \"cgroups_root\"");
      assertRejected(
          json,
          "hops[0].removedFlags[1].renamedTo is \"cgroups_root\", but the fields it is derived"
              + " from give \"cgroups_hierarchy\": change those fields, or leave renamedTo out");
    }
  }

  @Nested
  class TheAgentName {
    @Test
    void a0xPlanSaysSlaveAndA1xPlanSaysAgentNextToTheComponent() {
      JsonNode old = tree(PlanJson.write(UpgradePlanner.plan("0.14.0", "0.14.2")));
      JsonNode agents = tree(PlanJson.write(UpgradePlanner.plan("1.7.0", "1.8.0")));

      assertThat(stepWithId(old, "0.14.0-0.14.2/install-slaves").get("componentName").asText())
          .isEqualTo("slave");
      JsonNode install = stepWithId(agents, "1.7-1.8/install-agents");
      assertThat(install.get("component").asText()).isEqualTo("SLAVE");
      assertThat(install.get("componentName").asText()).isEqualTo("agent");
      JsonNode statistics = null;
      for (JsonNode hop : agents.get("hops")) {
        for (JsonNode endpoint : hop.get("removedEndpoints")) {
          if (endpoint.get("path").asText().equals("/monitor/statistics.json")) {
            statistics = endpoint;
          }
        }
      }
      assertThat(statistics).isNotNull();
      assertThat(statistics.get("component").asText()).isEqualTo("SLAVE");
      assertThat(statistics.get("componentName").asText()).isEqualTo("agent");
    }

    @Test
    void readsAgentAsTheSlave() {
      UpgradePlan plan = UpgradePlanner.plan("1.7.0", "1.8.0");
      ObjectNode document = tree(PlanJson.write(plan));
      for (JsonNode hop : document.get("hops")) {
        for (JsonNode step : hop.get("steps")) {
          if (step.get("component").asText().equals("SLAVE")) {
            ((ObjectNode) step).put("component", "AGENT");
          }
        }
        for (JsonNode endpoint : hop.get("removedEndpoints")) {
          if (endpoint.get("component").asText().equals("SLAVE")) {
            ((ObjectNode) endpoint).put("component", "AGENT");
          }
        }
      }

      assertThat(document.toString()).contains("\"component\":\"AGENT\"");
      assertThat(PlanJson.read(document.toString())).isEqualTo(plan);
    }
  }

  @Nested
  class Runbooks {
    private static final String STEP_START =
        "{\"id\": \"0.14-0.15/m\", \"component\": \"MASTER\", \"action\":"
            + " \"INSTALL_BINARIES\", \"version\": \"0.15.0\", \"source\": {\"kind\":"
            + " \"MESOS_FILE\", \"path\": \"docs/Upgrades.md\", \"revision\": \"0.15.0\"}";

    private String runbook(String extra) {
      return "{\"schemaVersion\": 1, \"from\": \"0.14.0\", \"to\": \"0.15.0\", \"steps\": ["
          + STEP_START
          + extra
          + "}]}";
    }

    @Test
    void tellsARunbookFromAPlanAndFromText() {
      assertThat(PlanJson.isRunbook(runbook(""))).isTrue();
      assertThat(PlanJson.isRunbook(PlanJson.write(UpgradePlanner.plan("0.14.0", "0.15.0"))))
          .isFalse();
      assertThat(PlanJson.isRunbook("not json")).isFalse();
    }

    @Test
    void readsTheDefiningFieldsAndDefaultsTheRest() {
      PlanJson.Runbook read = PlanJson.readRunbook(runbook(""), UpgradeCatalog.builtIn());
      assertThat(read.from()).hasToString("0.14.0");
      assertThat(read.to()).hasToString("0.15.0");
      assertThat(read.steps()).hasSize(1);
      assertThat(read.steps().get(0).necessity()).isEqualTo(Necessity.REQUIRED);
      assertThat(read.steps().get(0).describe())
          .isEqualTo("Install the Mesos 0.15.0 binaries on every master.");
    }

    @Test
    void acceptsADescriptionThatMatchesAndNamesOneThatDoesNot() {
      assertThat(
              PlanJson.readRunbook(
                      runbook(
                          ", \"description\": \"Install the Mesos 0.15.0 binaries on every"
                              + " master.\""),
                      UpgradeCatalog.builtIn())
                  .steps())
          .hasSize(1);
      assertThatThrownBy(
              () ->
                  PlanJson.readRunbook(
                      runbook(", \"description\": \"Install it.\""), UpgradeCatalog.builtIn()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "the runbook has 1 problem: steps[0].description is \"Install it.\", but the fields"
                  + " it is derived from give \"Install the Mesos 0.15.0 binaries on every"
                  + " master.\": change those fields, or leave description out");
    }

    @Test
    void reportsUnknownAndMissingTopLevelFieldsTogether() {
      assertThatThrownBy(
              () ->
                  PlanJson.readRunbook(
                      "{\"schemaVersion\": 1, \"to\": \"0.15.0\", \"owner\": \"ops\"}",
                      UpgradeCatalog.builtIn()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "the runbook has 3 problems: unknown field \"owner\": the fields of a runbook are"
                  + " schemaVersion, from, to, steps; from is missing: expected a Mesos version,"
                  + " major.minor.patch such as 0.15.0; steps is missing: expected an array of"
                  + " steps");
    }

    @Test
    void showsAHostileFieldNameEscaped() {
      assertThatThrownBy(
              () ->
                  PlanJson.readRunbook(
                      "{\"schemaVersion\": 1, \"from\": \"0.14.0\", \"to\": \"0.15.0\","
                          + " \"steps\": [], \"o\\u001b[2J\\u202e\": 1}",
                      UpgradeCatalog.builtIn()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "the runbook has 1 problem: unknown field \"o\\u001b[2J\\u202e\": the fields of a"
                  + " runbook are schemaVersion, from, to, steps");
    }
  }
}
