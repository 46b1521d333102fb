package io.github.mesosupgrade;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Today's configuration of masters and slaves checked against every release they will run during a
 * plan: what is wrong {@linkplain #now() now}, and for each restart step what starts to matter when
 * the daemons restart on that step's release.
 *
 * <pre>{@code
 * PreflightReport report = ConfigLinter.builtIn().preflight(plan, List.of(slaves));
 * report.step("0.12-0.13/restart-slaves");   // --cgroups_hierarchy_root: the slave refuses to start
 * }</pre>
 */
@Value.Immutable
public abstract class PreflightReport {
  PreflightReport() {}

  /** Returns the release the plan starts from. */
  public abstract MesosVersion from();

  /** Returns the release the plan ends on. */
  public abstract MesosVersion to();

  /** Returns each configuration checked against the release its daemon runs now. */
  public abstract ImmutableList<LintReport> now();

  /** Returns the restart steps with findings that start there, in plan order. */
  public abstract ImmutableList<StepFindings> steps();

  /** Returns the findings attached to the step with id {@code stepId}, if any. */
  public Optional<StepFindings> step(String stepId) {
    return steps().stream().filter(step -> step.stepId().equals(stepId)).findFirst();
  }

  /** Returns whether a finding, now or at some step, is an error. */
  public boolean hasErrors() {
    return now().stream().anyMatch(LintReport::hasErrors)
        || steps().stream()
            .flatMap(step -> step.findings().stream())
            .anyMatch(finding -> finding.severity() == LintFinding.Severity.ERROR);
  }

  /** Returns a listing a person reads: the findings now, then step by step. */
  public String describe() {
    StringBuilder out =
        new StringBuilder("Preflight ").append(from()).append(" -> ").append(to()).append('\n');
    for (LintReport report : now()) {
      out.append("now, ").append(report.describe()).append('\n');
    }
    for (StepFindings step : steps()) {
      out.append("at ").append(step).append('\n');
      for (LintFinding finding : step.findings()) {
        out.append("  - ").append(finding).append('\n');
      }
    }
    return out.toString();
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
