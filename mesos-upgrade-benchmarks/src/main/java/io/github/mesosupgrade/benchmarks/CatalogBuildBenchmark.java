package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.SyntheticCatalog;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What a catalog of {@link #lines} release lines costs to build (with its complete self-check:
 * structure, every hop planned and validated, and the whole chain), and what the first plan from a
 * freshly built catalog costs.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CatalogBuildBenchmark {
  /** The number of release lines in the catalog. */
  @Param({"10", "100", "1000", "10000"})
  public int lines;

  private UpgradeCatalog.Builder builder;
  private MesosVersion from;
  private MesosVersion to;

  /** Prepares the builder, and the two releases of the newest hop. */
  @Setup(Level.Trial)
  public void prepare() {
    builder = SyntheticCatalog.builder(lines);
    from = SyntheticCatalog.lastRelease(lines - 2);
    to = SyntheticCatalog.lastRelease(lines - 1);
  }

  /** Builds and checks the whole catalog. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  public UpgradeCatalog build() {
    return builder.build();
  }

  /**
   * Plans the newest hop from a catalog nobody has planned with yet: it must cost the same at every
   * size, because nothing is computed on first use.
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  public UpgradePlan firstPlan(Fresh fresh) {
    return UpgradePlanner.plan(fresh.catalog, from, to);
  }

  /** A catalog built anew before every single-shot measurement of {@link #firstPlan}. */
  @State(Scope.Thread)
  public static class Fresh {
    UpgradeCatalog catalog = UpgradeCatalog.builtIn();

    /** Builds the catalog that the next measurement plans with first. */
    @Setup(Level.Invocation)
    public void build(CatalogBuildBenchmark benchmark) {
      catalog = benchmark.builder.build();
    }
  }
}
