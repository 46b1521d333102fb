/**
 * Upgrade plans for Apache Mesos clusters: the vocabulary, the planner and the validator.
 *
 * <p>The entry point is {@link io.github.mesosupgrade.UpgradePlanner}: {@code
 * UpgradePlanner.plan("0.11.0", "0.15.0")} returns an {@link io.github.mesosupgrade.UpgradePlan}, a
 * list of {@link io.github.mesosupgrade.UpgradeHop hops} between consecutive release lines, each a
 * list of {@link io.github.mesosupgrade.UpgradeStep steps} in the order an operator performs them.
 * {@link io.github.mesosupgrade.PlanValidator} checks any step sequence by simulating the cluster
 * and returns a {@link io.github.mesosupgrade.ValidationReport}. What the library knows about Mesos
 * releases, flags, endpoints and hops lives in an {@link io.github.mesosupgrade.UpgradeCatalog}.
 *
 * <p>Every public type is immutable and thread-safe; no method accepts or returns {@code null}.
 */
@ValueStyle
@CheckReturnValue
package io.github.mesosupgrade;

import com.google.errorprone.annotations.CheckReturnValue;
