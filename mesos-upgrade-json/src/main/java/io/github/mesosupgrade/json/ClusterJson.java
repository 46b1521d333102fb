package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.errorprone.annotations.FormatMethod;
import com.google.errorprone.annotations.FormatString;
import io.github.mesosupgrade.ClusterProfile;
import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.FrameworkChange;
import io.github.mesosupgrade.FrameworkState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.internal.Shown;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the two documents {@code mesos-upgrade plan --state FILE --profile FILE} takes: a {@link
 * ClusterState} (what the cluster runs now) and a {@link ClusterProfile} (facts that decide the
 * guide's conditional steps). Their JSON Schemas are the resources {@value #STATE_SCHEMA_RESOURCE}
 * and {@value #PROFILE_SCHEMA_RESOURCE}; both documents carry {@code "schemaVersion": 1}.
 *
 * <pre>{@code
 * {"schemaVersion": 1,
 *  "masters": [{"running": "0.15.0", "flags": {"credentials": "/etc/mesos/credentials"}}],
 *  "slaves": [{"running": "0.14.2"}, {"running": "0.15.0"}]}
 * }</pre>
 *
 * <p>Mesos calls the slave an agent from 1.0, so the state may list the slaves under {@code
 * "agents"} instead of {@code "slaves"}, and the profile may say {@code "agentsUseCgroups"} instead
 * of {@code "slavesUseCgroups"}; a document that gives both spellings is refused.
 *
 * <p>Reading is strict: unknown fields, wrong kinds and malformed versions are refused with a
 * one-line {@link PlanFormatException} naming where the problem is and what would work.
 */
public final class ClusterJson {
  /** The schema version of both documents. */
  public static final int SCHEMA_VERSION = 1;

  /** The class-path resource holding the JSON Schema of the state document. */
  public static final String STATE_SCHEMA_RESOURCE = "/mesos-upgrade-state.schema.json";

  /** The class-path resource holding the JSON Schema of the profile document. */
  public static final String PROFILE_SCHEMA_RESOURCE = "/mesos-upgrade-profile.schema.json";

  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          // Keep a fraction as written (0.10 stays 0.10) and an exponent visible (1e400 is no
          // Infinity), so that a flag's number is never silently rewritten.
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .build();

  private static final List<String> STATE_FIELDS =
      List.of("schemaVersion", "masters", "slaves", "agents", "executors", "schedulers");
  private static final List<String> DAEMON_FIELDS =
      List.of("installed", "running", "flags", "startedBeforeSchedulers");
  private static final List<String> FRAMEWORK_FIELDS =
      List.of("linked", "running", "changesMade", "changesRunning");
  private static final List<String> PROFILE_FIELDS =
      List.of(
          "schemaVersion",
          "frameworksLinkLibmesos",
          "slavesUseCgroups",
          "agentsUseCgroups",
          "wantsCheckpointing",
          "wantsAuthentication");

  private ClusterJson() {}

  /**
   * Reads a cluster state document.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws PlanFormatException if {@code json} is not a state document of schema version 1
   */
  public static ClusterState readState(String json) {
    JsonNode root = parse(json, "state");
    fields(root, "", STATE_FIELDS);
    schemaVersion(root);
    ClusterState.Builder state = ClusterState.builder();
    for (String daemon : List.of("masters", agentKey(root, "slaves", "agents"))) {
      JsonNode groups = array(root, daemon, true);
      if (groups.isEmpty()) {
        throw error(
            "%s: give at least one group of %s, such as {\"running\": \"0.14.2\"}", daemon, daemon);
      }
      for (int i = 0; i < groups.size(); i++) {
        DaemonState group = daemon(groups.get(i), daemon + "[" + i + "]");
        if (daemon.equals("masters")) {
          state.addMaster(group);
        } else {
          state.addSlave(group);
        }
      }
    }
    for (String frameworks : List.of("executors", "schedulers")) {
      JsonNode groups = array(root, frameworks, false);
      for (int i = 0; i < groups.size(); i++) {
        FrameworkState group = framework(groups.get(i), frameworks + "[" + i + "]");
        if (frameworks.equals("executors")) {
          state.addExecutor(group);
        } else {
          state.addScheduler(group);
        }
      }
    }
    try {
      return state.build();
    } catch (IllegalArgumentException e) {
      throw error("%s", e.getMessage());
    }
  }

  /**
   * Reads a cluster profile document; a fact left out is unknown.
   *
   * @throws NullPointerException if {@code json} is null
   * @throws PlanFormatException if {@code json} is not a profile document of schema version 1
   */
  public static ClusterProfile readProfile(String json) {
    JsonNode root = parse(json, "profile");
    fields(root, "", PROFILE_FIELDS);
    schemaVersion(root);
    ClusterProfile.Builder profile = ClusterProfile.builder();
    agentKey(root, "slavesUseCgroups", "agentsUseCgroups");
    for (String fact : PROFILE_FIELDS.subList(1, PROFILE_FIELDS.size())) {
      JsonNode value = root.get(fact);
      if (value == null || value.isNull()) {
        continue;
      }
      if (!value.isBoolean()) {
        throw error("%s is %s: give true, false, or leave it out when not known", fact, value);
      }
      boolean yes = value.booleanValue();
      switch (fact) {
        case "frameworksLinkLibmesos" -> profile.frameworksLinkLibmesos(yes);
        case "slavesUseCgroups", "agentsUseCgroups" -> profile.slavesUseCgroups(yes);
        case "wantsCheckpointing" -> profile.wantsCheckpointing(yes);
        default -> profile.wantsAuthentication(yes);
      }
    }
    return profile.build();
  }

  /**
   * Returns {@code state} as a state document of schema version {@value #SCHEMA_VERSION}, indented
   * with two spaces and ending with a line break; {@link #readState} reads it back to an equal
   * state. Executors and schedulers are left out when the state has none.
   *
   * @throws NullPointerException if {@code state} is null
   */
  public static String writeState(ClusterState state) {
    requireNonNull(state, "state must not be null");
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    ArrayNode masters = root.putArray("masters");
    state.masters().forEach(master -> masters.add(daemonTree(master)));
    ArrayNode slaves = root.putArray("slaves");
    state.slaves().forEach(slave -> slaves.add(daemonTree(slave)));
    if (!state.executors().isEmpty()) {
      ArrayNode executors = root.putArray("executors");
      state.executors().forEach(executor -> executors.add(frameworkTree(executor)));
    }
    if (!state.schedulers().isEmpty()) {
      ArrayNode schedulers = root.putArray("schedulers");
      state.schedulers().forEach(scheduler -> schedulers.add(frameworkTree(scheduler)));
    }
    try {
      return MAPPER.writer(PlanJson.prettyPrinter()).writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      // A tree of strings and booleans always serializes.
      throw new IllegalStateException(
          "cannot write the state as JSON: " + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode daemonTree(DaemonState daemon) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("running", daemon.running().toString());
    if (!daemon.installed().equals(daemon.running())) {
      node.put("installed", daemon.installed().toString());
    }
    if (!daemon.flags().isEmpty()) {
      ObjectNode flags = node.putObject("flags");
      daemon.flags().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(flag -> flags.put(flag.getKey(), flag.getValue()));
    }
    daemon
        .startedBeforeSchedulers()
        .ifPresent(started -> node.put("startedBeforeSchedulers", started));
    return node;
  }

  private static ObjectNode frameworkTree(FrameworkState framework) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("linked", framework.linked().toString());
    if (!framework.running().equals(framework.linked())) {
      node.put("running", framework.running().toString());
    }
    if (!framework.changesMade().isEmpty()) {
      ArrayNode made = node.putArray("changesMade");
      framework.changesMade().forEach(change -> made.add(change.name()));
    }
    if (!framework.changesRunning().isEmpty()) {
      ArrayNode running = node.putArray("changesRunning");
      framework.changesRunning().forEach(change -> running.add(change.name()));
    }
    return node;
  }

  /** Returns the JSON Schema of the state document, as checked in. */
  public static String stateSchema() {
    return resource(STATE_SCHEMA_RESOURCE);
  }

  /** Returns the JSON Schema of the profile document, as checked in. */
  public static String profileSchema() {
    return resource(PROFILE_SCHEMA_RESOURCE);
  }

  private static DaemonState daemon(JsonNode node, String where) {
    object(node, where);
    fields(node, where + ".", DAEMON_FIELDS);
    MesosVersion running = version(node, where, "running");
    DaemonState.Builder daemon =
        DaemonState.builder()
            .running(running)
            .installed(node.has("installed") ? version(node, where, "installed") : running);
    JsonNode flags = node.get("flags");
    if (flags != null) {
      object(flags, where + ".flags");
      for (Map.Entry<String, JsonNode> flag : flags.properties()) {
        JsonNode value = flag.getValue();
        if (!value.isTextual() && !value.isBoolean() && !value.isNumber()) {
          throw error(
              "%s.flags.%s is %s: give the value as text, such as \"true\" or \"/etc/mesos\"",
              where, Shown.value(flag.getKey()), value);
        }
        daemon.putFlag(flag.getKey(), flagText(value, where, flag.getKey()));
      }
    }
    JsonNode started = node.get("startedBeforeSchedulers");
    if (started != null && !started.isNull()) {
      if (!started.isBoolean()) {
        throw error(
            "%s.startedBeforeSchedulers is %s: give true, false, or leave it out when not known",
            where, started);
      }
      daemon.startedBeforeSchedulers(started.booleanValue());
    }
    try {
      return daemon.build();
    } catch (IllegalArgumentException e) {
      throw error("%s: %s", where, e.getMessage());
    }
  }

  private static FrameworkState framework(JsonNode node, String where) {
    object(node, where);
    fields(node, where + ".", FRAMEWORK_FIELDS);
    MesosVersion linked = version(node, where, "linked");
    FrameworkState.Builder framework =
        FrameworkState.builder()
            .linked(linked)
            .running(node.has("running") ? version(node, where, "running") : linked)
            .addAllChangesMade(changes(node, where, "changesMade"))
            .addAllChangesRunning(changes(node, where, "changesRunning"));
    try {
      return framework.build();
    } catch (IllegalArgumentException e) {
      throw error("%s: %s", where, e.getMessage());
    }
  }

  private static List<FrameworkChange> changes(JsonNode node, String where, String field) {
    JsonNode changes = node.get(field);
    List<FrameworkChange> out = new ArrayList<>();
    if (changes == null) {
      return out;
    }
    if (!changes.isArray()) {
      throw error("%s.%s is %s: give a list such as [\"SET_CHECKPOINT\"]", where, field, changes);
    }
    for (int i = 0; i < changes.size(); i++) {
      JsonNode change = changes.get(i);
      FrameworkChange known = null;
      for (FrameworkChange candidate : FrameworkChange.values()) {
        if (change.isTextual() && candidate.name().equals(change.asText())) {
          known = candidate;
        }
      }
      if (known == null) {
        throw error(
            "%s.%s[%s] is %s: expected one of %s",
            where, field, i, change, Arrays.toString(FrameworkChange.values()));
      }
      out.add(known);
    }
    return out;
  }

  private static MesosVersion version(JsonNode node, String where, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      throw error("%s.%s is missing: give a release such as \"0.14.2\"", where, field);
    }
    if (!value.isTextual()) {
      throw error("%s.%s is %s: give the release as text, such as \"0.14.2\"", where, field, value);
    }
    return MesosVersion.tryParse(value.asText())
        .filter(version -> version.toString().equals(value.asText()))
        .orElseThrow(
            () ->
                error(
                    "%s.%s is \"%s\": expected major.minor.patch, such as \"0.14.2\"",
                    where, field, Shown.value(value.asText())));
  }

  private static JsonNode parse(String json, String what) {
    requireNonNull(json, "json must not be null");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw error(
          "not JSON (%s): give a %s document as described by mesos-upgrade-%s.schema.json",
          e.getOriginalMessage(), what, what);
    }
    if (root == null || !root.isObject()) {
      throw error(
          "not a JSON object: give a %s document as described by mesos-upgrade-%s.schema.json",
          what, what);
    }
    return root;
  }

  private static void schemaVersion(JsonNode root) {
    JsonNode version = root.get("schemaVersion");
    if (version == null || !version.isInt() || version.intValue() != SCHEMA_VERSION) {
      throw error(
          "schemaVersion is %s: this mesos-upgrade reads schema version %s",
          version == null ? "missing" : version.toString(), SCHEMA_VERSION);
    }
  }

  /**
   * Returns the key a document uses for the slaves: {@code slaveKey}, or {@code agentKey} (Mesos
   * calls the slave an agent from 1.0); {@code slaveKey} when it has neither.
   *
   * @throws PlanFormatException if the document has both keys
   */
  private static String agentKey(JsonNode root, String slaveKey, String agentKey) {
    if (root.has(slaveKey) && root.has(agentKey)) {
      throw error(
          "%s and %s are two names for the same thing (Mesos calls the slave an agent from 1.0):"
              + " give one of them, not both",
          slaveKey, agentKey);
    }
    return root.has(agentKey) ? agentKey : slaveKey;
  }

  private static JsonNode array(JsonNode root, String field, boolean needed) {
    JsonNode node = root.get(field);
    if (node == null) {
      if (needed) {
        throw error(
            "%s is missing: give a list of groups, such as [{\"running\": \"0.14.2\"}]", field);
      }
      return MAPPER.createArrayNode();
    }
    if (!node.isArray()) {
      throw error("%s is %s: give a list of groups", field, node);
    }
    return node;
  }

  private static void object(JsonNode node, String where) {
    if (!node.isObject()) {
      throw error("%s is %s: give a JSON object", where, node);
    }
  }

  private static void fields(JsonNode node, String prefix, List<String> allowed) {
    Set<String> known = Set.copyOf(allowed);
    for (Map.Entry<String, JsonNode> field : node.properties()) {
      String name = field.getKey();
      if (!known.contains(name)) {
        throw error(
            "%s%s is not a field: the fields are %s",
            prefix, Shown.value(name), String.join(", ", allowed));
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = ClusterJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("resource " + name + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the text of flag value {@code value} as Mesos reads it: a string, a boolean, a whole
   * number or a decimal fraction as written ({@code 0.10}, {@code 0.0000001}); a number that can
   * only be written with an exponent ({@code 1e400}, {@code 1E+3}) is refused, as Mesos would not
   * read its text back as the same value.
   */
  private static String flagText(JsonNode value, String where, String flag) {
    if (value.isNumber() && !value.isIntegralNumber()) {
      BigDecimal number = value.decimalValue();
      if (number.scale() < 0) {
        throw error(
            "%s.flags.%s is %s: a number with an exponent is not a value Mesos reads the same;"
                + " give the value as text, such as \"0.5\"",
            where, Shown.value(flag), number);
      }
      return number.toPlainString();
    }
    return value.asText();
  }

  @FormatMethod
  private static PlanFormatException error(@FormatString String template, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof JsonNode node ? JsonValues.show(node) : args[i];
    }
    return new PlanFormatException(String.format(template, shown));
  }
}
