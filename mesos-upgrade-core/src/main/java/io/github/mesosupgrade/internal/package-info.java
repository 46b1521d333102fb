/**
 * Helpers the modules of mesos-upgrade share; <strong>not API</strong>: the module exports this
 * package only to mesos-upgrade's own modules, and it may change in any release.
 *
 * <p>{@link io.github.mesosupgrade.internal.Shown} makes user-supplied text safe to show in a
 * message or listing.
 */
package io.github.mesosupgrade.internal;
