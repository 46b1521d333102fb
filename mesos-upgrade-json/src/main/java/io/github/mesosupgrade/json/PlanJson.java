package io.github.mesosupgrade.json;

import static io.github.mesosupgrade.json.JsonValues.names;
import static io.github.mesosupgrade.json.JsonValues.oneLine;
import static io.github.mesosupgrade.json.JsonValues.show;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.Endpoint;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.MesosFlag;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.Necessity;
import io.github.mesosupgrade.Note;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.internal.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes an {@link UpgradePlan} as JSON for tools, and reads such JSON back into an equal plan, so
 * that a tool can hand a reordered or partly executed plan to the {@link
 * io.github.mesosupgrade.PlanValidator}.
 *
 * <p>The document follows schema version {@value #SCHEMA_VERSION}, described field by field in the
 * JSON Schema {@value #SCHEMA_RESOURCE} (a resource of this jar, see {@link #schema()}). Later
 * schema versions only add fields.
 *
 * <pre>{@code
 * String json = PlanJson.write(UpgradePlanner.plan("0.11.0", "0.15.0"));
 * UpgradePlan again = PlanJson.read(json);   // equal to the plan written
 * }</pre>
 *
 * <p>Reading is strict, so that an edit never silently means something else: every field must be
 * one the schema defines; enum values are the exact names; versions are canonical. Fields derived
 * from others ({@code description}, {@code commandLine}, {@code environmentVariable}, a source's
 * {@code url} and {@code citation}, ...) may be left out; when given, they must equal what the
 * other fields give. Lists a hand-written plan may not need ({@code flagChanges}, {@code notes},
 * {@code removedFlags}, {@code removedEndpoints}) and {@code purpose} may be left out too.
 */
public final class PlanJson {
  /** The schema version this class writes and reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The class-path resource holding the JSON Schema of the plan document. */
  public static final String SCHEMA_RESOURCE = "/mesos-upgrade-plan.schema.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

  private PlanJson() {}

  /** Returns {@code tree} indented with two spaces, as plans are written, and a line break. */
  static String pretty(JsonNode tree) {
    try {
      return WRITER.writeValueAsString(tree) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes.
      throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Returns the printer of every JSON document this package writes: two-space indents. */
  static DefaultPrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter()
        .withSeparators(
            Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  // ---------------------------------------------------------------------------------------------
  // Writing

  /**
   * Returns {@code plan} as a JSON document of schema version {@value #SCHEMA_VERSION}, indented
   * with two spaces and ending with a line break.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public static String write(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    try {
      return WRITER.writeValueAsString(toTree(plan)) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings, numbers and booleans always serializes.
      throw new IllegalStateException(
          "cannot write the plan as JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Returns the JSON tree of {@code plan}. */
  static ObjectNode toTree(UpgradePlan plan) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("from", plan.from().toString());
    root.put("to", plan.to().toString());
    ArrayNode hops = root.putArray("hops");
    int index = 1;
    for (UpgradeHop hop : plan.hops()) {
      hops.add(hop(hop, index));
      index += hop.steps().size();
    }
    return root;
  }

  /**
   * Returns the JSON tree of {@code hop}, whose first step is step {@code firstIndex} of the plan.
   */
  private static ObjectNode hop(UpgradeHop hop, int firstIndex) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("from", hop.from().toString());
    out.put("to", hop.to().toString());
    ArrayNode steps = out.putArray("steps");
    for (int i = 0; i < hop.steps().size(); i++) {
      steps.add(step(hop.steps().get(i), firstIndex + i));
    }
    ArrayNode notes = out.putArray("notes");
    hop.notes().forEach(note -> notes.add(note(note)));
    ArrayNode flags = out.putArray("removedFlags");
    for (MesosFlag flag : hop.removedFlags()) {
      ObjectNode node = flags.addObject();
      node.put("component", flag.component().name());
      node.put("componentName", flag.component().nameAt(hop.to()));
      node.put("name", flag.name());
      node.put("commandLine", flag.commandLineName());
      node.put("introducedIn", flag.introducedIn().toString());
      flag.removedIn().ifPresent(removed -> node.put("removedIn", removed.toString()));
      flag.renamedTo().ifPresent(renamed -> node.put("renamedTo", renamed));
    }
    ArrayNode endpoints = out.putArray("removedEndpoints");
    for (Endpoint endpoint : hop.removedEndpoints()) {
      ObjectNode node = endpoints.addObject();
      node.put("component", endpoint.component().name());
      node.put("componentName", endpoint.component().nameAt(hop.to()));
      node.put("path", endpoint.path());
      node.put("introducedIn", endpoint.introducedIn().toString());
      endpoint.removedIn().ifPresent(removed -> node.put("removedIn", removed.toString()));
    }
    return out;
  }

  private static ObjectNode step(UpgradeStep step, int index) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("index", index);
    out.put("id", step.id());
    out.put("component", step.component().name());
    out.put("componentName", step.component().nameAt(step.version()));
    out.put("action", step.action().name());
    out.put("version", step.version().toString());
    out.put("necessity", step.necessity().name());
    ArrayNode changes = out.putArray("flagChanges");
    for (FlagChange change : step.flagChanges()) {
      ObjectNode node = changes.addObject();
      node.put("name", change.name());
      node.put("value", change.value());
      node.put("removal", change.isRemoval());
      node.put("operation", change.isRemoval() ? "remove" : "set");
      node.put("placeholder", change.isPlaceholder());
      node.put("commandLine", change.commandLine());
      node.put("environmentVariable", change.environmentVariable());
    }
    step.frameworkChange()
        .ifPresent(
            change -> {
              ObjectNode node = out.putObject("frameworkChange");
              node.put("name", change.name());
              node.put("description", change.description());
              node.put("availableFrom", change.availableFrom().toString());
            });
    out.put("purpose", step.purpose());
    ArrayNode notes = out.putArray("notes");
    step.notes().forEach(note -> notes.add(note(note)));
    out.set("source", source(step.source()));
    out.put("description", step.describe());
    return out;
  }

  private static ObjectNode note(Note note) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("kind", note.kind().name());
    out.put("text", note.text());
    out.set("source", source(note.sources().get(0)));
    ArrayNode sources = out.putArray("sources");
    note.sources().forEach(source -> sources.add(source(source)));
    return out;
  }

  /** Returns the JSON tree of {@code source}, as plans and lint reports write it. */
  static ObjectNode source(Source source) {
    ObjectNode out = MAPPER.createObjectNode();
    out.put("kind", source.kind().name());
    out.put("repository", Source.REPOSITORY);
    out.put("path", source.path());
    out.put("revision", source.revision());
    if (source.kind() == Source.Kind.GUIDE) {
      out.put("section", source.section());
      out.put("bullet", source.bullet());
    }
    out.put("url", source.url());
    out.put("citation", source.toString());
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // The schema

  /**
   * Returns the JSON Schema (draft 2020-12) of the plan document, as shipped in this jar.
   *
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static String schema() {
    try (InputStream in = PlanJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new UncheckedIOException(
            new IOException("resource " + SCHEMA_RESOURCE + " is missing from the class path"));
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Reading

  /**
   * Reads a JSON plan document back into a plan, resolving removed flags and endpoints in the
   * built-in catalog.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws PlanFormatException if {@code json} is not a plan document of schema version {@value
   *     #SCHEMA_VERSION}; the message names the place, the bad value and what would work
   */
  public static UpgradePlan read(String json) {
    return read(json, UpgradeCatalog.builtIn());
  }

  /**
   * Reads a JSON plan document back into a plan of {@code catalog} ({@link UpgradePlan#catalog()}),
   * resolving removed flags and endpoints in it, so that {@code PlanValidator.validate(plan)}
   * checks the plan against that catalog.
   *
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if {@code json} is not a plan document of schema version {@value
   *     #SCHEMA_VERSION}; the message names the place, the bad value and what would work
   */
  public static UpgradePlan read(String json, UpgradeCatalog catalog) {
    requireNonNull(json, "json must not be null");
    requireNonNull(catalog, "catalog must not be null");
    JsonNode root = parse(json);
    checkSchemaVersion(root);
    UpgradePlan plan = new Reader(catalog).plan(root);
    checkAgainst(root, toTree(plan), "");
    return plan;
  }

  /**
   * Returns whether {@code json} is a runbook document, a JSON object with {@code steps} and no
   * {@code hops}, rather than a plan document; see {@link #readRunbook(String, UpgradeCatalog)}.
   * Text that is not a JSON object is not a runbook.
   *
   * @throws NullPointerException if {@code json} is null
   */
  public static boolean isRunbook(String json) {
    requireNonNull(json, "json must not be null");
    try {
      JsonNode root = parse(json);
      return root.has("steps") && !root.has("hops");
    } catch (PlanFormatException e) {
      return false;
    }
  }

  /**
   * Reads a runbook document: a step sequence written by hand or by a deployment tool, with its own
   * step ids and sources, to check with {@code PlanValidator.validate(catalog, runbook.from(),
   * runbook.to(), runbook.steps())}.
   *
   * <p>The document is {@code {"schemaVersion": 1, "from": "0.14.0", "to": "0.15.0", "steps":
   * [...]}}, each step with the fields a plan's step has, of which only {@code id}, {@code
   * component}, {@code action}, {@code version} and {@code source} are required: {@code necessity}
   * defaults to {@code REQUIRED}, {@code flagChanges} and {@code notes} to none, {@code purpose} to
   * the empty string, and {@code description}, derived from the rest, may be left out (if given it
   * must match). Every problem of every step is reported at once.
   *
   * <pre>{@code
   * PlanJson.Runbook runbook = PlanJson.readRunbook(text, UpgradeCatalog.builtIn());
   * PlanValidator.validate(runbook.from(), runbook.to(), runbook.steps()).isValid();
   * }</pre>
   *
   * @throws NullPointerException if an argument is null
   * @throws PlanFormatException if {@code json} is not a runbook document of schema version {@value
   *     #SCHEMA_VERSION}; the message names each place, bad value and what would work
   */
  public static Runbook readRunbook(String json, UpgradeCatalog catalog) {
    requireNonNull(json, "json must not be null");
    requireNonNull(catalog, "catalog must not be null");
    JsonNode root = parse(json);
    checkSchemaVersion(root);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, JsonNode> field : root.properties()) {
      if (!RUNBOOK_FIELDS.contains(field.getKey())) {
        problems.add(
            String.format(
                "unknown field \"%s\": the fields of a runbook are %s",
                Shown.value(field.getKey()), String.join(", ", RUNBOOK_FIELDS)));
      }
    }
    Optional<MesosVersion> from = collect(problems, () -> version(root, "", "from"));
    Optional<MesosVersion> to = collect(problems, () -> version(root, "", "to"));
    List<JsonNode> nodes =
        collect(problems, () -> array(root, "", "steps", "an array of steps", false))
            .orElse(List.of());
    List<UpgradeStep> steps = new ArrayList<>();
    Reader reader = new Reader(catalog);
    for (int i = 0; i < nodes.size(); i++) {
      String path = indexed("", "steps", i);
      JsonNode node = nodes.get(i);
      collect(problems, () -> reader.runbookStep(object(node, path, "a step")))
          .ifPresent(steps::add);
    }
    if (!problems.isEmpty() || from.isEmpty() || to.isEmpty()) {
      throw error(
          "the runbook has %s problem%s: %s",
          problems.size(), problems.size() == 1 ? "" : "s", String.join("; ", problems));
    }
    return new Runbook(from.get(), to.get(), steps);
  }

  /** The top-level fields of a runbook document. */
  private static final List<String> RUNBOOK_FIELDS =
      List.of("schemaVersion", "from", "to", "steps");

  /** The fields of a runbook step. */
  private static final List<String> RUNBOOK_STEP_FIELDS =
      List.of(
          "id",
          "component",
          "action",
          "version",
          "necessity",
          "flagChanges",
          "frameworkChange",
          "purpose",
          "notes",
          "source",
          "description");

  /** Returns what {@code read} gives, or empty after adding its problem to {@code problems}. */
  private static <T> Optional<T> collect(
      List<String> problems, java.util.function.Supplier<T> read) {
    try {
      return Optional.of(read.get());
    } catch (PlanFormatException e) {
      problems.add(e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * A runbook read by {@link #readRunbook(String, UpgradeCatalog)}: the release it upgrades from,
   * the release it upgrades to, and its steps in order.
   *
   * @param from the release the cluster runs before the first step
   * @param to the release every master and slave runs after the last step
   * @param steps the steps, in the runbook's order, with the runbook's ids
   */
  public record Runbook(MesosVersion from, MesosVersion to, List<UpgradeStep> steps) {
    /** Checks the components and copies {@code steps}. */
    public Runbook {
      requireNonNull(from, "from must not be null");
      requireNonNull(to, "to must not be null");
      steps = List.copyOf(steps);
    }
  }

  private static JsonNode parse(String json) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw error(
            "not JSON: more text follows the plan at line %s, column %s; expected one JSON object,"
                + " a plan written by 'mesos-upgrade plan FROM TO --format json'",
            at.getLineNr(), at.getColumnNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw error(
          "not JSON: %s%s; expected a plan written by 'mesos-upgrade plan FROM TO --format json'",
          oneLine(e.getOriginalMessage()), where);
    } catch (IOException e) {
      // Reading from a String does no I/O.
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw error(
          "no JSON: the input is empty; expected a plan written by 'mesos-upgrade plan FROM TO"
              + " --format json'");
    }
    if (!root.isObject()) {
      throw error(
          "the document is %s: expected a JSON object with schemaVersion, from, to and hops",
          show(root));
    }
    return root;
  }

  private static void checkSchemaVersion(JsonNode root) {
    JsonValues.schemaVersionProblem(root, SCHEMA_VERSION)
        .ifPresent(
            problem -> {
              throw new PlanFormatException(problem);
            });
  }

  /**
   * Checks that every field of {@code given} is one {@code expected} has, with the same value:
   * catches unknown fields and derived fields that do not match.
   */
  private static void checkAgainst(JsonNode given, JsonNode expected, String path) {
    if (given.isObject()) {
      for (Map.Entry<String, JsonNode> field : given.properties()) {
        String name = field.getKey();
        JsonNode value = expected.get(name);
        if (name.equals("index") && expected.has("id") && value != null) {
          checkIndex(field.getValue(), child(path, name));
          continue;
        }
        if (value == null) {
          List<String> known = names(expected);
          throw error(
              "%sunknown field \"%s\": the fields here are %s",
              path.isEmpty() ? "" : path + ": ", Shown.value(name), String.join(", ", known));
        }
        checkAgainst(field.getValue(), value, child(path, name));
      }
    } else if (given.isArray()) {
      for (int i = 0; i < given.size(); i++) {
        checkAgainst(given.get(i), expected.get(i), path + "[" + i + "]");
      }
    } else if (!given.equals(expected) && !agentForSlave(given, expected, path)) {
      String name = path.substring(path.lastIndexOf('.') + 1);
      throw error(
          "%s is %s, but the fields it is derived from give %s: change those fields, or leave %s"
              + " out",
          path, show(given), show(expected), name);
    }
  }

  /**
   * Checks a step's {@code index}: a number for people and tools, not a position, so that moving a
   * step in a plan to validate does not require renumbering the others.
   */
  private static void checkIndex(JsonNode index, String path) {
    if (!index.canConvertToInt() || !index.isIntegralNumber() || index.asInt() < 1) {
      throw error(
          "%s is %s: expected the step's position in the plan, a whole number from 1, or leave"
              + " index out",
          path, show(index));
    }
  }

  /** Reads the fields that define a plan; {@link #checkAgainst} checks the rest. */
  private static final class Reader {
    private final UpgradeCatalog catalog;

    Reader(UpgradeCatalog catalog) {
      this.catalog = catalog;
    }

    UpgradePlan plan(JsonNode root) {
      MesosVersion from = version(root, "", "from");
      MesosVersion to = version(root, "", "to");
      List<JsonNode> nodes = array(root, "", "hops", "an array of hops", false);
      List<UpgradeHop> hops = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        hops.add(hop(object(nodes.get(i), "hops[" + i + "]", "a hop with from, to and steps")));
      }
      return build("hops", () -> UpgradePlan.of(from, to, hops, catalog));
    }

    private UpgradeHop hop(At hop) {
      UpgradeHop.Builder out =
          UpgradeHop.builder()
              .from(version(hop.node, hop.path, "from"))
              .to(version(hop.node, hop.path, "to"));
      List<JsonNode> steps = array(hop.node, hop.path, "steps", "an array of steps", false);
      for (int i = 0; i < steps.size(); i++) {
        out.addSteps(step(object(steps.get(i), indexed(hop.path, "steps", i), "a step")));
      }
      out.addAllNotes(notes(hop));
      List<JsonNode> flags = array(hop.node, hop.path, "removedFlags", "an array of flags", true);
      for (int i = 0; i < flags.size(); i++) {
        out.addRemovedFlags(
            removedFlag(
                object(
                    flags.get(i),
                    indexed(hop.path, "removedFlags", i),
                    "a flag with component, name and introducedIn")));
      }
      List<JsonNode> endpoints =
          array(hop.node, hop.path, "removedEndpoints", "an array of endpoints", true);
      for (int i = 0; i < endpoints.size(); i++) {
        out.addRemovedEndpoints(
            removedEndpoint(
                object(
                    endpoints.get(i),
                    indexed(hop.path, "removedEndpoints", i),
                    "an endpoint with component, path and introducedIn")));
      }
      return out.build();
    }

    private UpgradeStep step(At step) {
      UpgradeStep.Builder out =
          UpgradeStep.builder()
              .id(text(step.node, step.path, "id", "a step id such as 0.14-0.15/install-masters"))
              .component(enumValue(step.node, step.path, "component", Component.class))
              .action(enumValue(step.node, step.path, "action", StepAction.class))
              .version(version(step.node, step.path, "version"))
              .necessity(enumValue(step.node, step.path, "necessity", Necessity.class))
              .source(source(object(step.node.get("source"), step, "source", "a source")));
      List<JsonNode> changes =
          array(step.node, step.path, "flagChanges", "an array of flag changes", true);
      for (int i = 0; i < changes.size(); i++) {
        out.addFlagChanges(
            flagChange(
                object(
                    changes.get(i),
                    indexed(step.path, "flagChanges", i),
                    "a flag change with name and value")));
      }
      if (step.node.has("frameworkChange")) {
        At change =
            object(
                step.node.get("frameworkChange"), step, "frameworkChange", "an object with name");
        out.frameworkChange(enumValue(change.node, change.path, "name", FrameworkChange.class));
      }
      optionalText(step.node, step.path, "purpose", "one sentence, or the empty string")
          .ifPresent(out::purpose);
      out.addAllNotes(notes(step));
      return build(step.path, out::build);
    }

    /**
     * Reads a step of a runbook: as a plan's step, with {@code necessity} optional ({@code
     * REQUIRED}) and {@code description} optional, checked against the step when given.
     */
    UpgradeStep runbookStep(At step) {
      for (Map.Entry<String, JsonNode> field : step.node.properties()) {
        if (!RUNBOOK_STEP_FIELDS.contains(field.getKey())) {
          throw error(
              "%s: unknown field \"%s\": the fields of a step are %s",
              step.path, Shown.value(field.getKey()), String.join(", ", RUNBOOK_STEP_FIELDS));
        }
      }
      ObjectNode node = step.node.deepCopy();
      if (!node.has("necessity")) {
        node.put("necessity", Necessity.REQUIRED.name());
      }
      UpgradeStep read = step(new At(node, step.path));
      Optional<String> description =
          optionalText(step.node, step.path, "description", "the step's description");
      if (description.isPresent() && !description.get().equals(read.describe())) {
        throw error(
            "%s is %s, but the fields it is derived from give %s: change those fields, or leave"
                + " description out",
            child(step.path, "description"),
            show(step.node.get("description")),
            show(MAPPER.getNodeFactory().textNode(read.describe())));
      }
      return read;
    }

    private FlagChange flagChange(At change) {
      String name = text(change.node, change.path, "name", "a flag name such as authenticate");
      Optional<Boolean> removalField = optionalBoolean(change.node, change.path, "removal");
      boolean removal = removalField.orElseGet(() -> operation(change).equals("remove"));
      if (removal) {
        return build(change.path, () -> FlagChange.remove(name));
      }
      String value = text(change.node, change.path, "value", "the value to set, such as true");
      return build(change.path, () -> FlagChange.set(name, value));
    }

    /**
     * Returns a flag change's {@code operation}, {@code set} when it is left out; {@link
     * #checkAgainst} then checks that it agrees with {@code removal} when both are given.
     */
    private static String operation(At change) {
      JsonNode operation = change.node.get("operation");
      if (operation == null) {
        return "set";
      }
      if (!operation.isTextual()
          || !(operation.asText().equals("set") || operation.asText().equals("remove"))) {
        throw error(
            "%s.operation is %s: expected \"set\" or \"remove\"", change.path, show(operation));
      }
      return operation.asText();
    }

    private List<Note> notes(At owner) {
      List<JsonNode> notes = array(owner.node, owner.path, "notes", "an array of notes", true);
      List<Note> out = new ArrayList<>();
      for (int i = 0; i < notes.size(); i++) {
        out.add(note(object(notes.get(i), indexed(owner.path, "notes", i), "a note")));
      }
      return out;
    }

    private Note note(At note) {
      Note.Kind kind = enumValue(note.node, note.path, "kind", Note.Kind.class);
      String text = text(note.node, note.path, "text", "the note's sentences");
      List<Source> sources = new ArrayList<>();
      if (note.node.has("sources")) {
        List<JsonNode> nodes =
            array(note.node, note.path, "sources", "an array of one or more sources", false);
        for (int i = 0; i < nodes.size(); i++) {
          sources.add(source(object(nodes.get(i), indexed(note.path, "sources", i), "a source")));
        }
      } else if (note.node.has("source")) {
        sources.add(source(object(note.node.get("source"), note, "source", "a source")));
      } else {
        throw error(
            "%s: source and sources are missing: a note needs at least one source", note.path);
      }
      return build(note.path, () -> Note.of(kind, text, sources.toArray(new Source[0])));
    }

    private Source source(At source) {
      Source.Kind kind = enumValue(source.node, source.path, "kind", Source.Kind.class);
      return switch (kind) {
        case GUIDE -> {
          String section =
              text(
                  source.node,
                  source.path,
                  "section",
                  "a section heading of the upgrade guide, such as Upgrading from 0.14.0 to 0.15.0");
          int bullet = integer(source.node, source.path, "bullet", "a bullet number, 1 or more");
          String revision =
              text(
                  source.node,
                  source.path,
                  "revision",
                  "the release tag the guide is read at, such as 0.15.0 or 1.8.0");
          yield build(source.path, () -> Source.guide(section, bullet, revision));
        }
        case MESOS_FILE -> {
          String path =
              text(
                  source.node,
                  source.path,
                  "path",
                  "a path in apache/mesos such as src/master/flags.hpp");
          String revision =
              text(
                  source.node,
                  source.path,
                  "revision",
                  "a release tag such as 0.15.0, or a commit");
          yield build(source.path, () -> Source.mesos(path, revision));
        }
      };
    }

    private MesosFlag removedFlag(At flag) {
      Component component = enumValue(flag.node, flag.path, "component", Component.class);
      String name =
          text(flag.node, flag.path, "name", "a flag name such as cgroups_hierarchy_root");
      MesosVersion introduced = version(flag.node, flag.path, "introducedIn");
      Optional<MesosFlag> found =
          catalog.flagHistory(component, name).stream()
              .filter(candidate -> candidate.introducedIn().equals(introduced))
              .findFirst();
      if (found.isEmpty() || found.get().removedIn().isEmpty()) {
        throw error(
            "%s: the catalog knows no %s flag --%s introduced in %s and later removed: list only"
                + " flags the hop removes, or leave removedFlags out",
            flag.path, component.name(), name, introduced);
      }
      return found.get();
    }

    private Endpoint removedEndpoint(At endpoint) {
      Component component = enumValue(endpoint.node, endpoint.path, "component", Component.class);
      String path = text(endpoint.node, endpoint.path, "path", "an HTTP path such as /vars");
      MesosVersion introduced = version(endpoint.node, endpoint.path, "introducedIn");
      return catalog.endpoints().stream()
          .filter(
              candidate ->
                  candidate.component() == component
                      && candidate.path().equals(path)
                      && candidate.introducedIn().equals(introduced)
                      && candidate.removedIn().isPresent())
          .findFirst()
          .orElseThrow(
              () ->
                  error(
                      "%s: the catalog knows no %s endpoint %s introduced in %s and later removed:"
                          + " list only endpoints the hop removes, or leave removedEndpoints out",
                      endpoint.path, component.name(), path, introduced));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Field access with messages that say where and what would work

  /** A JSON object and where it is in the document, such as {@code hops[2].steps[0]}. */
  private record At(JsonNode node, String path) {}

  private static At object(JsonNode node, String path, String expected) {
    if (!node.isObject()) {
      throw error("%s is %s: expected %s", path, show(node), expected);
    }
    return new At(node, path);
  }

  private static At object(JsonNode node, At parent, String name, String expected) {
    String path = child(parent.path, name);
    if (node == null) {
      throw error("%s is missing: expected %s", path, expected);
    }
    return object(node, path, expected);
  }

  private static JsonNode required(JsonNode object, String path, String name, String expected) {
    JsonNode value = object.get(name);
    if (value == null) {
      throw error("%s is missing: expected %s", child(path, name), expected);
    }
    return value;
  }

  private static String text(JsonNode object, String path, String name, String expected) {
    JsonNode value = required(object, path, name, expected);
    if (!value.isTextual()) {
      throw error("%s is %s: expected %s", child(path, name), show(value), expected);
    }
    return value.textValue();
  }

  private static Optional<String> optionalText(
      JsonNode object, String path, String name, String expected) {
    return object.has(name) ? Optional.of(text(object, path, name, expected)) : Optional.empty();
  }

  private static Optional<Boolean> optionalBoolean(JsonNode object, String path, String name) {
    JsonNode value = object.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      throw error("%s is %s: expected true or false", child(path, name), show(value));
    }
    return Optional.of(value.booleanValue());
  }

  private static int integer(JsonNode object, String path, String name, String expected) {
    JsonNode value = required(object, path, name, expected);
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      throw error("%s is %s: expected %s", child(path, name), show(value), expected);
    }
    return value.intValue();
  }

  private static List<JsonNode> array(
      JsonNode object, String path, String name, String expected, boolean optional) {
    if (optional && !object.has(name)) {
      return List.of();
    }
    JsonNode value = required(object, path, name, expected);
    if (!value.isArray()) {
      throw error("%s is %s: expected %s", child(path, name), show(value), expected);
    }
    List<JsonNode> out = new ArrayList<>();
    value.forEach(out::add);
    return out;
  }

  private static MesosVersion version(JsonNode object, String path, String name) {
    String expected = "a Mesos version, major.minor.patch such as 0.15.0";
    String text = text(object, path, name, expected);
    Optional<MesosVersion> version = MesosVersion.tryParse(text);
    if (version.isEmpty() || !version.get().toString().equals(text)) {
      throw error("%s is %s: expected %s", child(path, name), show(object.get(name)), expected);
    }
    return version.get();
  }

  private static <E extends Enum<E>> E enumValue(
      JsonNode object, String path, String name, Class<E> type) {
    String expected = "one of " + JsonValues.enumNames(type);
    String text = text(object, path, name, expected);
    Optional<E> agent = JsonValues.agent(type, text);
    if (agent.isPresent()) {
      return agent.get();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text)) {
        return constant;
      }
    }
    throw error("%s is %s: expected %s", child(path, name), show(object.get(name)), expected);
  }

  /** Runs a core factory or builder, turning its argument check into a located message. */
  private static <T> T build(String path, java.util.function.Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error("%s: %s", path, oneLine(String.valueOf(e.getMessage())));
    }
  }

  /** Whether {@code given} is a {@code component} of {@code AGENT} where the plan has the slave. */
  private static boolean agentForSlave(JsonNode given, JsonNode expected, String path) {
    return path.endsWith("component")
        && given.asText().equals("AGENT")
        && expected.asText().equals(Component.SLAVE.name());
  }

  private static String child(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private static String indexed(String path, String name, int index) {
    return child(path, name) + "[" + index + "]";
  }

  /** Returns the exception that reports {@code template} filled with {@code args}. */
  @FormatMethod
  private static PlanFormatException error(@FormatString String template, Object... args) {
    return new PlanFormatException(String.format(template, args));
  }
}
