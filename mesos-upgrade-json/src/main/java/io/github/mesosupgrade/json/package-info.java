/**
 * Upgrade plans as text for people and tools: {@link
 * io.github.mesosupgrade.examples.format.PlanFormat} picks one of the numbered text listing, a
 * Markdown runbook ({@link io.github.mesosupgrade.examples.format.PlanMarkdown}) and JSON ({@link
 * io.github.mesosupgrade.examples.format.PlanJson}), which also reads plans back.
 */
package io.github.mesosupgrade.examples.format;
