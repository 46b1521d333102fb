package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every JSON Schema mesos-upgrade ships, by short name ({@code plan}, {@code state}, ...), as
 * {@code mesos-upgrade schema NAME} prints them. Each is JSON Schema draft 2020-12 and a resource
 * of this jar.
 *
 * <pre>{@code
 * JsonSchemas.summaries();          // {plan=..., state=..., ...}
 * JsonSchemas.text("versions");     // Optional of the schema of 'versions --format json'
 * }</pre>
 */
public final class JsonSchemas {
  private record Entry(String resource, String summary) {}

  private static final Map<String, Entry> SCHEMAS = schemas();

  private JsonSchemas() {}

  private static Map<String, Entry> schemas() {
    Map<String, Entry> schemas = new LinkedHashMap<>();
    schemas.put(
        "plan",
        new Entry(
            PlanJson.SCHEMA_RESOURCE,
            "plans: what 'plan --format json' writes and 'validate' reads"));
    schemas.put(
        "state",
        new Entry(
            ClusterJson.STATE_SCHEMA_RESOURCE,
            "cluster states: what 'plan FROM TO --state FILE' reads"));
    schemas.put(
        "profile",
        new Entry(
            ClusterJson.PROFILE_SCHEMA_RESOURCE,
            "cluster profiles: what 'plan FROM TO --profile FILE' reads"));
    schemas.put(
        "catalog",
        new Entry(
            CatalogJson.SCHEMA_RESOURCE, "step catalogs: what the '--catalog FILE' options read"));
    schemas.put(
        "versions",
        new Entry(
            ReportJson.VERSIONS_SCHEMA_RESOURCE, "releases: what 'versions --format json' writes"));
    schemas.put(
        "validation",
        new Entry(
            ReportJson.VALIDATION_SCHEMA_RESOURCE,
            "validation reports: what 'validate --format json' writes"));
    schemas.put(
        "lint",
        new Entry(
            ReportJson.LINT_SCHEMA_RESOURCE, "lint reports: what 'lint --format json' writes"));
    schemas.put(
        "preflight",
        new Entry(
            ReportJson.PREFLIGHT_SCHEMA_RESOURCE,
            "preflight reports: what 'lint --to TO --format json' writes"));
    return Collections.unmodifiableMap(schemas);
  }

  /** Returns the name and one-line summary of every schema, in the order to list them. */
  public static Map<String, String> summaries() {
    Map<String, String> out = new LinkedHashMap<>();
    SCHEMAS.forEach((name, entry) -> out.put(name, entry.summary()));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the schema named {@code name} (one of {@link #summaries()}'s keys), or empty if there
   * is no such schema.
   *
   * @throws NullPointerException if {@code name} is null
   * @throws UncheckedIOException if the resource cannot be read
   */
  public static Optional<String> text(String name) {
    requireNonNull(name, "name must not be null");
    Entry entry = SCHEMAS.get(name);
    if (entry == null) {
      return Optional.empty();
    }
    try (InputStream in = JsonSchemas.class.getResourceAsStream(entry.resource())) {
      if (in == null) {
        throw new IOException("resource " + entry.resource() + " is missing from the class path");
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
