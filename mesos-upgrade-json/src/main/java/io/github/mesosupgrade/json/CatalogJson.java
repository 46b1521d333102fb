package io.github.mesosupgrade.json;

import static io.github.mesosupgrade.json.JsonValues.oneLine;
import static io.github.mesosupgrade.json.JsonValues.show;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.Endpoint;
import io.github.mesosupgrade.FlagChange;
import io.github.mesosupgrade.FlagType;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.HopDefinition;
import io.github.mesosupgrade.InvalidCatalogException;
import io.github.mesosupgrade.MesosFlag;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.Necessity;
import io.github.mesosupgrade.Note;
import io.github.mesosupgrade.OrderingConstraint;
import io.github.mesosupgrade.ReleaseLine;
import io.github.mesosupgrade.Source;
import io.github.mesosupgrade.StepAction;
import io.github.mesosupgrade.UnknownFlagHandling;
import io.github.mesosupgrade.UpgradeCatalog;
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
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads a custom {@link UpgradeCatalog} from a JSON document, for users who run patched Mesos
 * builds or want steps of their own: releases, flags, endpoints and hops with their steps, notes
 * and ordering constraints, optionally on top of the built-in catalog.
 *
 * <p>The document follows schema version {@value #SCHEMA_VERSION}, described field by field in the
 * JSON Schema {@value #SCHEMA_RESOURCE} (a resource of this jar, see {@link #schema()}). Its steps,
 * notes, sources and flag changes have the fields of a JSON plan, without the derived ones.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "base": "built-in",
 *   "releases": ["1.12.0"],
 *   "hops": [{
 *     "from": "1.11", "to": "1.12",
 *     "steps": [{"id": "1.11-1.12/install-masters", "component": "MASTER", ...}, ...],
 *     "constraints": [{"before": "1.11-1.12/restart-masters", "after": ..., ...}]
 *   }]
 * }
 * }</pre>
 *
 * <p>Reading has two stages. The document must be well formed: every field one the schema defines,
 * every value of its kind, or a {@link CatalogFormatException} names the place and what would work.
 * The catalog is then built with {@link UpgradeCatalog#builder()}, which checks it completely and
 * reports every problem at once in an {@link InvalidCatalogException}, exactly as for the built-in
 * catalog.
 */
public final class CatalogJson {
  /** The schema version this class reads. */
  public static final int SCHEMA_VERSION = 1;

  /** The class-path resource holding the JSON Schema of the catalog document. */
  public static final String SCHEMA_RESOURCE = "/mesos-upgrade-catalog.schema.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Pattern LINE = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private static final String BUILT_IN = "built-in";
  private static final String EMPTY = "empty";

  private CatalogJson() {}

  /**
   * Returns the JSON Schema of the catalog document, as shipped in this jar.
   *
   * @throws UncheckedIOException if the resource cannot be read (a broken jar)
   */
  public static String schema() {
    try (InputStream in = CatalogJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      if (in == null) {
        throw new IOException("resource " + SCHEMA_RESOURCE + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a catalog document and builds the catalog it describes.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws CatalogFormatException if {@code json} is not a catalog document of schema version
   *     {@value #SCHEMA_VERSION}; the message names the place, the bad value and what would work
   * @throws InvalidCatalogException if the document is well formed but the catalog is not
   *     consistent; it lists every problem
   */
  public static UpgradeCatalog read(String json) {
    requireNonNull(json, "json must not be null");
    At root = new At(parse(json), "");
    root.only(
        Set.of(
            "schemaVersion",
            "base",
            "releases",
            "flags",
            "endpoints",
            "unknownFlagHandling",
            "hops"));
    checkSchemaVersion(root.node);
    String base = root.optionalText("base", "\"built-in\" or \"empty\"").orElse(EMPTY);
    UpgradeCatalog.Builder builder;
    if (base.equals(BUILT_IN)) {
      builder = UpgradeCatalog.builtIn().toBuilder();
    } else if (base.equals(EMPTY)) {
      builder = UpgradeCatalog.builder();
    } else {
      throw error(
          "base is %s: expected \"built-in\" (start from the built-in catalog) or \"empty\"",
          show(root.node.get("base")));
    }
    for (At release : root.array("releases", "an array of versions")) {
      builder.addReleases(release.version());
    }
    for (At flag : root.objects("flags", "a flag with component, name, type and introducedIn")) {
      builder.addFlag(flag(flag));
    }
    for (At endpoint :
        root.objects("endpoints", "an endpoint with component, path and introducedIn")) {
      builder.addEndpoint(endpoint(endpoint));
    }
    for (At handling :
        root.objects(
            "unknownFlagHandling",
            "an entry with component, from, commandLine, environment and sources")) {
      unknownFlagHandling(handling, builder);
    }
    for (At hop : root.objects("hops", "a hop with from, to and steps")) {
      builder.addHop(hop(hop));
    }
    return builder.build();
  }

  private static MesosFlag flag(At flag) {
    flag.only(
        Set.of(
            "component",
            "name",
            "type",
            "description",
            "introducedIn",
            "removedIn",
            "renamedFrom",
            "renamedTo",
            "deprecatedNames",
            "requiredFrom",
            "defaults",
            "unacceptedSpellings",
            "sources"));
    MesosFlag.Builder out =
        MesosFlag.builder()
            .component(flag.enumValue("component", Component.class))
            .name(flag.text("name", "a flag name such as authenticate"))
            .type(flag.enumValue("type", FlagType.class))
            .introducedIn(flag.version("introducedIn"));
    flag.optionalText("description", "one sentence").ifPresent(out::description);
    flag.optionalVersion("removedIn").ifPresent(out::removedIn);
    flag.optionalVersion("requiredFrom").ifPresent(out::requiredFrom);
    flag.optionalText("renamedFrom", "the flag's old name").ifPresent(out::renamedFrom);
    flag.optionalText("renamedTo", "the flag's new name").ifPresent(out::renamedTo);
    for (Field alias : flag.fields("deprecatedNames", "an object of names and versions")) {
      out.putDeprecatedName(alias.name(), alias.value().version());
    }
    for (Field value : flag.fields("defaults", "an object of versions and values")) {
      out.putDefault(
          parseVersion(value.name(), value.value().path, "a version such as 0.15.0"),
          value.value().textValue("the default value as text, such as true"));
    }
    for (At spelling : flag.array("unacceptedSpellings", "an array of spellings")) {
      out.addUnacceptedSpellings(spelling.textValue("a spelling such as authentication"));
    }
    out.addAllSources(sources(flag, false));
    return build(flag.path, out::build);
  }

  /**
   * Reads how a daemon treats unknown flags and {@code MESOS_*} variables from a release on; a
   * release without an entry gets {@link UnknownFlagHandling#stoutDefault()}.
   */
  private static void unknownFlagHandling(At entry, UpgradeCatalog.Builder builder) {
    entry.only(Set.of("component", "from", "commandLine", "environment", "sources"));
    Component component = entry.enumValue("component", Component.class);
    MesosVersion from = entry.version("from");
    UnknownFlagHandling.Behaviour commandLine =
        entry.enumValue("commandLine", UnknownFlagHandling.Behaviour.class);
    UnknownFlagHandling.Behaviour environment =
        entry.enumValue("environment", UnknownFlagHandling.Behaviour.class);
    Source[] sources = sources(entry, true).toArray(new Source[0]);
    UnknownFlagHandling handling =
        build(entry.path, () -> UnknownFlagHandling.of(commandLine, environment, sources));
    build(entry.path, () -> builder.unknownFlagHandling(component, from, handling));
  }

  private static Endpoint endpoint(At endpoint) {
    endpoint.only(Set.of("component", "path", "introducedIn", "removedIn", "sources"));
    Endpoint.Builder out =
        Endpoint.builder()
            .component(endpoint.enumValue("component", Component.class))
            .path(endpoint.text("path", "an HTTP path such as /state"))
            .introducedIn(endpoint.version("introducedIn"));
    endpoint.optionalVersion("removedIn").ifPresent(out::removedIn);
    out.addAllSources(sources(endpoint, false));
    return build(endpoint.path, out::build);
  }

  private static HopDefinition hop(At hop) {
    hop.only(Set.of("from", "to", "steps", "constraints", "notes"));
    HopDefinition.Builder out = HopDefinition.builder().from(hop.line("from")).to(hop.line("to"));
    for (At step : hop.objects("steps", "a step")) {
      out.addSteps(step(step));
    }
    for (At rule : hop.objects("constraints", "a constraint with before, after and reason")) {
      rule.only(Set.of("before", "after", "reason", "source"));
      String before = rule.text("before", "the id of the step that comes first");
      String after = rule.text("after", "the id of the step that comes later");
      String reason = rule.text("reason", "why the order matters");
      Source source = source(rule.object("source", "a source"));
      out.addConstraints(
          build(rule.path, () -> OrderingConstraint.of(before, after, reason, source)));
    }
    out.addAllNotes(notes(hop));
    return build(hop.path, out::build);
  }

  private static UpgradeStep step(At step) {
    step.only(
        Set.of(
            "id",
            "component",
            "action",
            "version",
            "necessity",
            "flagChanges",
            "frameworkChange",
            "purpose",
            "notes",
            "source"));
    UpgradeStep.Builder out =
        UpgradeStep.builder()
            .id(step.text("id", "a step id such as 1.11-1.12/install-masters"))
            .component(step.enumValue("component", Component.class))
            .action(step.enumValue("action", StepAction.class))
            .version(step.version("version"))
            .necessity(step.enumValue("necessity", Necessity.class))
            .source(source(step.object("source", "a source")));
    for (At change : step.objects("flagChanges", "a flag change with name and value")) {
      change.only(Set.of("name", "value", "removal"));
      String name = change.text("name", "a flag name such as authenticate");
      if (change.optionalBoolean("removal").orElse(Boolean.FALSE)) {
        out.addFlagChanges(build(change.path, () -> FlagChange.remove(name)));
      } else {
        String value = change.text("value", "the value to set, such as true");
        out.addFlagChanges(build(change.path, () -> FlagChange.set(name, value)));
      }
    }
    if (step.node.has("frameworkChange")) {
      At change = step.object("frameworkChange", "an object with name");
      change.only(Set.of("name"));
      out.frameworkChange(change.enumValue("name", FrameworkChange.class));
    }
    step.optionalText("purpose", "one sentence, or the empty string").ifPresent(out::purpose);
    out.addAllNotes(notes(step));
    return build(step.path, out::build);
  }

  private static List<Note> notes(At owner) {
    List<Note> notes = new ArrayList<>();
    for (At note : owner.objects("notes", "a note with kind, text and sources")) {
      note.only(Set.of("kind", "text", "sources"));
      Note.Kind kind = note.enumValue("kind", Note.Kind.class);
      String text = note.text("text", "the note's sentences");
      List<Source> sources = sources(note, true);
      notes.add(build(note.path, () -> Note.of(kind, text, sources.toArray(new Source[0]))));
    }
    return notes;
  }

  private static List<Source> sources(At owner, boolean required) {
    if (!required && !owner.node.has("sources")) {
      return List.of();
    }
    List<Source> sources = new ArrayList<>();
    for (At source : owner.required("sources", "an array of one or more sources").objects()) {
      sources.add(source(source));
    }
    return sources;
  }

  private static Source source(At source) {
    Source.Kind kind = source.enumValue("kind", Source.Kind.class);
    return switch (kind) {
      case GUIDE -> {
        source.only(Set.of("kind", "section", "bullet", "revision"));
        String section =
            source.text(
                "section",
                "a section heading of the upgrade guide, such as Upgrading from 0.14.0 to 0.15.0");
        int bullet = source.integer("bullet", "a bullet number, 1 or more");
        String revision =
            source
                .optionalText(
                    "revision", "the release tag the guide is read at, such as 0.15.0 or 1.8.0")
                .orElse("0.15.0");
        yield build(source.path, () -> Source.guide(section, bullet, revision));
      }
      case MESOS_FILE -> {
        source.only(Set.of("kind", "path", "revision"));
        String path = source.text("path", "a path in apache/mesos such as src/master/flags.cpp");
        String revision = source.text("revision", "a release tag such as 1.11.0, or a commit");
        yield build(source.path, () -> Source.mesos(path, revision));
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // Parsing and field access, with messages that say where and what would work

  private static JsonNode parse(String json) {
    JsonNode root;
    try (JsonParser parser = MAPPER.createParser(json)) {
      root = MAPPER.readTree(parser);
      if (root != null && parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw error(
            "not JSON: more text follows the catalog at line %s, column %s; expected one JSON"
                + " object",
            at.getLineNr(), at.getColumnNr());
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw error(
          "not JSON: %s%s; expected a catalog document (see %s)",
          oneLine(e.getOriginalMessage()), where, SCHEMA_RESOURCE.substring(1));
    } catch (IOException e) {
      // Reading from a String does no I/O.
      throw new UncheckedIOException(e);
    }
    if (root == null || root.isMissingNode()) {
      throw error("no JSON: the input is empty; expected a catalog document");
    }
    if (!root.isObject()) {
      throw error(
          "the document is %s: expected a JSON object with schemaVersion and hops", show(root));
    }
    return root;
  }

  private static void checkSchemaVersion(JsonNode root) {
    JsonValues.schemaVersionProblem(root, SCHEMA_VERSION)
        .ifPresent(
            problem -> {
              throw new CatalogFormatException(problem);
            });
  }

  /** A field of a JSON object: its name and its value. */
  private record Field(String name, At value) {}

  /** A JSON value and where it is in the document, such as {@code hops[2].steps[0]}. */
  private record At(JsonNode node, String path) {
    void only(Set<String> known) {
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (!known.contains(field.getKey())) {
          throw error(
              "%sunknown field \"%s\": the fields here are %s",
              path.isEmpty() ? "" : path + ": ",
              Shown.value(field.getKey()),
              known.stream().sorted().collect(Collectors.joining(", ")));
        }
      }
    }

    At required(String name, String expected) {
      JsonNode value = node.get(name);
      if (value == null) {
        throw error("%s is missing: expected %s", child(name), expected);
      }
      return new At(value, child(name));
    }

    At object(String name, String expected) {
      At value = required(name, expected);
      if (!value.node.isObject()) {
        throw error("%s is %s: expected %s", value.path, show(value.node), expected);
      }
      return value;
    }

    String text(String name, String expected) {
      return required(name, expected).textValue(expected);
    }

    String textValue(String expected) {
      if (!node.isTextual()) {
        throw error("%s is %s: expected %s", path, show(node), expected);
      }
      return node.textValue();
    }

    Optional<String> optionalText(String name, String expected) {
      return node.has(name) ? Optional.of(text(name, expected)) : Optional.empty();
    }

    Optional<Boolean> optionalBoolean(String name) {
      JsonNode value = node.get(name);
      if (value == null) {
        return Optional.empty();
      }
      if (!value.isBoolean()) {
        throw error("%s is %s: expected true or false", child(name), show(value));
      }
      return Optional.of(value.booleanValue());
    }

    int integer(String name, String expected) {
      At value = required(name, expected);
      if (!value.node.isIntegralNumber() || !value.node.canConvertToInt()) {
        throw error("%s is %s: expected %s", value.path, show(value.node), expected);
      }
      return value.node.intValue();
    }

    MesosVersion version(String name) {
      return required(name, VERSION).version();
    }

    MesosVersion version() {
      return parseVersion(textValue(VERSION), path, VERSION);
    }

    Optional<MesosVersion> optionalVersion(String name) {
      return node.has(name) ? Optional.of(version(name)) : Optional.empty();
    }

    ReleaseLine line(String name) {
      String expected = "a release line, major.minor such as 1.11";
      At value = required(name, expected);
      Matcher matcher = LINE.matcher(value.textValue(expected));
      if (!matcher.matches()) {
        throw error("%s is %s: expected %s", value.path, show(value.node), expected);
      }
      return ReleaseLine.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    <E extends Enum<E>> E enumValue(String name, Class<E> type) {
      String expected = "one of " + JsonValues.enumNames(type);
      At value = required(name, expected);
      String text = value.textValue(expected);
      Optional<E> agent = JsonValues.agent(type, text);
      if (agent.isPresent()) {
        return agent.get();
      }
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw error("%s is %s: expected %s", value.path, show(value.node), expected);
    }

    /** Returns the elements of the optional array {@code name}; empty if it is left out. */
    List<At> array(String name, String expected) {
      if (!node.has(name)) {
        return List.of();
      }
      At value = required(name, expected);
      if (!value.node.isArray()) {
        throw error("%s is %s: expected %s", value.path, show(value.node), expected);
      }
      List<At> out = new ArrayList<>();
      for (int i = 0; i < value.node.size(); i++) {
        out.add(new At(value.node.get(i), value.path + "[" + i + "]"));
      }
      return out;
    }

    /** Returns the elements of the optional array {@code name}, each of which must be an object. */
    List<At> objects(String name, String expected) {
      List<At> out = array(name, "an array of objects, each " + expected);
      for (At element : out) {
        if (!element.node.isObject()) {
          throw error("%s is %s: expected %s", element.path, show(element.node), expected);
        }
      }
      return out;
    }

    /** Returns the elements of this array, each of which must be an object. */
    List<At> objects() {
      if (!node.isArray() || node.isEmpty()) {
        throw error("%s is %s: expected an array of one or more sources", path, show(node));
      }
      List<At> out = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        At element = new At(node.get(i), path + "[" + i + "]");
        if (!element.node.isObject()) {
          throw error("%s is %s: expected a source", element.path, show(element.node));
        }
        out.add(element);
      }
      return out;
    }

    /** Returns the fields of the optional object {@code name}. */
    List<Field> fields(String name, String expected) {
      if (!node.has(name)) {
        return List.of();
      }
      At value = required(name, expected);
      if (!value.node.isObject()) {
        throw error("%s is %s: expected %s", value.path, show(value.node), expected);
      }
      List<Field> out = new ArrayList<>();
      value
          .node
          .properties()
          .forEach(
              f -> out.add(new Field(f.getKey(), new At(f.getValue(), value.child(f.getKey())))));
      return out;
    }

    private String child(String name) {
      return path.isEmpty() ? name : path + "." + name;
    }
  }

  private static final String VERSION = "a Mesos version, major.minor.patch such as 1.11.0";

  private static MesosVersion parseVersion(String text, String path, String expected) {
    Optional<MesosVersion> version = MesosVersion.tryParse(text);
    if (version.isEmpty() || !version.get().toString().equals(text)) {
      throw error("%s is \"%s\": expected %s", path, text, expected);
    }
    return version.get();
  }

  /** Runs a core factory or builder, turning its argument check into a located message. */
  private static <T> T build(String path, Supplier<T> factory) {
    try {
      return factory.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw error("%s: %s", path, oneLine(String.valueOf(e.getMessage())));
    }
  }

  @FormatMethod
  private static CatalogFormatException error(@FormatString String template, Object... args) {
    return new CatalogFormatException(String.format(template, args));
  }
}
