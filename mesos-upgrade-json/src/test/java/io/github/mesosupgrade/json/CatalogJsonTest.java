package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.InvalidCatalogException;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.UnknownFlagHandling;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class CatalogJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static String resource(String name) {
    try (InputStream in = CatalogJsonTest.class.getResourceAsStream("/catalogs/" + name)) {
      assertThat(in).as("test resource %s", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode tree(String json) {
    try {
      return (ObjectNode) MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String edited(String resource, Consumer<ObjectNode> edit) {
    ObjectNode document = tree(resource(resource));
    edit.accept(document);
    return document.toString();
  }

  private static ObjectNode step(ObjectNode document, int index) {
    return (ObjectNode) document.get("hops").get(0).get("steps").get(index);
  }

  private static void assertRejected(String json, String message) {
    assertThatThrownBy(() -> CatalogJson.read(json))
        .isInstanceOf(CatalogFormatException.class)
        .hasMessage(message);
  }

  private static List<String> ids(UpgradePlan plan) {
    return plan.steps().stream().map(UpgradeStep::id).toList();
  }

  @Nested
  class ValidFiles {
    @Test
    void extendTheBuiltInCatalogWithAPatchedLine() {
      UpgradeCatalog catalog = CatalogJson.read(resource("patched-1.12.json"));
      assertThat(catalog.newestSupported()).isEqualTo(MesosVersion.parse("1.12.1"));
      assertThat(catalog.oldestSupported()).isEqualTo(MesosVersion.parse("0.11.0"));
      assertThat(catalog.hops()).hasSize(30);
      assertThat(catalog.flag(Component.MASTER, "offer_filter_mode", MesosVersion.parse("1.12.0")))
          .hasValueSatisfying(
              flag -> assertThat(flag.defaultAt(MesosVersion.parse("1.12.1"))).contains("strict"));
      UpgradePlan plan = UpgradePlanner.plan(catalog, "1.11.0", "1.12.1");
      assertThat(ids(plan))
          .containsExactly(
              "1.11-1.12/rebuild-master-modules",
              "1.11-1.12/rebuild-agent-modules",
              "1.11-1.12/drain-offer-filters",
              "1.11-1.12/install-masters",
              "1.11-1.12/restart-masters",
              "1.11-1.12/install-agents",
              "1.11-1.12/restart-agents",
              "1.11-1.12/relink-schedulers",
              "1.11-1.12/restart-schedulers",
              "1.11-1.12/relink-executors");
      assertThat(plan.steps().get(4).describe())
          .isEqualTo("Restart every master on 1.12.1 with --offer_filter_mode=strict.");
      assertThat(plan.catalog()).isSameAs(catalog);
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
      // Read back against the catalog, the plan is equal, carries that catalog and validates.
      UpgradePlan read = PlanJson.read(PlanJson.write(plan), catalog);
      assertThat(read).isEqualTo(plan);
      assertThat(read.catalog()).isSameAs(catalog);
      assertThat(PlanValidator.validate(read).isValid()).isTrue();
      assertThat(PlanMarkdown.render(read)).contains("1.11-1.12/drain-offer-filters");
      assertThat(read.describe()).contains("1.11-1.12/drain-offer-filters");
    }

    @Test
    void citeTheGuideAtTheTagItIsReadAtOrElseAt0150() {
      UpgradeStep withTag =
          firstStep(
              edited(
                  "patched-1.12.json",
                  document ->
                      step(document, 0)
                          .set(
                              "source",
                              tree(
                                  "{\"kind\": \"GUIDE\", \"section\": \"Upgrading from 1.11.x to"
                                      + " 1.12.x\", \"bullet\": 1, \"revision\": \"1.12.0\"}"))));
      assertThat(withTag.source())
          .isEqualTo(Source.guide("Upgrading from 1.11.x to 1.12.x", 1, "1.12.0"));
      UpgradeStep without =
          firstStep(
              edited(
                  "patched-1.12.json",
                  document ->
                      step(document, 0)
                          .set(
                              "source",
                              tree(
                                  "{\"kind\": \"GUIDE\", \"section\": \"Upgrading from 0.14.0 to"
                                      + " 0.15.0\", \"bullet\": 1}"))));
      assertThat(without.source()).isEqualTo(Source.guide("Upgrading from 0.14.0 to 0.15.0", 1));
    }

    private UpgradeStep firstStep(String json) {
      return CatalogJson.read(json).hops().stream()
          .filter(hop -> hop.idPrefix().equals("1.11-1.12/"))
          .findFirst()
          .orElseThrow()
          .steps()
          .get(0);
    }

    @Test
    void joinTheOneJumpAcross1xLines() {
      UpgradeCatalog catalog = CatalogJson.read(resource("patched-1.12.json"));
      UpgradePlan plan = UpgradePlanner.plan(catalog, "1.9.0", "1.12.0");
      assertThat(plan.hops()).hasSize(1);
      assertThat(ids(plan))
          .startsWith("1.11-1.12/rebuild-master-modules", "1.11-1.12/rebuild-agent-modules")
          .contains(
              "1.9-1.10/list-task-resource-limits-in-agent-features",
              "1.11-1.12/drain-offer-filters");
      assertThat(PlanValidator.validate(plan).isValid()).isTrue();
    }

    @Test
    void standOnTheirOwn() {
      UpgradeCatalog catalog = CatalogJson.read(resource("standalone-2.x.json"));
      assertThat(catalog)
          .hasToString("UpgradeCatalog[2.0.0 .. 2.1.0, 1 hops, 0 flags, 0 endpoints]");
      assertThat(ids(UpgradePlanner.plan(catalog, "2.0.1", "2.1.0")))
          .containsExactly(
              "2.0-2.1/install-masters",
              "2.0-2.1/restart-masters",
              "2.0-2.1/install-agents",
              "2.0-2.1/restart-agents");
    }
  }

  @Nested
  class UnknownFlagHandlingEntries {
    private ObjectNode entry(ObjectNode doc, String component, String from, String commandLine) {
      ObjectNode entry = doc.withArray("unknownFlagHandling").addObject();
      entry.put("component", component).put("from", from).put("commandLine", commandLine);
      entry.put("environment", "FATAL");
      entry
          .putArray("sources")
          .addObject()
          .put("kind", "MESOS_FILE")
          .put("path", "src/slave/main.cpp")
          .put("revision", "2.0.0");
      return entry;
    }

    @Test
    void setHowDaemonsTreatUnknownSettingsByRelease() {
      UpgradeCatalog catalog =
          CatalogJson.read(
              edited("standalone-2.x.json", doc -> entry(doc, "SLAVE", "2.0.1", "FATAL")));

      assertThat(catalog.unknownFlagHandling(Component.SLAVE, MesosVersion.parse("2.1.0")))
          .isEqualTo(
              UnknownFlagHandling.of(
                  UnknownFlagHandling.Behaviour.FATAL,
                  UnknownFlagHandling.Behaviour.FATAL,
                  Source.mesos("src/slave/main.cpp", "2.0.0")));
      assertThat(catalog.unknownFlagHandling(Component.SLAVE, MesosVersion.parse("2.0.0")))
          .isEqualTo(UnknownFlagHandling.stoutDefault());
      assertThat(catalog.unknownFlagHandling(Component.MASTER, MesosVersion.parse("2.1.0")))
          .isEqualTo(UnknownFlagHandling.stoutDefault());
    }

    @Test
    void readAgentAsTheSlave() {
      UpgradeCatalog catalog =
          CatalogJson.read(
              edited(
                  "standalone-2.x.json",
                  doc -> {
                    entry(doc, "AGENT", "2.0.1", "FATAL");
                    step(doc, 2).put("component", "AGENT");
                  }));

      assertThat(
              catalog
                  .unknownFlagHandling(Component.SLAVE, MesosVersion.parse("2.1.0"))
                  .commandLine())
          .isEqualTo(UnknownFlagHandling.Behaviour.FATAL);
      assertThat(catalog.hops())
          .isEqualTo(CatalogJson.read(resource("standalone-2.x.json")).hops());
    }

    @Test
    void aBehaviourThatIsNotOne() {
      assertRejected(
          edited("standalone-2.x.json", doc -> entry(doc, "MASTER", "2.0.0", "WARN")),
          "unknownFlagHandling[0].commandLine is \"WARN\": expected one of IGNORED, FATAL");
    }

    @Test
    void aFrameworkHasNoFlags() {
      assertRejected(
          edited("standalone-2.x.json", doc -> entry(doc, "SCHEDULER", "2.0.0", "FATAL")),
          "unknownFlagHandling[0]: unknown flag handling is given for the schedulers, but only"
              + " masters and slaves take flags");
    }
  }

  @Nested
  class MalformedFiles {
    @Test
    void notJson() {
      assertRejected(
          "{\"schemaVersion\": 1,",
          "not JSON: Unexpected end-of-input within/between Object entries at line 1, column 21;"
              + " expected a catalog document (see mesos-upgrade-catalog.schema.json)");
      assertRejected("", "no JSON: the input is empty; expected a catalog document");
      assertRejected(
          "[1]",
          "the document is an array of 1: expected a JSON object with schemaVersion and hops");
    }

    @Test
    void aWrongSchemaVersion() {
      assertRejected("{}", "schemaVersion is missing: expected the number 1");
      assertRejected(
          "{\"schemaVersion\": 2}",
          "schemaVersion is 2, newer than this reader, which reads schema version 1: use a"
              + " mesos-upgrade release that reads version 2");
      assertRejected("{\"schemaVersion\": \"1\"}", "schemaVersion is \"1\": expected the number 1");
    }

    @Test
    void anUnknownField() {
      assertRejected(
          edited("standalone-2.x.json", doc -> step(doc, 0).put("done", true)),
          "hops[0].steps[0]: unknown field \"done\": the fields here are action, component,"
              + " flagChanges, frameworkChange, id, necessity, notes, purpose, source, version");
      assertRejected(
          edited("standalone-2.x.json", doc -> doc.put("extends", "built-in")),
          "unknown field \"extends\": the fields here are base, endpoints, flags, hops, releases,"
              + " schemaVersion, unknownFlagHandling");
      assertRejected(
          edited("standalone-2.x.json", doc -> doc.put("x\u0007\u00a0", 1)),
          "unknown field \"x\\u0007\\u00a0\": the fields here are base, endpoints, flags, hops,"
              + " releases, schemaVersion, unknownFlagHandling");
    }

    @Test
    void anUnknownBase() {
      assertRejected(
          edited("standalone-2.x.json", doc -> doc.put("base", "builtin")),
          "base is \"builtin\": expected \"built-in\" (start from the built-in catalog) or"
              + " \"empty\"");
    }

    @Test
    void aMissingField() {
      assertRejected(
          edited("standalone-2.x.json", doc -> step(doc, 1).remove("action")),
          "hops[0].steps[1].action is missing: expected one of INSTALL_BINARIES, RESTART, RELINK,"
              + " UPDATE_FRAMEWORK, RECONFIGURE");
      assertRejected(
          edited("standalone-2.x.json", doc -> step(doc, 1).remove("source")),
          "hops[0].steps[1].source is missing: expected a source");
    }

    @Test
    void aBadVersionOrLine() {
      assertRejected(
          edited("standalone-2.x.json", doc -> ((ArrayNode) doc.get("releases")).add("2.1")),
          "releases[3] is \"2.1\": expected a Mesos version, major.minor.patch such as 1.11.0");
      assertRejected(
          edited(
              "standalone-2.x.json",
              doc -> ((ObjectNode) doc.get("hops").get(0)).put("from", "2.0.x")),
          "hops[0].from is \"2.0.x\": expected a release line, major.minor such as 1.11");
    }

    @Test
    void aBadEnumValue() {
      assertRejected(
          edited("standalone-2.x.json", doc -> step(doc, 2).put("component", "agent")),
          "hops[0].steps[2].component is \"agent\": expected one of MASTER, SLAVE (or AGENT),"
              + " EXECUTOR, SCHEDULER");
    }

    @Test
    void aValueOfTheWrongKind() {
      assertRejected(
          edited("standalone-2.x.json", doc -> doc.put("hops", "none")),
          "hops is \"none\": expected an array of objects, each a hop with from, to and steps");
      assertRejected(
          edited(
              "standalone-2.x.json",
              doc -> step(doc, 1).putArray("flagChanges").addObject().put("name", "x")),
          "hops[0].steps[1].flagChanges[0].value is missing: expected the value to set, such as"
              + " true");
    }

    @Test
    void aValueTheCoreRefuses() {
      assertRejected(
          edited("standalone-2.x.json", doc -> step(doc, 0).put("id", "install masters")),
          "hops[0].steps[0]: step id \"install masters\" is not of the form from-to/words, such as"
              + " 0.14-0.15/install-masters");
      assertRejected(
          edited(
              "standalone-2.x.json",
              doc ->
                  doc.putArray("flags")
                      .addObject()
                      .put("component", "EXECUTOR")
                      .put("name", "x")
                      .put("type", "STRING")
                      .put("introducedIn", "2.0.0")),
          "flags[0]: flag x is given for the executor, but only masters and slaves take flags");
    }
  }

  @Nested
  class InconsistentCatalogs {
    @Test
    void reportEveryProblemAtOnce() {
      String json =
          edited(
              "standalone-2.x.json",
              doc -> {
                step(doc, 0).put("id", "2.0-2.1/install-agents");
                ObjectNode rule =
                    ((ArrayNode) doc.get("hops").get(0).get("constraints")).addObject();
                rule.put("before", "2.0-2.1/ghost").put("after", "2.0-2.1/restart-agents");
                rule.put("reason", "why").set("source", step(doc, 1).get("source"));
                step(doc, 3)
                    .putArray("flagChanges")
                    .addObject()
                    .put("name", "never_added")
                    .put("removal", true);
              });
      assertThatThrownBy(() -> CatalogJson.read(json))
          .isInstanceOf(InvalidCatalogException.class)
          .hasMessage(
              "the catalog has 4 problem(s):\n"
                  + "  - step id 2.0-2.1/install-agents is used more than once\n"
                  + "  - hop 2.0.x -> 2.1.x: ordering constraint 2.0-2.1/restart-masters <"
                  + " 2.0-2.1/install-agents contradicts the order of the hop's steps\n"
                  + "  - hop 2.0.x -> 2.1.x: ordering constraint 2.0-2.1/ghost <"
                  + " 2.0-2.1/restart-agents names step 2.0-2.1/ghost, which the hop does not"
                  + " have\n"
                  + "  - hop 2.0.x -> 2.1.x: step 2.0-2.1/restart-agents removes --never_added, a"
                  + " flag the catalog never defines for the agents");
    }

    @Test
    void reportAPlanThatFailsValidation() {
      String json =
          edited(
              "standalone-2.x.json",
              doc -> ((ArrayNode) doc.get("hops").get(0).get("steps")).remove(3));
      assertThatThrownBy(() -> CatalogJson.read(json))
          .isInstanceOf(InvalidCatalogException.class)
          .hasMessage(
              "the catalog has 1 problem(s):\n"
                  + "  - the plan 2.0.1 -> 2.1.0 fails validation: END_STATE_NOT_REACHED: after"
                  + " the last step the agents run 2.0.1 with 2.1.0 installed, not 2.1.0: the"
                  + " upgrade is unfinished; add the missing install and restart steps");
    }
  }

  @Nested
  class Schema {
    private final com.networknt.schema.Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(tree(CatalogJson.schema()));

    private List<String> errors(String json) {
      return schema.validate(tree(json)).stream().map(Error::toString).toList();
    }

    @Test
    void theExampleFilesConform() {
      assertThat(errors(resource("patched-1.12.json"))).isEmpty();
      assertThat(errors(resource("standalone-2.x.json"))).isEmpty();
    }

    @Test
    void rejectsWhatTheReaderRejects() {
      assertThat(errors(edited("standalone-2.x.json", doc -> step(doc, 0).put("done", true))))
          .containsExactly(
              "/hops/0/steps/0: property 'done' is not defined in the schema and the schema does"
                  + " not allow additional properties");
      assertThat(errors(edited("standalone-2.x.json", doc -> step(doc, 2).put("action", "RUN"))))
          .hasSize(1)
          .first()
          .asString()
          .startsWith("/hops/0/steps/2/action: does not have a value in the enumeration");
    }

    @Test
    void listsEveryValueOfTheCoresEnums() {
      JsonNode defs = tree(CatalogJson.schema()).get("$defs");
      assertThat(strings(defs.get("step").get("properties").get("action").get("enum")))
          .containsExactlyElementsOf(names(StepAction.values()));
      assertThat(
              strings(
                  defs.get("step")
                      .get("properties")
                      .get("frameworkChange")
                      .get("properties")
                      .get("name")
                      .get("enum")))
          .containsExactlyElementsOf(names(FrameworkChange.values()));
      List<String> components = new ArrayList<>(names(Component.values()));
      components.add(components.indexOf("SLAVE") + 1, "AGENT");
      assertThat(strings(defs.get("component").get("enum"))).containsExactlyElementsOf(components);
    }

    private List<String> strings(JsonNode array) {
      List<String> out = new ArrayList<>();
      array.forEach(value -> out.add(value.asText()));
      return out;
    }

    private List<String> names(Enum<?>[] values) {
      return Arrays.stream(values).map(Enum::name).toList();
    }
  }
}
