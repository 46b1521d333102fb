package io.github.mesosupgrade.json;

import static java.util.Objects.requireNonNull;

import io.github.mesosupgrade.Component;
import io.github.mesosupgrade.HopDefinition;
import io.github.mesosupgrade.OrderingConstraint;
import io.github.mesosupgrade.UpgradeHop;
import io.github.mesosupgrade.UpgradePlan;
import io.github.mesosupgrade.UpgradeStep;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A picture of the order of a plan, as Graphviz DOT ({@link #dot}) or a Mermaid flowchart ({@link
 * #mermaid}): one cluster (subgraph) per hop, one node per step numbered as in the plan and
 * coloured by component (with a legend), a solid edge from each step to the next step of the same
 * component in its hop, and a dashed red edge for every "must come before" rule ({@link
 * OrderingConstraint}) of the hop.
 *
 * <pre>{@code
 * String dot = PlanGraph.dot(UpgradePlanner.plan("0.14.0", "0.15.0"));   // dot -Tsvg
 * String mermaid = PlanGraph.mermaid(UpgradePlanner.plan("0.14.0", "0.15.0"));
 * }</pre>
 *
 * <p>It lives with {@link PlanMarkdown}, which embeds the Mermaid graph of each hop, so that both
 * renderers of pictures share one place; like the other renderers it is pure text. Step ids and
 * labels are escaped for each language, so steps of a custom catalog may hold any characters.
 */
public final class PlanGraph {
  private static final Map<Component, String> COLOURS =
      Map.of(
          Component.MASTER, "#a6cee3",
          Component.SLAVE, "#b2df8a",
          Component.EXECUTOR, "#fdbf6f",
          Component.SCHEDULER, "#cab2d6");

  private PlanGraph() {}

  /**
   * Returns {@code plan} as a Graphviz {@code digraph}, ending with a line break.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public static String dot(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    StringBuilder out = new StringBuilder();
    out.append("digraph ")
        .append(dotString("mesos-upgrade " + plan.from() + " -> " + plan.to()))
        .append(" {\n")
        .append("  rankdir=TB;\n")
        .append("  graph [fontname=\"Helvetica\"];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n")
        .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
    int first = 1;
    Set<Component> used = EnumSet.noneOf(Component.class);
    for (int h = 0; h < plan.hops().size(); h++) {
      UpgradeHop hop = plan.hops().get(h);
      out.append("  subgraph cluster_hop").append(h + 1).append(" {\n");
      out.append("    label=")
          .append(dotString("Hop " + (h + 1) + ": " + hop.from() + " -> " + hop.to()))
          .append(";\n");
      for (int i = 0; i < hop.steps().size(); i++) {
        UpgradeStep step = hop.steps().get(i);
        used.add(step.component());
        out.append("    ")
            .append(node(first + i))
            .append(" [label=")
            .append(dotString(label(first + i, step)))
            .append(", tooltip=")
            .append(dotString(step.describe()))
            .append(", fillcolor=\"")
            .append(COLOURS.get(step.component()))
            .append("\"];\n");
      }
      for (int[] edge : orderEdges(hop, first)) {
        out.append("    ").append(node(edge[0])).append(" -> ").append(node(edge[1])).append(";\n");
      }
      out.append("  }\n");
      for (Rule rule : rules(plan, hop, first)) {
        out.append("  ")
            .append(node(rule.before()))
            .append(" -> ")
            .append(node(rule.after()))
            .append(" [style=dashed, color=\"#c0392b\", tooltip=")
            .append(dotString("must come before: " + rule.reason()))
            .append("];\n");
      }
      first += hop.steps().size();
    }
    if (!used.isEmpty()) {
      out.append("  subgraph cluster_legend {\n    label=\"Legend\";\n");
      for (Component component : used) {
        out.append("    legend_")
            .append(component.singular())
            .append(" [label=")
            .append(dotString(component.singular()))
            .append(", fillcolor=\"")
            .append(COLOURS.get(component))
            .append("\"];\n");
      }
      out.append("    legend_rule_a [label=\"step\", style=rounded];\n")
          .append("    legend_rule_b [label=\"later step\", style=rounded];\n")
          .append("    legend_rule_a -> legend_rule_b [style=dashed, color=\"#c0392b\",")
          .append(" label=\"must come before\"];\n")
          .append("  }\n");
    }
    return out.append("}\n").toString();
  }

  /**
   * Returns {@code plan} as a Mermaid {@code flowchart}, ending with a line break.
   *
   * @throws NullPointerException if {@code plan} is null
   */
  public static String mermaid(UpgradePlan plan) {
    requireNonNull(plan, "plan must not be null");
    StringBuilder out = new StringBuilder("flowchart TB\n");
    int first = 1;
    Set<Component> used = EnumSet.noneOf(Component.class);
    for (int h = 0; h < plan.hops().size(); h++) {
      UpgradeHop hop = plan.hops().get(h);
      mermaidHop(out, plan, hop, h + 1, first, used);
      first += hop.steps().size();
    }
    mermaidLegend(out, used);
    return out.toString();
  }

  /**
   * Returns hop {@code hopNumber} (from 1) of {@code plan} alone as a Mermaid {@code flowchart},
   * its steps numbered as in the whole plan, ending with a line break; the Markdown runbook embeds
   * it under the hop's heading.
   *
   * @throws NullPointerException if {@code plan} is null
   * @throws IndexOutOfBoundsException if the plan has no hop {@code hopNumber}
   */
  public static String mermaid(UpgradePlan plan, int hopNumber) {
    requireNonNull(plan, "plan must not be null");
    int first = 1;
    for (int h = 0; h < hopNumber - 1; h++) {
      first += plan.hops().get(h).steps().size();
    }
    StringBuilder out = new StringBuilder("flowchart TB\n");
    Set<Component> used = EnumSet.noneOf(Component.class);
    mermaidHop(out, plan, plan.hops().get(hopNumber - 1), hopNumber, first, used);
    mermaidLegend(out, used);
    return out.toString();
  }

  private static void mermaidHop(
      StringBuilder out,
      UpgradePlan plan,
      UpgradeHop hop,
      int hopNumber,
      int first,
      Set<Component> used) {
    out.append("  subgraph hop")
        .append(hopNumber)
        .append("[\"")
        .append(mermaidText("Hop " + hopNumber + ": " + hop.from() + " -> " + hop.to()))
        .append("\"]\n");
    for (int i = 0; i < hop.steps().size(); i++) {
      UpgradeStep step = hop.steps().get(i);
      used.add(step.component());
      out.append("    ")
          .append(node(first + i))
          .append("[\"")
          .append(mermaidText(label(first + i, step)))
          .append("\"]:::")
          .append(step.component().singular())
          .append('\n');
    }
    for (int[] edge : orderEdges(hop, first)) {
      out.append("    ").append(node(edge[0])).append(" --> ").append(node(edge[1])).append('\n');
    }
    out.append("  end\n");
    for (Rule rule : rules(plan, hop, first)) {
      out.append("  ")
          .append(node(rule.before()))
          .append(" -. must come before .-> ")
          .append(node(rule.after()))
          .append('\n');
    }
  }

  private static void mermaidLegend(StringBuilder out, Set<Component> used) {
    if (used.isEmpty()) {
      return;
    }
    out.append("  subgraph legend[\"Legend\"]\n");
    for (Component component : used) {
      out.append("    legend_")
          .append(component.singular())
          .append("[\"")
          .append(component.singular())
          .append("\"]:::")
          .append(component.singular())
          .append('\n');
    }
    out.append("  end\n");
    for (Component component : used) {
      out.append("  classDef ")
          .append(component.singular())
          .append(" fill:")
          .append(COLOURS.get(component))
          .append(",stroke:#333,color:#000\n");
    }
  }

  /** A "must come before" rule between two steps, by their numbers in the plan. */
  private record Rule(int before, int after, String reason) {}

  /** Returns the rules of the catalog whose two steps are both in {@code hop}. */
  private static List<Rule> rules(UpgradePlan plan, UpgradeHop hop, int first) {
    Map<String, Integer> numbers = new HashMap<>();
    for (int i = 0; i < hop.steps().size(); i++) {
      numbers.put(hop.steps().get(i).id(), first + i);
    }
    Set<Rule> rules = new LinkedHashSet<>();
    for (HopDefinition definition : plan.catalog().hops()) {
      for (OrderingConstraint rule : definition.constraints()) {
        Integer before = numbers.get(rule.before());
        Integer after = numbers.get(rule.after());
        if (before != null && after != null) {
          rules.add(new Rule(before, after, rule.reason()));
        }
      }
    }
    return new ArrayList<>(rules);
  }

  /** Returns the edges from each step to the next step of the same component in {@code hop}. */
  private static List<int[]> orderEdges(UpgradeHop hop, int first) {
    Map<Component, Integer> last = new HashMap<>();
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < hop.steps().size(); i++) {
      Integer previous = last.put(hop.steps().get(i).component(), first + i);
      if (previous != null) {
        edges.add(new int[] {previous, first + i});
      }
    }
    return edges;
  }

  private static String node(int number) {
    return "s" + number;
  }

  private static String label(int number, UpgradeStep step) {
    return number + ". " + step.id();
  }

  /** Returns {@code text} as a DOT quoted string: quotes and backslashes escaped, one line. */
  static String dotString(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"', '\\' -> out.append('\\').append(c);
        case '\n', '\r', '\t' -> out.append(' ');
        default -> out.append(Character.isISOControl(c) ? ' ' : c);
      }
    }
    return out.append('"').toString();
  }

  /**
   * Returns {@code text} for a quoted Mermaid label: every character but letters, digits, spaces
   * and {@code . / _ : , = + -} written as an entity code ({@code #35;}), so that no quote,
   * bracket, pipe or markup ends or changes the label.
   */
  static String mermaidText(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            c -> {
              boolean plain =
                  (c >= 'a' && c <= 'z')
                      || (c >= 'A' && c <= 'Z')
                      || (c >= '0' && c <= '9')
                      || " ./_:,=+-".indexOf(c) >= 0;
              if (plain) {
                out.appendCodePoint(c);
              } else if (Character.isISOControl(c)) {
                out.append(' ');
              } else {
                out.append('#').append(c).append(';');
              }
            });
    return out.toString();
  }
}
