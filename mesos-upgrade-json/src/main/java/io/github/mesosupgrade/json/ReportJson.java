package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.mesosupgrade.LintFinding;
import io.github.mesosupgrade.LintReport;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answers of {@code mesos-upgrade versions}, {@code validate} and {@code lint} as JSON
 * documents for tools, each of schema version {@value #SCHEMA_VERSION} with a checked-in JSON
 * Schema ({@value #VERSIONS_SCHEMA_RESOURCE}, {@value #VALIDATION_SCHEMA_RESOURCE}, {@value
 * #LINT_SCHEMA_RESOURCE}; see {@link JsonSchemas}).
 *
 * <pre>{@code
 * String releases = ReportJson.versions(UpgradeCatalog.builtIn());
 * String verdict = ReportJson.validation(PlanValidator.validate(plan));
 * String findings = ReportJson.lint(ConfigLinter.builtIn().lint(config, release), List.of());
 * }</pre>
 *
 * <p>Documents are written only; later schema versions only add fields.
 */
public final class ReportJson {
  /** The schema version these documents carry in {@code schemaVersion}. */
  public static final int SCHEMA_VERSION = 1;

  /** The class-path resource holding the JSON Schema of the versions document. */
  public static final String VERSIONS_SCHEMA_RESOURCE = "/mesos-upgrade-versions.schema.json";

  /** The class-path resource holding the JSON Schema of the validation report document. */
  public static final String VALIDATION_SCHEMA_RESOURCE = "/mesos-upgrade-validation.schema.json";

  /** The class-path resource holding the JSON Schema of the lint report document. */
  public static final String LINT_SCHEMA_RESOURCE = "/mesos-upgrade-lint.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private ReportJson() {}

  /**
   * Returns the releases {@code catalog} plans between and the other Mesos releases it knows, as
   * {@code mesos-upgrade versions --format json} prints them.
   *
   * @throws NullPointerException if {@code catalog} is null
   */
  public static String versions(UpgradeCatalog catalog) {
    requireNonNull(catalog, "catalog must not be null");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("oldestSupported", catalog.oldestSupported().toString());
    root.put("newestSupported", catalog.newestSupported().toString());
    ArrayNode supported = root.putArray("supported");
    ArrayNode unsupported = root.putArray("unsupported");
    for (MesosVersion release : catalog.releases()) {
      ObjectNode node =
          (catalog.supportedReleases().contains(release) ? supported : unsupported).addObject();
      node.put("version", release.toString());
      node.put("releaseLine", release.releaseLine().toString());
    }
    return PlanJson.pretty(root);
  }

  /**
   * Returns {@code report} as {@code mesos-upgrade validate --format json} prints it.
   *
   * @throws NullPointerException if {@code report} is null
   */
  public static String validation(ValidationReport report) {
    requireNonNull(report, "report must not be null");
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("from", report.from().toString());
    root.put("to", report.to().toString());
    root.put("stepCount", report.stepCount());
    root.put("valid", report.isValid());
    ArrayNode violations = root.putArray("violations");
    for (Violation violation : report.violations()) {
      ObjectNode node = violations.addObject();
      node.put("code", violation.code().name());
      ArrayNode stepIds = node.putArray("stepIds");
      violation.stepIds().forEach(stepIds::add);
      node.put("message", violation.message());
      node.put("description", violation.toString());
    }
    root.put("description", report.describe());
    return PlanJson.pretty(root);
  }

  /**
   * Returns {@code report} as {@code mesos-upgrade lint --format json} prints it, with {@code
   * notes} (such as a credentials file that could not be read) in its {@code notes} array.
   *
   * @throws NullPointerException if an argument is null
   */
  public static String lint(LintReport report, List<String> notes) {
    requireNonNull(report, "report must not be null");
    requireNonNull(notes, "notes must not be null");
    return PlanJson.pretty(lintNode(report, notes, null));
  }

  /**
   * Returns the reports of a cluster's daemon groups as {@code mesos-upgrade lint --master --format
   * json} prints them: a JSON array with one lint document per group, in the order given, each with
   * its {@code "group"} field (such as {@code agents, group 2 of 3}) and {@code notes}.
   *
   * @throws NullPointerException if an argument or an element is null
   * @throws IllegalArgumentException if {@code reports} and {@code groups} differ in size
   */
  public static String lintGroups(
      List<LintReport> reports, List<String> groups, List<String> notes) {
    requireNonNull(reports, "reports must not be null");
    requireNonNull(groups, "groups must not be null");
    requireNonNull(notes, "notes must not be null");
    if (reports.size() != groups.size()) {
      throw new IllegalArgumentException(
          reports.size() + " reports but " + groups.size() + " groups: give one group per report");
    }
    ArrayNode root = NODES.arrayNode();
    for (int i = 0; i < reports.size(); i++) {
      root.add(
          lintNode(
              requireNonNull(reports.get(i), "reports must not contain null"),
              notes,
              requireNonNull(groups.get(i), "groups must not contain null")));
    }
    return PlanJson.pretty(root);
  }

  private static ObjectNode lintNode(
      LintReport report, List<String> notes, @Nullable String group) {
    ObjectNode root = NODES.objectNode();
    root.put("schemaVersion", SCHEMA_VERSION);
    if (group != null) {
      root.put("group", group);
    }
    root.put("component", report.component().name());
    root.put("release", report.version().toString());
    root.put("hasErrors", report.hasErrors());
    root.put(
        "errors",
        report.findings().stream()
            .filter(finding -> finding.severity() == LintFinding.Severity.ERROR)
            .count());
    ArrayNode findings = root.putArray("findings");
    for (LintFinding finding : report.findings()) {
      ObjectNode node = findings.addObject();
      node.put("code", finding.code().name());
      node.put("severity", finding.severity().name());
      node.put("flag", finding.flag());
      node.put("origin", finding.origin().name());
      node.put("setting", finding.setting());
      node.put("message", finding.message());
      ArrayNode sources = node.putArray("sources");
      finding.sources().forEach(source -> sources.add(PlanJson.source(source)));
      node.put("description", finding.toString());
    }
    ArrayNode noteArray = root.putArray("notes");
    notes.forEach(noteArray::add);
    root.put("description", report.describe());
    return root;
  }
}
