package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * The findings a {@link PreflightReport} attaches to one step of a plan: what in today's
 * configuration of a master or slave starts to matter when that step restarts it on a new release.
 */
@Value.Immutable
public abstract class StepFindings {
  StepFindings() {}

  /** Returns the id of the step, for example {@code 0.12-0.13/restart-slaves}. */
  public abstract String stepId();

  /** Returns the daemon the step restarts. */
  public abstract Component component();

  /** Returns the release the step restarts it on. */
  public abstract MesosVersion version();

  /** Returns the findings that start with this step, never empty. */
  public abstract ImmutableList<LintFinding> findings();

  /** Returns {@code 0.12-0.13/restart-slaves (slave 0.13.0): 1 finding}. */
  @Override
  public String toString() {
    return stepId()
        + " ("
        + component().nameAt(version())
        + " "
        + version()
        + "): "
        + findings().size()
        + (findings().size() == 1 ? " finding" : " findings");
  }
}
