package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.ClusterState;
import io.github.mesosupgrade.DaemonState;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.PlanValidator;
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
 * Planning from a cluster state of {@link #groups} master groups and as many slave groups, in the
 * middle of a rolling upgrade from 1.10.0 to 1.11.0: the masters run 1.11.0, half the slave groups
 * still run 1.10.0, and every group names its own host and work directory, so no two are equal.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@BenchmarkMode(Mode.AverageTime)
public class StateBenchmark {
  /** The number of master groups, and of slave groups, in the state. */
  @Param({"10", "1000", "10000", "100000"})
  public int groups;

  private final MesosVersion to = MesosVersion.of(1, 11, 0);
  private ClusterState state;
  private UpgradePlan plan;

  /** Builds the state once, and the plan the validation benchmark checks. */
  @Setup
  public void setUp() {
    MesosVersion from = MesosVersion.of(1, 10, 0);
    var builder = ClusterState.builder();
    for (int i = 0; i < groups; i++) {
      builder.addMaster(group(to, "master-" + i, i));
      builder.addSlave(group(i % 2 == 0 ? from : to, "agent-" + i, i));
    }
    state = builder.build();
    plan = UpgradePlanner.plan(state, to);
  }

  private static DaemonState group(MesosVersion version, String host, int i) {
    return DaemonState.builder()
        .installed(version)
        .running(version)
        .putFlag("hostname", host)
        .putFlag("work_dir", "/var/lib/mesos/" + i)
        .build();
  }

  /** Checks the state and plans the rest of the upgrade from it. */
  @Benchmark
  public UpgradePlan planFromState() {
    return UpgradePlanner.plan(state, to);
  }

  /** Validates the plan made from the state. */
  @Benchmark
  public ValidationReport validatePlanFromState() {
    return PlanValidator.validate(plan);
  }
}
