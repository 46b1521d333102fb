package io.github.mesosupgrade.cluster;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.mesosupgrade.cluster.Fetcher.Failure;
import io.github.mesosupgrade.cluster.UnreadDaemon.Reason;
import io.github.mesosupgrade.internal.Shown;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the fields this module needs from the JSON Mesos serves, refusing any other shape. The
 * fields and where each release writes them:
 *
 * <ul>
 *   <li>master state ({@code /master/state.json} 0.11.0 to 1.7.x, {@code /master/state} from
 *       0.25.0): {@code pid} always; {@code version} from 0.13.0; {@code leader} (the leading
 *       master's pid) when a leader is known; {@code flags} from 0.17.0 (from 1.2 only for
 *       principals that may view flags); {@code slaves}, each with {@code id}, {@code pid}, {@code
 *       hostname}, and {@code version} from 0.26.0 (empty for agents that did not send it); {@code
 *       recovered_slaves} from 1.0 ({@code id}, {@code hostname}, {@code port}). Sources: {@code
 *       Master::Http::state} and {@code model(const Slave&)} / {@code SlaveWriter} in
 *       src/master/http.cpp, {@code json(JSON::ObjectWriter*, const SlaveInfo&)} in
 *       src/common/http.cpp, {@code ReadOnlyHandler::state} in src/master/readonly_handler.cpp (1.7
 *       on).
 *   <li>agent state ({@code /slave(1)/state.json} 0.11.0 to 1.7.x, {@code /slave(1)/state} from
 *       0.25.0): {@code version} from 0.13.0, {@code flags} from 0.17.0 (src/slave/http.cpp).
 *   <li>{@code /master/flags} and {@code /slave(1)/flags} from 0.26.0: {@code {"flags": {...}}}.
 *   <li>{@code /version} from 0.26.0: {@code {"version": "1.5.0", ...}} (src/version/version.cpp).
 * </ul>
 */
final class MesosJson {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Pattern FLAG_NAME = Pattern.compile("[a-z][a-z0-9_]*");

  private MesosJson() {}

  /** An agent as the leading master lists it. */
  record Agent(String id, @Nullable String pid, String hostname, @Nullable String version) {}

  /** The fields of a master's state this module reads. */
  record MasterState(
      String pid,
      @Nullable String leader,
      @Nullable String version,
      @Nullable Map<String, String> flags,
      List<Agent> agents,
      List<Agent> recovered) {}

  /** The fields of an agent's state this module reads. */
  record DaemonState(@Nullable String version, @Nullable Map<String, String> flags) {}

  static MasterState masterState(byte[] body) throws Failure {
    JsonNode root = object(body);
    String pid = text(root, "pid", "master state");
    List<Agent> agents = new ArrayList<>();
    for (JsonNode slave : array(root, "slaves")) {
      agents.add(
          new Agent(
              text(slave, "id", "agent"),
              text(slave, "pid", "agent"),
              text(slave, "hostname", "agent"),
              optionalText(slave, "version")));
    }
    List<Agent> recovered = new ArrayList<>();
    if (root.has("recovered_slaves")) {
      for (JsonNode slave : array(root, "recovered_slaves")) {
        recovered.add(
            new Agent(
                text(slave, "id", "recovered agent"),
                null,
                text(slave, "hostname", "recovered agent"),
                null));
      }
    }
    return new MasterState(
        pid,
        optionalText(root, "leader"),
        optionalText(root, "version"),
        optionalFlags(root),
        agents,
        recovered);
  }

  static DaemonState daemonState(byte[] body) throws Failure {
    JsonNode root = object(body);
    return new DaemonState(optionalText(root, "version"), optionalFlags(root));
  }

  static Map<String, String> flags(byte[] body) throws Failure {
    JsonNode root = object(body);
    Map<String, String> flags = optionalFlags(root);
    if (flags == null) {
      throw shape("has no \"flags\" object");
    }
    return flags;
  }

  static String version(byte[] body) throws Failure {
    return text(object(body), "version", "version answer");
  }

  private static JsonNode object(byte[] body) throws Failure {
    JsonNode root;
    try {
      root = JSON.readTree(body);
    } catch (JsonEOFException e) {
      throw new Failure(
          Reason.INVALID_JSON,
          "the answer ends before its JSON does, after " + body.length + " bytes: it is cut short");
    } catch (JsonProcessingException e) {
      String problem = String.valueOf(e.getOriginalMessage());
      int end = problem.indexOf('\n');
      throw new Failure(
          Reason.INVALID_JSON,
          "the answer is not JSON ("
              + Shown.value(end < 0 ? problem : problem.substring(0, end))
              + ")");
    } catch (IOException e) {
      throw new Failure(Reason.INVALID_JSON, "the answer cannot be read as JSON");
    }
    if (root == null || root.isMissingNode()) {
      throw new Failure(Reason.INVALID_JSON, "the answer is empty");
    }
    if (!root.isObject()) {
      throw shape("is " + kind(root) + ", not a JSON object");
    }
    return root;
  }

  private static Iterable<JsonNode> array(JsonNode parent, String name) throws Failure {
    JsonNode node = parent.path(name);
    if (!node.isArray()) {
      throw shape("has " + describe(node, name) + ", not an array");
    }
    for (JsonNode element : node) {
      if (!element.isObject()) {
        throw shape("has " + kind(element) + " in \"" + name + "\", not an object");
      }
    }
    return node;
  }

  private static String text(JsonNode parent, String name, String what) throws Failure {
    JsonNode node = parent.path(name);
    if (!node.isTextual()) {
      throw shape("has " + describe(node, name) + " in a " + what + ", not a string");
    }
    return node.asText();
  }

  private static @Nullable String optionalText(JsonNode parent, String name) throws Failure {
    JsonNode node = parent.path(name);
    if (node.isMissingNode()) {
      return null;
    }
    if (!node.isTextual()) {
      throw shape("has " + describe(node, name) + ", not a string");
    }
    return node.asText().isEmpty() ? null : node.asText();
  }

  private static @Nullable Map<String, String> optionalFlags(JsonNode parent) throws Failure {
    JsonNode node = parent.path("flags");
    if (node.isMissingNode()) {
      return null;
    }
    if (!node.isObject()) {
      throw shape("has " + describe(node, "flags") + ", not an object");
    }
    Map<String, String> flags = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> flag : node.properties()) {
      if (!FLAG_NAME.matcher(flag.getKey()).matches()) {
        throw shape("has a flag named " + Shown.quoted(flag.getKey()) + ", not a Mesos flag name");
      }
      if (!flag.getValue().isTextual()) {
        throw shape(
            "has flag "
                + Shown.quoted(flag.getKey())
                + " as "
                + kind(flag.getValue())
                + ", not a string");
      }
      flags.put(flag.getKey(), flag.getValue().asText());
    }
    return flags;
  }

  private static String describe(JsonNode node, String name) {
    return node.isMissingNode() ? "no \"" + name + "\"" : "\"" + name + "\" as " + kind(node);
  }

  private static String kind(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case STRING -> "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case BINARY, POJO, MISSING -> "no value";
    };
  }

  private static Failure shape(String problem) {
    return new Failure(
        Reason.WRONG_SHAPE, "the answer " + problem + ", which is not what Mesos serves here");
  }
}
