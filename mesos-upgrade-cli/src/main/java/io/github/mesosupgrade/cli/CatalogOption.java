package io.github.mesosupgrade.cli;

import io.github.mesosupgrade.InvalidCatalogException;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.internal.Shown;
import io.github.mesosupgrade.json.CatalogFormatException;
import io.github.mesosupgrade.json.CatalogJson;
import picocli.CommandLine.Option;

/**
 * The {@code --catalog FILE} option of {@code plan}, {@code validate} and {@code versions}: plan
 * and check against a custom catalog read from a JSON file ({@link CatalogJson}) instead of the
 * built-in one.
 */
final class CatalogOption {
  private static final String WHAT_WORKS =
      "give the path of a JSON catalog (schema: mesos-upgrade-catalog.schema.json in the jar)";

  @Option(
      names = "--catalog",
      paramLabel = "FILE",
      description = {
        "plan and check with the catalog in this JSON file instead of the built-in one;",
        "with \"base\": \"built-in\" it extends the built-in catalog"
      })
  private String file = null;

  /**
   * Returns the catalog to work with, read by {@code files}: the one in {@code --catalog FILE}, or
   * the built-in one.
   *
   * @throws UsageException if the file cannot be read, is not a catalog document, or describes an
   *     inconsistent catalog; the message names the file and every problem
   */
  UpgradeCatalog catalog(InputFiles files) {
    if (file == null) {
      return UpgradeCatalog.builtIn();
    }
    String json = files.read("--catalog", "--catalog " + Shown.value(file), file, WHAT_WORKS);
    try {
      return CatalogJson.read(json);
    } catch (CatalogFormatException e) {
      throw new UsageException("--catalog " + Shown.value(file) + ": " + e.getMessage());
    } catch (InvalidCatalogException e) {
      throw new UsageException(
          "--catalog "
              + Shown.value(file)
              + ": the catalog has "
              + e.problems().size()
              + " problem(s): "
              + String.join("; ", e.problems()));
    }
  }
}
