/**
 * Custom upgrade catalogs as JSON files: {@link io.github.mesosupgrade.examples.json.CatalogJson}
 * reads a document of the checked-in schema {@code mesos-upgrade-catalog.schema.json} into an
 * {@link io.github.mesosupgrade.UpgradeCatalog}, through the same builder and checks as the
 * built-in catalog.
 */
package io.github.mesosupgrade.examples.json;
