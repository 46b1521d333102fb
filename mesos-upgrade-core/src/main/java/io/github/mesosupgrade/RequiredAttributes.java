package io.github.mesosupgrade;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the generated builders' report of unset required attributes into the library's own message:
 * the type, each attribute it needs, and the call that sets it.
 */
final class RequiredAttributes {
  private RequiredAttributes() {}

  /**
   * The pattern and table that only a failed build needs, in a class of their own so that building
   * on the way to the first plan compiles no pattern and fills no table.
   */
  private static final class OnFailure {
    static final Pattern GENERATED =
        Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[(.*)\\]");

    static final String VERSION = "(MesosVersion.parse(\"0.15.0\"))";

    /** The call that sets each attribute, by {@code Type.attribute} or, if the same, attribute. */
    static final ImmutableMap<String, String> CALLS =
        ImmutableMap.<String, String>builder()
            .put("id", "id(\"0.14-0.15/install-masters\")")
            .put("component", "component(Component.MASTER)")
            .put("action", "action(StepAction.RESTART)")
            .put("version", "version" + VERSION)
            .put("necessity", "necessity(Necessity.REQUIRED)")
            .put(
                "source",
                "source(Source.guide(...)) or another Source factory (mesos, url, document,"
                    + " ticket)")
            .put("installed", "installed" + VERSION)
            .put("running", "running" + VERSION)
            .put("linked", "linked" + VERSION)
            .put("path", "path(\"/master/state.json\")")
            .put("introducedIn", "introducedIn" + VERSION)
            .put("name", "name(\"credentials\")")
            .put("type", "type(FlagType.STRING)")
            .put("from", "from(MesosVersion.parse(\"0.14.0\"))")
            .put("to", "to" + VERSION)
            .put("HopDefinition.from", "from(ReleaseLine.of(0, 14))")
            .put("HopDefinition.to", "to(ReleaseLine.of(0, 15))")
            .buildOrThrow();

    private OnFailure() {}
  }

  /**
   * Runs a generated {@code build()}, replacing its report of unset required attributes with {@link
   * #missing}; every other failure passes through.
   */
  static <T> T build(Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalStateException e) {
      Matcher generated = OnFailure.GENERATED.matcher(String.valueOf(e.getMessage()));
      if (!generated.matches()) {
        throw e;
      }
      throw new IllegalStateException(
          missing(generated.group(1), Splitter.on(", ").splitToList(generated.group(2))), e);
    }
  }

  /**
   * Returns {@code UpgradeStep needs source: call source(Source.guide(...)) or another Source
   * factory (mesos, url, document, ticket)}, naming every attribute in {@code names}.
   */
  static String missing(String type, List<String> names) {
    List<String> calls = new ArrayList<>();
    for (String name : names) {
      String call = OnFailure.CALLS.getOrDefault(type + "." + name, OnFailure.CALLS.get(name));
      calls.add(call == null ? name + "(...)" : call);
    }
    return type + " needs " + and(names) + ": call " + and(calls);
  }

  private static String and(List<String> parts) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
