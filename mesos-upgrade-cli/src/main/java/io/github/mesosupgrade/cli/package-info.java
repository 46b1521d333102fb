/**
 * Runnable programs around the mesos-upgrade library: the {@code mesos-upgrade} command line,
 * {@link io.github.mesosupgrade.examples.MesosUpgradeCli}, which plans, validates and lists
 * releases.
 *
 * <p>Plan formats (text, Markdown, JSON) live in {@link io.github.mesosupgrade.examples.format};
 * short programs that embed the library live in {@link io.github.mesosupgrade.examples.embedding}.
 */
package io.github.mesosupgrade.examples;
