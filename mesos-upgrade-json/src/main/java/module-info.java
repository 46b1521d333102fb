/**
 * Upgrade plans, cluster states, profiles and catalogs as JSON documents, and plans as Markdown
 * runbooks.
 *
 * <p>The entry points are {@link io.github.mesosupgrade.json.PlanJson}, {@link
 * io.github.mesosupgrade.json.ClusterJson}, {@link io.github.mesosupgrade.json.CatalogJson} and
 * {@link io.github.mesosupgrade.json.PlanMarkdown}; the JSON schemas of the documents are resources
 * of this module.
 */
module io.github.mesosupgrade.json {
  requires transitive io.github.mesosupgrade;
  requires com.fasterxml.jackson.databind;
  requires static com.google.errorprone.annotations;

  exports io.github.mesosupgrade.json;
}
