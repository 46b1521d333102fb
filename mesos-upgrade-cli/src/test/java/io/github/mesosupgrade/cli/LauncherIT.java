package io.github.mesosupgrade.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the launcher the build copies next to the jar, {@code target/bin/mesos-upgrade}, with {@code
 * sh} and a temporary cache directory, and compares every run with {@code java -jar}: the
 * class-data cache may make a run faster, never different. Skipped where there is no {@code sh}.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("target", "bin", "mesos-upgrade");
  private static final Path JAR = Path.of("target", "mesos-upgrade.jar");
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
  private static final Path SH = Path.of("/bin/sh");

  /** What one run printed and returned. */
  record Run(int exitCode, String out, String err) {}

  @TempDir Path dir;

  private Path cacheHome;

  @BeforeEach
  void needsShell() {
    assumeTrue(Files.isExecutable(SH), "no /bin/sh to run the launcher with");
    assertThat(LAUNCHER).as("the launcher copied by package").isRegularFile();
    assertThat(JAR).as("the jar built by package").isRegularFile();
    cacheHome = dir.resolve("cache");
  }

  private Run run(List<String> command, Map<String, String> env) {
    try {
      Path out = Files.createTempFile(dir, "stdout", "");
      Path err = Files.createTempFile(dir, "stderr", "");
      ProcessBuilder builder =
          new ProcessBuilder(command)
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile());
      builder.environment().remove("MESOS_UPGRADE_JAR");
      builder.environment().remove("MESOS_UPGRADE_NO_CACHE");
      builder.environment().put("JAVA_HOME", JAVA_HOME.toString());
      builder.environment().putAll(env);
      Process process = builder.start();
      if (!process.waitFor(3, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError("did not finish within 3 minutes: " + command);
      }
      return new Run(
          process.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  private Run launcher(Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(List.of(SH.toString(), LAUNCHER.toString()));
    command.addAll(List.of(args));
    return run(command, env);
  }

  private Run launcher(String... args) {
    return launcher(Map.of("XDG_CACHE_HOME", cacheHome.toString()), args);
  }

  private Run jar(String... args) {
    List<String> command =
        new ArrayList<>(
            List.of(JAVA_HOME.resolve("bin").resolve("java").toString(), "-jar", JAR.toString()));
    command.addAll(List.of(args));
    return run(command, Map.of());
  }

  private List<Path> cacheFiles() {
    Path dir = cacheHome.resolve("mesos-upgrade");
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theFirstRunCreatesTheCacheAndTheSecondUsesItWithTheOutputOfTheJar() {
    Run expected = jar("plan", "0.11.0", "0.15.0");
    assertThat(expected.exitCode()).isZero();

    assertThat(launcher("plan", "0.11.0", "0.15.0")).isEqualTo(expected);
    List<Path> cache = cacheFiles();
    assertThat(cache).hasSize(1);
    assertThat(cache.get(0).getFileName().toString())
        .matches("(jsa|aot)-[0-9]+-[0-9]+\\.(jsa|aot)");
    long written = cache.get(0).toFile().lastModified();

    assertThat(launcher("plan", "0.11.0", "0.15.0")).isEqualTo(expected);
    assertThat(cacheFiles()).isEqualTo(cache);
    assertThat(cache.get(0).toFile().lastModified()).isEqualTo(written);
  }

  @Test
  void aFailingCommandKeepsItsMessageAndExitCodeWithAndWithoutTheCache() {
    Run expected = jar("plan", "0.11.0", "0.10.0");
    assertThat(expected.exitCode()).isEqualTo(3);

    assertThat(launcher("plan", "0.11.0", "0.10.0")).isEqualTo(expected);
    assertThat(cacheFiles()).hasSize(1);
    assertThat(launcher("plan", "0.11.0", "0.10.0")).isEqualTo(expected);
  }

  @Test
  void aCorruptedCacheIsIgnored() throws IOException {
    Run expected = jar("plan", "0.11.0", "0.15.0");
    assertThat(launcher("versions").exitCode()).isZero();
    List<Path> cache = cacheFiles();
    assertThat(cache).hasSize(1);
    Files.writeString(cache.get(0), "not a class-data archive\n");

    assertThat(launcher("plan", "0.11.0", "0.15.0")).isEqualTo(expected);
  }

  @Test
  void anUnwritableCacheDirectoryLeavesTheCommandAsItIs() throws IOException {
    Run expected = jar("plan", "0.11.0", "0.15.0");
    Path file = Files.writeString(dir.resolve("a-file"), "a file where a directory would go\n");

    assertThat(launcher(Map.of("XDG_CACHE_HOME", file.toString()), "plan", "0.11.0", "0.15.0"))
        .isEqualTo(expected);
  }

  @Test
  void theCacheCanBeTurnedOff() {
    Run expected = jar("plan", "0.11.0", "0.15.0");

    Run run =
        launcher(
            Map.of("XDG_CACHE_HOME", cacheHome.toString(), "MESOS_UPGRADE_NO_CACHE", "1"),
            "plan",
            "0.11.0",
            "0.15.0");

    assertThat(run).isEqualTo(expected);
    assertThat(cacheHome).doesNotExist();
  }

  @Test
  void aMissingJarIsNamedWithHowToBuildIt() throws IOException {
    Path copy = Files.createDirectories(dir.resolve("elsewhere").resolve("bin"));
    Path launcher = Files.copy(LAUNCHER, copy.resolve("mesos-upgrade"));

    Run run = run(List.of(SH.toString(), launcher.toString(), "versions"), Map.of());

    assertThat(run)
        .isEqualTo(
            new Run(
                2,
                "",
                "mesos-upgrade: cannot find mesos-upgrade.jar near "
                    + copy.toRealPath()
                    + "; build it with ./mvnw -B -ntp -q package -DskipTests, or set"
                    + " MESOS_UPGRADE_JAR to its path\n"));
  }
}
