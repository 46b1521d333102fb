/**
 * The {@code mesos-upgrade} command line, {@link io.github.mesosupgrade.cli.MesosUpgradeCli}, which
 * plans, validates, lints and lists releases.
 *
 * <p>It prints plans in the formats of {@code io.github.mesosupgrade.json} (module {@code
 * mesos-upgrade-json}), which embedding programs use without this module and its picocli.
 */
package io.github.mesosupgrade.cli;
