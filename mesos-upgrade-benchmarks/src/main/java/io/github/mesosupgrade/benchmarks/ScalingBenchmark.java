package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.SyntheticCatalog;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.ValidationReport;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Plans and validates end to end over a {@link SyntheticCatalog} of {@link #lines} release lines,
 * that is {@code lines - 1} hops of 7 steps each. Divide by the number of hops for the cost per
 * hop; {@link ScalingReport} does that.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class ScalingBenchmark {
  /** The number of release lines in the catalog. */
  @Param({"10", "100", "1000", "10000"})
  public int lines;

  private UpgradeCatalog catalog;
  private MesosVersion from;
  private MesosVersion to;
  private UpgradePlan plan;

  /** Builds the catalog and plans once. */
  @Setup
  public void setUp() {
    catalog = SyntheticCatalog.build(lines);
    from = SyntheticCatalog.firstRelease(0);
    to = SyntheticCatalog.lastRelease(lines - 1);
    plan = UpgradePlanner.plan(catalog, from, to);
    if (plan.hops().size() != lines - 1 || !PlanValidator.validate(plan).isValid()) {
      throw new IllegalStateException("unexpected plan " + plan);
    }
  }

  /** Plans from the first release of the oldest line to the last release of the newest. */
  @Benchmark
  public UpgradePlan planEndToEnd() {
    return UpgradePlanner.plan(catalog, from, to);
  }

  /** Validates the end-to-end plan. */
  @Benchmark
  public ValidationReport validateEndToEnd() {
    return PlanValidator.validate(plan);
  }
}
