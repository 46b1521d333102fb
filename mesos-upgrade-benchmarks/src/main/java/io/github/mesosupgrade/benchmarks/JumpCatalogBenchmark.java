package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.SyntheticCatalog;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
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
 * Catalogs of {@link #lines} 1.x release lines, where a plan jumps from a stable release to the
 * target in one hop that merges every crossed line: what building one costs (its checks plan and
 * validate each hop, each jump across two lines and the whole chain), and what planning the longest
 * jump costs (its first plan checks it).
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class JumpCatalogBenchmark {
  /** The number of 1.x release lines in the catalog. */
  @Param({"5", "50", "500"})
  public int lines;

  private UpgradeCatalog.Builder builder;
  private UpgradeCatalog catalog;
  private MesosVersion from;
  private MesosVersion to;

  /** Builds the catalog once, for the planning benchmark. */
  @Setup
  public void setUp() {
    builder = SyntheticCatalog.builder(1, lines);
    catalog = builder.build();
    from = MesosVersion.of(1, 0, 1);
    to = MesosVersion.of(1, lines - 1, 1);
    if (UpgradePlanner.plan(catalog, from, to).hops().size() != 1) {
      throw new IllegalStateException("expected one jump");
    }
  }

  /** Builds and checks the whole catalog. */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public UpgradeCatalog build() {
    return builder.build();
  }

  /** Plans the jump from the oldest line's stable release to the newest release. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public UpgradePlan planLongestJump() {
    return UpgradePlanner.plan(catalog, from, to);
  }
}
