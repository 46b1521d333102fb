package io.github.mesosupgrade.benchmarks;

import io.github.mesosupgrade.PlanValidator;
import io.github.mesosupgrade.SyntheticCatalog;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Validates the end-to-end plan of a {@link SyntheticCatalog} in a loop for a given time and prints
 * the time per hop and the time the collector took: a steady load to profile, for instance with
 * {@code -XX:StartFlightRecording=filename=val.jfr,settings=profile}, and compare 10 lines with 10
 * 000 ({@code cold-start.sh} does both and prints each profile's top frames).
 *
 * <p>Run: {@code java -cp mesos-upgrade-benchmarks/target/benchmarks.jar
 * io.github.mesosupgrade.benchmarks.ValidationProfile 10000 25} (release lines, seconds).
 */
public final class ValidationProfile {
  private ValidationProfile() {}

  /**
   * Validates in a loop and prints {@code 10000 lines: 229 validations in 25 s, 10929.0 ns per hop,
   * GC 1221 ms}.
   *
   * @param args the number of release lines (2 or more) and the seconds to run (1 or more); other
   *     arguments print one line that says what would work and exit with status 2
   */
  public static void main(String[] args) {
    int lines;
    int seconds;
    try {
      lines = argument(args, 0, "lines", 2);
      seconds = argument(args, 1, "seconds", 1);
    } catch (IllegalArgumentException e) {
      System.err.println("ValidationProfile: " + e.getMessage());
      System.exit(2);
      return;
    }
    UpgradeCatalog catalog = SyntheticCatalog.build(lines);
    UpgradePlan plan =
        UpgradePlanner.plan(
            catalog, SyntheticCatalog.firstRelease(0), SyntheticCatalog.lastRelease(lines - 1));
    long gcBefore = gcMillis();
    long start = System.nanoTime();
    long end = start + seconds * 1_000_000_000L;
    long validations = 0;
    while (System.nanoTime() < end) {
      if (!PlanValidator.validate(plan).isValid()) {
        throw new IllegalStateException("the synthetic plan of " + lines + " lines is invalid");
      }
      validations++;
    }
    double nanosPerHop = (double) (System.nanoTime() - start) / validations / (lines - 1);
    System.out.printf(
        "%d lines: %d validations in %d s, %.1f ns per hop, GC %d ms%n",
        lines, validations, seconds, nanosPerHop, gcMillis() - gcBefore);
  }

  private static int argument(String[] args, int index, String name, int least) {
    String usage = "usage: ValidationProfile LINES SECONDS (for example 10000 25)";
    if (args.length != 2) {
      throw new IllegalArgumentException(usage);
    }
    int value;
    try {
      value = Integer.parseInt(args[index]);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          name + " must be a whole number, not '" + args[index] + "'; " + usage, e);
    }
    if (value < least) {
      throw new IllegalArgumentException(
          name + " must be " + least + " or more, not " + value + "; " + usage);
    }
    return value;
  }

  private static long gcMillis() {
    long total = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      total += Math.max(0, collector.getCollectionTime());
    }
    return total;
  }
}
