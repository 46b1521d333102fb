/**
 * Short programs that embed the mesos-upgrade library, each a {@code main} whose output a test
 * checks: a deployment tool that walks a plan ({@link
 * io.github.mesosupgrade.examples.embedding.DeploymentToolExample}), a test-suite style check of
 * step order with the plain core API ({@link
 * io.github.mesosupgrade.examples.embedding.StepOrderCheckExample}), and a hand-written runbook
 * checked by the validator ({@link io.github.mesosupgrade.examples.embedding.RunbookCheckExample}).
 */
package io.github.mesosupgrade.examples.embedding;
