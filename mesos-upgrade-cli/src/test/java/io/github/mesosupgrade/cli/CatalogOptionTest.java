package io.github.mesosupgrade.cli;

import static io.github.mesosupgrade.cli.MesosUpgradeCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.mesosupgrade.UpgradePlanner;
import io.github.mesosupgrade.cli.MesosUpgradeCliTest.Run;
import io.github.mesosupgrade.json.CatalogJson;
import io.github.mesosupgrade.json.PlanJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --catalog FILE}: plan, validate and list releases with a catalog read from JSON. */
class CatalogOptionTest {
  @TempDir Path dir;

  private Path file(String name, String text) {
    try {
      return Files.writeString(dir.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path catalog(String resource) {
    try (InputStream in = CatalogOptionTest.class.getResourceAsStream("/catalogs/" + resource)) {
      return file(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Nested
  class Plan {
    @Test
    void plansWithTheCatalogInTheFile() {
      Run run =
          run("plan", "1.11.0", "1.12.1", "--catalog", catalog("patched-1.12.json").toString());
      assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
      assertThat(run.err()).isEmpty();
      assertThat(run.out())
          .startsWith("Upgrade 1.11.0 -> 1.12.1: 1 hop, 10 steps\n")
          .contains(
              "   3. Reconfigure every master for 1.12.1 (if necessary): clear the in-house offer"
                  + " filters, which 1.12 stores differently.\n");
    }

    @Test
    void withoutTheOptionKeepsTheBuiltInCatalog() {
      run("plan", "1.11.0", "1.12.0")
          .failedWith(
              ExitCode.REFUSED,
              "mesos-upgrade plan: cannot plan to 1.12.0: Mesos 1.12.0 was never released; this"
                  + " catalog plans upgrades between 0.11.0 and 1.11.0 (see 'mesos-upgrade"
                  + " versions')");
    }
  }

  @Test
  void validatesAPlanOfTheCatalog() {
    String catalog = catalog("patched-1.12.json").toString();
    String json =
        PlanJson.write(UpgradePlanner.plan(CatalogJson.read(readResource()), "1.10.0", "1.12.0"));
    Path plan = file("plan.json", json);
    run("validate", plan.toString(), "--catalog", catalog)
        .printed("valid: 1.10.0 -> 1.12.0, 12 steps\n");
    assertThat(run("validate", plan.toString()).exitCode()).isEqualTo(ExitCode.REFUSED);
  }

  @Test
  void listsTheCatalogsReleases() {
    Run run = run("versions", "--catalog", catalog("standalone-2.x.json").toString());
    run.printed(
        """
        Supported: plans start from and end on these releases (2.0.0 to 2.1.0)
          2.0.x   2.0.0 2.0.1
          2.1.x   2.1.0

        Known but not supported: Mesos releases without upgrade steps here (refused)
        """);
  }

  @Nested
  class BadCatalogs {
    @Test
    void aMissingFile() {
      String missing = dir.resolve("nothing.json").toString();
      run("plan", "1.0.0", "1.1.0", "--catalog", missing)
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: cannot read --catalog "
                  + missing
                  + ": no such file; give the path of a JSON catalog (schema:"
                  + " mesos-upgrade-catalog.schema.json in the jar)");
    }

    @Test
    void aMalformedDocument() {
      Path bad = file("bad.json", "{\"schemaVersion\": 1, \"hops\": 3}");
      run("versions", "--catalog", bad.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade versions: --catalog "
                  + bad
                  + ": hops is 3: expected an array of objects, each a hop with from, to and"
                  + " steps");
    }

    @Test
    void anInconsistentCatalogListsEveryProblemOnOneLine() {
      Path bad =
          file(
              "bad.json",
              "{\"schemaVersion\": 1, \"releases\": [\"2.0.0\", \"2.1.0\"], \"hops\": [{\"from\":"
                  + " \"2.0\", \"to\": \"2.1\"}, {\"from\": \"2.1\", \"to\": \"2.3\"}]}");
      run("plan", "2.0.0", "2.1.0", "--catalog", bad.toString())
          .failedWith(
              ExitCode.USAGE,
              "mesos-upgrade plan: --catalog "
                  + bad
                  + ": the catalog has 3 problem(s): hop 2.0.x -> 2.1.x has no steps, so it has"
                  + " no order: give it the steps an operator does, in the order to do them; hop"
                  + " 2.1.x -> 2.3.x: release line 2.3.x has no release; hop 2.1.x -> 2.3.x has"
                  + " no steps, so it has no order: give it the steps an operator does, in the"
                  + " order to do them");
    }
  }

  private static String readResource() {
    try (InputStream in =
        CatalogOptionTest.class.getResourceAsStream("/catalogs/patched-1.12.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
