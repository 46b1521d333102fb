/**
 * Helpers the modules of mesos-upgrade share; <strong>not API</strong>: it is for mesos-upgrade's
 * own modules (the command line is not a named module, so the package is exported to all), and it
 * may change in any release.
 *
 * <p>{@link io.github.mesosupgrade.internal.Shown} makes user-supplied text safe to show in a
 * message or listing.
 */
package io.github.mesosupgrade.internal;
