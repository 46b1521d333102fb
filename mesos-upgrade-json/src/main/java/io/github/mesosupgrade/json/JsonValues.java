package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.internal.Shown;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the JSON readers of this package ({@link PlanJson} and {@link CatalogJson}) share: how a
 * value is shown in an error message, and the check of a document's {@code schemaVersion}.
 */
final class JsonValues {
  /** The longest value text an error message shows; longer ones end with {@code ...}. */
  static final int SHOWN_VALUE_LENGTH = 80;

  private JsonValues() {}

  /**
   * Returns the names of the constants of {@code type} as an error message lists them: {@code
   * MASTER, SLAVE (or AGENT), EXECUTOR, SCHEDULER} for {@link Component}, whose slave is called
   * agent from Mesos 1.0.
   */
  static <E extends Enum<E>> String enumNames(Class<E> type) {
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant == Component.SLAVE ? "SLAVE (or AGENT)" : constant.name());
    }
    return String.join(", ", names);
  }

  /**
   * Returns {@link Component#SLAVE} when {@code type} is {@link Component} and {@code text} is
   * {@code AGENT}, the name of the slave from Mesos 1.0; empty otherwise.
   */
  static <E extends Enum<E>> Optional<E> agent(Class<E> type, String text) {
    return type == Component.class && text.equals("AGENT")
        ? Optional.of(type.cast(Component.SLAVE))
        : Optional.empty();
  }

  /**
   * Returns {@code value} as an error message shows it: {@code an object with a, b}, {@code an
   * empty array}, {@code an array of 3}, or the JSON text of a scalar, cut after 80 characters.
   *
   * @throws NullPointerException if {@code value} is null
   */
  public static String show(JsonNode value) {
    requireNonNull(value, "value must not be null");
    if (value.isObject()) {
      return value.isEmpty()
          ? "an empty object"
          : "an object with " + String.join(", ", names(value));
    }
    if (value.isArray()) {
      return value.isEmpty() ? "an empty array" : "an array of " + value.size();
    }
    String text = value.isTextual() ? Shown.quoted(value.asText()) : Shown.value(value.toString());
    return text.length() <= SHOWN_VALUE_LENGTH
        ? text
        : text.substring(0, SHOWN_VALUE_LENGTH - 3) + "...";
  }

  /** Returns the field names of {@code object}, in document order. */
  public static List<String> names(JsonNode object) {
    requireNonNull(object, "object must not be null");
    List<String> names = new ArrayList<>();
    object.properties().forEach(field -> names.add(field.getKey()));
    return names;
  }

  /** Returns {@code text} on one line: trimmed, with each line break and its indent one space. */
  public static String oneLine(String text) {
    requireNonNull(text, "text must not be null");
    return text.strip().replaceAll("\\s*\\R\\s*", " ");
  }

  /**
   * Returns what is wrong with the {@code schemaVersion} of document {@code root}, for a reader of
   * schema version {@code readable}, or nothing if it is {@code readable}: missing, not an integer,
   * newer than the reader (the message says to use a release that reads it), or older.
   */
  public static Optional<String> schemaVersionProblem(JsonNode root, int readable) {
    requireNonNull(root, "root must not be null");
    JsonNode version = root.get("schemaVersion");
    String expected = "the number " + readable;
    if (version == null) {
      return Optional.of("schemaVersion is missing: expected " + expected);
    }
    if (!version.isIntegralNumber() || !version.canConvertToInt()) {
      return Optional.of("schemaVersion is " + show(version) + ": expected " + expected);
    }
    int value = version.intValue();
    if (value > readable) {
      return Optional.of(
          String.format(
              "schemaVersion is %s, newer than this reader, which reads schema version %s: use a"
                  + " mesos-upgrade release that reads version %s",
              value, readable, value));
    }
    if (value != readable) {
      return Optional.of("schemaVersion is " + value + ": expected " + expected);
    }
    return Optional.empty();
  }
}
