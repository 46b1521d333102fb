/**
 * Upgrade plans, cluster states, profiles and catalogs as documents for tools and people.
 *
 * <p>{@link io.github.mesosupgrade.json.PlanJson} writes plans as JSON and reads them back; {@link
 * io.github.mesosupgrade.json.ClusterJson} reads cluster states and profiles; {@link
 * io.github.mesosupgrade.json.CatalogJson} reads a custom catalog through the same builder and
 * checks as the built-in one. Each document follows a checked-in JSON schema, a resource of this
 * module. {@link io.github.mesosupgrade.json.PlanMarkdown} renders a plan as a Markdown runbook,
 * and {@link io.github.mesosupgrade.json.PlanFormat} picks one of the text listing, Markdown and
 * JSON.
 */
package io.github.mesosupgrade.json;
