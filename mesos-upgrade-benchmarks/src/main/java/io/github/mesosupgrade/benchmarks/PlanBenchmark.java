package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.UpgradeStep;
import io.github.mesosupgrade.ValidationReport;
import io.github.mesosupgrade.json.PlanJson;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The calls a deployment tool makes against the built-in catalog: plan 0.11.0 to 0.15.0, validate
 * that plan and a reordered one, parse a version, and render the plan as text and as JSON.
 *
 * <p>Run: {@code java -jar mesos-upgrade-benchmarks/target/benchmarks.jar PlanBenchmark -prof gc}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PlanBenchmark {
  /** The release the plans start from; a field, so that the JIT cannot fold it. */
  public String fromText = "0.11.0";

  /** The release the plans end on. */
  public String toText = "0.15.0";

  /** A version to parse. */
  public String versionText = "0.14.2";

  private MesosVersion from;
  private MesosVersion to;
  private UpgradePlan plan;
  private List<UpgradeStep> reordered;

  /** Plans once, and makes the reordered step list. */
  @Setup
  public void setUp() {
    from = MesosVersion.parse(fromText);
    to = MesosVersion.parse(toText);
    plan = UpgradePlanner.plan(from, to);
    reordered = reorder(plan.steps());
    ValidationReport report = PlanValidator.validate(from, to, reordered);
    if (report.isValid() || plan.steps().size() != 30) {
      throw new IllegalStateException("unexpected benchmark input: " + report);
    }
  }

  /**
   * Returns the steps with the enforcement of authentication moved up to right after the masters
   * get their credentials: the mistake of enforcing before the schedulers authenticate.
   */
  static List<UpgradeStep> reorder(List<UpgradeStep> steps) {
    List<UpgradeStep> out = new ArrayList<>(steps);
    UpgradeStep enforce = find(out, "0.14-0.15/restart-masters-with-authentication");
    out.remove(enforce);
    out.add(out.indexOf(find(out, "0.14-0.15/restart-masters-with-credentials")) + 1, enforce);
    return out;
  }

  private static UpgradeStep find(List<UpgradeStep> steps, String id) {
    return steps.stream()
        .filter(step -> step.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no step " + id));
  }

  /** Plans 0.11.0 to 0.15.0 (4 hops, 30 steps) from typed versions. */
  @Benchmark
  public UpgradePlan plan() {
    return UpgradePlanner.plan(from, to);
  }

  /** Plans 0.11.0 to 0.15.0 from text, as a command line or configuration file gives it. */
  @Benchmark
  public UpgradePlan planFromText() {
    return UpgradePlanner.plan(fromText, toText);
  }

  /** Validates the 30 steps of the 0.11.0 to 0.15.0 plan (valid). */
  @Benchmark
  public ValidationReport validatePlan() {
    return PlanValidator.validate(plan);
  }

  /** Validates the 30 steps with one step moved (invalid: several violations and messages). */
  @Benchmark
  public ValidationReport validateReorderedPlan() {
    return PlanValidator.validate(from, to, reordered);
  }

  /** Parses {@code 0.14.2}. */
  @Benchmark
  public MesosVersion parseVersion() {
    return MesosVersion.parse(versionText);
  }

  /** Renders the 0.11.0 to 0.15.0 plan as the numbered text listing. */
  @Benchmark
  public String describeText() {
    return plan.describe();
  }

  /** Renders the 0.11.0 to 0.15.0 plan as JSON (schema version 1), as the command line does. */
  @Benchmark
  public String renderJson() {
    return PlanJson.write(plan);
  }
}
