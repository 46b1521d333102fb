package io.github.mesosupgrade.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link ScalingBenchmark} with JMH's GC profiler and prints time and allocation per hop for
 * every catalog size, and how the largest size compares with the smallest.
 *
 * <p>Run: {@code java -cp mesos-upgrade-benchmarks/target/benchmarks.jar
 * io.github.mesosupgrade.benchmarks.ScalingReport -f 1 -wi 3 -i 5 -w 1s -r 1s} (any JMH options).
 */
public final class ScalingReport {
  private ScalingReport() {}

  /**
   * Runs the scaling benchmarks and prints the table.
   *
   * @param args JMH command-line options, such as {@code -f 1 -wi 3 -i 5 -w 1s -r 1s}
   * @throws CommandLineOptionException if the options are not JMH's
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws CommandLineOptionException, RunnerException {
    Options options =
        new OptionsBuilder()
            .parent(new CommandLineOptions(args))
            .include(ScalingBenchmark.class.getName() + "\\.")
            .addProfiler(GCProfiler.class)
            .timeUnit(TimeUnit.NANOSECONDS)
            .build();
    Collection<RunResult> results = new Runner(options).run();

    Map<String, TreeMap<Integer, double[]>> table = new TreeMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      int lines = Integer.parseInt(result.getParams().getParam("lines"));
      int hops = lines - 1;
      Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
      double bytes = allocation == null ? Double.NaN : allocation.getScore();
      table
          .computeIfAbsent(benchmark, k -> new TreeMap<>())
          .put(
              lines,
              new double[] {result.getPrimaryResult().getScore() / hops, bytes / hops, hops});
    }
    System.out.println();
    System.out.printf("%-18s %7s %7s %12s %12s%n", "benchmark", "lines", "hops", "ns/hop", "B/hop");
    table.forEach(
        (benchmark, rows) -> {
          rows.forEach(
              (lines, row) ->
                  System.out.printf(
                      "%-18s %7d %7d %12.1f %12.1f%n",
                      benchmark, lines, (int) row[2], row[0], row[1]));
          double[] smallest = rows.firstEntry().getValue();
          double[] largest = rows.lastEntry().getValue();
          System.out.printf(
              "%-18s largest / smallest: time per hop %.2fx, allocation per hop %.2fx%n",
              benchmark, largest[0] / smallest[0], largest[1] / smallest[1]);
        });
  }
}
