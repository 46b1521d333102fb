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
import io.github.mesosupgrade.Note;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Steps and notes that cite sources of their own (a web page, a document and line, a ticket): read
 * and written in runbooks, plans and catalogs, drawn in Markdown, and described by the schemas.
 */
class OwnSourcesTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static final Source PAGE = Source.url("https://wiki.example.com/mesos/upgrade-0.15");
  private static final Source LINE = Source.document("runbooks/mesos-0.15.md", 12);
  private static final Source WHOLE = Source.document("Ops handbook, chapter 7");
  private static final Source LINKED =
      Source.ticket("JIRA", "OPS-1234", "https://jira.example.com/browse/OPS-1234");
  private static final Source BARE = Source.ticket("ServiceNow", "CHG0042");

  /** The runbook the README shows, {@code docs/runbook-0.14-0.15.json}. */
  static String exampleRunbook() {
    try {
      return Files.readString(Path.of("../docs/runbook-0.14-0.15.json"));
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

  /** The plan 0.14.0 -> 0.15.0 with its first five steps citing a source of each own kind. */
  private static UpgradePlan planWithOwnSources() {
    UpgradePlan plan = UpgradePlanner.plan("0.14.0", "0.15.0");
    List<Source> own = List.of(PAGE, LINE, WHOLE, LINKED, BARE);
    List<UpgradeStep> steps = new ArrayList<>(plan.hops().get(0).steps());
    for (int i = 0; i < own.size(); i++) {
      steps.set(i, steps.get(i).withSource(own.get(i)));
    }
    steps.set(
        5,
        steps
            .get(5)
            .withNotes(
                List.of(Note.of(Note.Kind.GUIDE_NOTE, "Relink with the in-house build.", BARE))));
    UpgradeHop hop = plan.hops().get(0).withSteps(steps);
    return UpgradePlan.of(plan.from(), plan.to(), List.of(hop), UpgradeCatalog.builtIn());
  }

  @Nested
  class TheExampleRunbook {
    @Test
    void readsWithSourcesOfEveryKindAndIsValid() {
      PlanJson.Runbook runbook = PlanJson.readRunbook(exampleRunbook(), UpgradeCatalog.builtIn());
      assertThat(runbook.steps())
          .extracting(step -> step.source().toString())
          .containsExactly(
              "https://wiki.example.com/mesos/upgrade-0.15#masters",
              "runbooks/mesos-0.15.md, line 12",
              "JIRA OPS-1234",
              "ServiceNow CHG0042",
              "Ops handbook, chapter 7",
              "https://wiki.example.com/mesos/upgrade-0.15#frameworks",
              "runbooks/mesos-0.15.md, line 40",
              "JIRA OPS-1250");
      assertThat(runbook.steps().get(5).notes().get(0).sources())
          .containsExactly(
              Source.ticket("JIRA", "OPS-1240", "https://jira.example.com/browse/OPS-1240"),
              Source.guide("Upgrading from 0.14.0 to 0.15.0", 8));
      assertThat(PlanValidator.validate(runbook.from(), runbook.to(), runbook.steps()).describe())
          .isEqualTo("valid: 0.14.0 -> 0.15.0, 8 steps");
    }

    @Test
    void withAuthenticationBeforeTheSchedulersRestartNamesItsOwnSteps() {
      PlanJson.Runbook runbook = PlanJson.readRunbook(exampleRunbook(), UpgradeCatalog.builtIn());
      List<UpgradeStep> steps = new ArrayList<>(runbook.steps());
      steps.add(6, steps.remove(7));
      assertThat(PlanValidator.validate(runbook.from(), runbook.to(), steps).describe())
          .isEqualTo(
              "invalid: 0.14.0 -> 0.15.0, 8 steps, 2 violations\n"
                  + "  - ORDERING_RULE: step 0.14-0.15/ops-auth-on (step 7, which does"
                  + " 0.14-0.15/restart-masters-with-authentication) must come after step"
                  + " 0.14-0.15/ops-fw-bounce (step 8, which does 0.14-0.15/restart-schedulers)"
                  + " (authentication is enforced only once every scheduler authenticates):"
                  + " move it after 0.14-0.15/ops-fw-bounce [upgrade guide, \"Upgrading from"
                  + " 0.14.0 to 0.15.0\", bullet 10]\n"
                  + "  - FRAMEWORKS_LOCKED_OUT: after step 0.14-0.15/ops-auth-on the masters"
                  + " enforce authentication, but the schedulers do not authenticate: they can no"
                  + " longer register; change the schedulers to the Credential constructor and"
                  + " restart them before enforcing");
    }
  }

  @Nested
  class InAPlan {
    private final Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(tree(PlanJson.schema()));

    private List<String> errors(JsonNode document) {
      return schema.validate(document).stream().map(Error::toString).toList();
    }

    private JsonNode source(JsonNode document, int step) {
      return document.get("hops").get(0).get("steps").get(step).get("source");
    }

    @Test
    void writesEachKindWithItsOwnFields() {
      ObjectNode document = tree(PlanJson.write(planWithOwnSources()));
      assertThat(source(document, 0).toString())
          .isEqualTo(
              "{\"kind\":\"URL\",\"url\":\"https://wiki.example.com/mesos/upgrade-0.15\","
                  + "\"citation\":\"https://wiki.example.com/mesos/upgrade-0.15\"}");
      assertThat(source(document, 1).toString())
          .isEqualTo(
              "{\"kind\":\"DOCUMENT\",\"path\":\"runbooks/mesos-0.15.md\",\"line\":12,"
                  + "\"citation\":\"runbooks/mesos-0.15.md, line 12\"}");
      assertThat(source(document, 2).toString())
          .isEqualTo(
              "{\"kind\":\"DOCUMENT\",\"path\":\"Ops handbook, chapter 7\","
                  + "\"citation\":\"Ops handbook, chapter 7\"}");
      assertThat(source(document, 3).toString())
          .isEqualTo(
              "{\"kind\":\"TICKET\",\"system\":\"JIRA\",\"id\":\"OPS-1234\","
                  + "\"url\":\"https://jira.example.com/browse/OPS-1234\","
                  + "\"citation\":\"JIRA OPS-1234\"}");
      assertThat(source(document, 4).toString())
          .isEqualTo(
              "{\"kind\":\"TICKET\",\"system\":\"ServiceNow\",\"id\":\"CHG0042\","
                  + "\"citation\":\"ServiceNow CHG0042\"}");
    }

    @Test
    void conformsToTheSchemaAndReadsBackEqual() {
      UpgradePlan plan = planWithOwnSources();
      String json = PlanJson.write(plan);
      assertThat(errors(tree(json))).isEmpty();
      assertThat(PlanJson.read(json)).isEqualTo(plan);
    }

    @Test
    void readsEachKindWithoutItsDerivedFields() {
      ObjectNode document = tree(PlanJson.write(planWithOwnSources()));
      for (JsonNode step : document.get("hops").get(0).get("steps")) {
        ((ObjectNode) step.get("source")).remove("citation");
      }
      assertThat(PlanJson.read(document.toString())).isEqualTo(planWithOwnSources());
    }

    @Test
    void theSchemaRefusesFieldsOfAnotherKind() {
      ObjectNode document = tree(PlanJson.write(planWithOwnSources()));
      ((ObjectNode) source(document, 0)).put("revision", "0.15.0");
      ((ObjectNode) source(document, 4)).remove("id");
      assertThat(errors(document))
          .containsExactly(
              "/hops/0/steps/0/source: must not be valid to the schema"
                  + " {\"anyOf\":[{\"required\":[\"repository\"]},{\"required\":[\"path\"]},"
                  + "{\"required\":[\"revision\"]},{\"required\":[\"section\"]},"
                  + "{\"required\":[\"bullet\"]},{\"required\":[\"line\"]},"
                  + "{\"required\":[\"system\"]},{\"required\":[\"id\"]}]}",
              "/hops/0/steps/4/source: required property 'id' not found");
    }

    @Test
    void namesABadLinkWithItsPlaceAndWhatWouldWork() {
      ObjectNode document = tree(PlanJson.write(planWithOwnSources()));
      ((ObjectNode) source(document, 0)).put("url", "file:///etc/mesos/runbook.md");
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "hops[0].steps[0].source: \"file:///etc/mesos/runbook.md\" is not a link a source"
                  + " can cite: expected an absolute http or https URL with a host, such as"
                  + " https://wiki.example.com/mesos/upgrade-0.15");
    }

    @Test
    void namesAMissingLineNumberAndAKindThatIsNotOne() {
      ObjectNode document = tree(PlanJson.write(planWithOwnSources()));
      ((ObjectNode) source(document, 1)).put("line", 0);
      assertThatThrownBy(() -> PlanJson.read(document.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "hops[0].steps[1].source: document line must be 1 or more, got 0: count lines"
                  + " from 1, or cite the whole document with Source.document(path)");
      ObjectNode wiki = tree(PlanJson.write(planWithOwnSources()));
      ((ObjectNode) source(wiki, 0)).put("kind", "WIKI");
      assertThatThrownBy(() -> PlanJson.read(wiki.toString()))
          .isInstanceOf(PlanFormatException.class)
          .hasMessage(
              "hops[0].steps[0].source.kind is \"WIKI\": expected one of GUIDE, MESOS_FILE,"
                  + " URL, DOCUMENT, TICKET");
    }
  }

  @Nested
  class InMarkdown {
    @Test
    void linksWhereThereIsALinkAndCitesTheRest() {
      String markdown = PlanMarkdown.render(planWithOwnSources());
      assertThat(markdown)
          .contains(
              "source: [https://wiki.example.com/mesos/upgrade-0.15]"
                  + "(https://wiki.example.com/mesos/upgrade-0.15)\n",
              "source: runbooks/mesos-0.15.md, line 12\n",
              "source: Ops handbook, chapter 7\n",
              "source: [JIRA OPS-1234](https://jira.example.com/browse/OPS-1234)\n",
              "source: ServiceNow CHG0042\n",
              "  - **Note:** Relink with the in-house build. Sources: ServiceNow CHG0042.\n");
    }

    @Test
    void putsALinkWithParenthesesInAngleBrackets() {
      assertThat(PlanMarkdown.link(Source.url("https://wiki.example.com/Mesos_(upgrade)")))
          .isEqualTo(
              "[https://wiki.example.com/Mesos\\_(upgrade)](<https://wiki.example.com/Mesos_(upgrade)>)");
    }
  }

  @Nested
  class InACatalog {
    @Test
    void readsEachKindInStepsAndNotes() {
      ObjectNode document = tree(CatalogJsonTest.resource("patched-1.12.json"));
      ArrayNode steps = (ArrayNode) document.get("hops").get(0).get("steps");
      ((ObjectNode) steps.get(0))
          .set("source", tree("{\"kind\": \"URL\", \"url\": \"https://wiki.example.com/m\"}"));
      ((ObjectNode) steps.get(1))
          .set("source", tree("{\"kind\": \"DOCUMENT\", \"path\": \"ops.md\", \"line\": 3}"));
      ((ObjectNode) steps.get(2))
          .set(
              "source",
              tree(
                  "{\"kind\": \"TICKET\", \"system\": \"JIRA\", \"id\": \"OPS-9\", \"url\":"
                      + " \"https://jira.example.com/browse/OPS-9\"}"));
      ((ObjectNode) steps.get(3))
          .set("source", tree("{\"kind\": \"TICKET\", \"system\": \"JIRA\", \"id\": \"OPS-10\"}"));
      UpgradeCatalog catalog = CatalogJson.read(document.toString());
      UpgradePlan plan = UpgradePlanner.plan(catalog, "1.11.0", "1.12.0");
      assertThat(plan.steps())
          .extracting(UpgradeStep::source)
          .contains(
              Source.url("https://wiki.example.com/m"),
              Source.document("ops.md", 3),
              Source.ticket("JIRA", "OPS-9", "https://jira.example.com/browse/OPS-9"),
              Source.ticket("JIRA", "OPS-10"));
      assertThat(
              SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                  .getSchema(tree(CatalogJson.schema()))
                  .validate(document))
          .isEmpty();
    }

    @Test
    void refusesAFieldOfAnotherKind() {
      ObjectNode document = tree(CatalogJsonTest.resource("patched-1.12.json"));
      ((ObjectNode) document.get("hops").get(0).get("steps").get(0))
          .set(
              "source",
              tree("{\"kind\": \"URL\", \"url\": \"https://wiki.example.com/m\", \"line\": 3}"));
      assertThatThrownBy(() -> CatalogJson.read(document.toString()))
          .isInstanceOf(CatalogFormatException.class)
          .hasMessage(
              "hops[0].steps[0].source: unknown field \"line\": the fields here are kind, url");
    }
  }
}
