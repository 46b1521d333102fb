package io.github.mesosupgrade.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.mesosupgrade.HopDefinition;
import io.github.mesosupgrade.MesosVersion;
import io.github.mesosupgrade.UpgradeCatalog;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradePlanner;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanGraphTest {
  private static final UpgradePlan HOP = UpgradePlanner.plan("0.14.0", "0.15.0");

  /** The Mermaid graph of the patch plan 0.14.0 -> 0.14.2, as the runbook embeds it. */
  static final String PATCH_MERMAID =
      """
      flowchart TB
        subgraph hop1["Hop 1: 0.14.0 -#62; 0.14.2"]
          s1["1. 0.14.0-0.14.2/install-masters"]:::master
          s2["2. 0.14.0-0.14.2/restart-masters"]:::master
          s3["3. 0.14.0-0.14.2/install-slaves"]:::slave
          s4["4. 0.14.0-0.14.2/restart-slaves"]:::slave
          s1 --> s2
          s3 --> s4
        end
        subgraph legend["Legend"]
          legend_master["master"]:::master
          legend_slave["slave"]:::slave
        end
        classDef master fill:#a6cee3,stroke:#333,color:#000
        classDef slave fill:#b2df8a,stroke:#333,color:#000
      """;

  /** One plan per hop definition of the built-in catalog: from its first release to the next. */
  static Stream<UpgradePlan> everyBuiltInHop() {
    UpgradeCatalog catalog = UpgradeCatalog.builtIn();
    List<UpgradePlan> plans = new ArrayList<>();
    for (HopDefinition hop : catalog.hops()) {
      Optional<MesosVersion> from =
          catalog.supportedReleases().stream()
              .filter(release -> release.releaseLine().equals(hop.from()))
              .findFirst();
      Optional<MesosVersion> to =
          catalog.supportedReleases().stream()
              .filter(release -> release.releaseLine().equals(hop.to()))
              .findFirst();
      if (from.isPresent() && to.isPresent() && from.get().isBefore(to.get())) {
        plans.add(UpgradePlanner.plan(from.get(), to.get()));
      }
    }
    return plans.stream();
  }

  private static long count(String text, String part) {
    return text.lines().filter(line -> line.contains(part)).count();
  }

  @Nested
  class Dot {
    @Test
    void drawsOneClusterPerHopAndOneNodePerStep() {
      UpgradePlan plan = UpgradePlanner.plan("0.11.0", "0.15.0");
      String dot = PlanGraph.dot(plan);
      assertThat(dot).startsWith("digraph \"mesos-upgrade 0.11.0 -> 0.15.0\" {\n").endsWith("}\n");
      assertThat(count(dot, "subgraph cluster_hop")).isEqualTo(plan.hops().size());
      assertThat(dot.lines().filter(line -> line.matches("    s[0-9]+ \\[label=.*")).count())
          .isEqualTo(plan.steps().size());
      assertThat(dot)
          .contains("    s1 [label=\"1. " + plan.steps().get(0).id() + "\", tooltip=")
          .contains("legend_master [label=\"master\", fillcolor=\"#a6cee3\"];");
    }

    @Test
    void drawsEveryMustComeBeforeRuleOfTheHopDashed() {
      long rules =
          UpgradeCatalog.builtIn().hops().stream()
              .filter(hop -> hop.from().toString().equals("0.14.x"))
              .mapToLong(hop -> hop.constraints().size())
              .sum();
      String dot = PlanGraph.dot(HOP);
      assertThat(rules).isPositive();
      // The legend's sample edge is dashed too.
      assertThat(count(dot, "style=dashed, color=\"#c0392b\"")).isEqualTo(rules + 1);
    }

    @Test
    void escapesQuotesBackslashesAndLineBreaks() {
      assertThat(PlanGraph.dotString("a \"b\" \\c\nd")).isEqualTo("\"a \\\"b\\\" \\\\c d\"");
    }
  }

  @Nested
  class Mermaid {
    @Test
    void drawsThePatchPlanExactly() {
      assertThat(PlanGraph.mermaid(UpgradePlanner.plan("0.14.0", "0.14.2")))
          .isEqualTo(PATCH_MERMAID);
    }

    @Test
    void drawsOneSubgraphPerHopWithClassesAndRules() {
      String mermaid = PlanGraph.mermaid(HOP);
      assertThat(mermaid)
          .startsWith("flowchart TB\n  subgraph hop1[\"Hop 1: 0.14.0 -#62; 0.15.0\"]\n")
          .contains("    s1[\"1. " + HOP.steps().get(0).id() + "\"]:::master\n")
          .contains(" -. must come before .-> ")
          .contains("  classDef master fill:#a6cee3,stroke:#333,color:#000\n");
      assertThat(count(mermaid, "subgraph hop")).isEqualTo(1);
    }

    @Test
    void numbersTheStepsOfALaterHopAsInTheWholePlan() {
      UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.15.0");
      int first = plan.hops().get(0).steps().size() + 1;
      assertThat(PlanGraph.mermaid(plan, 2))
          .contains(
              "    s"
                  + first
                  + "[\""
                  + first
                  + ". "
                  + plan.hops().get(1).steps().get(0).id()
                  + "\"]");
    }

    @Test
    void writesEveryOtherCharacterAsAnEntity() {
      assertThat(PlanGraph.mermaidText("a\"b]|<x>#é\n1.2"))
          .isEqualTo("a#34;b#93;#124;#60;x#62;#35;#233; 1.2");
    }

    @Test
    void theRunbookEmbedsTheGraphOfEachHop() {
      UpgradePlan plan = UpgradePlanner.plan("0.13.0", "0.15.0");
      String markdown = PlanMarkdown.render(plan);
      assertThat(markdown)
          .contains("```mermaid\n" + PlanGraph.mermaid(plan, 1) + "```\n")
          .contains("```mermaid\n" + PlanGraph.mermaid(plan, 2) + "```\n");
    }
  }

  @Nested
  class Graphviz {
    private static Optional<String> dotProgram() {
      String path = System.getenv().getOrDefault("PATH", "");
      for (String dir : path.split(File.pathSeparator, -1)) {
        Path dot = Path.of(dir, "dot");
        if (!dir.isEmpty() && Files.isExecutable(dot)) {
          return Optional.of(dot.toString());
        }
      }
      if ("1".equals(System.getenv("MESOS_UPGRADE_REQUIRE_DOT"))) {
        throw new AssertionError(
            "MESOS_UPGRADE_REQUIRE_DOT=1 but Graphviz's dot is not on the PATH: install the"
                + " Debian package graphviz");
      }
      return Optional.empty();
    }

    /** Runs {@code dot -Tsvg} on {@code graph}; returns standard output and standard error. */
    private static String[] render(String dot, String graph) throws IOException {
      Path err = Files.createTempFile("dot", ".err");
      try {
        Process process = new ProcessBuilder(dot, "-Tsvg").redirectError(err.toFile()).start();
        process.getOutputStream().write(graph.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        String svg = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        assertThat(done).as("dot finished within 60 s").isTrue();
        assertThat(process.exitValue()).as("exit code of dot -Tsvg").isZero();
        return new String[] {svg, Files.readString(err)};
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while dot ran", e);
      } finally {
        Files.delete(err);
      }
    }

    @ParameterizedTest
    @MethodSource("io.github.mesosupgrade.json.PlanGraphTest#everyBuiltInHop")
    void dotDrawsEveryBuiltInHopWithoutErrorOrWarning(UpgradePlan plan) throws IOException {
      Optional<String> dot = dotProgram();
      assumeThat(dot)
          .as("Graphviz's dot is not on the PATH (apt-get install graphviz); skipped")
          .isPresent();
      String[] result = render(dot.orElseThrow(), PlanGraph.dot(plan));
      assertThat(result[1]).as("what dot printed on standard error").isEmpty();
      assertThat(result[0]).contains("<svg");
    }

    @Test
    void theReadmePictureIsCurrent() throws IOException {
      Optional<String> dot = dotProgram();
      assumeThat(dot)
          .as("Graphviz's dot is not on the PATH (apt-get install graphviz); skipped")
          .isPresent();
      String fresh = normalised(render(dot.orElseThrow(), PlanGraph.dot(HOP))[0]);
      assertThat(Files.readString(Path.of("../docs/hop-0.14-0.15.svg")))
          .as("docs/hop-0.14-0.15.svg is stale: run docs/render-pictures.sh")
          .isEqualTo(fresh);
    }

    /**
     * Drops what differs between Graphviz builds: the comment naming dot's version, which spans two
     * lines; docs/render-pictures.sh drops the same.
     */
    private static String normalised(String svg) {
      return svg.replaceFirst("(?s)<!-- Generated by graphviz.*?-->\n", "");
    }
  }
}
